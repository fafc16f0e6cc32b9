import { z } from 'zod';

/**
 * What a quotation is, as a reader would tell: a full direct quote worth showing, a partial
 * quote woven into the reporter's sentence ("called him 'clever and experienced'"), scare
 * quotes around a word or two, or a name in quotation marks (a weapon, a book, a nickname).
 */
/**
 * How the text names a speaker: by name ("Ted Cruz"), or only by a description it writes
 * ("a senior Cruz adviser", "officials"), shown as written rather than guessed at (decision 0014).
 */
export const speakerKinds = ['name', 'description'] as const;
export type SpeakerKind = (typeof speakerKinds)[number];

export const quotationKinds = ['direct', 'partial', 'scare', 'name'] as const;
export type QuotationKind = (typeof quotationKinds)[number];

export const quotationSchema = z.object({
  /** The exact characters between the quotation marks, as in the article text. */
  text: z.string(),
  /** Offsets into Article.text: text === article.text.slice(start, end). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The person the text attributes the quote to, as written in the text; null when unknown. */
  speaker: z.string().nullable(),
  /** 'description' when the text only describes the speaker; absent for a name or no speaker. */
  speakerKind: z.enum(speakerKinds).optional(),
  kind: z.enum(quotationKinds),
  /** Quotes split by an attribution ("…,” Putin said. “…") share a group number. */
  group: z.number().int().nonnegative(),
  /** Nesting depth: 0 for an outer quote, 1 for a quote inside a quote. */
  depth: z.number().int().nonnegative(),
  /** Set by the key-quote ranking. */
  isKey: z.boolean(),
});
export type Quotation = z.infer<typeof quotationSchema>;

/** A quote shown to users. Only ever built from a verified span of the source text. */
export const keyQuoteSchema = z.object({
  text: z.string(),
  speaker: z.string(),
  /** 'description': the speaker is a description the text writes ("a senior Cruz adviser"). */
  speakerKind: z.enum(speakerKinds).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The sentence around the quote, for display or for the LLM's context. */
  context: z.string().optional(),
  /** Parts of one split quote share a group; renderers may show them together. */
  group: z.number().int().nonnegative().optional(),
});
export type KeyQuote = z.infer<typeof keyQuoteSchema>;

/** A quote as an engine proposes it, before verification against the source. */
export interface QuoteCandidate {
  text: string;
  speaker: string;
  group?: number;
}
