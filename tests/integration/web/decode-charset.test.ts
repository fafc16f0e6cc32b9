import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/adapters/web/safe-fetch/decode-charset.ts';

const latin1Cafe = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]); // café “q” in windows-1252

describe('decodeBody', () => {
  it('uses the Content-Type charset', () => {
    const decoded = decodeBody(latin1Cafe, 'text/html; charset=windows-1252');
    expect(decoded.text).toBe('café \u201cq\u201d');
    expect(decoded.source).toBe('header');
  });

  it('accepts a quoted charset and maps iso-8859-1 to windows-1252 as browsers do', () => {
    expect(decodeBody(latin1Cafe, 'text/html; charset="ISO-8859-1"').text).toBe(
      'café \u201cq\u201d',
    );
  });

  it('sniffs <meta charset> and <meta http-equiv> when the header has none', () => {
    const metaCharset = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head>'),
      latin1Cafe,
    ]);
    expect(decodeBody(metaCharset, 'text/html').text).toContain('café \u201cq\u201d');
    const httpEquiv = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
      latin1Cafe,
    ]);
    expect(decodeBody(httpEquiv, undefined)).toMatchObject({
      source: 'meta',
      charset: 'windows-1252',
    });
  });

  it('decodes Shift_JIS from a meta tag', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="shift_jis">'),
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
    ]);
    expect(decodeBody(bytes, 'text/html').text).toContain('日本');
  });

  it('lets a byte-order mark win and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('naïve')]);
    expect(decodeBody(bytes, 'text/html; charset=windows-1252')).toMatchObject({
      text: 'naïve',
      source: 'bom',
    });
  });

  it('reads the XML declaration for feeds', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'),
      latin1Cafe,
    ]);
    expect(decodeBody(bytes, 'application/rss+xml').text).toContain('café');
  });

  it('falls back to UTF-8 and skips unknown labels', () => {
    expect(decodeBody(Buffer.from('Zürich'), 'text/html; charset=no-such-charset')).toMatchObject({
      text: 'Zürich',
      source: 'default',
    });
  });
});
