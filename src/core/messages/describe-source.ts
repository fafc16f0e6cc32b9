import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';

/** "Read from: the full page at example.com" — how the text was obtained, in words. */
export function describeSource(article: Article): string {
  const { source } = article;
  const where = hostOf(source.canonicalUrl ?? source.location) ?? source.location;
  const what = {
    file: `the file ${source.location}`,
    stdin: 'text from standard input',
    pasted: 'pasted text',
    page: `the full page at ${where}`,
    'feed-excerpt': `the feed excerpt from ${where} (not the full article)`,
  }[source.origin];
  const completeness = {
    full: '',
    partial: ' (partial text)',
    paywalled: ' (paywalled: only the free part)',
  }[source.completeness];
  return `Read from ${what}${completeness}`;
}

/**
 * The brief's footer: what was read, how much of a very long text the model read, and which
 * engine wrote it.
 */
export function describeBriefFooter(article: Article, brief: Brief): string {
  const parts = brief.partsRead === undefined ? [] : [describePartsRead(article, brief.partsRead)];
  return [describeSource(article), ...parts, describeEngine(brief)].join(' · ');
}

/** "Read the first 6 of 80 parts of a very long page": the rest was never sent to the model. */
function describePartsRead(article: Article, partsRead: NonNullable<Brief['partsRead']>): string {
  const what = article.source.origin === 'page' ? 'page' : 'text';
  return `Read the first ${partsRead.read} of ${partsRead.total} parts of a very long ${what}`;
}

/** "Written by the offline extractive engine" or the model and prompt that wrote it. */
export function describeEngine(brief: Brief): string {
  const { engine } = brief;
  const cached = brief.fromCache ? ' (cached)' : '';
  if (engine.fallbackReason !== undefined) {
    return `Written by the offline extractive engine because the model failed: ${engine.fallbackReason}${cached}`;
  }
  if (engine.name === 'offline') return `Written by the offline extractive engine${cached}`;
  const prompt =
    engine.promptId === undefined
      ? ''
      : `, prompt ${engine.promptId} v${engine.promptVersion ?? '?'}`;
  return `Written by ${engine.model ?? 'a model'}${prompt}; quotes verified against the text${cached}`;
}

function hostOf(location: string): string | undefined {
  if (!/^https?:\/\//i.test(location)) return undefined;
  try {
    return new URL(location).hostname;
  } catch {
    return undefined;
  }
}
