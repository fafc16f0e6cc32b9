import { AppError } from '../errors.ts';

export const pageTooComplexMessage = 'That page is too complex to read.';
export const noArticleTextMessage = 'That page has no article text.';

/**
 * A page whose DOM is over the size or depth cap, or whose reading ran past the wall-clock
 * limit. The same page would do the same again, so it is never retried.
 */
export function pageTooComplex(details: Record<string, unknown>): AppError {
  return new AppError({
    code: 'page-too-complex',
    userMessage: pageTooComplexMessage,
    retryable: false,
    details,
  });
}

/** A text/html body with no element at all: plain text, whitespace, or only a comment. */
export function noArticleText(details: Record<string, unknown>): AppError {
  return new AppError({
    code: 'no-article-text',
    userMessage: noArticleTextMessage,
    retryable: false,
    details,
  });
}
