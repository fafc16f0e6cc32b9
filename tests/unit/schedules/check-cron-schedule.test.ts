import { describe, expect, it } from 'vitest';
import {
  bullmqRunTimes,
  checkCronSchedule,
} from '../../../src/adapters/queue/bullmq/check-cron-schedule.ts';
import { formatRunTime } from '../../../src/core/schedules/format-run-time.ts';
import { parseSchedule } from '../../../src/core/schedules/parse-schedule.ts';
import { scheduleRefusalError } from '../../../src/core/schedules/schedule-refusal.ts';

/** What a user typing `text` would be told: the stored cron read by BullMQ's own parser. */
function refusalSentence(text: string): string | undefined {
  const schedule = parseSchedule(text, 'UTC');
  const check = checkCronSchedule(schedule, new Date('2031-01-06T00:00:00Z'));
  return check.ok ? undefined : scheduleRefusalError(schedule.cron, check.refusal).userMessage;
}

/** BullMQ's next runs, as the channel reads them. */
function runs(cron: string, timeZone: string, from: string, count: number): string[] {
  return bullmqRunTimes({ cron, timeZone }, new Date(from), count).map((run) =>
    formatRunTime(run, timeZone),
  );
}

describe('checkCronSchedule — what BullMQ refuses', () => {
  it('refuses a weekday listed twice with a sentence and an example that works', () => {
    expect(refusalSentence('0 9 * * mon-fri,mon')).toBe(
      'The schedule `0 9 * * 1-5,1` names Monday twice in its weekday field; list each value once, for example `0 9 * * 1-5`.',
    );
  });

  it('refuses Sunday written as both 0 and 7, and an hour listed twice', () => {
    expect(refusalSentence('0 9 * * 0,7')).toBe(
      'The schedule `0 9 * * 0,7` names Sunday (as 0 or 7) twice in its weekday field; list each value once, for example `0 9 * * 1-5`.',
    );
    expect(refusalSentence('0 9,9 * * *')).toBe(
      'The schedule `0 9,9 * * *` names 9 twice in its hour field; list each value once, for example `0 9,17 * * *`.',
    );
  });

  it('refuses a day no month in the schedule has, which BullMQ would never schedule', () => {
    expect(
      checkCronSchedule(
        { cron: '0 9 31 4,6 *', timeZone: 'UTC' },
        new Date('2031-01-06T00:00:00Z'),
      ),
    ).toEqual({ ok: false, refusal: { reason: 'never-runs' } });
  });

  it('accepts what our words produce', () => {
    for (const text of ['weekdays 08:00', 'mon,wed,fri 18:00', 'every 6 hours', 'weekends 10am'])
      expect(refusalSentence(text)).toBeUndefined();
  });
});

describe('checkCronSchedule — weekday steps and Sunday', () => {
  // 6 January 2031 is a Monday.
  const monday = '2031-01-06T00:00:00Z';

  it('6/1 runs Saturday and Sunday', () => {
    expect(runs('0 9 * * 6/1', 'UTC', monday, 3)).toEqual([
      'Sat 09:00 UTC',
      'Sun 09:00 UTC',
      'Sat 09:00 UTC',
    ]);
  });

  it('1-5/2 runs Monday, Wednesday and Friday', () => {
    expect(runs('0 9 * * 1-5/2', 'UTC', monday, 4)).toEqual([
      'Mon 09:00 UTC',
      'Wed 09:00 UTC',
      'Fri 09:00 UTC',
      'Mon 09:00 UTC',
    ]);
  });

  it('7 and 7/2 are Sunday', () => {
    expect(runs('0 9 * * 7', 'UTC', monday, 2)).toEqual(['Sun 09:00 UTC', 'Sun 09:00 UTC']);
    expect(runs('0 9 * * 7/2', 'UTC', monday, 2)).toEqual(['Sun 09:00 UTC', 'Sun 09:00 UTC']);
  });
});

describe('checkCronSchedule — clock changes, as BullMQ runs them', () => {
  it('Europe/Berlin: 02:30 on the night clocks go back runs once, at the first 02:30', () => {
    expect(runs('30 2 * * *', 'Europe/Berlin', '2027-10-30T10:00:00Z', 2)).toEqual([
      'Sun 02:30 CEST',
      'Mon 02:30 CET',
    ]);
  });

  it('Europe/Berlin: 02:30 on the night clocks go forward runs at 03:30', () => {
    expect(runs('30 2 * * *', 'Europe/Berlin', '2027-03-27T10:00:00Z', 2)).toEqual([
      'Sun 03:30 CEST',
      'Mon 02:30 CEST',
    ]);
  });

  it('America/Havana: midnight does not exist on the spring-forward day, and BullMQ skips it', () => {
    // 14 March 2027: clocks go from 00:00 to 01:00.
    expect(runs('0 0 * * *', 'America/Havana', '2027-03-13T12:00:00Z', 2)).toEqual([
      'Mon 00:00 GMT-4',
      'Tue 00:00 GMT-4',
    ]);
  });

  it('Australia/Lord_Howe: 01:30 on the day clocks go back half an hour runs once', () => {
    // 4 April 2027: 02:00 (+11) becomes 01:30 (+10:30), so 01:30–02:00 happens twice.
    expect(runs('30 1 * * *', 'Australia/Lord_Howe', '2027-04-03T00:00:00Z', 2)).toEqual([
      'Sun 01:30 GMT+11',
      'Mon 01:30 GMT+10:30',
    ]);
  });
});
