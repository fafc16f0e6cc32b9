import { defaultRepeatStrategy, type RepeatOptions } from 'bullmq';
import type { SubscriptionSchedule } from '../../../core/model/subscription.ts';
import type {
  CronFieldName,
  ScheduleCheck,
  ScheduleRefusal,
} from '../../../core/ports/digest-scheduler.ts';

type CronSchedule = Pick<SubscriptionSchedule, 'cron' | 'timeZone'>;

/**
 * The repeat options a digest scheduler is upserted with, and the ones every check reads the
 * schedule with, so a check can never disagree with the scheduler. `startDate` pins the first
 * run to "after `from`": BullMQ counts from the later of it and its own clock, so in production
 * (`from` is now) it changes nothing, and a caller with a fixed clock gets the run it was shown.
 */
export function cronRepeatOptions(schedule: CronSchedule, from?: Date): RepeatOptions {
  return {
    pattern: schedule.cron,
    tz: schedule.timeZone,
    ...(from === undefined ? {} : { startDate: from.getTime() }),
  };
}

/**
 * Reads a schedule with the function BullMQ's job scheduler itself calls for the next run
 * (its default repeat strategy, i.e. cron-parser with the same options), so what it accepts,
 * refuses and returns is what BullMQ will do: cron-parser refuses a value listed twice
 * (`mon-fri,mon`), reads `6/1` as Saturday to Sunday, and has its own rules at clock changes.
 */
export function checkCronSchedule(schedule: CronSchedule, from: Date): ScheduleCheck {
  let next: number | undefined;
  try {
    next = defaultRepeatStrategy(from.getTime(), cronRepeatOptions(schedule, from));
  } catch (error) {
    return { ok: false, refusal: refusalOf(error) };
  }
  // BullMQ swallows a search that finds no run and then stores no scheduler at all.
  if (next === undefined || !Number.isFinite(next))
    return { ok: false, refusal: { reason: 'never-runs' } };
  return { ok: true, nextRunAt: new Date(next) };
}

/**
 * The next `count` runs as BullMQ makes them: each tick's job schedules the following one
 * from that tick. Empty when BullMQ refuses the schedule.
 */
export function bullmqRunTimes(schedule: CronSchedule, from: Date, count: number): Date[] {
  const runs: Date[] = [];
  let current = from;
  while (runs.length < count) {
    const check = checkCronSchedule(schedule, current);
    if (!check.ok) break;
    runs.push(check.nextRunAt);
    current = check.nextRunAt;
  }
  return runs;
}

const fieldNames: Readonly<Record<string, CronFieldName>> = {
  CronSecond: 'second',
  CronMinute: 'minute',
  CronHour: 'hour',
  CronDayOfMonth: 'day-of-month',
  CronMonth: 'month',
  CronDayOfWeek: 'day-of-week',
};

/** cron-parser says which field repeats a value only in its message; anything else is passed on. */
function refusalOf(error: unknown): ScheduleRefusal {
  const message = error instanceof Error ? error.message : String(error);
  const repeated = /^(Cron\w+) Validation error, duplicate values found: (\d+)/.exec(message);
  const field = repeated === null ? undefined : fieldNames[repeated[1] ?? ''];
  if (repeated !== null && field !== undefined)
    return { reason: 'repeated-value', field, value: Number(repeated[2]) };
  if (/Invalid explicit day of month/.test(message)) return { reason: 'never-runs' };
  return { reason: 'unsupported', detail: message };
}
