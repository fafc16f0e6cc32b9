/**
 * The shapes the speaker finder passes between its parts: who the words around a quote name
 * (Attribution), the people a text mentions (Entity, Mention, PersonIndex). They live apart
 * from the code that builds them so the rule files and the person index import types without
 * importing each other.
 */

export type Gender = 'male' | 'female';

export interface Entity {
  name: string;
  kind: 'person' | 'organisation';
  roles: Set<string>;
  gender?: Gender;
  /** "her husband Dean": the surname was inferred, so a bare "Moffat" never means him. */
  givenNameOnly?: boolean;
  /**
   * The name as the text writes it ("Dean") while `name` carries an inferred surname: shown
   * to users, because a speaker shown is a name found in the text, not a guess at one.
   */
  writtenAs?: string;
}

/** The speaker's name as shown: the fullest form the text itself writes. */
export const shownName = (entity: Entity): string => entity.writtenAs ?? entity.name;

export interface Mention {
  /** null: someone the text leaves unnamed ("a senior official", "one teacher"). */
  entity: Entity | null;
  index: number;
  /** The mention is its sentence's subject (who the next "he said" most likely means). */
  subject: boolean;
  /** "A Streamline spokesman": an organisation's voice, which "he" or "she" may then quote. */
  speaksFor?: boolean;
  /** How the text writes an unnamed one ("a senior official"), shown when "he said" means them. */
  description?: string;
}

export interface PersonIndex {
  /** The entity a name means at a point of the text ("Putin" → Vladimir Putin). */
  entityFor(name: string, index: number): Entity | undefined;
  /** The fullest form of a name the text gives ("Putin" → "Vladimir Putin"). */
  fullestName(name: string, index?: number): string;
  /** Mentions outside quotes and headlines, in text order. */
  mentions: Mention[];
  /** How often an entity (by fullest name) is mentioned, for prominence. */
  mentionCount(fullName: string): number;
}

/** Who the words around a quote say spoke it, before names and pronouns are resolved. */
export interface Attribution {
  subject: string;
  subjectKind: 'name' | 'pronoun' | 'role';
  /** Where the subject stands in the text (for resolving pronouns to earlier mentions). */
  index: number;
  /** 'sentence': the quote's own sentence; 'nearby': the sentence before (colon) or after. */
  reach: 'sentence' | 'nearby';
  /** Which shape of clause named the subject ("subject-verb", "inverted-verb", …), if known. */
  form?: string;
  /** The named rule of the attribution list that found it (set by the list). */
  rule?: string;
}

export interface AttributionBounds {
  /** Close mark of the previous quote in the same paragraph, or -1. */
  previousCloseIndex: number;
  /** Open mark of the next quote in the same paragraph, or the paragraph end. */
  nextOpenIndex: number;
}
