/**
 * The language families the quote rules share habits across: German and Dutch put the verb
 * second and capitalise by their own rules; the Romance languages drop a clause's subject and put
 * articles before bodies' letters. One place, instead of a set in every rule file.
 */
export const germanicLanguages: ReadonlySet<string> = new Set(['de', 'nl']);
export const romanceLanguages: ReadonlySet<string> = new Set(['fr', 'es', 'pt', 'it']);
