import { german } from './de.ts';
import { spanish } from './es.ts';
import { french } from './fr.ts';
import { italian } from './it.ts';
import { dutch } from './nl.ts';
import { portuguese } from './pt.ts';
import type { SpeechLexicon } from './speech-lexicon.ts';

export type { SpeechLexicon };

/** Speech lexicons of the space-separated languages the attribution rules read. */
export const latinLexicons: readonly SpeechLexicon[] = [
  french,
  german,
  spanish,
  portuguese,
  italian,
  dutch,
];

export function lexiconFor(language: string | undefined): SpeechLexicon | undefined {
  return latinLexicons.find((lexicon) => lexicon.language === language);
}
