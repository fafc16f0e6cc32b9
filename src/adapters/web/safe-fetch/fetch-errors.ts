import { AppError } from '../../../core/errors.ts';
import type { FetchPurpose } from '../../../core/ports/page-fetcher.ts';

/**
 * Every AppError the safe fetcher throws is built here, so each failure has exactly one
 * plain sentence for the user and the technical detail goes to `details` / `cause`.
 */

function nounFor(purpose: FetchPurpose): string {
  return purpose === 'feed' ? 'feed' : 'page';
}

function contentTypeSentence(purpose: FetchPurpose, shown: string): string {
  if (purpose === 'feed') return `That link is not a news feed (it is ${shown}).`;
  if (purpose === 'page') return `That link is not a web page (it is ${shown}).`;
  return `That link is neither a news feed nor a web page (it is ${shown}).`;
}

/** "5 MB" for whole mebibytes, "1.5 MB" or "64 KB" otherwise: readable in a chat message. */
export function formatByteLimit(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  if (mebibytes >= 1) return `${Number(mebibytes.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function invalidUrlError(url: string, cause?: unknown): AppError {
  return new AppError({
    code: 'url-invalid',
    userMessage: 'That does not look like a valid web address.',
    details: { url },
    cause,
  });
}

export function unsupportedSchemeError(
  url: string,
  protocol: string,
  purpose: FetchPurpose,
): AppError {
  return new AppError({
    code: 'url-invalid',
    userMessage:
      purpose === 'page'
        ? 'Only http and https links can be summarized.'
        : 'Only http and https feed links can be read.',
    details: { url, protocol },
  });
}

export function credentialsInUrlError(url: string): AppError {
  return new AppError({
    code: 'url-blocked',
    userMessage: 'Links with a user name or password in them are not fetched.',
    details: { url: url.replace(/\/\/[^@/]*@/, '//***@') },
  });
}

export function portNotAllowedError(url: string, port: number): AppError {
  return new AppError({
    code: 'url-blocked',
    userMessage: `That link uses port ${port}, and newsbrief only fetches standard web ports.`,
    details: { url, port },
  });
}

export function privateAddressError(
  url: string,
  host: string,
  addresses: readonly string[],
): AppError {
  return new AppError({
    code: 'url-blocked',
    userMessage: 'That address points to a private network, so newsbrief will not fetch it.',
    details: { url, host, addresses },
  });
}

export function hostNotFoundError(url: string, host: string, cause: unknown): AppError {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return new AppError({
    code: 'url-unreachable',
    userMessage: `newsbrief could not find the website ${host}.`,
    // A temporary DNS failure may pass; a name that does not exist will not.
    retryable: code === 'EAI_AGAIN',
    details: { url, host, dnsCode: code },
    cause,
  });
}

export function unreachableError(url: string, cause: unknown): AppError {
  return new AppError({
    code: 'url-unreachable',
    userMessage: 'newsbrief could not connect to that website.',
    retryable: true,
    details: { url, networkCode: (cause as { code?: unknown } | undefined)?.code },
    cause,
  });
}

export function timeoutError(
  url: string,
  purpose: FetchPurpose,
  stage: string,
  cause?: unknown,
): AppError {
  return new AppError({
    code: 'fetch-timeout',
    userMessage: `The ${nounFor(purpose)} took too long to answer.`,
    retryable: true,
    details: { url, stage },
    cause,
  });
}

export function cancelledError(url: string, cause: unknown): AppError {
  return new AppError({
    code: 'fetch-timeout',
    userMessage: 'Fetching the link was cancelled before it finished.',
    retryable: true,
    details: { url, stage: 'cancelled' },
    cause,
  });
}

export function tooLargeError(
  url: string,
  purpose: FetchPurpose,
  maxBytes: number,
  detail: Record<string, unknown>,
): AppError {
  return new AppError({
    code: 'input-too-large',
    userMessage: `The ${nounFor(purpose)} is larger than the ${formatByteLimit(maxBytes)} limit.`,
    details: { url, maxBytes, ...detail },
  });
}

export function tooManyRedirectsError(url: string, chain: readonly string[]): AppError {
  return new AppError({
    code: 'fetch-too-many-redirects',
    userMessage: 'The link redirected too many times.',
    details: { url, chain },
  });
}

export function redirectLoopError(url: string, chain: readonly string[]): AppError {
  return new AppError({
    code: 'fetch-too-many-redirects',
    userMessage: 'The link redirects in a loop, so it never reaches a page.',
    details: { url, chain },
  });
}

export function unsupportedContentTypeError(
  url: string,
  purpose: FetchPurpose,
  contentType: string,
): AppError {
  const shown = contentType === '' ? 'of unknown type' : contentType;
  return new AppError({
    code: 'content-type-unsupported',
    userMessage: contentTypeSentence(purpose, shown),
    details: { url, contentType },
  });
}

export function unsupportedEncodingError(url: string, contentEncoding: string): AppError {
  return new AppError({
    code: 'content-type-unsupported',
    userMessage: `The website sent the content compressed in a way newsbrief cannot read (${contentEncoding}).`,
    details: { url, contentEncoding },
  });
}

/** Headers past undici's limit (16 KB): the server is broken, so asking again cannot help. */
export function oversizedHeadersError(url: string, cause: unknown): AppError {
  return new AppError({
    code: 'fetch-http-error',
    userMessage: 'The website answered with more header data than newsbrief accepts.',
    details: { url },
    cause,
  });
}

export function corruptBodyError(url: string, cause: unknown): AppError {
  return new AppError({
    code: 'url-unreachable',
    userMessage: 'The website sent a broken or incomplete response.',
    retryable: true,
    details: { url },
    cause,
  });
}

function httpStatusSentence(status: number, noun: string): string {
  if (status === 404 || status === 410) return `The ${noun} was not found (HTTP ${status}).`;
  if (status === 401 || status === 403)
    return `The website refused access to the ${noun} (HTTP ${status}).`;
  if (status === 429)
    return `The website is limiting requests right now (HTTP 429); try again later.`;
  if (status >= 500) return `The website had a server error (HTTP ${status}); try again later.`;
  return `The website answered with an error (HTTP ${status}).`;
}

export function httpStatusError(
  url: string,
  purpose: FetchPurpose,
  status: number,
  retryAfter: string | undefined,
): AppError {
  return new AppError({
    code: 'fetch-http-error',
    userMessage: httpStatusSentence(status, nounFor(purpose)),
    retryable: status >= 500 || status === 429 || status === 408,
    details: { url, status, ...(retryAfter === undefined ? {} : { retryAfter }) },
  });
}
