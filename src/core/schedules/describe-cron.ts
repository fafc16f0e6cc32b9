import type { CronSpec } from './cron-fields.ts';
import { dayNames, monthNames } from './calendar-names.ts';

/**
 * A schedule in words, e.g. "every weekday at 09:00", "every 6 hours from 00:00",
 * "every Monday and Thursday at 18:30". Unusual shapes fall back to quoting the cron text,
 * which is still accurate. The time zone is not included: callers add it.
 */
export function describeCron(spec: CronSpec): string {
  const days = describeDays(spec);
  const months =
    spec.months.length === 12
      ? ''
      : ` in ${joinWords(spec.months.map((month) => monthNames[month - 1] ?? ''))}`;
  const frequency = describeFrequency(spec);
  if (frequency !== undefined) return `${frequency}${days.on === '' ? '' : ` ${days.on}`}${months}`;
  const times = describeTimes(spec);
  if (times === undefined) return `on the cron schedule \`${spec.expression}\``;
  if (times.startsWith('every')) return `${times}${days.on === '' ? '' : ` ${days.on}`}${months}`;
  return `${days.every} ${times}${months}`;
}

/** Two-digit wall-clock time, the form people read fastest in a chat. */
export function formatClock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

interface DayPhrase {
  /** Leads a sentence with times: "every weekday", "on the 1st of the month". */
  every: string;
  /** Follows a frequency: "on weekdays", or "" for every day. */
  on: string;
}

function describeDays(spec: CronSpec): DayPhrase {
  const weekdays =
    spec.dayOfWeekRestricted && spec.daysOfWeek.length < 7 ? spec.daysOfWeek : undefined;
  const monthDays =
    spec.dayOfMonthRestricted && spec.daysOfMonth.length < 31 ? spec.daysOfMonth : undefined;
  const weekPhrase = weekdays === undefined ? undefined : describeWeekdays(weekdays);
  const monthPhrase =
    monthDays === undefined
      ? undefined
      : `on the ${joinWords(monthDays.map(ordinal))} of the month`;
  if (weekPhrase !== undefined && monthPhrase !== undefined) {
    const every = `${monthPhrase} and ${weekPhrase.every}`;
    return { every, on: every };
  }
  if (weekPhrase !== undefined) return weekPhrase;
  if (monthPhrase !== undefined) return { every: monthPhrase, on: monthPhrase };
  return { every: 'every day', on: '' };
}

function describeWeekdays(days: readonly number[]): DayPhrase {
  if (days.join(',') === '1,2,3,4,5') return { every: 'every weekday', on: 'on weekdays' };
  if (days.join(',') === '0,6') return { every: 'every Saturday and Sunday', on: 'on weekends' };
  // Monday first, as people list a week.
  const ordered = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const names = ordered.map((day) => dayNames[day] ?? '');
  return {
    every: `every ${joinWords(names)}`,
    on: `on ${joinWords(names.map((name) => `${name}s`))}`,
  };
}

/** Schedules that repeat within a day: "every hour", "every 15 minutes", "every 6 hours from 00:00". */
function describeFrequency(spec: CronSpec): string | undefined {
  const allHours = spec.hours.length === 24;
  const [firstMinute = 0] = spec.minutes;
  if (allHours && spec.minutes.length === 1) {
    return firstMinute === 0
      ? 'every hour'
      : `every hour at :${String(firstMinute).padStart(2, '0')}`;
  }
  const minuteStep = evenStep(spec.minutes, 60);
  if (allHours && minuteStep !== undefined && spec.minutes.length > 1) {
    return `every ${minuteStep} minutes${firstMinute === 0 ? '' : ` from :${String(firstMinute).padStart(2, '0')}`}`;
  }
  const hourStep = evenStep(spec.hours, 24);
  if (spec.minutes.length === 1 && hourStep !== undefined) {
    const times = spec.hours.map((hour) => formatClock(hour, firstMinute));
    return times.length <= 6
      ? `every ${hourStep} hours at ${joinWords(times)}`
      : `every ${hourStep} hours from ${times[0] ?? ''}`;
  }
  return undefined;
}

/** "at 08:00", "at 08:00 and 17:30", or a contiguous hourly range; undefined when too many to list. */
function describeTimes(spec: CronSpec): string | undefined {
  const times = spec.hours.flatMap((hour) =>
    spec.minutes.map((minute) => formatClock(hour, minute)),
  );
  if (times.length <= 6) return `at ${joinWords(times)}`;
  const first = spec.hours[0] ?? 0;
  const last = spec.hours[spec.hours.length - 1] ?? 0;
  const contiguous = last - first + 1 === spec.hours.length;
  if (!contiguous) return undefined;
  const range = `from ${formatClock(first, spec.minutes[0] ?? 0)} to ${formatClock(last, spec.minutes[spec.minutes.length - 1] ?? 0)}`;
  if (spec.minutes.length === 1) return `every hour ${range}`;
  const minuteStep = evenStep(spec.minutes, 60);
  return minuteStep === undefined ? undefined : `every ${minuteStep} minutes ${range}`;
}

/** The step when `values` are evenly spaced and wrap evenly around `cycle` (0,15,30,45 in 60 → 15). */
function evenStep(values: readonly number[], cycle: number): number | undefined {
  if (values.length < 2) return undefined;
  const [first = 0, second = 0] = values;
  const step = second - first;
  const evenlySpaced = values.every((value, index) => value === first + index * step);
  const wraps = cycle - (values[values.length - 1] ?? 0) + first === step;
  return evenlySpaced && wraps ? step : undefined;
}

function ordinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
  return `${value}${suffix}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
