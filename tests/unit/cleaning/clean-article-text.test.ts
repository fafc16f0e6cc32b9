import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../../src/core/pipeline/clean-article-text.ts';

const body = [
  'The city council approved the budget on Tuesday after a debate that lasted past midnight, officials said.',
  '“We did what we promised,” Mayor Ana Ruiz said. “Now we deliver.”',
  'The budget takes effect in January and includes money for 40 new bus drivers.',
];

/** Puts one debris line between body paragraphs and returns what the cleaner removed. */
function removedWhenInserted(line: string): string[] {
  const text = [body[0], line, body[1], body[2]].join('\n\n');
  return cleanArticleText(text, {}).removedLines;
}

describe('cleanArticleText removes debris', () => {
  const debris = [
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Read more: Council delays vote on transit plan',
    'RELATED: Why bus drivers are quitting',
    'Sign up for our daily newsletter and get the top stories in your inbox.',
    'By signing up, you agree to our Terms of Service and Privacy Policy.',
    '(Photo by Jane Smith/Getty Images)',
    'Credit: Jane Smith/Reuters',
    'Council members listen to public comment. AP Photo/Jane Smith',
    'Council members listen to public comment. (AP Photo/Jane Smith)',
    'Updated:',
    'Updated: Nov. 28, 2024 5:02 p.m. ET',
    'Published 11:10 p.m. CT Oct. 15, 2024 | Updated 7:02 a.m. CT Oct. 16, 2024',
    '0:00',
    '1:23 / 4:56',
    'Listen to this article',
    '5 min read',
    'By Jane Doe',
    'BY JANE DOE AND JOHN ROE',
    'twitter',
    'Facebook | Twitter | Email',
    'Copy link',
    'Share this article',
    'print',
    'whatsapp',
    'Reporting by Jane Doe; Editing by John Roe',
    '© 2024 The Lakeside Herald. All rights reserved.',
  ];
  for (const line of debris) {
    it(`drops "${line}"`, () => {
      expect(removedWhenInserted(line)).toEqual([line]);
    });
  }

  it('drops the title repeated at the top and the byline hint', () => {
    const text = ['Council passes budget', 'Jane Doe', ...body].join('\n\n');
    const cleaned = cleanArticleText(text, {
      title: 'Council Passes Budget',
      byline: 'By Jane Doe',
    });
    expect(cleaned.removedLines).toEqual(['Council passes budget', 'Jane Doe']);
    expect(cleaned.text).toBe(body.join('\n\n'));
  });

  it('drops an author box at the end but keeps the last body paragraph', () => {
    const text = [
      ...body,
      'Jane Doe',
      'Reporter',
      'Jane Doe is a senior reporter for the Herald covering City Hall.',
      'Jane Doe covers transportation for the Herald.',
    ].join('\n\n');
    const cleaned = cleanArticleText(text, { byline: 'Jane Doe' });
    expect(cleaned.text).toBe(body.join('\n\n'));
  });

  it('drops a kicker and a name with outlet above the body', () => {
    const text = ['Local News', 'Jane Doe, Reuters', ...body].join('\n\n');
    expect(cleanArticleText(text, {}).text).toBe(body.join('\n\n'));
  });

  it('keeps the body copy of a pull quote and drops the repeat', () => {
    const text = [...body, 'We did what we promised, the mayor said of the vote.'].join('\n\n');
    const withPullQuote = [
      'We did what we promised, the mayor said of the vote.',
      ...body.slice(0, 1),
    ].join('\n\n');
    expect(cleanArticleText(text, {}).text).toBe(text);
    expect(
      cleanArticleText(
        `${withPullQuote}\n\nLater, “We did what we promised, the mayor said of the vote.”`,
        {},
      ).removedLines,
    ).toEqual(['We did what we promised, the mayor said of the vote.']);
  });

  it('normalises whitespace inside paragraphs and separates them with one blank line', () => {
    const cleaned = cleanArticleText(
      'First  paragraph\u00a0has  spaces.\n\n\n\nSecond\tparagraph.',
      {},
    );
    expect(cleaned.text).toBe('First paragraph has spaces.\n\nSecond paragraph.');
  });
});

describe('cleanArticleText keeps short real sentences', () => {
  // Each looks a little like debris; each is a sentence a news article can contain.
  const sentences = [
    'Share prices fell 3% on the news.',
    'Print is not dead, he said.',
    '“Email me,” she said.',
    'By Tuesday, the vote was done.',
    'Updated figures were released on Monday.',
    'Advertisement spending rose 5% last year.',
    'Read more books, the minister urged.',
    'Twitter said it would appeal.',
    'Getty Images said it would sue.',
    'Photo booths were set up at the entrance.',
    'He declined to comment.',
    'Half of readers subscribe to the newsletter by email.',
    'Get ready for more updates, officials told residents.',
    'Listen to the people, she said.',
    'Related cases are pending in three states.',
    'Watch what they do, not what they say.',
    'Jane Doe is a suspect in the case, police said.',
    'Smith is a senior fellow at Brookings.',
    'The newsletter, launched in 2019, has two million readers.',
    'Copy editors worked through the night.',
    'It was 0:00 on the clock when the buzzer sounded.',
    'Reuters reported the deal first.',
  ];
  for (const sentence of sentences) {
    it(`keeps "${sentence}" in the middle of the body`, () => {
      expect(removedWhenInserted(sentence)).toEqual([]);
    });
    it(`keeps "${sentence}" as the last paragraph`, () => {
      const cleaned = cleanArticleText([...body, sentence].join('\n\n'), {});
      expect(cleaned.text.endsWith(sentence)).toBe(true);
    });
  }
});
