import { scheduleError } from './schedule-error.ts';
import { capitalizeFirst } from '../text/words.ts';

/**
 * A parsed 5-field cron expression (minute hour day-of-month month day-of-week), expanded to
 * sorted value lists so the describer never re-reads the text. The values mean what BullMQ's
 * cron-parser makes of the same text, since BullMQ runs the digest and the words must match it.
 */
export interface CronSpec {
  /** The expression as stored: five fields, single spaces, names turned into numbers. */
  expression: string;
  minutes: number[];
  hours: number[];
  daysOfMonth: number[];
  months: number[];
  /** 0 = Sunday … 6 = Saturday (a 7 in the text is folded into 0). */
  daysOfWeek: number[];
  /**
   * Classic cron rule, as BullMQ's cron-parser applies it: when both day fields are restricted,
   * a day matches if EITHER matches. Only a bare `*` or `?` leaves a field unrestricted; unlike
   * Vixie cron, cron-parser counts a stepped star (every other day) as a restriction too, and
   * BullMQ is what runs the digest.
   */
  dayOfMonthRestricted: boolean;
  dayOfWeekRestricted: boolean;
}

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** The first entry of `names` stands for this number. */
  namesStartAt?: number;
}

const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const fieldRules: readonly FieldRule[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: monthNames, namesStartAt: 1 },
  { name: 'day-of-week', min: 0, max: 7, names: dayNames, namesStartAt: 0 },
];

const cronNamePattern =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat/g;

/**
 * Text made only of cron fields (digits, `* ? / , -`, month/day abbreviations, and the Quartz
 * `L W #` we refuse by name), worth parsing as cron so a wrong field count or an unsupported
 * extra gets a cron error rather than a word error.
 */
export function looksLikeCron(input: string): boolean {
  const fields = input.trim().toLowerCase().split(/\s+/);
  const cronish = fields.every(
    (field) => field !== '' && /^[\d*?/,\-lw#]*$/.test(field.replace(cronNamePattern, '')),
  );
  return cronish && (fields.length >= 4 || fields.some((field) => field.includes('*')));
}

/**
 * Parses and validates a 5-field cron expression (a 6-field one with seconds `0` is accepted
 * and the seconds dropped). Supports `*`, `?`, lists, ranges, steps and month/day names; refuses
 * Quartz extras (`L`, `W`, `#`) with a sentence saying so.
 */
export function parseCron(input: string): CronSpec {
  let fields = input.trim().toLowerCase().split(/\s+/);
  if (fields.length === 6) {
    if (fields[0] !== '0') {
      throw scheduleError(
        'Schedules run on whole minutes; use a 5-field cron such as `0 8 * * 1-5`.',
      );
    }
    fields = fields.slice(1);
  }
  if (fields.length !== 5) {
    throw scheduleError(
      `A cron schedule has 5 fields (minute hour day month weekday), but \`${input.trim()}\` has ${fields.length}.`,
    );
  }
  const values = fields.map((field, index) =>
    parseField(field, fieldRules[index] as FieldRule, input),
  );
  const [minutes, hours, daysOfMonth, months, rawDaysOfWeek] = values as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  const daysOfWeek = [...new Set(rawDaysOfWeek.map((day) => day % 7))].sort((a, b) => a - b);
  const normalizedFields = fields.map((field, index) =>
    normalizeFieldText(field, fieldRules[index] as FieldRule),
  );
  return {
    expression: normalizedFields.join(' '),
    minutes,
    hours,
    daysOfMonth,
    months,
    daysOfWeek,
    dayOfMonthRestricted: !isUnrestricted(fields[2] ?? '*'),
    dayOfWeekRestricted: !isUnrestricted(fields[4] ?? '*'),
  };
}

function isUnrestricted(field: string): boolean {
  return field === '*' || field === '?';
}

/** Names become numbers and `?` becomes `*`, so any cron library reads the stored text the same. */
function normalizeFieldText(field: string, rule: FieldRule): string {
  if (field === '?') return '*';
  const names = rule.names;
  if (names === undefined) return field;
  return field.replace(/[a-z]{3}/g, (name) =>
    String(names.indexOf(name) + (rule.namesStartAt ?? 0)),
  );
}

function parseField(field: string, rule: FieldRule, expression: string): number[] {
  const where = `the ${rule.name} field of \`${expression.trim()}\``;
  if (/[lw#]/.test(field.replace(/[a-z]{3}/g, ''))) {
    throw scheduleError(`Cron extras like \`L\`, \`W\` and \`#\` aren't supported (in ${where}).`);
  }
  const values = new Set<number>();
  for (const item of field.split(',')) {
    if (item === '') throw scheduleError(`There is an empty list item in ${where}.`);
    const [rangeText = '', stepText, extra] = item.split('/');
    if (extra !== undefined) throw scheduleError(`\`${item}\` has two steps in ${where}.`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) {
        throw scheduleError(
          `The step \`/${stepText}\` in ${where} must be a whole number above 0.`,
        );
      }
      step = Number(stepText);
    }
    let low: number;
    let high: number;
    if (rangeText === '*' || rangeText === '?') {
      low = rule.min;
      high = rule.max;
    } else if (rangeText.includes('-')) {
      const [lowText = '', highText = '', more] = rangeText.split('-');
      if (more !== undefined) throw scheduleError(`\`${item}\` is not a valid range in ${where}.`);
      low = parseValue(lowText, rule, where);
      high = parseValue(highText, rule, where);
      if (low > high) {
        throw scheduleError(
          `The range \`${rangeText}\` in ${where} runs backwards; write the smaller value first.`,
        );
      }
    } else {
      low = parseValue(rangeText, rule, where);
      // `5/15` means "from 5, every 15" up to the field's top, as in cron-parser. For weekdays
      // the top is 7 (Sunday again), so `6/1` is Saturday and Sunday and `1/2` includes Sunday.
      high = stepText === undefined ? low : rule.max;
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

function parseValue(text: string, rule: FieldRule, where: string): number {
  const nameIndex = rule.names?.indexOf(text) ?? -1;
  if (nameIndex >= 0) return nameIndex + (rule.namesStartAt ?? 0);
  if (!/^\d+$/.test(text)) {
    throw scheduleError(`\`${text}\` is not a number in ${where}.`);
  }
  const value = Number(text);
  if (value < rule.min || value > rule.max) {
    throw scheduleError(
      `${capitalizeFirst(where)} must be between ${rule.min} and ${rule.max}; \`${text}\` is not.`,
    );
  }
  return value;
}
