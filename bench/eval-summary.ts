/**
 * Summary quality: ROUGE F1 of the offline extractive summarizer against human-written
 * highlights, next to the Lead-k baseline (the first k sentences), on tests/fixtures/summaries
 * or on another folder of fixtures in the same format (e.g. tests/fixtures/summaries-blind).
 *
 *   npx tsx bench/eval-summary.ts [folder] [--verbose] [--no-title] [--flat]
 *
 * ROUGE follows the usual settings (as in rouge-score / ROUGE-1.5.5 -m): lowercase, anything
 * not a letter or digit is a space, Porter stemming of tokens longer than 3 characters, no
 * stopword removal. The reference is all highlights of an article joined; ROUGE-L is the LCS
 * of the joined token sequences.
 */
import { summarizeArticle } from '../src/core/engines/summary/summarize-article.ts';
import { splitSentences } from '../src/core/text/sentences.ts';
import { pathToFileURL } from 'node:url';
import { loadSummaryFixtures } from '../tests/fixtures/summaries/load-summary-fixtures.ts';
import { loadFixturesFrom } from '../tests/fixtures/summaries-blind/load-fixtures-from.ts';

export interface Scores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

const systems = ['lead-3', 'ours-short', 'lead-4', 'ours-standard'] as const;
type SystemName = (typeof systems)[number];

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const folder = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
  const loaded = folder === undefined ? loadSummaryFixtures() : loadFixturesFrom(folder);
  // --no-title: pages and datasets without a usable title (CNN/DailyMail has none).
  // --flat: the whole article on one line, as in the CNN/DailyMail dataset files.
  const flat = process.argv.includes('--flat');
  const fixtures = loaded.map((fixture) => ({
    ...fixture,
    title: process.argv.includes('--no-title') ? '' : fixture.title,
    text: flat ? fixture.text.replace(/\s+/g, ' ').trim() : fixture.text,
  }));
  const totals = new Map<SystemName, Scores>(
    systems.map((name) => [name, { rouge1: 0, rouge2: 0, rougeL: 0 }]),
  );
  let elapsed = 0;
  console.log(`ROUGE F1 ×100 on ${fixtures.length} articles (R1/R2/RL)\n`);
  console.log(`${'article'.padEnd(32)}${systems.map((name) => name.padStart(20)).join('')}`);
  for (const fixture of fixtures) {
    const reference = fixture.highlights.join(' ');
    const started = performance.now();
    const short = summarizeArticle(fixture, { length: 'short' });
    const standard = summarizeArticle(fixture, { length: 'standard' });
    elapsed += performance.now() - started;
    const outputs: Record<SystemName, string[]> = {
      'lead-3': lead(fixture.text, 3),
      'ours-short': short.bullets.map((bullet) => bullet.text),
      'lead-4': lead(fixture.text, 4),
      'ours-standard': standard.bullets.map((bullet) => bullet.text),
    };
    const cells = systems.map((name) => {
      const scores = rouge(outputs[name].join(' '), reference);
      const total = totals.get(name);
      if (total !== undefined) {
        total.rouge1 += scores.rouge1;
        total.rouge2 += scores.rouge2;
        total.rougeL += scores.rougeL;
      }
      return formatScores(scores).padStart(20);
    });
    console.log(`${fixture.id.slice(0, 31).padEnd(32)}${cells.join('')}`);
    if (verbose || fixture.category === 'seed') {
      console.log(`  headline: ${standard.headline}`);
      for (const bullet of standard.bullets) console.log(`  • ${bullet.text}`);
    }
  }
  const means = systems.map((name) => {
    const total = totals.get(name) ?? { rouge1: 0, rouge2: 0, rougeL: 0 };
    const count = fixtures.length;
    return formatScores({
      rouge1: total.rouge1 / count,
      rouge2: total.rouge2 / count,
      rougeL: total.rougeL / count,
    });
  });
  console.log(`${'MEAN'.padEnd(32)}${means.map((cell) => cell.padStart(20)).join('')}`);
  console.log(
    `\nsummarizer time: ${(elapsed / (2 * fixtures.length)).toFixed(2)} ms per summary (mean)`,
  );
}

/** The baseline: the first k sentences with at least five words (skips bylines and "0:00"). */
export function lead(text: string, count: number): string[] {
  return splitSentences(text)
    .filter((sentence) => sentence.text.split(/\s+/).length >= 5)
    .slice(0, count)
    .map((sentence) => sentence.text);
}

function formatScores(scores: Scores): string {
  return [scores.rouge1, scores.rouge2, scores.rougeL]
    .map((value) => (value * 100).toFixed(1))
    .join('/');
}

/** ROUGE-1/2/L F1 (0–1) of a candidate summary against a reference (highlights joined). */
export function rouge(candidate: string, reference: string): Scores {
  const candidateTokens = rougeTokens(candidate);
  const referenceTokens = rougeTokens(reference);
  return {
    rouge1: ngramF1(candidateTokens, referenceTokens, 1),
    rouge2: ngramF1(candidateTokens, referenceTokens, 2),
    rougeL: f1(
      longestCommonSubsequence(candidateTokens, referenceTokens),
      candidateTokens.length,
      referenceTokens.length,
    ),
  };
}

function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? porterStem(token) : token));
}

function ngramF1(candidate: string[], reference: string[], size: number): number {
  const counts = (tokens: string[]): Map<string, number> => {
    const grams = new Map<string, number>();
    for (let index = 0; index + size <= tokens.length; index += 1) {
      const gram = tokens.slice(index, index + size).join(' ');
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
    return grams;
  };
  const candidateGrams = counts(candidate);
  const referenceGrams = counts(reference);
  let overlap = 0;
  for (const [gram, count] of candidateGrams)
    overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  return f1(
    overlap,
    Math.max(0, candidate.length - size + 1),
    Math.max(0, reference.length - size + 1),
  );
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function longestCommonSubsequence(left: string[], right: string[]): number {
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const leftToken of left) {
    const current = new Array<number>(right.length + 1).fill(0);
    for (let column = 1; column <= right.length; column += 1) {
      current[column] =
        right[column - 1] === leftToken
          ? previous[column - 1]! + 1
          : Math.max(previous[column]!, current[column - 1]!);
    }
    previous = current;
  }
  return previous[right.length]!;
}

// Porter (1980) stemmer, after Martin Porter's reference JavaScript implementation.
const step2Suffixes: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const step3Suffixes: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};
const consonant = '[^aeiou]';
const vowel = '[aeiouy]';
const consonants = `${consonant}[^aeiouy]*`;
const vowels = `${vowel}[aeiou]*`;
const measureAtLeastOne = new RegExp(`^(${consonants})?${vowels}${consonants}`);
const measureExactlyOne = new RegExp(`^(${consonants})?${vowels}${consonants}(${vowels})?$`);
const measureAtLeastTwo = new RegExp(
  `^(${consonants})?${vowels}${consonants}${vowels}${consonants}`,
);
const hasVowel = new RegExp(`^(${consonants})?${vowel}`);
const endsConsonantVowelConsonant = new RegExp(`^${consonants}${vowel}[^aeiouwxy]$`);

function porterStem(input: string): string {
  if (input.length < 3) return input;
  const startsWithY = input.startsWith('y');
  let word = startsWithY ? `Y${input.slice(1)}` : input;
  let match: RegExpExecArray | null;
  if (/^(.+?)(ss|i)es$/.test(word)) word = word.replace(/^(.+?)(ss|i)es$/, '$1$2');
  else if (/^(.+?)([^s])s$/.test(word)) word = word.replace(/^(.+?)([^s])s$/, '$1$2');
  if ((match = /^(.+?)eed$/.exec(word))) {
    if (measureAtLeastOne.test(match[1]!)) word = word.slice(0, -1);
  } else if ((match = /^(.+?)(ed|ing)$/.exec(word)) && hasVowel.test(match[1]!)) {
    word = match[1]!;
    if (/(at|bl|iz)$/.test(word)) word += 'e';
    else if (/([^aeiouylsz])\1$/.test(word)) word = word.slice(0, -1);
    else if (endsConsonantVowelConsonant.test(word)) word += 'e';
  }
  if ((match = /^(.+?)y$/.exec(word)) && hasVowel.test(match[1]!)) word = `${match[1]!}i`;
  match =
    /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/.exec(
      word,
    );
  if (match && measureAtLeastOne.test(match[1]!)) word = match[1]! + step2Suffixes[match[2]!]!;
  match = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/.exec(word);
  if (match && measureAtLeastOne.test(match[1]!)) word = match[1]! + step3Suffixes[match[2]!]!;
  if (
    (match =
      /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/.exec(
        word,
      ))
  ) {
    if (measureAtLeastTwo.test(match[1]!)) word = match[1]!;
  } else if ((match = /^(.+?)(s|t)(ion)$/.exec(word))) {
    if (measureAtLeastTwo.test(match[1]! + match[2]!)) word = match[1]! + match[2]!;
  }
  if ((match = /^(.+?)e$/.exec(word))) {
    const stem = match[1]!;
    if (
      measureAtLeastTwo.test(stem) ||
      (measureExactlyOne.test(stem) && !endsConsonantVowelConsonant.test(stem))
    ) {
      word = stem;
    }
  }
  if (/ll$/.test(word) && measureAtLeastTwo.test(word)) word = word.slice(0, -1);
  return startsWithY ? `y${word.slice(1)}` : word;
}

// Run only as a script, so tests can import rouge() and lead() without printing a report.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();
