import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';

/** A short made-up report: the rules below must hold on any article, not one fixture. */
function article(...sentences: string[]): { title: string; text: string } {
  return { title: 'Report', text: sentences.join(' ') };
}

function firstCited(source: { title: string; text: string }, question: string): string {
  const answer = answerOffline(source, question);
  expect(answer.answerable).toBe(true);
  return answer.citations.find((citation) => !/^(?:He|She|They)\b/.test(citation.text))?.text ?? '';
}

describe('word forms a chat question uses that the article writes otherwise', () => {
  const layoffs = article(
    'Harbor Software said on Tuesday it would lay off about 900 employees, roughly 10% of its staff.',
    'The company has struggled since the pandemic boom faded.',
    'Its shares rose 3% in early trading.',
  );

  it('meets "laid off" with "lay off" (an irregular verb)', () => {
    expect(firstCited(layoffs, 'how many ppl are being laid off')).toContain('lay off about 900');
  });

  it('meets a slip inside the ending ("amendmnet") with the whole word', () => {
    const source = article(
      'The Senate passed the relief bill 67-31 on Thursday.',
      "Boyle's amendment to cut foreign aid failed 29-69.",
      'The bill now goes to the House.',
    );
    expect(firstCited(source, 'what happend to the foreign aid amendmnet')).toContain(
      "Boyle's amendment",
    );
  });

  it('reads "whos" as "who\'s"', () => {
    const source = article(
      'Hundreds of officers searched the woods on Monday night.',
      'The suspect, identified as Curtis Dawson, 41, fled on foot, officials said.',
    );
    expect(firstCited(source, 'whos the suspect')).toContain('identified as Curtis Dawson');
  });

  it('meets "gun" with the compound "handgun"', () => {
    const source = article(
      'Two deputies were shot on a highway near Alma on Monday.',
      'The driver opened fire with a handgun, investigators said.',
    );
    expect(firstCited(source, 'what gun did he use')).toContain('with a handgun');
  });

  it('takes "lived 55 million years ago" as the age of a fossil', () => {
    const source = article(
      'The fossilised bones of a giant bird that lived 55 million years ago have been found in Queensland.',
      'The fossils will go on display at the Queensland Museum next year.',
    );
    expect(firstCited(source, 'how old is the fossil')).toContain('55 million years ago');
  });

  it("takes a bookmaker's price as the odds, not the score", () => {
    const source = article(
      'Lena Markovic won the final 4-6 6-3 6-2 on Saturday.',
      'Bookmakers had her at 150-1 to win the title before the tournament began.',
    );
    expect(firstCited(source, 'what were her odds')).toContain('150-1');
  });
});

describe('how long could he get', () => {
  const trial = article(
    'Three men were charged with robbing an armored truck in Atlanta.',
    'The robbery took less than four minutes.',
    'If convicted, each man faces up to 20 years in prison.',
  );

  it('asks for a prison term, not any span of time', () => {
    expect(firstCited(trial, 'how long could they get?')).toContain('20 years in prison');
  });

  it('does not make "which prison" meet "jailed"', () => {
    const jailed = article(
      'A wedding planner has been jailed for six years.',
      'She took £240,000.',
    );
    expect(answerOffline(jailed, 'which prison is she in?').answerable).toBe(false);
  });
});

describe('what did X say', () => {
  it('prefers the sentence where X speaks behind a title over a quote that goes on', () => {
    const source = article(
      'The Senate passed the relief bill on Thursday.',
      '"We are borrowing every single dollar of this," said Sen. Garrett Boyle of Utah, who forced a series of votes.',
      '"Compassion that is paid for by our grandchildren is not compassion."',
    );
    expect(firstCited(source, 'what did boyle say')).toContain('We are borrowing');
  });
});

describe('"how much" asked of a change or of money in general', () => {
  const report = article(
    'Lake levels in the reservoir rose by about 40 centimetres in March, the water board said.',
    'The board has spent years repairing the dam.',
    'A former treasurer of the rowing club stole more than £12,000 from its accounts, a court heard.',
  );

  it('reads "how much did it rise" as a change in the article\'s own unit, not a sum of money', () => {
    expect(firstCited(report, 'how much did the lake rise in march')).toContain(
      'rose by about 40 centimetres',
    );
  });

  it('lets a figure in pounds answer "how much money", though the article never says "money"', () => {
    expect(firstCited(report, 'how much money did the treasurer take')).toContain(
      'stole more than £12,000',
    );
  });
});

describe('chat shorthands a report spells out', () => {
  const report = article(
    'The county said vaccination rates among kindergartners fell to 81 percent this year.',
    'The board will review the plan in the spring.',
  );

  it('reads "vax" as vaccination', () => {
    expect(firstCited(report, 'whats the vax rate')).toContain('vaccination rates');
  });
});

describe('a count asked for where the article gives only a sum', () => {
  it('does not read the digits of "£48,500" as a number of people', () => {
    const report = article(
      'A former nursery manager stole more than £48,500 from parents at the nursery, a court heard.',
      'The judge called the thefts a betrayal of families who trusted her.',
      'She was jailed on Friday.',
    );
    const answer = answerOffline(report, 'how many parents did she steal from');
    expect(answer.answerable).toBe(false);
    expect(answer.text).toMatch(/^The article doesn’t say\./);
  });
});

describe('what a company says when it only denies', () => {
  it('answers "what is the company saying" with its denial, not a quote that names it', () => {
    const report = article(
      'Riverton Foods was sued on Monday by a group of farmers over late payments.',
      '“If the courts agree, Riverton Foods has a serious problem,” one lawyer said.',
      'Riverton Foods denied any wrongdoing.',
    );
    expect(firstCited(report, 'what is riverton foods saying')).toBe(
      'Riverton Foods denied any wrongdoing.',
    );
  });
});
