import { nameRunSource } from './person-names.ts';
import { isJobWord } from './speaker-words.ts';

/**
 * "…,” said meteorologist Brandon Bonds." — a lone lowercase job word between the verb and
 * the name, with no employer in front of it (that case is attribute-speaker's jobThenName).
 * Without this the name after the job is never read and the quote goes unattributed.
 */
const bareJobThenName = new RegExp(
  String.raw`^\s+(?<job>\p{Ll}[\p{L}-]*)\s+(?<name>${nameRunSource})(?![\p{L}\p{M}’'-])(?=\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|during|after|who|told|when|while|as|before)(?![\p{L}])))`,
  'u',
);

/** The match for "said <job> <Name>" in the words after a speech verb, when the job is a job. */
export function jobBeforeName(tail: string): RegExpExecArray | null {
  const match = bareJobThenName.exec(tail);
  // "said former Mayor Ann Cole" is a title run the name reader handles; "said after X" no job.
  return match && isJobWord((match.groups?.job ?? '').toLowerCase()) ? match : null;
}
