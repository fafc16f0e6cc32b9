import { nameRunSource, stripName } from './person-names.ts';
import { selfNamedSource } from './self-named-source.ts';
import {
  demonym,
  invertibleVerbs,
  organisationWords,
  roleEnding,
  speechVerbs,
  titleWords,
} from './speaker-words.ts';
import type { Attribution } from './speaker-types.ts';
import { nameAfterTitleRuns } from './portfolio-titles.ts';
import { titledAppositive } from './titled-appositive.ts';
import { jobBeforeName } from './job-before-name.ts';

const verbPattern = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...new Set(speechVerbs)].map((verb) => verb.replace(' ', String.raw`\s+`)).join('|')})(?![\p{L}])`,
  'giu',
);
const pronoun = String.raw`[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|it`;
/** "a New Hampshire Democrat", "one Iowa Republican": a party's member is a description too. */
const partyMember = String.raw`(?:Democrat|Republican|Independent|Conservative|Liberal)s?(?![\p{L}])`;
/** Words that start a clause or stand for someone else: a description runs no further. */
const clauseWord = String.raw`(?:to|that|who|which|whom|whose|when|while|if|because|as|he|she|they|it|we|I|her|his|its|their|said|says)`;
/**
 * "the spokeswoman", "a New Hampshire Democrat"; a longer description ends in a lowercase word
 * ("the Oregon governor and former irrigation district lawyer", "a poll worker in the
 * office").
 */
const role = String.raw`(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?!(?:he|she|they|we|it|I)(?![\p{L}]))(?:(?:(?!(?:and|or)\s)[\p{L}\d’'-]+\s+){0,3}?(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,5}(?![\p{L}])|\d+-year-old|${demonym}|${partyMember})|(?:(?!${clauseWord}\s)[\p{L}\d’'-]+\s+){4,6}?\p{Ll}[\p{L}-]*)`;
/** "Ryan's office said", "Clinton's campaign said": a voice that speaks for the person named. */
const ownerVoice = String.raw`(?<owner>${nameRunSource})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:office|campaign|spokes(?:man|woman|person)|press\s+secretary|team)(?![\p{L}])`;
const subject = String.raw`(?<pronoun>${pronoun})(?![\p{L}])|${ownerVoice}|(?<name>${nameRunSource})|(?<role>${role})`;
const adverbs = String.raw`(?:(?:\p{Ll}+ly|also|later|then|has|had|have|would|will|once|again|further|previously|recently|had|on\s+\p{Lu}\p{Ll}+day)\s+){0,2}`;

/** "Sen. Chuck Schumer (D-N.Y.) said": a party and state label between the name and the verb. */
const partyLabel = String.raw`(?:\s*\(\p{Lu}[\p{L}.\s-]{0,20}\))?`;
/** "said former Rep. George Miller": a word that dates the title, before the name. */
const formerly = String.raw`(?:(?:former|retired|longtime|outgoing|then)\s+)?`;
const subjectBeforeVerb = new RegExp(
  String.raw`(?:^|[^\p{L}’'])(?:${subject})${partyLabel}\s+${adverbs}$`,
  'u',
);
const appositiveBeforeVerb = new RegExp(
  String.raw`(?<name>${nameRunSource})${partyLabel},[^,“”"]{1,140},\s+${adverbs}$`,
  'u',
);
/**
 * "…,'' Trent Lott, who was Republican Senate majority leader under George W. Bush, told…":
 * a name opening the words after a quote with a long appositive may stand further from the verb.
 * The appositive may hold commas of its own ("Ann Roe, 30, of Dover, Del., who answered the
 * survey, said") or, when it opens like a description, lack its closing comma ("Ann Roe, the
 * meteorologist who runs the site posted"). "Of Mercer, Pruitt said" opens with a phrase.
 */
const longAppositiveAfterQuote = new RegExp(
  String.raw`^[\s,.;:!?—–-]*(?!(?:Of|In|On|At|For|With|From|To|By|As|After|Before|About|Like|Unlike|Asked)\s)(?<name>${nameRunSource})${partyLabel},\s+(?:[^“”"]{1,160},|(?:who|the|a|an)\s[^,“”"]{1,140})\s+${adverbs}$`,
  'u',
);
/** "Liam's mother, Karen Foster, described…": the name closes an appositive. */
const appositiveNameBeforeVerb = new RegExp(
  String.raw`,\s+(?<name>${nameRunSource}),\s+${adverbs}$`,
  'u',
);
/** What may follow an inverted subject ("said Smith, 44", "said Smith in a statement"). */
const afterInvertedSubject =
  /^\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|during|after|before|from|who|when|while|as|outside|inside|to|of|with|via|by|through|last|this|shortly|later|earlier)(?![\p{L}]))/u;
/**
 * Words between a closing mark and a named subject ("…,” HSE inspector Gareth Price said,
 * "…,” Save the 9th Street Pier organizer Ann Roe said").
 */
const descriptorLead =
  /^[\s,.;:!?—–-]*(?:(?:the|[\p{L}\p{N}.’'&$-]+)\s+){0,7}(?:[\p{L}.’'&-]+,\s*)?$/iu;
const cleanLead = /^[\s,.;:!?—–-]*$/u;
const roleThenName = new RegExp(
  String.raw`^\s+(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}[^,“”".;:]{1,60},\s+(?<name>${nameRunSource})(?![\p{L}\p{M}’'-])(?=\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|during|after|who|told|when|while|as|before)(?![\p{L}])))`,
  'u',
);
const jobThenName = new RegExp(
  String.raw`^\s+${formerly}(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){1,3}(?:\p{Ll}[\p{L}-]*\s+){0,3}(?<job>\p{Ll}[\p{L}-]*)\s+(?<name>${nameRunSource})(?![\p{L}\p{M}’'-])(?=\s*(?:$|[,.;:!?()—–-]|(?:in|on|at|during|after|who|told|when|while|as|before)(?![\p{L}])))`,
  'u',
);
const subjectAfterVerb = new RegExp(String.raw`^\s+${formerly}(?:${subject})(?![\p{L}])`, 'u');
const accordingTo = new RegExp(String.raw`according\s+to\s+(?:${subject})`, 'u');
const accordingToSource = new RegExp(
  String.raw`^according\s+to\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|release|spokes(?:man|woman|person)|representative|post|filing|letter)\s+(?:from|by|for|of)\s+(?:the\s+)?(?<name>${nameRunSource})`,
  'u',
);
export const nameColon = new RegExp(String.raw`(?<name>${nameRunSource}):\s*$`, 'u');

/** Whether a lone word also ends a full name in the text ("Aaron Judge" for "Judge"). */
function surnameElsewhere(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return new RegExp(String.raw`\p{Lu}\p{Ll}+ ${word}(?![\p{L}])`, 'u').test(text);
}

interface SubjectMatch {
  groups?: { name?: string; owner?: string; pronoun?: string; role?: string };
  index: number;
  0: string;
}

function toAttribution(
  match: SubjectMatch,
  windowStart: number,
  reach: Attribution['reach'],
  text: string,
): Attribution | undefined {
  const { owner, ...named } = match.groups ?? {};
  // "Ryan's office said": the office speaks for Ryan, read as his name.
  const groups = { ...named, name: named.name ?? owner };
  const offset = windowStart + match.index + match[0].search(/\S/u);
  if (groups.name !== undefined) {
    const nameAt = windowStart + match.index + match[0].indexOf(groups.name);
    let stripped = stripName(groups.name, nameAt);
    // "Special Agent in Charge Elena Rosales": the run was all title; the name comes next.
    const lastWord = (stripped?.name.split(' ').pop() ?? '').toLowerCase();
    const allTitles = groups.name.split(' ').every((word) => titleWords.has(word.toLowerCase()));
    if ((stripped && titleWords.has(lastWord)) || (!stripped && allTitles))
      stripped = nameAfterTitleRuns(text, nameAt + groups.name.length) ?? stripped;
    // "Judge said" after "Yankees slugger Aaron Judge": a title word that is someone's surname.
    // "Mr. King said": after an honorific, a word that is also a title is the surname.
    const honoured = /^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+(\p{Lu}\p{Ll}+)$/u.exec(groups.name)?.[1];
    if (!stripped && honoured !== undefined) {
      const at = nameAt + groups.name.length - honoured.length;
      stripped = { name: honoured, start: at, end: at + honoured.length, titles: [] };
    }
    if (!stripped && surnameElsewhere(groups.name, text))
      stripped = { name: groups.name, start: nameAt, end: nameAt + groups.name.length, titles: [] };
    if (!stripped) return undefined;
    // "Niger's Ministry of Foreign Affairs said": the run after "of" belongs to the ministry.
    const head = /((?:\p{Lu}[\p{L}]+ ){0,2}(\p{Lu}[\p{L}]+)) (?:of|for) (?:the )?$/u.exec(
      text.slice(Math.max(0, nameAt - 50), nameAt),
    );
    if (head?.[2] && organisationWords.has(head[2].toLowerCase()))
      return {
        subject: `${head[0]}${groups.name}`,
        subjectKind: 'name',
        index: nameAt - head[0].length,
        reach,
      };
    return { subject: stripped.name, subjectKind: 'name', index: stripped.start, reach };
  }
  if (groups.pronoun !== undefined) {
    // "…,” He said" mid-sentence: capitalised, so the Chinese surname He (He Yadong), not "he".
    if (groups.pronoun === 'He' && !/(?:^|[.!?:]["”’»']{0,3}|\n)\s*$/u.test(text.slice(0, offset)))
      return { subject: 'He', subjectKind: 'name', index: offset, reach };
    return { subject: groups.pronoun.toLowerCase(), subjectKind: 'pronoun', index: offset, reach };
  }
  if (groups.role !== undefined) {
    const roleEnd = windowStart + match.index + match[0].length;
    const named = selfNamedSource(text, roleEnd);
    if (named) return { subject: named.name, subjectKind: 'name', index: named.start, reach };
    return { subject: groups.role, subjectKind: 'role', index: offset, reach };
  }
  return undefined;
}

/** One more word of a description ("a longtime" → "a longtime adviser"). */
const nextDescriptionWord =
  /^\s+(?!(?:to|of|for|with|who|in|at|on|and|from)(?![\p{L}]))[\p{L}\d’'-]+/u;

/**
 * The subject after an inverted verb, where the clause ends. A description is matched at its
 * shortest ("said a longtime"), so it grows by up to five words until the clause ends there
 * ("said a longtime adviser to Trump, who…", "said one district GOP leader.").
 */
function widenedRole(after: RegExpExecArray, tail: string): SubjectMatch | undefined {
  let end = after.index + after[0].length;
  if (afterInvertedSubject.test(tail.slice(end))) return after;
  const role = after.groups?.role;
  if (role === undefined) return undefined;
  for (let extra = 0; extra < 5; extra += 1) {
    const word = nextDescriptionWord.exec(tail.slice(end));
    if (!word) return undefined;
    end += word[0].length;
    if (afterInvertedSubject.test(tail.slice(end))) {
      const widened = tail.slice(after.index + after[0].length - role.length, end);
      return { groups: { role: widened }, index: after.index, 0: tail.slice(after.index, end) };
    }
  }
  return undefined;
}

/**
 * Finds "X said" / "said X" / "X, the coach, said" / "according to X" in one window; the
 * result's form says which ("subject-verb", "inverted-verb", "according-to").
 */
export function attributionIn(
  text: string,
  from: number,
  to: number,
  reach: Attribution['reach'],
  anchoredAfter: boolean,
): Attribution | undefined {
  const window = text.slice(from, to);
  const according = accordingTo.exec(window);
  const verbs = [...window.matchAll(verbPattern)];
  // After a quote the nearest verb counts; before a quote, the one closest to the quote.
  if (!anchoredAfter) verbs.reverse();
  for (const verb of verbs) {
    const head = window.slice(0, verb.index);
    // "Baxter stood up from the back row and said, “…”": the verb shares the sentence's
    // subject.
    if (!anchoredAfter && /[\p{Ll},]\s+and\s+(?:then\s+)?$/u.test(head)) {
      const shared = subjectAtStart(text, from, from + verb.index);
      if (shared) return { ...shared, reach, form: 'subject-verb' };
    }
    // Words, not punctuation, count: "…,” the Operational Command of the Polish Armed Forces said".
    const headWords = head.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
    if (anchoredAfter && headWords > 9 && !longAppositiveAfterQuote.test(head)) break;
    // "the Minister for Finance, Jack Chambers, said": when "Finance" is no one, the name
    // closing the appositive still is.
    const firstBefore = subjectBeforeVerb.exec(head) ?? appositiveBeforeVerb.exec(head);
    // After a quote, a name opening the clause is its subject however long its appositive.
    const openingName = anchoredAfter ? longAppositiveAfterQuote.exec(head) : null;
    for (const before of [openingName, firstBefore, appositiveNameBeforeVerb.exec(head)]) {
      if (!before) continue;
      const value =
        before.groups?.name ??
        before.groups?.owner ??
        before.groups?.pronoun ??
        before.groups?.role ??
        '';
      const lead = head.slice(0, before.index + before[0].indexOf(value));
      const leadIsClean =
        !anchoredAfter ||
        cleanLead.test(lead) ||
        (before.groups?.name !== undefined && descriptorLead.test(lead));
      const found = leadIsClean ? toAttribution(before, from, reach, text) : undefined;
      if (found) return { ...found, form: 'subject-verb' };
    }
    const verbWord = verb[0].toLowerCase();
    if (invertibleVerbs.has(verbWord) && (!anchoredAfter || /^[\s,.;:!?—–-]*$/u.test(head))) {
      const tail = window.slice(verb.index + verb[0].length);
      const after = subjectAfterVerb.exec(tail);
      // "said United had let a chance slip": a clause follows, so United did not say it.
      // "said the hospital's president, Dr. Gregory Hale, in an interview": the name is the subject.
      // "said UBS analyst Giovanni Staunovo", "said meteorologist Ben Ames": a job in front of the name.
      const jobNamed = jobThenName.exec(tail);
      const job = (jobNamed?.groups?.job ?? '').toLowerCase();
      const named =
        roleThenName.exec(tail) ??
        titledAppositive(tail) ??
        (jobNamed && (titleWords.has(job) || roleEnding.test(job)) ? jobNamed : null) ??
        jobBeforeName(tail);
      if (named?.groups?.name !== undefined) {
        const nameAt = verb.index + verb[0].length + named[0].length - named.groups.name.length;
        const found = toAttribution(
          { groups: { name: named.groups.name }, index: nameAt, 0: named.groups.name },
          from,
          reach,
          text,
        );
        if (found?.subjectKind === 'name') return { ...found, form: 'inverted-verb' };
      }
      const subjectAfter = after ? widenedRole(after, tail) : undefined;
      if (subjectAfter) {
        const found = toAttribution(
          { ...subjectAfter, index: subjectAfter.index + verb.index + verb[0].length },
          from,
          reach,
          text,
        );
        if (found) return { ...found, form: 'inverted-verb' };
      }
    }
  }
  if (according && (!anchoredAfter || /^[\s,.;:—–-]*$/u.test(window.slice(0, according.index)))) {
    // "according to a statement from Consumer Reports": the source after the document.
    const source = accordingToSource.exec(window.slice(according.index));
    if (source?.groups?.name !== undefined) {
      const nameAt = according.index + source[0].length - source.groups.name.length;
      const named = toAttribution(
        { groups: { name: source.groups.name }, index: nameAt, 0: source.groups.name },
        from,
        reach,
        text,
      );
      if (named) return { ...named, form: 'according-to' };
    }
    const found = toAttribution(
      { ...according, index: according.index + 'according to'.length },
      from,
      reach,
      text,
    );
    if (found) return { ...found, form: 'according-to' };
  }
  return undefined;
}

const nameRunPattern = new RegExp(nameRunSource, 'gu');

/** "Dr. Hannah Koenig, the lead scientist, described what divers found:" — the sentence's first name. */
export function firstNameIn(text: string, from: number, to: number): Attribution | undefined {
  for (const match of text.slice(from, to).matchAll(nameRunPattern)) {
    const at = from + match.index;
    // "In a Fox interview…", "in Hudson": a name after a preposition or article is no subject.
    if (objectLead.test(text.slice(Math.max(from, at - 12), at))) continue;
    const stripped = stripName(match[0], at);
    if (!stripped) continue;
    // "Soon after…", "Back in 1999,": a lone capital opening the sentence is a name only if
    // the text also writes it mid-sentence.
    const opensSentence = text.slice(from, at).trim() === '';
    if (opensSentence && !stripped.name.includes(' ') && !writtenMidSentence(stripped.name, text))
      continue;
    return { subject: stripped.name, subjectKind: 'name', index: stripped.start, reach: 'nearby' };
  }
  return undefined;
}

const objectLead =
  /(?:^|\s)(?:in|at|on|to|from|for|of|with|by|into|about|than|like|via|a|an|the)\s+$/iu;

function writtenMidSentence(word: string, text: string): boolean {
  return new RegExp(String.raw`[\p{Ll},;]\s+${word}(?![\p{L}])`, 'u').test(text);
}

const sentenceSubject = new RegExp(
  String.raw`^(?:[^,“”"]{0,80},\s*)?(?:(?<possessive>[Hh]is|[Hh]er)\s|${subject})`,
  'u',
);

/** "On digital lending, she was more optimistic:" — the subject its sentence opens with. */
export function subjectAtStart(text: string, from: number, to: number): Attribution | undefined {
  const match = sentenceSubject.exec(text.slice(from, to));
  if (!match) return undefined;
  const possessive = match.groups?.possessive;
  if (possessive !== undefined) {
    const pronounWord = possessive.toLowerCase() === 'his' ? 'he' : 'she';
    return { subject: pronounWord, subjectKind: 'pronoun', index: from, reach: 'nearby' };
  }
  const found = toAttribution(match, from, 'nearby', text);
  if (found?.subjectKind !== 'name') return found;
  // A lone capitalised word ("Trucks would pay more.") is a name only if the text gives it in full.
  const fullElsewhere = new RegExp(String.raw`\p{Lu}\p{Ll}+ ${found.subject}(?![\p{L}])`, 'u');
  return found.subject.includes(' ') || fullElsewhere.test(text) ? found : undefined;
}
