import { chinese } from '../../text/lexicon/cjk.ts';
import { chineseNames, mannerBeforeVerb, surnameNames } from './chinese-names.ts';
import { blankQuotations, introducedPeople } from './chinese-pronoun-antecedent.ts';
import { alternatives } from './cjk-sentences.ts';

/**
 * 法官續指：「…」 / 局长又说： / 教授补充说：: a title alone as the subject, after the copy named
 * someone with it (法官潘嘉敏判刑時指出), is that person again, as 该局长 would be. A reporter
 * (记者) asking stays the reporter, whom the byline names for another reason.
 */

/** 法官續 / 局长又 / 教授补充: a title and how it was said, as the whole clause before the verb. */
export function bareTitleSubject(clause: string): string | undefined {
  const title = new RegExp(`^(${alternatives(chinese.titles)})${mannerBeforeVerb}$`, 'u').exec(
    clause.trim(),
  )?.[1];
  return title === undefined || /^[记記]者$/u.test(title) ? undefined : title;
}

/** The last person the text writes right after the title before `start` (法官潘嘉敏). */
export function titledAntecedent(text: string, start: number, title: string): string | undefined {
  const from = Math.max(0, start - 600);
  const window = blankQuotations(text).slice(from, start);
  const people = [...chineseNames(window), ...surnameNames(window), ...introducedPeople(window)]
    .map((person) => ({ name: person.name, at: window.indexOf(person.name, person.index) }))
    .filter((person) => window.slice(person.at - title.length, person.at) === title)
    .sort((left, right) => left.at - right.at);
  return people.at(-1)?.name;
}
