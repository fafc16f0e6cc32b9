import { describe, expect, it } from 'vitest';
import { quoteSetFolder, scoreQuoteSet } from './score-quote-set.ts';

// Four blind sets of 16 articles (two per language: fr, de, es, pt, it, nl, ja, zh), written in
// session 16 by someone who never ran the engine. Speakers right at first contact: blind 0.434
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

  // Never tuned on: 0.552 at session start, 0.753 after tuning on blind and blind2, 0.740 at
  // the end (after tuning on blind3 too: 96 of 101 found, 71 right against 93 and 70).
  it('keeps blind4, never tuned on, at its first contact (F1 0.975, speakers 0.740)', () => {
    const score = scoreQuoteSet(quoteSetFolder('quotes-languages-blind4'));
    expect(score.articles).toBe(16);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.73);
  });
});
