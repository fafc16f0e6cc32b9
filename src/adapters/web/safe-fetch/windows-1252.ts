/**
 * Node 20's TextDecoder('windows-1252') takes a Latin-1 fast path and turns bytes
 * 0x80–0x9F into C1 control characters instead of “ ” ‘ ’ – — € …, which are exactly the
 * bytes news pages in windows-1252 use for quotation marks. Latin-1 and windows-1252 agree
 * on every other byte, so only this range needs the WHATWG table.
 */
const highControlRange = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 (and its aliases iso-8859-1, latin1, ascii) per the WHATWG table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (character) =>
    String.fromCharCode(
      highControlRange[character.charCodeAt(0) - 0x80] ?? character.charCodeAt(0),
    ),
  );
}
