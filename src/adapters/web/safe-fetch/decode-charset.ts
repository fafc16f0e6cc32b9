import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from './windows-1252.ts';

/**
 * Turns body bytes into text with the right character set. Order (as browsers do, WHATWG
 * Encoding "BOM sniff" first): byte-order mark, Content-Type charset, <meta charset> or
 * <meta http-equiv> in the first 2 KB, XML declaration, then UTF-8. A BOM wins over the
 * header because a BOM is written by the tool that produced the bytes, while headers are
 * often a server default that is wrong for the file.
 */

export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'default';

export interface DecodedBody {
  text: string;
  /** Canonical WHATWG encoding name actually used, e.g. "windows-1252". */
  charset: string;
  source: CharsetSource;
}

const sniffWindowBytes = 2048;

/** A decoder for a label, or undefined when Node's ICU does not know the label. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset parameter of a Content-Type header, quoted or not. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType ?? '');
  const label = match?.[1] ?? match?.[2];
  return label === undefined || label.trim() === '' ? undefined : label;
}

/** Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="…; charset=x">. */
function charsetFromMeta(head: string): string | undefined {
  const metaTags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const match = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (match?.[1] !== undefined) {
      // A page cannot be UTF-16 if its ASCII <meta> was readable as bytes: HTML says use UTF-8.
      return /^utf-?16/i.test(match[1]) ? 'utf-8' : match[1];
    }
  }
  return undefined;
}

function charsetFromXmlDeclaration(head: string): string | undefined {
  const match = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match?.[1];
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/**
 * Decodes a response body. `contentType` is the raw Content-Type header. Unknown labels are
 * skipped (falling through to the next source) rather than failing the fetch.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the charset.
  const head = Buffer.from(bytes.subarray(0, sniffWindowBytes)).toString('latin1');
  const candidates: [CharsetSource, string | undefined][] = [
    ['bom', charsetFromBom(bytes)],
    ['header', charsetFromContentType(contentType)],
    ['meta', charsetFromMeta(head)],
    ['xml-declaration', charsetFromXmlDeclaration(head)],
  ];
  for (const [source, label] of candidates) {
    const decoder = label === undefined ? undefined : decoderFor(label);
    if (decoder !== undefined)
      return { text: decodeWith(decoder, bytes), charset: decoder.encoding, source };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: 'default' };
}
