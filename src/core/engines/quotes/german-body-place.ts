import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * "Verbraucherzentrale Bayern", "Stadtwerke München", "Polizei Köln": German names many a
 * public body by its kind and the place it serves, so a place written right after the body's
 * noun is part of its name; an own name there ("Fahrgastverband Pro Bahn", "Gewerkschaft
 * Verdi") is the body's name alone. A place is a German, Austrian or Swiss state or country (a
 * closed list), or a word the text itself uses as a place: after "in", "aus", "nach" or "bei",
 * or as the dateline in capitals ("MÜNCHEN -").
 */

const regions = new Set(
  `Deutschland Österreich Schweiz Bayern Baden-Württemberg Berlin Brandenburg Bremen Hamburg
  Hessen Mecklenburg-Vorpommern Niedersachsen Nordrhein-Westfalen NRW Rheinland-Pfalz Saarland
  Sachsen Sachsen-Anhalt Schleswig-Holstein Thüringen Wien Niederösterreich Oberösterreich
  Steiermark Tirol Kärnten Salzburg Vorarlberg Burgenland Zürich Bern Basel Luzern Graubünden
  Tessin Wallis Aargau St.-Gallen Süd Nord Ost West Mitte`.split(/\s+/u),
);

export function isPlaceAfterBody(text: string, run: string): boolean {
  if (regions.has(run)) return true;
  const written = escapeRegExp(run);
  if (
    new RegExp(
      String.raw`(?<![\p{L}])(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei)[^\S\n]+${written}(?![\p{L}])`,
      'u',
    ).test(text)
  )
    return true;
  return new RegExp(
    String.raw`(?:^|\n)[^\S\n]*${escapeRegExp(run.toUpperCase())}(?![\p{L}])`,
    'u',
  ).test(text);
}
