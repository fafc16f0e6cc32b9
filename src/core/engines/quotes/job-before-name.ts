import { nameRunSource } from './person-names.ts';
import { isJobWord, nonNameWords, notRoleWords, personNoun, titleWords } from './speaker-words.ts';

/** Words that end a qualifier: "said to reporter X" is no "said <qualifier> reporter X". */
const functionWords = new Set(
  'to of for with by at in on from and or but that the a an as after before when while who then also'.split(
    ' ',
  ),
);

/** Person nouns whose ending does not say so ("neurosurgeon", "analyst", "candidate"). */
const jobNouns = new Set(
  'ally surgeon neurosurgeon physician analyst pundit candidate delegate attorney guru'.split(' '),
);

/**
 * "…,” said meteorologist Brandon Bonds." — a lowercase job word between the verb and the
 * name, after at most three words that qualify it ("said election lawyer Joe Birkenstock",
 * "said Clinton ally James Carville", "said former bank executive Ann Roe", "said longtime
 * Democratic donor Ann Roe of Paducah", "said former secretary of labor Ann Roe"). An employer run in front ("UBS analyst") is
 * attribute-speaker's jobThenName. Without this the name after the job is never read and the
 * quote goes unattributed.
 */
const bareJobThenName = new RegExp(
  String.raw`^\s+(?<qualifier>(?:(?!of\s)(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+)\s+){1,3})?(?<job>\p{Ll}[\p{L}-]*)(?:\s+of\s+\p{Ll}[\p{L}-]*)?\s+(?<name>${nameRunSource})(?![\p{L}\p{M}’'-])(?=\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|of|during|after|who|told|when|while|as|before)(?![\p{L}])))`,
  'u',
);

/** A lowercase word that can only be someone's job or standing. */
function isPersonJob(word: string): boolean {
  if (isJobWord(word) || jobNouns.has(word) || titleWords.has(word)) return true;
  return personNoun.test(word) && !notRoleWords.has(word) && !nonNameWords.has(word);
}

/** The match for "said <job> <Name>" in the words after a speech verb, when the job is a job. */
export function jobBeforeName(tail: string): RegExpExecArray | null {
  const match = bareJobThenName.exec(tail);
  // "said former Mayor Ann Cole" is a title run the name reader handles; "said after X" no job.
  const job = (match?.groups?.job ?? '').toLowerCase();
  const qualifiers = (match?.groups?.qualifier ?? '').trim().split(/\s+/u).filter(Boolean);
  const qualified = qualifiers.every(
    (word) => !functionWords.has(word.toLowerCase()) && !nonNameWords.has(word.toLowerCase()),
  );
  return match && qualified && isPersonJob(job) ? match : null;
}
