import type { Sentence } from '../../text/sentences.ts';
import { englishStopwords } from '../../text/stopwords.ts';
import { lightStem } from '../summary/term-vectors.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { rootOf, termsMatch } from './match-terms.ts';

/** A role word of the question and the surname the article gives it ("judge" → "ellison"). */
export interface RoleName {
  role: string;
  surname: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Titles between a role and the name ("the judge, Dr Ann Lee"): part of neither. */
const titles = /^(?:dr|mr|mrs|ms|prof|sen|rep|gov|sir|dame|lord|lady|judge|justice)$/u;
/** Capitalised words of an organisation's name ("Water Regulation Committee"), not a person's. */
const organisationWords =
  /^(?:committee|council|association|department|ministry|party|union|court|agency|commission|board|authority|institute|university|group|company|corporation|bank|fund|service|office|center|centre|foundation|trust|society|federation|league|club|news|times|post)$/u;
/** Words a name may be separated from its role by: "her attorney, Laura Wasser". */
const betweenRoleAndName = /^\s*,?\s*$/u;

/**
 * "What did the judge say?": the article introduces the judge once by role and name ("U.S.
 * District Judge Marcia Ellison said …") and then only by surname ("Ellison said"). Each of the
 * question's terms that stands right before a full name (two or more capitalised words) in
 * some sentence is tied to that name's last word, so the sentences naming the surname are
 * about the role too.
 */
export function roleNames(
  sentences: readonly Sentence[],
  terms: readonly string[],
  paraphrases: ReadonlyMap<string, readonly string[]> = new Map(),
): RoleName[] {
  const found = new Map<string, RoleName>();
  // "the ceo" is introduced as "chief executive, Daniel Okafor": a role may be named by one
  // of its paraphrases.
  const isRole = (word: string, term: string) =>
    termsMatch(word, term) || (paraphrases.get(term) ?? []).includes(rootOf(word));
  for (const sentence of sentences) {
    const words = [...sentence.text.matchAll(wordPattern)];
    words.forEach((match, position) => {
      const role = terms.find((term) => isRole(lightStem(match[0].toLowerCase()), term));
      if (role === undefined) return;
      const name: string[] = [];
      let end = match.index + match[0].length;
      for (const next of words.slice(position + 1, position + 5)) {
        if (!betweenRoleAndName.test(sentence.text.slice(end, next.index))) break;
        end = next.index + next[0].length;
        const lower = next[0].toLowerCase().replace(/['’]s$/u, '');
        if (name.length === 0 && titles.test(lower.replace(/\.$/u, ''))) continue;
        if (!/^\p{Lu}\p{Ll}/u.test(next[0]) || englishStopwords.has(lower)) break;
        name.push(lower);
      }
      const surname = name.at(-1);
      if (name.length < 2 || surname === undefined) return;
      if (name.some((word) => organisationWords.test(word))) return;
      const key = `${role} ${surname}`;
      if (!found.has(key)) found.set(key, { role, surname: lightStem(surname) });
    });
  }
  return [...found.values()];
}

/**
 * The analysis with each role's surname as one more term, as heavy as the role and in one name
 * slot with it (so "Judge … Ellison" counts once), and as a name that pronouns carry on.
 */
export function withRoleNames(
  analysis: QuestionAnalysis,
  sentences: readonly Sentence[],
): QuestionAnalysis {
  // Only a question about a person ("what did the ceo say", "who is the union boss") names a
  // role by a paraphrase: "how long were they married?" has no role in "husband Ryan Clarke".
  const asksAboutPerson = analysis.asksForSpeech || analysis.shape === 'person';
  // The role's own word first: "His lawyer, Carol Benning" is the lawyer, not "U.S. Attorney
  // Neil Brandt", whom the paraphrase would also name.
  const direct = roleNames(sentences, analysis.keyTerms);
  const found =
    direct.length > 0 || !asksAboutPerson
      ? direct
      : roleNames(sentences, analysis.keyTerms, analysis.paraphrases);
  if (found.length === 0) return analysis;
  const rolesOf = new Map<string, string[]>();
  for (const { role, surname } of found)
    rolesOf.set(surname, [...(rolesOf.get(surname) ?? []), role]);
  const terms = new Map(analysis.terms);
  const paraphrases = new Map(analysis.paraphrases);
  const groups: string[][] = [];
  let entities = analysis.entities;
  for (const [surname, roles] of rolesOf) {
    if (terms.has(surname)) continue;
    terms.set(surname, Math.max(...roles.map((role) => terms.get(role) ?? 0)));
    paraphrases.set(surname, []);
    groups.push([...roles, surname]);
    // "the CEO" is itself a name of the question: Rao stands for it, as one name.
    const named = entities.some((group) => roles.some((role) => group.includes(role)));
    entities = named
      ? entities.map((group) =>
          roles.some((role) => group.includes(role)) ? [...group, surname] : group,
        )
      : [...entities, [surname]];
  }
  return {
    ...analysis,
    terms,
    paraphrases,
    entities,
    speakers: [...analysis.speakers, ...groups],
    roleSurnames: [...rolesOf.keys()],
  };
}
