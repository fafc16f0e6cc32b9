import { describe, expect, it } from 'vitest';
import { quoteSetFolder, scoreQuoteSet } from './score-quote-set.ts';

// Blind sets of 16 articles (two per language: fr, de, es, pt, it, nl, ja, zh), written in
// session 16 by someone who never ran the engine, then sets of 24 (three per language) written
// the same way in session 17. Speakers right at first contact: blind 0.434
// (session start) and 0.542 (after the untouched-article fixes); blind2 0.551 and 0.629; blind3
// 0.596 at session start, 0.676 after tuning on blind, 0.731 after tuning on blind2.
describe('quotes in eight languages, on text written without the engine in view', () => {
  it('keeps the tuned blind set at its figures (after tuning: F1 1.000, speakers 0.935)', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind'));
    expect(score.articles).toBe(16);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
  });

  // First contact after the first set's tuning: F1 0.959, speakers 0.702; after tuning on it:
  // F1 1.000, speakers 0.941.
  it('keeps blind2, tuned on after its first contact (0.702), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind2'));
    expect(score.articles).toBe(16);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
  });

  // First contact 0.731 (F1 0.972); after tuning on it: F1 1.000, speakers 1.000.
  it('keeps blind3, tuned on after its first contact (0.731), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind3'));
    expect(score.articles).toBe(16);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
  });

  // First contact 0.740 (F1 0.975, session 16's end); tuned on in session 17 (round 4): F1
  // 1.000, speakers 0.990.
  it('keeps blind4, tuned on after its first contact (0.740), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind4'));
    expect(score.articles).toBe(16);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  // 24 articles, three per language. First contact after round 4: F1 0.943, speakers 0.726
  // (0.721 with session 17's starting engine); tuned on in round 5: F1 0.994, speakers 0.983.
  it('keeps blind5, tuned on after its first contact (0.726), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind5'));
    expect(score.articles).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  // First contact after round 5: F1 0.915 (156 of 184 found), speakers 0.769 (0.658 and F1
  // 0.892 with session 17's starting engine); tuned on in round 6: F1 0.969, speakers 0.960.
  it('keeps blind6, tuned on after its first contact (0.769), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind6'));
    expect(score.articles).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.96);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  // First contact after round 6: F1 0.940 (158 of 176 found), speakers 0.741 (0.664 and F1
  // 0.911 with session 17's starting engine); tuned on in session 18 (round 7): F1 0.983,
  // speakers 0.988.
  it('keeps blind7, tuned on after its first contact (0.741), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind7'));
    expect(score.articles).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  // First contact after round 7: F1 0.961 (146 of 157 found), speakers 0.774 (0.757 and F1
  // 0.954 with session 18's starting engine); tuned on in session 18 (round 8): F1 0.994,
  // speakers 0.981.
  it('keeps blind8, tuned on after its first contact (0.774), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind8'));
    expect(score.articles).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.98);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  // First contact after round 8: F1 0.909 (155 of 186 found), speakers 0.774 (0.748 and F1
  // 0.883 with session 18's starting engine). Partial quotes set aside (decision 0016): F1 0.976,
  // speakers 0.773, 0.816 by the real-news rule. Tuned on in session 19 (round 9): F1 0.997,
  // speakers 0.993, 1.000 by the real-news rule.
  it('keeps blind9, tuned on after its first contact (0.773), at its figures', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind9'));
    expect(score.articles).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(score.speakerAccuracyByRealNewsRule).toBeGreaterThanOrEqual(0.99);
  });

  // Never tuned on. First contact after round 9: F1 0.966 (212 of 222 found), speakers 0.792,
  // 0.835 by the real-news rule (0.783 and 0.830 with session 19's starting engine).
  it('keeps blind10, never tuned on, at least at its first contact (F1 0.966, speakers 0.792)', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind10'));
    expect(score.articles).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.96);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.79);
    expect(score.speakerAccuracyByRealNewsRule).toBeGreaterThanOrEqual(0.83);
  });
});
