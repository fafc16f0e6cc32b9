import { cleanArticleText } from './clean-article-text.ts';
import { isBylineLine, isDateOnly, isTimestampLine } from './cleaning/debris-rules.ts';
import { normaliseParagraph } from './cleaning/split-paragraphs.ts';
import { endsLikeSentence, looksLikeNameList } from './cleaning/text-shape.ts';

export interface PlainTextArticle {
  title: string;
  byline?: string;
  publishedAt?: string;
  /** The cleaned body; every quote offset later refers to this string. */
  text: string;
  removedLines: string[];
}

/** How far down the byline and date lines are looked for: they sit just under the headline. */
const headerLineCount = 12;

/** A headline is short and does not end with a period (a question mark is fine). */
function looksLikeHeadline(line: string): boolean {
  return (
    line.length >= 3 && line.length <= 180 && !/[.,;:]["'”’)]*$/u.test(line) && !isBylineLine(line)
  );
}

/** A display title when the text has no headline line: its first sentence, shortened. */
function titleFromBody(firstLine: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  return sentence.length <= 100 ? sentence : `${sentence.slice(0, 99).trimEnd()}…`;
}

function findByline(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (isBylineLine(line))
      return line
        .replace(/^by\s+/iu, '')
        .replace(/\s*[|•·].*$/u, '')
        .trim();
  }
  // Without "By", a line that is only a person's name under the headline is the byline.
  return lines.find(
    (line) => line.length <= 80 && !endsLikeSentence(line) && looksLikeNameList(line),
  );
}

function toIsoDate(value: string): string {
  const cleaned = value
    .replace(/\b(?:a\.m\.|p\.m\.)/giu, (meridiem) => meridiem.replace(/\./gu, ''))
    .replace(/\s+\b(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT)$/u, '');
  const parsed = Date.parse(cleaned);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
}

function findPublishedAt(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (!isTimestampLine(line)) continue;
    const value = line
      .replace(
        /^(?:last\s+)?(?:updated|published|posted|modified|first published|originally published|date)(?:\s+on)?\s*:?\s*/iu,
        '',
      )
      .trim();
    // A bare clock time ("0:00") is a media player, not a date: require a year or a month.
    if (
      isDateOnly(value) &&
      /\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu.test(value)
    ) {
      return toIsoDate(value);
    }
  }
  return undefined;
}

/**
 * Reads a plain-text article (a .txt file, stdin, pasted text): the first line is the title
 * when it looks like a headline, a byline and a date line are recognised under it, and the
 * rest goes through cleanArticleText so debris lines are dropped and body sentences kept verbatim.
 */
export function parsePlainTextArticle(raw: string): PlainTextArticle {
  const lines = raw
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  const firstIndex = lines.findIndex((line) => normaliseParagraph(line).length > 0);
  if (firstIndex === -1) return { title: '', text: '', removedLines: [] };
  const firstLine = normaliseParagraph(lines[firstIndex] ?? '');
  const hasHeadline = looksLikeHeadline(firstLine);
  const title = hasHeadline ? firstLine : titleFromBody(firstLine);
  const bodyLines = hasHeadline ? lines.slice(firstIndex + 1) : lines.slice(firstIndex);
  const header = bodyLines
    .map(normaliseParagraph)
    .filter((line) => line.length > 0)
    .slice(0, headerLineCount);
  const byline = findByline(header);
  const publishedAt = findPublishedAt(header);
  const cleaned = cleanArticleText(bodyLines.join('\n'), {
    title,
    ...(byline === undefined ? {} : { byline }),
  });
  return {
    title,
    ...(byline === undefined ? {} : { byline }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    text: cleaned.text,
    removedLines: hasHeadline ? [firstLine, ...cleaned.removedLines] : cleaned.removedLines,
  };
}
