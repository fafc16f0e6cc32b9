import { scheduleError } from './schedule-error.ts';

/** The schedule used when a subscriber gives none. */
export const defaultScheduleText = 'daily 08:00';

const dayForms: readonly (readonly string[])[] = [
  ['sun', 'sunday', 'sundays'],
  ['mon', 'monday', 'mondays'],
  ['tue', 'tues', 'tuesday', 'tuesdays'],
  ['wed', 'weds', 'wednesday', 'wednesdays'],
  ['thu', 'thur', 'thurs', 'thursday', 'thursdays'],
  ['fri', 'friday', 'fridays'],
  ['sat', 'saturday', 'saturdays'],
];

const fillerWords = new Set([
  'at',
  'on',
  'and',
  '&',
  'the',
  'of',
  'month',
  'in',
  'from',
  'every',
  'each',
]);
const everyDayWords = new Set(['daily', 'day', 'days', 'everyday', 'nightly']);
const minuteUnits = new Set(['m', 'min', 'mins', 'minute', 'minutes']);
const hourUnits = new Set(['h', 'hr', 'hrs', 'hour', 'hours']);

interface ClockTime {
  hour: number;
  minute: number;
}

interface ScheduleWords {
  daysOfWeek: Set<number>;
  daysOfMonth: Set<number>;
  times: ClockTime[];
  interval?: { minutes: number };
  hourlyMinute?: number;
  weekly: boolean;
  monthly: boolean;
}

/**
 * Turns plain words into a 5-field cron: "daily 08:00", "daily at 8am", "every day 7:30",
 * "weekdays 9:00", "weekends 10am", "mondays 9:00", "mon,wed,fri 18:00", "mon-fri 9am",
 * "hourly", "hourly at :30", "every 6 hours", "every 30 minutes", "monthly on the 1st 9:00",
 * "daily 08:00 and 17:00". No time means 08:00. Anything not understood is refused, naming
 * the word, rather than guessed.
 */
export function parseScheduleWords(text: string): string {
  const tokens = tokenize(text);
  const words: ScheduleWords = {
    daysOfWeek: new Set(),
    daysOfMonth: new Set(),
    times: [],
    weekly: false,
    monthly: false,
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    if (token === 'every' || token === 'each') {
      const consumed = readInterval(tokens, index + 1, words, text);
      if (consumed > 0) {
        index += consumed;
        continue;
      }
    }
    if (fillerWords.has(token) || everyDayWords.has(token)) continue;
    if (token === 'hourly') {
      words.hourlyMinute = 0;
      continue;
    }
    if (token === 'half-hourly') {
      words.interval = { minutes: 30 };
      continue;
    }
    if (token === 'weekly' || token === 'week') {
      words.weekly = true;
      continue;
    }
    if (token === 'monthly') {
      words.monthly = true;
      continue;
    }
    if (readDays(token, words.daysOfWeek)) continue;
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(token);
    if (ordinal !== null && Number(ordinal[1]) >= 1 && Number(ordinal[1]) <= 31) {
      words.daysOfMonth.add(Number(ordinal[1]));
      continue;
    }
    const minuteOnly = /^:(\d{2})$/.exec(token);
    if (minuteOnly !== null && Number(minuteOnly[1]) < 60) {
      words.hourlyMinute = Number(minuteOnly[1]);
      continue;
    }
    const meridiem = next === 'am' || next === 'pm' ? next : undefined;
    const time = readTime(meridiem === undefined ? token : `${token}${meridiem}`, text);
    if (time !== undefined) {
      words.times.push(time);
      if (meridiem !== undefined) index += 1;
      continue;
    }
    throw scheduleError(
      `I don't understand \`${token}\` in the schedule \`${text.trim()}\`; try \`daily 08:00\`, \`weekdays 9am\`, \`mon,wed,fri 18:00\`, \`every 6 hours\` or a cron such as \`0 8 * * 1-5\`.`,
    );
  }
  return toCron(words, text);
}

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .split(/[\s,+]+/)
    .map((token) => token.replace(/\.$/, ''))
    .filter((token) => token !== '');
}

/** "every 6 hours", "every 15 minutes", "every 2h", "every hour"; returns how many tokens it used. */
function readInterval(
  tokens: readonly string[],
  start: number,
  words: ScheduleWords,
  text: string,
): number {
  const first = tokens[start] ?? '';
  if (hourUnits.has(first)) {
    words.hourlyMinute = words.hourlyMinute ?? 0;
    return 1;
  }
  if (minuteUnits.has(first)) throw tooFrequentError();
  const compact = /^(\d+)([a-z]+)$/.exec(first);
  const amount = compact === null ? Number(first) : Number(compact[1]);
  const unit = compact === null ? (tokens[start + 1] ?? '') : (compact[2] ?? '');
  if (!/^\d+/.test(first) || Number.isNaN(amount)) return 0;
  const used = compact === null ? 2 : 1;
  if (minuteUnits.has(unit)) {
    words.interval = { minutes: amount };
    return used;
  }
  if (hourUnits.has(unit)) {
    words.interval = { minutes: amount * 60 };
    return used;
  }
  if (everyDayWords.has(unit) && amount === 1) return used;
  throw scheduleError(
    `\`every ${amount} ${unit}\` in \`${text.trim()}\` is not an interval I can run; use minutes or hours, such as \`every 30 minutes\` or \`every 6 hours\`.`,
  );
}

function readDays(token: string, days: Set<number>): boolean {
  if (token === 'weekdays' || token === 'weekday' || token === 'workdays' || token === 'workday') {
    for (const day of [1, 2, 3, 4, 5]) days.add(day);
    return true;
  }
  if (token === 'weekends' || token === 'weekend') {
    days.add(0).add(6);
    return true;
  }
  const range = /^([a-z]+)-([a-z]+)$/.exec(token);
  if (range !== null) {
    const from = dayIndex(range[1] ?? '');
    const to = dayIndex(range[2] ?? '');
    if (from === undefined || to === undefined) return false;
    // Ranges may wrap the week: "fri-mon" is Friday to Monday.
    for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === to) break;
    }
    return true;
  }
  const day = dayIndex(token);
  if (day === undefined) return false;
  days.add(day);
  return true;
}

function dayIndex(word: string): number | undefined {
  const index = dayForms.findIndex((forms) => forms.includes(word));
  return index < 0 ? undefined : index;
}

/** 08:00, 8:00, 8.30, 8am, 8:30pm, 20h, 20h30, 0800, noon, midnight, or a bare hour. */
function readTime(token: string, text: string): ClockTime | undefined {
  if (token === 'noon' || token === 'midday') return { hour: 12, minute: 0 };
  if (token === 'midnight') return { hour: 0, minute: 0 };
  const match =
    /^(\d{1,2})(?:[:.h](\d{2}))?h?(am|pm)?$/.exec(token) ?? /^(\d{2})(\d{2})()$/.exec(token);
  if (match === null) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined || match[2] === '' ? 0 : Number(match[2]);
  const meridiem = match[3];
  const invalid = () =>
    scheduleError(
      `\`${token}\` in \`${text.trim()}\` isn't a time of day; use 24-hour \`HH:MM\` such as \`08:00\`, or \`8am\`.`,
    );
  if (minute > 59) throw invalid();
  if (meridiem === 'am' || meridiem === 'pm') {
    if (hour < 1 || hour > 12) throw invalid();
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    throw invalid();
  }
  return { hour, minute };
}

/** The sentence for anything more often than the shortest allowed interval. */
export function tooFrequentError(): Error {
  return scheduleError('That schedule is too frequent; the shortest is every 15 minutes.');
}

function toCron(words: ScheduleWords, text: string): string {
  const dayOfWeek =
    words.daysOfWeek.size > 0 ? compressList([...words.daysOfWeek]) : words.weekly ? '1' : '*';
  const dayOfMonth =
    words.daysOfMonth.size > 0
      ? compressList([...words.daysOfMonth])
      : words.monthly && dayOfWeek === '*'
        ? '1'
        : '*';
  const days = `${dayOfMonth} * ${dayOfWeek}`;
  if (words.interval !== undefined) {
    const [start, ...others] = words.times;
    if (others.length > 0 || words.hourlyMinute !== undefined) throw mixedError(text);
    return intervalCron(words.interval.minutes, start, days, text);
  }
  if (words.hourlyMinute !== undefined) {
    if (words.times.length > 0) throw mixedError(text);
    return `${words.hourlyMinute} * ${days}`;
  }
  const times = words.times.length > 0 ? words.times : [{ hour: 8, minute: 0 }];
  const hours = [...new Set(times.map((time) => time.hour))];
  const minutes = [...new Set(times.map((time) => time.minute))];
  const distinctTimes = new Set(times.map((time) => time.hour * 60 + time.minute)).size;
  if (hours.length * minutes.length !== distinctTimes) {
    throw scheduleError(
      `The times in \`${text.trim()}\` can't share one schedule; give times with the same minutes, such as \`08:00 and 17:00\`.`,
    );
  }
  return `${compressList(minutes)} ${compressList(hours)} ${days}`;
}

/** An interval in minutes or whole hours; an hour interval may start at a given time ("every 12 hours at 8:00"). */
function intervalCron(
  minutes: number,
  start: ClockTime | undefined,
  days: string,
  text: string,
): string {
  if (minutes < 15) throw tooFrequentError();
  if (minutes < 60) {
    if (start !== undefined) throw mixedError(text);
    if (60 % minutes !== 0) {
      throw scheduleError(
        `\`${text.trim()}\` doesn't divide the hour evenly; use every 15, 20 or 30 minutes.`,
      );
    }
    return `*/${minutes} * ${days}`;
  }
  const hours = minutes / 60;
  if (!Number.isInteger(hours) || (24 % hours !== 0 && hours !== 24)) {
    throw scheduleError(
      `\`${text.trim()}\` doesn't divide the day evenly; use every 1, 2, 3, 4, 6, 8 or 12 hours (or list the times).`,
    );
  }
  if (start !== undefined) {
    const startHours: number[] = [];
    for (let hour = start.hour % hours; hour < 24; hour += hours) startHours.push(hour);
    return `${start.minute} ${compressList(startHours)} ${days}`;
  }
  if (hours === 24) return `0 0 ${days}`;
  return hours === 1 ? `0 * ${days}` : `0 */${hours} ${days}`;
}

function mixedError(text: string): Error {
  return scheduleError(
    `\`${text.trim()}\` mixes an interval with times of day; use one, such as \`every 6 hours\` or \`daily 08:00 and 17:00\`.`,
  );
}

/** [1,2,3,4,5] → "1-5"; [1,3,5] → "1,3,5"; keeps the cron short and readable. */
function compressList(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length;) {
    let end = index;
    while (end + 1 < sorted.length && (sorted[end + 1] ?? 0) === (sorted[end] ?? 0) + 1) end += 1;
    parts.push(
      end - index >= 2 ? `${sorted[index]}-${sorted[end]}` : sorted.slice(index, end + 1).join(','),
    );
    index = end + 1;
  }
  return parts.join(',');
}
