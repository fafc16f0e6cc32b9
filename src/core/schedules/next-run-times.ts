import { parseCron, type CronSpec } from './cron-fields.ts';
import { instantOfWallTime, wallTimeAt, type WallTime } from './zoned-time.ts';

/** A 29 February schedule can wait eight years (2096 → 2104); nothing valid waits longer. */
const maxDaysAhead = 366 * 8 + 2;

/**
 * The next `count` times a cron schedule fires in `timeZone`, strictly after `from`. Fields
 * are matched against the zone's wall clock, so "0 8 * * *" in Europe/Berlin is 07:00 UTC in
 * winter and 06:00 UTC in summer. Around clock changes a time that occurs twice fires once
 * (the first), and a time that does not exist fires when the clock jumps past it. Returns
 * fewer times only for schedules that never fire (such as 30 February).
 */
export function nextRunTimes(
  cron: string | CronSpec,
  timeZone: string,
  from: Date,
  count: number,
): Date[] {
  const spec = typeof cron === 'string' ? parseCron(cron) : cron;
  const results: Date[] = [];
  let last = from.getTime();
  const start = wallTimeAt(last, timeZone);
  // Wall times this far before `from`'s own wall time cannot come after it: no clock change is 3 h.
  const earliestWall =
    Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute) - 3 * 3_600_000;
  // From the day before: in zones that change clocks at midnight, yesterday's 23:30 can be today's 00:30.
  let dayMs = Date.UTC(start.year, start.month - 1, start.day) - 86_400_000;
  for (let dayIndex = 0; dayIndex <= maxDaysAhead && results.length < count; dayIndex += 1) {
    const date = new Date(dayMs);
    dayMs += 86_400_000;
    if (!dayMatches(spec, date)) continue;
    for (const hour of spec.hours) {
      for (const minute of spec.minutes) {
        const wall: WallTime = {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour,
          minute,
        };
        if (Date.UTC(wall.year, wall.month - 1, wall.day, hour, minute) < earliestWall) continue;
        const instant = instantOfWallTime(wall, timeZone);
        // `>` also drops the duplicate a skipped (spring-forward) time would otherwise make.
        if (instant <= last) continue;
        results.push(new Date(instant));
        last = instant;
        if (results.length === count) return results;
      }
    }
  }
  return results;
}

/** Day rule of classic cron: month must match; day-of-month OR day-of-week when both are restricted. */
function dayMatches(spec: CronSpec, date: Date): boolean {
  if (!spec.months.includes(date.getUTCMonth() + 1)) return false;
  const dayOfMonthMatches = spec.daysOfMonth.includes(date.getUTCDate());
  const dayOfWeekMatches = spec.daysOfWeek.includes(date.getUTCDay());
  if (spec.dayOfMonthRestricted && spec.dayOfWeekRestricted)
    return dayOfMonthMatches || dayOfWeekMatches;
  return dayOfMonthMatches && dayOfWeekMatches;
}
