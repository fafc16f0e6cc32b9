import { describe, it, expect } from 'vitest';
import { findQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

/** Wordings of US news copy the speaker finder missed, each rebuilt with made-up names. */
function speakers(text: string): (string | null)[] {
  return findQuotations(text)
    .filter((quote) => quote.kind === 'direct' && quote.depth === 0)
    .map((quote) => quote.speaker);
}

describe('less common speech verbs', () => {
  it('reads "opined", "reacted", "surmised" and "elaborated" as speech', () => {
    const text = [
      'The Ledger ran an editorial on Sunday.',
      '"The county should fix the ferry dock before winter," opined The Ledger.',
      '"Nobody asked the fishermen about the dock," reacted Pam Okafor.',
      'Walt Brennick, 52, runs the bait shop by the pier.',
      '"The tourists will find another harbor," he surmised.',
      '"If you ask me," he elaborated, "the dock was rotten ten years ago."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Ledger',
      'Pam Okafor',
      'Walt Brennick',
      'Walt Brennick',
      'Walt Brennick',
    ]);
  });

  it('reads a plural subject with a present verb ("the two conclude")', () => {
    const text = [
      'Two hydrologists, Ruth Calder and Omar Velez, measured the aquifer for a decade.',
      '"The wells are sinking faster than the models assumed," the two conclude.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['the two']);
  });

  it('reads "declares" and "agrees" before the speaker', () => {
    const text = [
      'Parents at the meeting were divided over the new bus routes.',
      '"My kids will be on the bus before sunrise," declares Nadia Ferris, 34, of Dayton.',
      '"Mine too, and that is not safe," agrees Liam Cole, 29, of Akron.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Nadia Ferris', 'Liam Cole']);
  });
});

describe('a qualified job between an inverted verb and the name', () => {
  it('reads "said retired surgeon X" and "said former bank executive X"', () => {
    const text = [
      'The hospital board met until midnight.',
      '"We cannot staff two emergency rooms," said retired surgeon Dale Whitcomb, who chairs the board.',
      '"The budget does not add up," said former bank executive Corinne Pell during the hearing.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Dale Whitcomb', 'Corinne Pell']);
  });

  it('reads "said longtime Democratic donor X of Town, Ky.," and keeps X for the next quote', () => {
    const text = [
      'Donors gathered at the lodge on Saturday.',
      '"The ticket needs a farmer on it," said longtime Democratic donor Tessa Brandt of Paducah, Ky., after the dinner. "Corn prices decide this state."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tessa Brandt', 'Tessa Brandt']);
  });

  it('does not take a place after "said in" for a job', () => {
    const text = [
      'The mayor spoke at the depot.',
      '"The trains will run again," said Mayor Ines Carrow in Albany.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ines Carrow']);
  });
});

describe('a title between two pieces of one quote', () => {
  it('keeps the speaker across a show title quoted in the attribution', () => {
    const text = [
      'The coach went on the radio after the loss.',
      '"The defense has to tackle better," Marta Quill said on WKRT\'s "Sideline Hour" on Monday. "We missed eleven tackles in the second half."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Marta Quill', 'Marta Quill']);
  });
});

describe('a long appositive between the name and the verb after a quote', () => {
  it('reads an appositive holding an age, a town and a state ("X, 30, of Dover, Del., who…, said")', () => {
    const text = [
      'The survey reached 900 commuters.',
      '"The toll is too high for a nurse," Owen Tally, 30, of Dover, Del., who answered the survey, said on Friday. "I take the long way now."',
      '"The bridge was built for horses," Mr. Brandauer, now 77 and living in Salem, Mass., said by telephone.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Owen Tally', 'Owen Tally', 'Brandauer']);
  });

  it('reads a descriptive appositive that lacks its closing comma', () => {
    const text = [
      'The snowfall totals came in overnight.',
      '"This is the deepest March snow since 1993," Rita Sandoval, the meteorologist who runs the Alpine Watch site posted on Thursday.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rita Sandoval']);
  });

  it('does not take "Of Mercer" opening the words after a quote for the speaker', () => {
    const text = [
      'Dana Pruitt has coached both players.',
      '"He is a fine shooter," Dana Pruitt said of Holm. "But he is not a point guard."',
      '"He will start," Pruitt said. "He earned it." Of Mercer, Pruitt, who recruited him in 2019, said he was "day to day" with an ankle sprain.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Dana Pruitt', 'Dana Pruitt', 'Dana Pruitt', 'Dana Pruitt']);
  });
});

describe('longer descriptions of the speaker', () => {
  it('reads a description of two offices joined by "and" as the person the text named', () => {
    const text = [
      'Gov. Mara Ellison on Tuesday signed the water compact.',
      '"Every farm downstream depends on this deal," the Oregon governor and former irrigation district lawyer told reporters.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mara Ellison']);
  });

  it('shows "a poll worker in the office" and "a narrator in the video" as written', () => {
    const text = [
      'The ballots arrived late.',
      '"Are these even from this county?" a poll worker in the office wondered.',
      'The tourism board released a new video on Tuesday.',
      '"Come for the lakes, stay for the people," a narrator in the video says. "The loons are free."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'a poll worker in the office',
      'a narrator in the video',
      'a narrator in the video',
    ]);
  });
});

describe('a speech verb sharing its subject with an earlier verb', () => {
  it('reads "X did something and said," as X speaking', () => {
    const text = [
      'The zoning board voted on Monday.',
      'Reno Baxter stood up from the back row and said, "This fence ruins the view!"',
      'The baker Lena Ortolan opened her shop in 1998.',
      'Asked about the rent, Ms. Ortolan laughed and said, "It doubled, so the bread did too."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Reno Baxter', 'Lena Ortolan']);
  });

  it('reads "a boy held up a sign and Quinton said," as Quinton, not "a sign and Quinton"', () => {
    const text = [
      'Ray Quinton toured the flooded school on Friday.',
      'In the gym, a boy held up a sign and Quinton said, "we will have you back in class by May."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ray Quinton']);
  });
});

describe('jobs written with a figure or an "of" phrase', () => {
  it('reads "Save the 9th Street Pier organizer X said" after a quote', () => {
    const text = [
      'Residents rallied at the pier on Sunday.',
      '"We have 4,000 signatures and counting," Save the 9th Street Pier organizer Gwen Alder said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Gwen Alder']);
  });

  it('reads "said former secretary of labor X" as X', () => {
    const text = [
      'The panel on apprenticeships met in Toledo.',
      '"Training starts in high school, not after it," said former secretary of labor Ann Roebling, who chaired the panel.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ann Roebling']);
  });
});
