import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyQuotes } from '../../../src/core/pipeline/verify-quotes.ts';
import { locateSpan } from '../../../src/core/pipeline/locate-span.ts';

const seed = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'seeds', 'putin-trump-ukraine-2024-11-28.txt'),
  'utf8',
);
const kellogg =
  'Bringing the Russia-Ukraine war to a close will require strong, America First leadership to deliver a peace deal and immediately end the hostilities between the two warring parties';

describe('verifyQuotes', () => {
  it('accepts a verbatim quote with straight marks and returns the exact source span', () => {
    const result = verifyQuotes(seed, [
      {
        text: '"It\'s possible that the current administration wants to create difficulties for the future administration,"',
        speaker: 'Putin',
      },
    ]);
    expect(result.dropped).toEqual([]);
    const [quote] = result.verified;
    expect(quote?.text).toBe(
      'It’s possible that the current administration wants to create difficulties for the future administration',
    );
    expect(quote?.speaker).toBe('Vladimir Putin');
    expect(seed.slice(quote!.start, quote!.end)).toBe(quote?.text);
  });

  it('repairs a near-verbatim paraphrase to the article’s own words', () => {
    const paraphrase = kellogg.replace('immediately ', '').replace('strong, ', 'strong ');
    const result = verifyQuotes(seed, [{ text: paraphrase, speaker: 'Keith Kellogg' }]);
    expect(result.repaired).toBe(1);
    expect(result.verified[0]?.text).toBe(kellogg);
  });

  it('drops the paraphrase instead when repair is off', () => {
    const paraphrase = kellogg.replace('immediately ', '');
    const result = verifyQuotes(seed, [{ text: paraphrase, speaker: 'Keith Kellogg' }], {
      repair: false,
    });
    expect(result.verified).toEqual([]);
    expect(result.dropped[0]?.reason).toBe('not-found');
  });

  it('drops an invented quote', () => {
    const result = verifyQuotes(seed, [
      { text: 'We will take Kyiv before the spring thaw arrives.', speaker: 'Putin' },
    ]);
    expect(result.dropped.map((drop) => drop.reason)).toEqual(['not-found']);
  });

  it('corrects a speaker the text clearly contradicts by name', () => {
    const result = verifyQuotes(seed, [{ text: kellogg, speaker: 'Vladimir Putin' }]);
    expect(result.verified[0]?.speaker).toBe('Keith Kellogg');
    expect(result.speakerCorrected).toBe(1);
  });

  it('drops a quote whose speaker the text never names', () => {
    const result = verifyQuotes(seed, [
      { text: 'There are different options', speaker: 'Sergei Lavrov' },
    ]);
    expect(result.dropped[0]?.reason).toBe('speaker-not-in-text');
  });

  it('drops a quote whose pronoun-resolved speaker is someone else', () => {
    const text =
      'Senator Ada Brown met Governor Tim Cole on Monday. Cole left early.\n\n“We will not raise taxes this year, whatever happens,” he said.';
    const result = verifyQuotes(text, [
      { text: 'We will not raise taxes this year, whatever happens', speaker: 'Ada Brown' },
    ]);
    expect(result.dropped[0]?.reason).toBe('wrong-speaker');
  });

  it('drops the reporter’s own words presented as a quote', () => {
    const result = verifyQuotes(seed, [
      {
        text: 'At Thursday’s security summit, Putin threatened to use the hypersonic missile system',
        speaker: 'Putin',
      },
    ]);
    expect(result.dropped[0]?.reason).toBe('not-quoted');
  });

  it('drops duplicates and too-short candidates', () => {
    const result = verifyQuotes(seed, [
      { text: 'There are different options', speaker: 'Putin' },
      { text: '“There are different options”', speaker: 'Vladimir Putin' },
      { text: 'Oreshnik', speaker: 'Putin' },
    ]);
    expect(result.verified).toHaveLength(1);
    expect(result.dropped.map((drop) => drop.reason)).toEqual(['duplicate', 'too-short']);
  });

  it('verifies each part of an elided quote separately, in one group', () => {
    const result = verifyQuotes(seed, [
      {
        text: 'By escalating the situation … he is creating conditions for the future administration.',
        speaker: 'Putin',
      },
    ]);
    expect(result.verified.map((quote) => quote.text)).toEqual([
      'By escalating the situation',
      'he is creating conditions for the future administration.',
    ]);
    expect(result.verified[0]?.group).toBe(result.verified[1]?.group);
  });

  it('drops an elided quote when one part is invented', () => {
    const result = verifyQuotes(seed, [
      {
        text: 'By escalating the situation ... we will win this war quickly and decisively',
        speaker: 'Putin',
      },
    ]);
    expect(result.dropped[0]?.reason).toBe('not-found');
  });
});

describe('locateSpan', () => {
  it('forgives quote-mark style and whitespace only for exact matches', () => {
    const text = 'He said: “It’s   over,” and left.';
    expect(locateSpan(text, "It's over")).toEqual({
      start: 10,
      end: 21,
      exact: true,
      similarity: 1,
    });
    expect(locateSpan(text, 'It is over', { repair: false })).toBeUndefined();
  });
});
