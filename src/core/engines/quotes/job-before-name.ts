import { nameRunSource } from './person-names.ts';
import { isJobWord } from './speaker-words.ts';

/** Words that end a qualifier: "said to reporter X" is no "said <qualifier> reporter X". */
const functionWords = new Set(
  'to of for with by at in on from and or but that the a an as after before when while who then also'.split(
    ' ',
  ),
);

/**
 * "…,” said meteorologist Brandon Bonds." — a lowercase job word between the verb and the
 * name, after at most two lowercase words or one capitalised one that qualify it ("said
 * election lawyer Joe Birkenstock", "said Clinton ally James Carville"). An employer run in
 * front ("UBS analyst") is attribute-speaker's jobThenName. Without this the name after the
 * job is never read and the quote goes unattributed.
 */
const bareJobThenName = new RegExp(
  String.raw`^\s+(?<qualifier>(?:\p{Ll}[\p{L}-]*\s+){1,2}|\p{Lu}\p{Ll}+\s+)?(?<job>\p{Ll}[\p{L}-]*)\s+(?<name>${nameRunSource})(?![\p{L}\p{M}’'-])(?=\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|during|after|who|told|when|while|as|before)(?![\p{L}])))`,
  'u',
);

/** The match for "said <job> <Name>" in the words after a speech verb, when the job is a job. */
export function jobBeforeName(tail: string): RegExpExecArray | null {
  const match = bareJobThenName.exec(tail);
  // "said former Mayor Ann Cole" is a title run the name reader handles; "said after X" no job.
  const job = (match?.groups?.job ?? '').toLowerCase();
  const qualifiers = (match?.groups?.qualifier ?? '').trim().split(/\s+/u).filter(Boolean);
  const qualified = qualifiers.every((word) => !functionWords.has(word.toLowerCase()));
  return match && qualified && (isJobWord(job) || job === 'ally') ? match : null;
}
