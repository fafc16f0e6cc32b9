import type { Readable, Transform } from 'node:stream';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Thrown by `readCappedBody`; the fetcher turns each into an AppError with the URL. */
export class BodyTooLargeError extends Error {
  constructor(readonly decodedBytes: number) {
    super(`body exceeded the cap after ${decodedBytes} decoded bytes`);
  }
}

export class UnsupportedEncodingError extends Error {
  constructor(readonly contentEncoding: string) {
    super(`unsupported content-encoding ${contentEncoding}`);
  }
}

/** Encodings we advertise and can undo. zstd needs Node 22.15+, so it is not offered. */
export const acceptEncoding = 'gzip, deflate, br';

const decoderFactories = new Map<string, () => Transform>([
  ['gzip', createGunzip],
  ['x-gzip', createGunzip],
  // RFC 9110 deflate is zlib-wrapped; the rare raw-deflate server fails as a broken body.
  ['deflate', createInflate],
  ['br', createBrotliDecompress],
]);

/**
 * More layers than real servers stack (one, rarely two). Each decoder holds a zlib or brotli
 * context, so a header listing thousands of codings must be refused before any is built.
 */
export const maxContentCodings = 3;

/**
 * Builds the decoders for a Content-Encoding header. Codings are listed in the order they
 * were applied, so they are undone last-first. `identity` and an empty header need none.
 * Every coding is checked before the first decoder is made, so a refusal allocates nothing.
 */
export function decodersFor(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > maxContentCodings) {
    throw new UnsupportedEncodingError(`${codings.length} layers of compression`);
  }
  const factories = codings.reverse().map((coding) => {
    const factory = decoderFactories.get(coding);
    if (factory === undefined) throw new UnsupportedEncodingError(coding);
    return factory;
  });
  return factories.map((factory) => factory());
}

/**
 * Streams a response body through its decoders and stops as soon as the decoded size
 * passes `maxBytes`: the error destroys the whole pipeline, which aborts the socket, so a
 * 40 MB page or a gzip bomb costs at most one chunk past the cap in memory.
 */
export async function readCappedBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  let decoders: Transform[];
  try {
    decoders = decodersFor(contentEncoding);
  } catch (error) {
    body.on('error', () => undefined);
    body.destroy();
    throw error;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const collector = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) {
        callback(new BodyTooLargeError(total));
        return;
      }
      chunks.push(chunk);
      callback();
    },
  });
  await pipeline([body, ...decoders, collector], { signal });
  return Buffer.concat(chunks, total);
}
