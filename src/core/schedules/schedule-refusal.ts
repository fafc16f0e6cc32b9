import type { AppError } from '../errors.ts';
import type { CronFieldName, ScheduleRefusal } from '../ports/digest-scheduler.ts';
import { scheduleError } from './schedule-error.ts';
import { dayNames, monthNames } from './calendar-names.ts';

const fieldWords: Readonly<Record<CronFieldName, string>> = {
  second: 'seconds',
  minute: 'minute',
  hour: 'hour',
  'day-of-month': 'day-of-month',
  month: 'month',
  'day-of-week': 'weekday',
};

/** A schedule that works, with the refused field written once per value. */
const workingExamples: Readonly<Record<CronFieldName, string>> = {
  second: '0 9 * * *',
  minute: '0,30 9 * * *',
  hour: '0 9,17 * * *',
  'day-of-month': '0 9 1,15 * *',
  month: '0 9 1 1,7 *',
  'day-of-week': '0 9 * * 1-5',
};

/**
 * The sentence for a schedule the digest scheduler refuses after our own parser accepted it:
 * what is wrong and an example that works. Nothing has been stored when this is shown.
 */
export function scheduleRefusalError(cron: string, refusal: ScheduleRefusal): AppError {
  switch (refusal.reason) {
    case 'repeated-value':
      return scheduleError(
        `The schedule \`${cron}\` names ${valueWords(refusal.field, refusal.value)} twice in its ${fieldWords[refusal.field]} field; list each value once, for example \`${workingExamples[refusal.field]}\`.`,
        { refusal },
      );
    case 'never-runs':
      return scheduleError(
        `The schedule \`${cron}\` never runs; pick days that exist, for example \`0 9 1 * *\` for the 1st of each month at 09:00.`,
        { refusal },
      );
    case 'unsupported':
      return scheduleError(
        `The scheduler can't run the schedule \`${cron}\`; try a plain one such as \`weekdays 09:00\` or \`0 9 * * 1-5\`.`,
        { refusal },
      );
  }
}

function valueWords(field: CronFieldName, value: number): string {
  // cron-parser folds 7 into 0 before looking for repeats, so `0,7` repeats Sunday.
  if (field === 'day-of-week')
    return value % 7 === 0 ? 'Sunday (as 0 or 7)' : (dayNames[value] ?? `${value}`);
  if (field === 'month') return monthNames[value - 1] ?? `${value}`;
  return `${value}`;
}
