import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import { briefArticle } from '../../../src/core/pipeline/brief-article.ts';
import { buildArticleFromText } from '../../../src/core/pipeline/build-article-from-text.ts';
import { systemClock } from '../../../src/core/ports/clock.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { quoteSetFolder } from './score-quote-set.ts';

/** One sample article per language, from its quote set. */
const samples = [
  ['fr', '01-hopital-greve.txt'],
  ['de', '01-bahn-streik.txt'],
  ['es', '02-vivienda-ley.txt'],
  ['pt', '01-juros-copom.txt'],
  ['it', '01-ponte-stretto.txt'],
  ['nl', '01-stikstof.txt'],
  ['ja', '01-jishin.txt'],
  ['zh', '01-gaotie.txt'],
] as const;

/** A fixture article read like a file the CLI is given, and its standard offline brief. */
async function offlineBriefOf(folder: string, file: string) {
  const raw = readFileSync(join(folder, file), 'utf8');
  const article = buildArticleFromText(raw, {
    origin: 'file',
    completeness: 'full',
    location: file,
  });
  const brief = await briefArticle(
    { writer: createOfflineBriefWriter(), clock: systemClock, logger: silentLogger },
    article,
    { length: 'standard' },
  );
  return { raw, brief };
}

describe('an offline brief of a news article in its own language', () => {
  for (const [language, file] of samples) {
    it(`gives a ${language} article a headline, bullets and a key quote with its speaker`, async () => {
      const { raw, brief } = await offlineBriefOf(quoteSetFolder(`quotes-${language}`), file);
      expect(brief.language).toBe(language);
      expect(brief.headline).not.toBe('');
      expect(brief.bullets.length).toBeGreaterThanOrEqual(2);
      const quoted = brief.keyQuotes.filter((quote) => (quote.speaker ?? '') !== '');
      expect(quoted.length).toBeGreaterThanOrEqual(1);
      for (const quote of quoted) expect(raw).toContain(quote.speaker);
    });
  }
});

/** Opening and closing marks a bullet must hold in pairs: no bullet cut inside a quote. */
const markPairs = (language: string): readonly (readonly [string, string])[] =>
  language === 'de'
    ? [
        ['„', '“'],
        ['»', '«'],
      ]
    : [
        ['«', '»'],
        ['“', '”'],
        ['「', '」'],
      ];

/** The offline brief of one article checked as a reader sees it, in the article's language. */
async function expectFullBrief(folder: string, file: string, language: string): Promise<void> {
  const { raw, brief } = await offlineBriefOf(folder, file);
  expect(brief.language).toBe(language);
  expect(brief.headline).not.toBe('');
  expect(brief.bullets.length).toBeGreaterThanOrEqual(3);
  for (const bullet of brief.bullets)
    for (const [open, close] of markPairs(language))
      expect(bullet.split(open).length, bullet).toBe(bullet.split(close).length);
  const quoted = brief.keyQuotes.filter((quote) => (quote.speaker ?? '') !== '');
  expect(quoted.length).toBeGreaterThanOrEqual(2);
  for (const quote of quoted) expect(raw).toContain(quote.speaker);
}

const textFiles = (folder: string): string[] =>
  readdirSync(folder).filter((name) => name.endsWith('.txt'));

describe('an offline brief of every fresh article, in its own language', () => {
  for (const language of ['fr', 'de', 'es', 'pt', 'it', 'nl', 'ja', 'zh'] as const) {
    const folder = quoteSetFolder(`quotes-${language}-fresh`);
    for (const file of textFiles(folder)) {
      it(`briefs ${language}/${file}: language, headline, bullets and quotes with speakers`, () =>
        expectFullBrief(folder, file, language));
    }
  }
});

describe('an offline brief of every blind-set article, in its own language', () => {
  for (const set of [
    'quotes-languages-blind',
    'quotes-languages-blind2',
    'quotes-languages-blind3',
    'quotes-languages-blind4',
    'quotes-languages-blind5',
    'quotes-languages-blind6',
    'quotes-languages-blind7',
    'quotes-languages-blind8',
    'quotes-languages-blind9',
    'quotes-languages-blind10',
  ]) {
    const folder = quoteSetFolder(set);
    for (const file of textFiles(folder)) {
      const language = file.slice(0, 2);
      it(`briefs ${set}/${file}: language, headline, bullets and quotes with speakers`, () =>
        expectFullBrief(folder, file, language));
    }
  }
});
