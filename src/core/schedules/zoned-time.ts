/** A wall-clock time in some zone; month is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `instantMs`, to the minute. */
export function wallTimeAt(instantMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: (parts['hour'] ?? 0) % 24,
    minute: parts['minute'] ?? 0,
  };
}

/** Milliseconds the zone is ahead of UTC at `instantMs` (Berlin in winter: +3,600,000). */
export function zoneOffsetAt(instantMs: number, timeZone: string): number {
  const wall = wallTimeAt(instantMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const flooredInstant = Math.floor(instantMs / 60_000) * 60_000;
  return wallAsUtc - flooredInstant;
}

/**
 * The instant a wall-clock time happens in `timeZone`, resolved like Temporal's "compatible"
 * mode: a time that occurs twice (clocks go back) is the earlier one; a time that does not
 * exist (clocks go forward) is moved forward by the gap, so a 02:30 digest on the spring-forward
 * night runs at 03:30 rather than being skipped.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Offsets a day either side bracket any transition near this time (zones change at most once a day).
  const offsetBefore = zoneOffsetAt(wallAsUtc - 86_400_000, timeZone);
  const offsetAfter = zoneOffsetAt(wallAsUtc + 86_400_000, timeZone);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => zoneOffsetAt(instant, timeZone) === wallAsUtc - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallAsUtc - offsetBefore;
}
