import { englishStopwords } from './stopwords.ts';
import { latinLexicons } from './lexicon/index.ts';

/**
 * A small, honest language detector for news text. Scripts first (kana means Japanese, Hangul
 * Korean, Han alone Chinese, then Thai, Cyrillic, Arabic, Hebrew, Greek, Devanagari); for
 * Latin script, the language whose most common words cover the most of the text's words.
 * Returns a BCP-47 code, or undefined when the text gives too little to tell.
 */

const scriptLanguages: readonly { language: string; script: RegExp }[] = [
  { language: 'ja', script: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { language: 'ko', script: /\p{Script=Hangul}/gu },
  { language: 'zh', script: /\p{Script=Han}/gu },
  { language: 'th', script: /\p{Script=Thai}/gu },
  { language: 'ru', script: /\p{Script=Cyrillic}/gu },
  { language: 'ar', script: /\p{Script=Arabic}/gu },
  { language: 'he', script: /\p{Script=Hebrew}/gu },
  { language: 'el', script: /\p{Script=Greek}/gu },
  { language: 'hi', script: /\p{Script=Devanagari}/gu },
];
/** Share of letters a script needs to decide the language (a quoted name is not enough). */
const scriptShare = 0.2;
/** Japanese is written in Han and kana; a tenth of kana among its letters is typical and more. */
const kanaShareForJapanese = 0.05;
/** Fewer common words than this: a list or a caption, too little to tell. */
const minimumStopwordHits = 3;

const profiles: readonly { language: string; words: ReadonlySet<string> }[] = [
  { language: 'en', words: englishStopwords },
  ...latinLexicons.map((lexicon) => ({
    language: lexicon.language,
    words: new Set(lexicon.stopwords),
  })),
];

export function detectLanguage(text: string, declared?: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return declaredLanguage(declared);
  for (const { language, script } of scriptLanguages) {
    const count = sample.match(script)?.length ?? 0;
    const needed = language === 'ja' ? kanaShareForJapanese : scriptShare;
    if (count / letters >= needed) return language;
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: { language: string; hits: number } | undefined;
  for (const profile of profiles) {
    const hits = tokens.filter((token) => profile.words.has(token)).length;
    if (best === undefined || hits > best.hits) best = { language: profile.language, hits };
  }
  if (best === undefined || best.hits < minimumStopwordHits) return declaredLanguage(declared);
  return best.language;
}

/** The page's own lang attribute ("fr-FR" → "fr"), used when the text cannot tell. */
function declaredLanguage(declared: string | undefined): string | undefined {
  const primary = declared?.trim().toLowerCase().split(/[-_]/u)[0];
  return primary !== undefined && /^[a-z]{2,3}$/u.test(primary) ? primary : undefined;
}
