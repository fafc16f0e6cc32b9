import type { QuoteCandidate } from '../model/quote.ts';
import { verifyQuotes, type QuoteVerification } from '../pipeline/verify-quotes.ts';

/**
 * Checks proposed quotes against the article (verbatim span, speaker named in the text). A
 * port because it reads the whole article's quotations, seconds for a long page: the worker
 * runs it in a worker thread, tests and the CLI in process.
 */
export interface QuoteVerifier {
  verify(articleText: string, candidates: QuoteCandidate[]): Promise<QuoteVerification>;
}

/** verifyQuotes on the calling thread. */
export const inProcessQuoteVerifier: QuoteVerifier = {
  verify: async (articleText, candidates) => verifyQuotes(articleText, candidates),
};
