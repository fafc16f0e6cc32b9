import { expect, it } from 'vitest';
import { lead, rouge } from '../../../bench/eval-summary.ts';
import { summarizeArticle } from '../../../src/core/engines/summary/summarize-article.ts';
import type { BriefLength } from '../../../src/core/model/brief.ts';

interface SummaryFixture {
  title: string;
  text: string;
  highlights: string[];
}

/** Mean ROUGE-1 F1 of the summarizer and of Lead-3 over a set, on the same (transformed) texts. */
export function meanRouge1(
  fixtures: readonly SummaryFixture[],
  length: BriefLength,
  transform: (text: string) => string = (text) => text,
): { ours: number; lead3: number } {
  let ours = 0;
  let baseline = 0;
  for (const fixture of fixtures) {
    const text = transform(fixture.text);
    const reference = fixture.highlights.join(' ');
    const bullets = summarizeArticle({ title: fixture.title, text }, { length }).bullets;
    ours += rouge(bullets.map((bullet) => bullet.text).join(' '), reference).rouge1;
    baseline += rouge(lead(text, 3).join(' '), reference).rouge1;
  }
  return { ours: ours / fixtures.length, lead3: baseline / fixtures.length };
}

/** The text on one line, as in dataset files (CNN/DailyMail). */
export const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The two checks every summary set must pass: beat Lead-3 on ROUGE-1, with and without line breaks. */
export function itBeatsLead3(fixtures: readonly SummaryFixture[]): void {
  it('beats Lead-3 on ROUGE-1 with short and standard summaries', () => {
    for (const length of ['short', 'standard'] as const) {
      const { ours, lead3 } = meanRouge1(fixtures, length);
      expect(ours, length).toBeGreaterThan(lead3);
    }
  });

  it('still beats Lead-3 when the text has no line breaks (as in dataset files)', () => {
    const { ours, lead3 } = meanRouge1(fixtures, 'short', flatten);
    expect(ours).toBeGreaterThan(lead3);
  });
}
