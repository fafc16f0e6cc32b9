import type { SpeechLexicon } from '../../text/lexicon/index.ts';

/**
 * "el Ministerio de Inclusión, Seguridad Social y Migraciones", "la Consejería de Educación,
 * Cultura y Deportes", "le ministère de la Transition écologique et de la Cohésion des
 * territoires": a ministry's or a department's name lists its portfolios, joined by commas and
 * a last "y / e / et / ed". The capitalised run stops at the first comma; the list after it,
 * closed by its conjunction, is still the name.
 */

/** The heads of a name that lists portfolios: ministries and regional departments. */
const portfolioHeads =
  /^(?:Ministerio|Ministère|Ministero|Ministério|Consejería|Conselleria|Secretaría|Secretaria|Departamento|Dipartimento|Assessorato)$/u;

/** The word that closes a list, per language. */
const lastLink: Readonly<Record<string, string>> = {
  es: '(?:y|e)',
  pt: 'e',
  it: '(?:e|ed)',
  fr: 'et',
};

/** A capitalised portfolio: "Seguridad Social", "de la Cohésion des territoires" is not read. */
const portfolio = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;

/** The name with the rest of its portfolio list, when `name` (at `index`) opens one. */
export function withPortfolioList(
  text: string,
  index: number,
  name: string,
  lexicon: SpeechLexicon,
): string {
  const link = lastLink[lexicon.language];
  if (link === undefined || !portfolioHeads.test(name.split(' ')[0] ?? '')) return name;
  const list = new RegExp(
    String.raw`^(?:,\s+${portfolio})*,?\s+${link}\s+${portfolio}(?=[\s,.;:]|$)(?!\s+\p{Lu})`,
    'u',
  ).exec(text.slice(index + name.length, index + name.length + 160));
  // "Ministerio de Sanidad y Consumo" already ran on; only a list after a comma is added.
  if (list === null || !list[0].startsWith(',')) return name;
  return name + list[0];
}
