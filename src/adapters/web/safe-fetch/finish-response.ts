import type { Readable } from 'node:stream';
import type { FetchedPage, FetchPageRequest } from '../../../core/ports/page-fetcher.ts';
import { isAcceptedMediaType, mediaTypeOf, sniffMediaType } from './content-type-policy.ts';
import { decodeBody } from './decode-charset.ts';
import { httpStatusError, tooLargeError, unsupportedContentTypeError } from './fetch-errors.ts';
import { readCappedBody } from './read-body.ts';

/** The parts of an undici response this step reads. */
export interface FinalResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

/**
 * Drops a body we will not read. The error listener matters: a destroyed undici body
 * emits an abort error, which would otherwise crash the process as uncaught.
 */
export function discardBody(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** One header as a single string: repeated headers are joined as HTTP allows. */
export function headerValue(headers: FinalResponse['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function optionalValidators(headers: FinalResponse['headers'], request: FetchPageRequest) {
  const etag = headerValue(headers, 'etag') ?? request.etag;
  const lastModified = headerValue(headers, 'last-modified') ?? request.lastModified;
  return {
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
  };
}

/**
 * Turns the last (non-redirect) response into a FetchedPage: 304 → notModified, other
 * non-2xx → fetch-http-error, then the content type is checked BEFORE the body is read (an
 * image is refused without downloading it), the body is read under the size cap and
 * decoded with the declared or sniffed charset.
 */
export async function finishResponse(
  response: FinalResponse,
  url: URL,
  request: FetchPageRequest,
  maxBytes: number,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const { statusCode, headers } = response;
  const contentTypeHeader = headerValue(headers, 'content-type');
  if (statusCode === 304) {
    discardBody(response.body);
    return {
      finalUrl: url.href,
      status: 304,
      contentType: mediaTypeOf(contentTypeHeader),
      body: '',
      notModified: true,
      ...optionalValidators(headers, request),
    };
  }
  if (statusCode < 200 || statusCode > 299) {
    discardBody(response.body);
    throw httpStatusError(
      url.href,
      request.purpose,
      statusCode,
      headerValue(headers, 'retry-after'),
    );
  }
  const declaredType = mediaTypeOf(contentTypeHeader);
  if (declaredType !== '' && !isAcceptedMediaType(request.purpose, declaredType)) {
    discardBody(response.body);
    throw unsupportedContentTypeError(url.href, request.purpose, declaredType);
  }
  const declaredLength = Number(headerValue(headers, 'content-length') ?? Number.NaN);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    discardBody(response.body);
    throw tooLargeError(url.href, request.purpose, maxBytes, { contentLength: declaredLength });
  }
  const bytes = await readCappedBody(
    response.body,
    headerValue(headers, 'content-encoding'),
    maxBytes,
    signal,
  );
  const contentType =
    declaredType !== ''
      ? declaredType
      : sniffMediaType(request.purpose, bytes.subarray(0, 1024).toString('latin1'));
  if (!isAcceptedMediaType(request.purpose, contentType)) {
    throw unsupportedContentTypeError(url.href, request.purpose, contentType);
  }
  return {
    finalUrl: url.href,
    status: statusCode,
    contentType,
    body: decodeBody(bytes, contentTypeHeader).text,
    notModified: false,
    ...optionalValidators(headers, request),
  };
}
