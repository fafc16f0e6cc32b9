import type { SubscriptionSchedule } from '../model/subscription.ts';
import { parseCron, looksLikeCron, type CronSpec } from './cron-fields.ts';
import { describeCron } from './describe-cron.ts';
import {
  defaultScheduleText,
  parseScheduleWords,
  tooFrequentError,
} from './parse-schedule-words.ts';
import { scheduleError } from './schedule-error.ts';
import { resolveTimeZone } from './time-zones.ts';

/** A schedule ready to store and to hand to a job scheduler: 5-field cron, IANA zone, words. */
export type ParsedSchedule = SubscriptionSchedule;

/** Digests more often than this cost model calls and flood channels. */
export const minimumIntervalMinutes = 15;

const cronMacros: Readonly<Record<string, string>> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
};

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses a schedule typed by a person — plain words ("weekdays 9:00", "every 6 hours") or a
 * 5-field cron ("0 8 * * 1-5") — optionally followed by a time zone ("daily 8am Europe/Berlin",
 * "… in UTC"). Empty text means `daily 08:00`. The zone falls back to `defaultTimeZone`, and to
 * UTC if that is not a zone either. Throws an AppError (`command-invalid`) whose sentence says
 * what is wrong: an unknown word, a cron field out of range, a schedule that never runs, or one
 * more frequent than every 15 minutes.
 */
export function parseSchedule(input: string, defaultTimeZone: string): ParsedSchedule {
  const { scheduleText, timeZone } = splitScheduleText(input);
  const zone = timeZone ?? resolveTimeZone(defaultTimeZone) ?? 'UTC';
  const text = scheduleText === '' ? defaultScheduleText : scheduleText;
  const macro = cronMacros[text.toLowerCase()];
  const cron = macro ?? (looksLikeCron(text) ? text : parseScheduleWords(text));
  const spec = parseCron(cron);
  checkRunsAtAll(spec);
  if (shortestGapMinutes(spec) < minimumIntervalMinutes) throw tooFrequentError();
  return { cron: spec.expression, timeZone: zone, description: describeCron(spec) };
}

/**
 * Separates a trailing time zone from the schedule words: "daily 08:00 Europe/Berlin" →
 * { scheduleText: "daily 08:00", timeZone: "Europe/Berlin" }. A last word shaped like a zone
 * ("Europe/Berlinn") that is not one is refused rather than read as a schedule word.
 */
export function splitScheduleText(input: string): { scheduleText: string; timeZone?: string } {
  const tokens = input
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '');
  const last = tokens[tokens.length - 1];
  if (last === undefined) return { scheduleText: '' };
  const timeZone = resolveTimeZone(last);
  if (timeZone === undefined) {
    if (/^[a-z_]+\/[a-z_/+\-0-9]+$/i.test(last)) {
      throw scheduleError(
        `\`${last}\` isn't a time zone I know; use an IANA name such as \`Europe/Berlin\`, \`America/New_York\` or \`UTC\`.`,
      );
    }
    return { scheduleText: tokens.join(' ') };
  }
  const rest = tokens.slice(0, -1);
  if (rest[rest.length - 1]?.toLowerCase() === 'in') rest.pop();
  return { scheduleText: rest.join(' '), timeZone };
}

/** Refuses day-of-month/month combinations that never happen, such as `0 8 30 2 *`. */
function checkRunsAtAll(spec: CronSpec): void {
  // An unrestricted day-of-month runs every day; a restricted weekday runs under cron's OR rule.
  if (!spec.dayOfMonthRestricted || spec.dayOfWeekRestricted) return;
  const possible = spec.months.some((month) =>
    spec.daysOfMonth.some((day) => day <= (daysInMonth[month - 1] ?? 31)),
  );
  if (!possible) {
    throw scheduleError(`The schedule \`${spec.expression}\` never runs: no month has that day.`);
  }
}

/**
 * The shortest gap between two runs, in minutes. Only the minute field can make runs closer
 * than an hour: consecutive minutes within an hour, or the last minute of one hour and the
 * first of the next when two consecutive hours run.
 */
export function shortestGapMinutes(spec: CronSpec): number {
  const { minutes, hours } = spec;
  let shortest = Number.POSITIVE_INFINITY;
  for (let index = 1; index < minutes.length; index += 1) {
    shortest = Math.min(shortest, (minutes[index] ?? 0) - (minutes[index - 1] ?? 0));
  }
  const hourSet = new Set(hours);
  const consecutiveHours = hours.some((hour) => hourSet.has((hour + 1) % 24));
  if (consecutiveHours) {
    shortest = Math.min(shortest, 60 - (minutes[minutes.length - 1] ?? 0) + (minutes[0] ?? 0));
  }
  return shortest;
}
