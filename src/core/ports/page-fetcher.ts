/**
 * What kind of document we expect; decides the content types accepted. `feed-or-page` is an
 * address someone pasted to subscribe to: a feed, or a page that may advertise one.
 */
export type FetchPurpose = 'page' | 'feed' | 'feed-or-page';

export interface FetchPageRequest {
  url: string;
  purpose: FetchPurpose;
  signal?: AbortSignal;
  /** Conditional GET validators from an earlier fetch (feeds). */
  etag?: string;
  lastModified?: string;
}

export interface FetchedPage {
  /** The URL that answered, after following redirects. */
  finalUrl: string;
  status: number;
  /** Lower-cased media type without parameters, e.g. "text/html". */
  contentType: string;
  /** The body decoded to text using the declared or sniffed charset. Empty on 304. */
  body: string;
  etag?: string;
  lastModified?: string;
  /** True when the server answered 304 Not Modified to a conditional request. */
  notModified: boolean;
}

/**
 * Fetches untrusted URLs safely (no private addresses, capped time and size, checked
 * content type). Fails with AppError codes url-invalid, url-blocked, url-unreachable,
 * fetch-timeout, fetch-http-error, fetch-too-many-redirects, input-too-large,
 * content-type-unsupported.
 */
export interface PageFetcher {
  fetchPage(request: FetchPageRequest): Promise<FetchedPage>;
}
