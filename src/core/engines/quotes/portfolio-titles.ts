import { genderOfFirstName } from './first-name-gender.ts';
import { nameRunSource, stripName, type NameRun } from './person-names.ts';
import { titleWords } from './speaker-words.ts';

/**
 * "Minister for Housing Darragh Mac Cárthaigh", "Chancellor of the Exchequer Rachel Reeves",
 * "Minister of State for Trade Promotion Neale Richmond": after a title and "for"/"of", the
 * capitalised run holds the portfolio and then the name, and nothing marks where one ends.
 */

/** A title word and "for"/"of" (and "the") just before a capitalised run. */
const portfolioLead = /(\p{L}+)\s+(?:for|of)\s+(?:the\s+)?$/u;

/** Words that name a government portfolio ("Housing", "Foreign Affairs", "Trade Promotion"). */
const portfolioWords = new Set(
  `affairs agriculture business children climate commerce communications culture defence defense
  development digital disability education employment energy enterprise environment equality
  europe european exchequer expenditure finance fisheries food foreign health heritage higher
  home housing immigration industry infrastructure innovation integration interior investment
  justice labor labour local media migration pensions planning promotion protection public
  reform relations research resources rural science security services skills social sport state
  technology tourism trade transport treasury veterans water welfare work works youth`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

/** Whether the run at `start` follows "<title> for" / "<title> of (the)". */
export function followsPortfolioTitle(text: string, start: number): boolean {
  const lead = portfolioLead.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return lead !== undefined && titleWords.has(lead.toLowerCase());
}

/**
 * The person's name without the portfolio in front: from the first known given name; else
 * after the leading portfolio words; else without the first word ("Mayor of Springfield Tomás
 * Ibarra Quintero"). A run of two words or fewer is left alone.
 */
export function withoutPortfolio(run: NameRun): NameRun {
  const tokens = run.name.split(' ');
  if (tokens.length <= 2) return run;
  let first = tokens.findIndex(
    (token, index) => index < tokens.length - 1 && genderOfFirstName(token) !== undefined,
  );
  if (first === -1) {
    first = 0;
    while (first < tokens.length - 2 && portfolioWords.has((tokens[first] ?? '').toLowerCase()))
      first += 1;
    if (first === 0) first = 1;
  }
  const dropped = tokens.slice(0, first).join(' ').length + 1;
  return {
    name: tokens.slice(first).join(' '),
    start: run.start + dropped,
    end: run.end,
    titles: [...run.titles, ...tokens.slice(0, first).map((token) => token.toLowerCase())],
  };
}

/** What links a title run to the next run: "in" (Agent in Charge), "of", "for", or a space. */
const titleLink = new RegExp(
  String.raw`^(?:\s+(?:in|of|for)\s+(?:the\s+)?|\s+)(${nameRunSource})`,
  'u',
);

const isAllTitles = (run: string): boolean =>
  run.split(' ').every((word) => titleWords.has(word.toLowerCase()));

/**
 * The name after a run that was all title ("Special Agent in Charge Elena Rosales", "Minister
 * of State for Trade Promotion Neale Richmond"), hopping over up to three title runs; a
 * portfolio in front of the name is dropped (see withoutPortfolio).
 */
export function nameAfterTitleRuns(text: string, end: number): NameRun | undefined {
  let from = end;
  for (let hop = 0; hop < 3; hop += 1) {
    const next = titleLink.exec(text.slice(from, from + 80));
    const run = next?.[1];
    if (next === null || run === undefined) return undefined;
    const at = from + next[0].length - run.length;
    const name = stripName(run, at);
    const lastWord = (name?.name.split(' ').pop() ?? '').toLowerCase();
    if (name !== undefined && !titleWords.has(lastWord))
      return followsPortfolioTitle(text, at) ? withoutPortfolio(name) : name;
    if (name === undefined && !isAllTitles(run)) return undefined;
    if (name !== undefined && hop === 2) return name;
    from = at + run.length;
  }
  return undefined;
}
