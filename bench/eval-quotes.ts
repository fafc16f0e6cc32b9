/**
 * Quote finder evaluation over the annotated articles in tests/fixtures/quotes/.
 * Run: npx tsx bench/eval-quotes.ts [folder]   (default tests/fixtures/quotes; e.g. tests/fixtures/quotes-blind)
 * Prints direct-quote detection precision / recall / F1 (span match, forgiving quote-mark
 * style, whitespace and edge punctuation) and speaker accuracy over matched quotes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeQuotations } from '../src/core/engines/quotes/find-quotations.ts';
import { normalizeQuote } from '../tests/unit/quotes/score-quote-set.ts';

interface Gold {
  quotes: { text: string; speaker: string | null }[];
}

const folderArgument = process.argv[2];
const folder =
  folderArgument === undefined
    ? join(import.meta.dirname, '..', 'tests', 'fixtures', 'quotes')
    : resolve(folderArgument);

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const f1 = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const format = (value: number): string => value.toFixed(3);

let totalGold = 0;
let totalPredicted = 0;
let totalMatched = 0;
let totalSpeakerRight = 0;
let totalMs = 0;
const rows: string[] = [];
const misses: string[] = [];

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  const gold = JSON.parse(
    readFileSync(join(folder, file.replace(/\.txt$/u, '.json')), 'utf8'),
  ) as Gold;
  const started = performance.now();
  const predicted = analyzeQuotations(text).filter(
    (quote) => quote.depth === 0 && quote.kind === 'direct',
  );
  totalMs += performance.now() - started;
  const byText = new Map(predicted.map((quote) => [normalizeQuote(quote.text), quote]));
  let matched = 0;
  let speakerRight = 0;
  for (const expected of gold.quotes) {
    const found = byText.get(normalizeQuote(expected.text));
    if (!found) {
      misses.push(`${file}: missed "${expected.text.slice(0, 60)}"`);
      continue;
    }
    matched += 1;
    if ((found.speaker ?? '').toLowerCase() === (expected.speaker ?? '').toLowerCase())
      speakerRight += 1;
    else
      misses.push(
        `${file}: speaker "${found.speaker}" ≠ "${expected.speaker}" for "${expected.text.slice(0, 50)}"`,
      );
  }
  const goldTexts = new Set(gold.quotes.map((quote) => normalizeQuote(quote.text)));
  for (const quote of predicted) {
    if (!goldTexts.has(normalizeQuote(quote.text)))
      misses.push(`${file}: extra "${quote.text.slice(0, 60)}"`);
  }
  totalGold += gold.quotes.length;
  totalPredicted += predicted.length;
  totalMatched += matched;
  totalSpeakerRight += speakerRight;
  const precision = ratio(matched, predicted.length);
  const recall = ratio(matched, gold.quotes.length);
  rows.push(
    `${file.padEnd(32)} P ${format(precision)}  R ${format(recall)}  F1 ${format(f1(precision, recall))}  speaker ${format(ratio(speakerRight, matched))}  (${matched}/${gold.quotes.length} found, ${predicted.length} predicted)`,
  );
}

const precision = ratio(totalMatched, totalPredicted);
const recall = ratio(totalMatched, totalGold);
console.log(rows.join('\n'));
console.log('');
for (const miss of misses) console.log(`  ${miss}`);
console.log('');
console.log(
  `overall: precision ${format(precision)}  recall ${format(recall)}  F1 ${format(f1(precision, recall))}  speaker accuracy ${format(ratio(totalSpeakerRight, totalMatched))}  (${totalMatched} matched of ${totalGold} gold, ${totalPredicted} predicted; ${totalMs.toFixed(1)} ms total)`,
);
