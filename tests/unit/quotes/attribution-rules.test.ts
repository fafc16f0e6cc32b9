import { describe, it, expect } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';
import { englishAttributionRules } from '../../../src/core/engines/quotes/attribution-rules/english-attribution-rules.ts';

/** Each direct quote as [speaker, the rule that named it]. */
function explained(text: string): [string | null, string | undefined][] {
  return analyzeQuotations(text)
    .filter((quote) => quote.kind === 'direct' && quote.depth === 0)
    .map((quote) => [quote.speaker, quote.attributionRule]);
}

describe('English attribution rules', () => {
  it('is one ordered list of uniquely named rules', () => {
    const names = englishAttributionRules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('colon-label');
  });

  it('names the rule behind every speaker, and how a pronoun was resolved', () => {
    const text = [
      'The county approved the budget on Tuesday after a long night of debate.',
      '"We decided that two years ago," said Rafael Duquesne, the council chairman.',
      'Maria Okafor, the treasurer, was blunt: "The money is not there."',
      '"I have read every page," she said. "Every dollar counts."',
      'Okafor: "We will cut the parks budget first."',
      '"Nobody wants this." — Dana Whitfield, a resident',
    ].join('\n\n');
    expect(explained(text)).toEqual([
      ['Rafael Duquesne', 'verb-after-quote/inverted-verb'],
      ['Maria Okafor', 'colon-first-name'],
      ['Maria Okafor', 'verb-after-quote/subject-verb (pronoun)'],
      ['Maria Okafor', 'split-quote'],
      ['Maria Okafor', 'colon-label'],
      ['Dana Whitfield', 'dash-credit'],
    ]);
  });

  it('reads typewriter quotes closed by two marks like curly ones', () => {
    const text = [
      'The senator left the hearing early on Thursday.',
      "''They have a difficult relationship,'' said Oren Maddox, a former aide.",
      "''It was never going to work,'' Maddox said.",
    ].join('\n\n');
    expect(explained(text)).toEqual([
      ['Oren Maddox', 'verb-after-quote/inverted-verb'],
      ['Oren Maddox', 'verb-after-quote/subject-verb'],
    ]);
  });

  it('reads the attribution forms of US political copy', () => {
    const text = [
      'The committee met on Monday to discuss the bill.',
      '“There is energy in the districts,” Rep. Earl Blumenauer (D-Ore.) said.',
      "''We need to act on this now,'' said Senator Chris Coons, Democrat of Delaware.",
      '“A lot of people were upset,” said former Rep. George Miller (D-Calif.), one of the negotiators.',
      "''Voters are angry,'' Douglas Holtz-Eakin, an economic adviser to Republicans and former director of the Congressional Budget Office, said in an interview.",
      "''To see how many cases could change,'' since so many were decided by 5-to-4 votes, said Lee Epstein, who teaches law.",
    ].join('\n\n');
    expect(explained(text)).toEqual([
      ['Earl Blumenauer', 'verb-after-quote/subject-verb'],
      ['Chris Coons', 'verb-after-quote/inverted-verb'],
      ['George Miller', 'verb-after-quote/inverted-verb'],
      ['Douglas Holtz-Eakin', 'verb-after-quote/subject-verb'],
      ['Lee Epstein', 'verb-ending-sentence/inverted-verb'],
    ]);
  });

  it('reads a voice speaking for someone and outlets that report', () => {
    const text = [
      'The budget passed on Monday after a long debate.',
      '“We have worked on this for years,” Ryan’s office said in a statement.',
      '"It was a good night," said Virginia delegate Beau Correll, angered by the vote.',
      '“Most people do not need it,” according to a statement from Consumer Reports.',
    ].join('\n\n');
    expect(explained(text)).toEqual([
      ['Ryan', 'verb-after-quote/subject-verb'],
      ['Beau Correll', 'verb-after-quote/inverted-verb'],
      ['Consumer Reports', 'verb-after-quote/according-to'],
    ]);
  });

  it('reads "fumed" and "asserted" as speech', () => {
    const text = [
      'Senator Pat Toomes left the chamber after the vote.',
      '“That was a partisan stunt,” Toomes fumed on Tuesday.',
      '“I am staying in this race,” asserted Gina Marlowe.',
    ].join('\n\n');
    expect(explained(text)).toEqual([
      ['Pat Toomes', 'verb-after-quote/subject-verb'],
      ['Gina Marlowe', 'verb-after-quote/inverted-verb'],
    ]);
  });

  it('reads a qualified job before the name after an inverted verb', () => {
    const text = [
      'The count went on past midnight.',
      '“It is far from over,” said election lawyer Joan Birkett.',
      '“He might say things I would not,” said Marlowe ally Dan Carrow.',
    ].join('\n\n');
    expect(explained(text)).toEqual([
      ['Joan Birkett', 'verb-after-quote/inverted-verb'],
      ['Dan Carrow', 'verb-after-quote/inverted-verb'],
    ]);
  });
});
