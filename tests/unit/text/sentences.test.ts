import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.ts';

function texts(source: string): string[] {
  return splitSentences(source).map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  it('keeps exact offsets: every sentence is the trimmed source slice', () => {
    const source = '  First one here.   Second one?\n\nThird!  ';
    const sentences = splitSentences(source);
    expect(sentences.map((sentence) => source.slice(sentence.start, sentence.end))).toEqual([
      'First one here.',
      'Second one?',
      'Third!',
    ]);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'First one here.',
      'Second one?',
      'Third!',
    ]);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
    expect(sentences[0]).toMatchObject({ start: 2, end: 17 });
  });

  it('numbers paragraphs separated by blank lines', () => {
    const sentences = splitSentences('One. Two.\n\nThree.\n \nFour.');
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it('does not split after titles and dotted abbreviations before names', () => {
    expect(
      texts('Mr. Smith met Dr. Jones and Gen. Milley. Sen. Ortiz and Rep. Lee agreed.'),
    ).toEqual(['Mr. Smith met Dr. Jones and Gen. Milley.', 'Sen. Ortiz and Rep. Lee agreed.']);
    expect(texts('U.S. President Biden spoke. The U.K. government replied.')).toEqual([
      'U.S. President Biden spoke.',
      'The U.K. government replied.',
    ]);
  });

  it('ends a sentence at an abbreviation when the next word opens a new sentence', () => {
    expect(texts('Prices rose in the U.S. The euro fell. They met at 5 p.m. He left.')).toEqual([
      'Prices rose in the U.S.',
      'The euro fell.',
      'They met at 5 p.m.',
      'He left.',
    ]);
    expect(texts('Shares of Acme Corp. The deal closed. Apple Inc. said profits fell.')).toEqual([
      'Shares of Acme Corp.',
      'The deal closed.',
      'Apple Inc. said profits fell.',
    ]);
  });

  it('keeps a dateline’s state abbreviation before a dash with the lead', () => {
    expect(
      texts('HARLAN COUNTY, Ky. — Every weekday she drives her sons to town. They wait.'),
    ).toEqual(['HARLAN COUNTY, Ky. — Every weekday she drives her sons to town.', 'They wait.']);
  });

  it('keeps month and number abbreviations with their numbers', () => {
    expect(texts('It began on Jan. 6 at St. Mark’s. The No. 5 seed lost.')).toEqual([
      'It began on Jan. 6 at St. Mark’s.',
      'The No. 5 seed lost.',
    ]);
  });

  it('keeps e.g. and i.e. inside their sentence', () => {
    expect(texts('Some taxes, e.g. the levy, i.e. the fee, rose. Others fell.')).toEqual([
      'Some taxes, e.g. the levy, i.e. the fee, rose.',
      'Others fell.',
    ]);
  });

  it('keeps initials with the name and decimals whole', () => {
    expect(texts('J. K. Rowling wrote it. Growth was 3.5 percent, up from 2.75.')).toEqual([
      'J. K. Rowling wrote it.',
      'Growth was 3.5 percent, up from 2.75.',
    ]);
  });

  it('splits after an ellipsis only when a new sentence starts', () => {
    expect(texts('He paused... and went on. Then silence… Nobody spoke.')).toEqual([
      'He paused... and went on.',
      'Then silence…',
      'Nobody spoke.',
    ]);
  });

  it('ends a quoted sentence after the closing mark', () => {
    const source = '“We will win today.” He said nothing else.';
    const sentences = splitSentences(source);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      '“We will win today.”',
      'He said nothing else.',
    ]);
    expect(sentences[0]).toMatchObject({ start: 0, end: 20 });
  });

  it('does not split a question from its attribution', () => {
    expect(texts('“Why now?” she asked. “Why not?” Putin asked. "Really!" he shouted.')).toEqual([
      '“Why now?” she asked.',
      '“Why not?” Putin asked.',
      '"Really!" he shouted.',
    ]);
  });

  it('treats a line break as a boundary unless the line is hard-wrapped', () => {
    expect(texts('Tom Ozimek\nUpdated:\n0:00\nThe summit ended\nwith no deal.')).toEqual([
      'Tom Ozimek',
      'Updated:',
      '0:00',
      'The summit ended\nwith no deal.',
    ]);
  });

  it('does not split inside words like U.S.-supplied or web addresses', () => {
    expect(texts('They used U.S.-supplied weapons, said example.com today.')).toEqual([
      'They used U.S.-supplied weapons, said example.com today.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
