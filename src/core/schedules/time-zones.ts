/**
 * Time-zone names as people type them. Intl knows every IANA zone (case-insensitively) and
 * canonicalises it; on top of that we accept the North American and a few other common
 * abbreviations as the region's zone (people writing "EST" in July still mean New York time)
 * and `UTC+2` / `GMT-5` offsets.
 */
const abbreviations: Readonly<Record<string, string>> = {
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  zulu: 'UTC',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mt: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  bst: 'Europe/London',
  ist: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
};

/** The canonical zone name for what the user typed, or undefined when it is not a zone. */
export function resolveTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  const lower = trimmed.toLowerCase();
  const alias = abbreviations[lower];
  if (alias !== undefined) return alias;
  const offset = /^(?:utc|gmt)([+-])(\d{1,2})$/.exec(lower);
  if (offset !== null) {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    if (hours > 14) return undefined;
    // IANA's Etc zones use POSIX signs: UTC+2 is Etc/GMT-2.
    return canonicalZone(`Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`);
  }
  // Only zone-shaped names reach Intl, so a time such as "08:00" is never mistaken for a zone.
  if (!/^[a-z][a-z0-9_+-]*(\/[a-z0-9_+-]+){0,2}$/i.test(trimmed)) return undefined;
  return canonicalZone(trimmed);
}

/** Whether `name` is a time zone we can schedule in (IANA name, alias or UTC offset). */
export function isValidTimeZone(name: string): boolean {
  return resolveTimeZone(name) !== undefined;
}

function canonicalZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
