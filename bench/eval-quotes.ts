/**
 * Quote finder evaluation over the annotated articles in tests/fixtures/quotes/.
 * Run: npx tsx bench/eval-quotes.ts [folder]   (default tests/fixtures/quotes; e.g. tests/fixtures/quotes-blind)
 * Prints direct-quote detection precision / recall / F1 (span match, forgiving quote-mark
 * style, whitespace and edge punctuation) and speaker accuracy over matched quotes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeQuotations } from '../src/core/engines/quotes/find-quotations.ts';
import { readGoldQuotes, scoreQuoteArticle } from '../tests/unit/quotes/score-quote-set.ts';

const folderArgument = process.argv[2];
const folder =
  folderArgument === undefined
    ? join(import.meta.dirname, '..', 'tests', 'fixtures', 'quotes')
    : resolve(folderArgument);

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const f1 = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const format = (value: number): string => value.toFixed(3);

const total = { gold: 0, predicted: 0, matched: 0, speakerRight: 0, realNews: 0, partial: 0 };
let totalMs = 0;
const rows: string[] = [];
const misses: string[] = [];

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  const gold = readGoldQuotes(folder, file);
  const started = performance.now();
  const found = analyzeQuotations(text);
  totalMs += performance.now() - started;
  const score = scoreQuoteArticle(gold, found);
  for (const miss of score.misses) misses.push(`${file}: ${miss}`);
  total.gold += score.gold;
  total.predicted += score.predicted;
  total.matched += score.matched;
  total.speakerRight += score.speakerRight;
  total.realNews += score.speakerRightByRealNewsRule;
  total.partial += gold.length - score.gold;
  const precision = ratio(score.matched, score.predicted);
  const recall = ratio(score.matched, score.gold);
  rows.push(
    `${file.padEnd(32)} P ${format(precision)}  R ${format(recall)}  F1 ${format(f1(precision, recall))}  speaker ${format(ratio(score.speakerRight, score.matched))}  (${score.matched}/${score.gold} found, ${score.predicted} predicted)`,
  );
}

const precision = ratio(total.matched, total.predicted);
const recall = ratio(total.matched, total.gold);
console.log(rows.join('\n'));
console.log('');
for (const miss of misses) console.log(`  ${miss}`);
console.log('');
console.log(
  `overall: precision ${format(precision)}  recall ${format(recall)}  F1 ${format(f1(precision, recall))}  speaker accuracy ${format(ratio(total.speakerRight, total.matched))}  (${total.matched} matched of ${total.gold} gold, ${total.predicted} predicted; ${totalMs.toFixed(1)} ms total)`,
);
console.log(
  `real-news speaker rule: ${format(ratio(total.realNews, total.matched))}  (${total.realNews} of ${total.matched}); partial quotes set aside: ${total.partial}`,
);
