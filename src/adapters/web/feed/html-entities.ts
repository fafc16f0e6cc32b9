/**
 * HTML character references for the fast text path. Feeds use a small, stable set: the
 * Latin-1 names, typographic punctuation and a few symbols. A name outside this table makes
 * decoding give up (undefined) so the caller can hand the fragment to a full HTML parser.
 */

// Code points 160–255 in order, as named by HTML 4 / Latin-1.
const latin1Names = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg ' +
  'plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute ' +
  'Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml ' +
  'Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
  'ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

// prettier-ignore
const otherNames: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192,
  circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c,
  zwj: 0x200d, lrm: 0x200e, rlm: 0x200f, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018,
  rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020,
  Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033,
  lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212,
  le: 0x2264, ge: 0x2265, ne: 0x2260, asymp: 0x2248, infin: 0x221e, deg: 0xb0,
};

export const namedEntities: ReadonlyMap<string, string> = new Map([
  ...latin1Names.map((name, index): [string, string] => [name, String.fromCodePoint(160 + index)]),
  ...Object.entries(otherNames).map(([name, code]): [string, string] => [
    name,
    String.fromCodePoint(code),
  ]),
]);

// HTML maps &#128;–&#159; through windows-1252, since that is what authors meant by them.
// prettier-ignore
const windows1252Controls: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020,
  0x87: 0x2021, 0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013,
  0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153, 0x9e: 0x17e,
  0x9f: 0x178,
};

/**
 * HTML still reads these old names without their semicolon ("&copy2024" is "©2024"), taking
 * the longest that fits; longer names first so "&not" does not win over "&notin".
 */
const legacyNames = [...latin1Names, 'amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT']
  .sort((left, right) => right.length - left.length)
  .join('|');
const referencePattern = new RegExp(
  `&(?:#(\\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});|(${legacyNames}))`,
  'g',
);
const upperCaseLegacy: Readonly<Record<string, string>> = { AMP: '&', LT: '<', GT: '>', QUOT: '"' };

function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff) return '\uFFFD';
  if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
  return String.fromCodePoint(windows1252Controls[code] ?? code);
}

/**
 * Decodes character references (&amp; &#8217; &#x2019;). Named references need their
 * semicolon, except the legacy ones HTML reads without it, so "AT&T" stays as written. Returns undefined when a
 * well-formed named reference is not in the table.
 */
export function decodeHtmlEntities(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let unknown = false;
  const decoded = text.replace(
    referencePattern,
    (whole, decimal?: string, hex?: string, name?: string, legacy?: string) => {
      if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      const key = name ?? legacy ?? '';
      const value = namedEntities.get(key) ?? upperCaseLegacy[key];
      if (value === undefined) unknown = true;
      return value ?? whole;
    },
  );
  return unknown ? undefined : decoded;
}
