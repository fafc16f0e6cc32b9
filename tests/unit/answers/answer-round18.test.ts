import { describe, it, expect } from 'vitest';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';
import { hasShape } from '../../../src/core/engines/answers/answer-shapes.ts';

/** The first cited sentence of an offline answer, and whether it was given as the answer. */
function firstCited(text: string, question: string, history: string[] = []) {
  const turns = history.flatMap((asked) => [
    { role: 'user' as const, text: asked },
    { role: 'assistant' as const, text: answerOffline({ title: '', text }, asked).text },
  ]);
  const answer = answerOffline({ title: 'Story', text }, question, turns);
  return { answerable: answer.answerable, first: answer.citations[0]?.text ?? '' };
}

describe('"what did X say" is answered by the first sentence where X speaks', () => {
  const harbour =
    'The port authority on Monday approved a plan to dredge the eastern channel of Tollmere harbour. ' +
    'Harbour Master Ingrid Paske said the work would let larger ferries dock without waiting for the tide. ' +
    '“We have been turning ships away for years,” Paske said. ' +
    'Fishermen said the dredging would disturb the mussel beds.';

  it('prefers the statement that introduces the speaker over her later, shorter quotation', () => {
    const { answerable, first } = firstCited(harbour, 'what did the harbour master say');
    expect(answerable).toBe(true);
    expect(first).toContain('larger ferries dock');
  });

  it('finds the speaker behind an apposition ("Ingrid Paske, who has run the harbour …, said")', () => {
    const text =
      'Tollmere will dredge its eastern channel this summer. ' +
      'Ingrid Paske, who has run the harbour for a decade, said the work was overdue. ' +
      '“We have been turning ships away for years,” Paske said.';
    expect(firstCited(text, 'what did ingrid paske say').first).toContain('the work was overdue');
  });

  it('finds the speaker after a long title ("said the Tollmere Port Authority\'s chair, Ana Ruiz")', () => {
    const text =
      'Tollmere will dredge its eastern channel this summer. ' +
      '"We had almost given up on the channel," said the Tollmere Port Authority\'s chair, Ana Ruiz. ' +
      '"It is a relief." ' +
      'Ruiz said the tender would open in May.';
    expect(firstCited(text, 'what did Ruiz say?').first).toContain('almost given up');
  });

  it('keeps the topic of "what did X say about Y" deciding', () => {
    const text =
      'Mayor Ola Berg said the budget would balance this year. ' +
      'Berg said the new stadium would be paid for by private investors, not taxpayers. ' +
      'Critics said the budget relied on optimistic forecasts.';
    expect(firstCited(text, 'what did Berg say about the stadium?').first).toContain('stadium');
  });
});

describe("a person's age", () => {
  it('is not "three years ago" (that dates an event in a life)', () => {
    const text =
      'Three years ago, Mina Ostrova was stacking shelves at a supermarket in Leeds. ' +
      'On Friday the 29-year-old will open the main stage at the Harewood festival. ' +
      'Ostrova taught herself guitar from online videos.';
    const { answerable, first } = firstCited(text, 'how old is she');
    expect(answerable).toBe(true);
    expect(first).toContain('29-year-old');
  });

  it('still reads "4,000 years ago" as the age of a thing', () => {
    const text =
      'Divers found a wooden canoe in Lake Vessa last spring. ' +
      'Tests show the canoe was carved about 4,000 years ago from a single oak.';
    expect(firstCited(text, 'how old is the canoe?').first).toContain('4,000 years ago');
  });

  it('is given by "the 34-year-old" right after the sentence that names the person', () => {
    const text =
      'Every spring, Tomas Reyl counts the days until his allotment opens. ' +
      'The 34-year-old nurse grows beans, chard and three kinds of squash. ' +
      'Reyl says the plot keeps him sane after night shifts.';
    expect(firstCited(text, 'how old is tomas').first).toContain('34-year-old');
  });
});

describe('a one-digit number the question names', () => {
  const text =
    'The Harbor City Gulls beat the Pine Bay Otters 4-2 on Friday night in Game 1 of the final. ' +
    'Game 2 is on Sunday in Pine Bay.';

  it('is found in the article ("Game 1"), so the question is not refused', () => {
    const { answerable, first } = firstCited(text, 'who won game 1');
    expect(answerable).toBe(true);
    expect(first).toContain('Game 1 of the final');
  });

  it('still refuses a number the article never writes', () => {
    expect(firstCited(text, 'who won game 7').answerable).toBe(false);
  });
});

describe('a question that names one person', () => {
  const text =
    'Lena Varga beat Mia Holt 6-3 6-4 to win the Lakeside Open on Sunday. ' +
    'The final drew a record crowd of 9,000. ' +
    'Holt was injured in the semi-final on Friday and needed treatment on her left knee. ' +
    'Varga will rise to fifth in the world rankings on Monday.';

  it('is not answered by a sentence about someone else ("was Varga injured?")', () => {
    const answer = answerOffline({ title: 'Varga wins', text }, 'was Varga injured?');
    expect(answer.answerable).toBe(false);
    expect(answer.text).not.toContain('left knee');
  });

  it('is still answered by a sentence that holds the name', () => {
    const { answerable, first } = firstCited(text, 'where will Varga be ranked?');
    expect(answerable).toBe(true);
    expect(first).toContain('fifth in the world rankings');
  });
});

describe('a shorthand for a name the article spells out', () => {
  const text =
    'The Northern Rail Authority said on Tuesday that it would close the Wexley line for six weeks. ' +
    'Repairs to the Wexley viaduct will cost about $40 million. ' +
    'Commuters will be offered a replacement bus service.';

  it('is read as that name ("the NRA" for "the Northern Rail Authority")', () => {
    const { answerable, first } = firstCited(text, 'what did the NRA say?');
    expect(answerable).toBe(true);
    expect(first).toContain('close the Wexley line');
  });

  it('is read as that name when typed in lower case ("nra")', () => {
    const { answerable, first } = firstCited(text, 'what did the nra say');
    expect(answerable).toBe(true);
    expect(first).toContain('Northern Rail');
  });

  it('still refuses a shorthand whose initials the article never spells out', () => {
    expect(firstCited(text, 'what did the FTA say?').answerable).toBe(false);
  });
});

describe('a date written as a month alone', () => {
  it('answers "when" ("by the end of May")', () => {
    const text =
      'Two units at the Orvane power station tripped on Sunday, cutting supply across the region. ' +
      'The operator said on Tuesday that it had begun repairs on both units. ' +
      'Engineers expect the Orvane units to be back on the grid by the end of May.';
    const { answerable, first } = firstCited(text, 'when will the Orvane units be back?');
    expect(answerable).toBe(true);
    expect(first).toContain('by the end of May');
  });
});

describe('the lede states the main fact', () => {
  const text =
    'Health officials in Marlow County confirmed five new cases of mumps on Monday, bringing the total in the outbreak to 23 and prompting a warning to parents at two primary schools. ' +
    'All but two of the cases are in children under 12. ' +
    'The county opened a vaccination clinic at the library.';

  it('answers "how many cases so far?" over a shorter later sentence about the cases', () => {
    const { answerable, first } = firstCited(text, 'how many cases so far?');
    expect(answerable).toBe(true);
    expect(first).toContain('bringing the total in the outbreak to 23');
  });

  it('does not answer a yes/no question about what comes next', () => {
    const later =
      'The Sandvik Trust approved a plan on Tuesday to reopen the old ferry pier at Holm as a public walkway by next summer. ' +
      'A second phase could add a cafe if money is found.';
    expect(firstCited(later, 'will there be a cafe?').first).toContain('second phase');
  });
});

describe('a cause written as "blaming …", "hit by …" or "over a dispute"', () => {
  it('is a reason', () => {
    for (const text of [
      'Loftware cut its sales forecast on Monday, blaming weak demand in Brazil.',
      'Net profit fell 12%, hit by higher steel prices.',
      'Tax officials froze the accounts over a dispute about its 2021 returns.',
    ])
      expect(hasShape(text, 'reason')).toBe(true);
  });
});
