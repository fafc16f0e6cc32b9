import { describe, it, expect } from 'vitest';
import { trimBullet } from '../../../src/core/engines/summary/trim-bullet.ts';

function trimmed(sentence: string, offset = 0): string {
  const source = `${' '.repeat(offset)}${sentence}`;
  const span = trimBullet({ text: sentence, start: offset });
  // The bullet is always a contiguous, exact span of the source.
  expect(source.slice(span.start, span.end)).toBe(span.text);
  return span.text;
}

describe('trimBullet', () => {
  it('drops wire and broadcast datelines, keeping exact offsets', () => {
    expect(
      trimmed('WASHINGTON (CNN) -- The Senate passed a $61 billion disaster relief package.', 7),
    ).toBe('The Senate passed a $61 billion disaster relief package.');
    expect(trimmed('(CNN)The Palestinian Authority officially became the 123rd member.')).toBe(
      'The Palestinian Authority officially became the 123rd member.',
    );
    expect(
      trimmed('FRANKFURT, March 12 (Reuters) - German carmaker Voltmann cut its profit forecast.'),
    ).toBe('German carmaker Voltmann cut its profit forecast.');
    expect(
      trimmed('GLENBROOK, Ill. (AP) — A school board voted to close five elementary schools.'),
    ).toBe('A school board voted to close five elementary schools.');
    expect(
      trimmed('SAN FRANCISCO -- Brightline Software said it would lay off about 1,800 employees.'),
    ).toBe('Brightline Software said it would lay off about 1,800 employees.');
  });

  it('drops a byline, time stamps and a player’s 0:00 that ran into the lead', () => {
    expect(
      trimmed(
        'By Sophie Kirkland For Mailonline Published: 12:08 BST, 21 August 2024 | Updated: 14:30 BST, 21 August 2024 A family have been reunited with their dog after 11 months.',
      ),
    ).toBe('A family have been reunited with their dog after 11 months.');
    expect(
      trimmed(
        'Live Updates Updated 1:23 PM ET, Fri September 6, 2024 0:00 MEXICO CITY (CNN) -- A magnitude 7.1 earthquake struck southern Mexico.',
      ),
    ).toBe('A magnitude 7.1 earthquake struck southern Mexico.');
  });

  it('drops a closing attribution that holds no fact', () => {
    expect(
      trimmed('Two people died when their house collapsed in the town of Coyuca, officials said.'),
    ).toBe('Two people died when their house collapsed in the town of Coyuca');
    expect(
      trimmed(
        'Most of the deaths were caused by landslides in the mountains, according to police.',
      ),
    ).toBe('Most of the deaths were caused by landslides in the mountains');
  });

  it('keeps an attribution that names the evidence or a speaker in apposition', () => {
    const survey =
      'One in four insulin users have rationed it because of the cost, according to a survey by the American Diabetes Association.';
    expect(trimmed(survey)).toBe(survey);
    const daughter = 'The cause was heart failure, her daughter, Ruth Ellison-Park, said.';
    expect(trimmed(daughter)).toBe(daughter);
  });

  it('drops a long closing "according to" source and a closing "which" aside of a long sentence', () => {
    expect(
      trimmed(
        'Saudi Arabia will shoulder about 500,000 barrels a day of the reduction, according to a statement issued after a video meeting of ministers from the group and its allies.',
      ),
    ).toBe('Saudi Arabia will shoulder about 500,000 barrels a day of the reduction');
    expect(
      trimmed(
        'Hospital administrators point to a shortage of obstetricians and nurses willing to work in rural areas, rising insurance costs and low payments from Medicaid, which covers about half of rural births.',
      ),
    ).toBe(
      'Hospital administrators point to a shortage of obstetricians and nurses willing to work in rural areas, rising insurance costs and low payments from Medicaid',
    );
  });

  it('keeps a "which" clause in a short sentence or in mid-sentence', () => {
    const short = 'The bridge closed on Monday for repairs, which will take a year.';
    expect(trimmed(short)).toBe(short);
    const middle =
      'The Mill Street bridge over the Quill River in the old town centre, which carries about 14,000 vehicles a day, will close for roughly 14 months beginning June 3.';
    expect(trimmed(middle)).toBe(middle);
  });

  it('drops a byline and credit line that ran into a dateline, and an audio player label', () => {
    expect(
      trimmed(
        'By Jenna Kowalski Staff writer MAPLE FALLS — The City Council voted 5-2 to raise water rates by 38%.',
      ),
    ).toBe('The City Council voted 5-2 to raise water rates by 38%.');
    expect(
      trimmed(
        'Analysis by Rachel Stern, Senior Economics Writer WASHINGTON — The Fed held its benchmark rate steady on Wednesday.',
      ),
    ).toBe('The Fed held its benchmark rate steady on Wednesday.');
    expect(
      trimmed('Listen to this article · 5 min Ireland’s regulator fined Snapwise €310 million.'),
    ).toBe('Ireland’s regulator fined Snapwise €310 million.');
  });

  it('keeps a sentence that would be left too short', () => {
    expect(trimmed('(CNN) -- Nobody was hurt.')).toBe('(CNN) -- Nobody was hurt.');
    expect(trimmed('The bridge is closed, police said.')).toBe(
      'The bridge is closed, police said.',
    );
  });
});
