import { describe, it, expect } from 'vitest';
import { isAppError } from '../../../src/core/errors.ts';
import { parseSchedule, splitScheduleText } from '../../../src/core/schedules/parse-schedule.ts';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) {
      expect(error.code).toBe('command-invalid');
      return error.userMessage;
    }
    throw error;
  }
  throw new Error('expected an error');
}

describe('parseSchedule — plain words', () => {
  const cases: [string, string, string][] = [
    ['daily 08:00', '0 8 * * *', 'every day at 08:00'],
    ['daily at 8am', '0 8 * * *', 'every day at 08:00'],
    ['Daily At 8 AM', '0 8 * * *', 'every day at 08:00'],
    ['daily 8 a.m.', '0 8 * * *', 'every day at 08:00'],
    ['every day 7:30', '30 7 * * *', 'every day at 07:30'],
    ['everyday 7.30', '30 7 * * *', 'every day at 07:30'],
    ['weekdays 9:00', '0 9 * * 1-5', 'every weekday at 09:00'],
    ['every weekday at 9am', '0 9 * * 1-5', 'every weekday at 09:00'],
    ['mon-fri 9am', '0 9 * * 1-5', 'every weekday at 09:00'],
    ['weekends 10am', '0 10 * * 0,6', 'every Saturday and Sunday at 10:00'],
    ['mondays 9:00', '0 9 * * 1', 'every Monday at 09:00'],
    ['mon,wed,fri 18:00', '0 18 * * 1,3,5', 'every Monday, Wednesday and Friday at 18:00'],
    ['mon wed fri 6pm', '0 18 * * 1,3,5', 'every Monday, Wednesday and Friday at 18:00'],
    ['tuesday and thursday 12:15', '15 12 * * 2,4', 'every Tuesday and Thursday at 12:15'],
    ['sundays noon', '0 12 * * 0', 'every Sunday at 12:00'],
    ['daily midnight', '0 0 * * *', 'every day at 00:00'],
    ['12am', '0 0 * * *', 'every day at 00:00'],
    ['12:30pm', '30 12 * * *', 'every day at 12:30'],
    ['20h30', '30 20 * * *', 'every day at 20:30'],
    ['daily 08:00 and 17:00', '0 8,17 * * *', 'every day at 08:00 and 17:00'],
    ['mondays', '0 8 * * 1', 'every Monday at 08:00'],
    ['weekly', '0 8 * * 1', 'every Monday at 08:00'],
    ['weekly on friday 16:00', '0 16 * * 5', 'every Friday at 16:00'],
    ['monthly', '0 8 1 * *', 'on the 1st of the month at 08:00'],
    ['monthly on the 15th 9:00', '0 9 15 * *', 'on the 15th of the month at 09:00'],
    ['hourly', '0 * * * *', 'every hour'],
    ['hourly at :30', '30 * * * *', 'every hour at :30'],
    ['every hour on weekdays', '0 * * * 1-5', 'every hour on weekdays'],
    ['every 6 hours', '0 */6 * * *', 'every 6 hours at 00:00, 06:00, 12:00 and 18:00'],
    ['every 2h', '0 */2 * * *', 'every 2 hours from 00:00'],
    ['every 12 hours at 8:00', '0 8,20 * * *', 'every 12 hours at 08:00 and 20:00'],
    ['every 15 minutes', '*/15 * * * *', 'every 15 minutes'],
    ['every 30 minutes on weekdays', '*/30 * * * 1-5', 'every 30 minutes on weekdays'],
    ['every 60 minutes', '0 * * * *', 'every hour'],
  ];
  for (const [input, cron, description] of cases) {
    it(`reads "${input}"`, () => {
      const schedule = parseSchedule(input, 'Europe/Berlin');
      expect(schedule).toEqual({ cron, description, timeZone: 'Europe/Berlin' });
    });
  }

  it('uses daily 08:00 for an empty schedule', () => {
    expect(parseSchedule('  ', 'UTC')).toEqual({
      cron: '0 8 * * *',
      description: 'every day at 08:00',
      timeZone: 'UTC',
    });
  });
});

describe('parseSchedule — cron', () => {
  const cases: [string, string, string][] = [
    ['0 8 * * 1-5', '0 8 * * 1-5', 'every weekday at 08:00'],
    ['30 7 * * *', '30 7 * * *', 'every day at 07:30'],
    ['0 9 * * MON,WED,FRI', '0 9 * * 1,3,5', 'every Monday, Wednesday and Friday at 09:00'],
    ['0 8 * JAN,JUL mon', '0 8 * 1,7 1', 'every Monday at 08:00 in January and July'],
    ['0 8 1,15 * *', '0 8 1,15 * *', 'on the 1st and 15th of the month at 08:00'],
    ['*/15 9-17 * * 1-5', '*/15 9-17 * * 1-5', 'every 15 minutes from 09:00 to 17:45 on weekdays'],
    ['0 */4 * * *', '0 */4 * * *', 'every 4 hours at 00:00, 04:00, 08:00, 12:00, 16:00 and 20:00'],
    ['0 8 * * 7', '0 8 * * 7', 'every Sunday at 08:00'],
    ['0 8 ? * 1-5', '0 8 * * 1-5', 'every weekday at 08:00'],
    ['0   8  *  *  *', '0 8 * * *', 'every day at 08:00'],
    ['0 0 8 * * *', '0 8 * * *', 'every day at 08:00'],
    ['@daily', '0 0 * * *', 'every day at 00:00'],
    ['@hourly', '0 * * * *', 'every hour'],
    ['5/20 * * * *', '5/20 * * * *', 'every 20 minutes from :05'],
  ];
  for (const [input, cron, description] of cases) {
    it(`reads "${input}"`, () => {
      expect(parseSchedule(input, 'UTC')).toEqual({ cron, description, timeZone: 'UTC' });
    });
  }

  it('quotes the cron text when no plain description fits', () => {
    expect(parseSchedule('7,29,53 1,9,14 * * *', 'UTC').description).toBe(
      'on the cron schedule `7,29,53 1,9,14 * * *`',
    );
  });
});

describe('parseSchedule — weekday steps and Sunday as BullMQ runs them', () => {
  // BullMQ's cron-parser steps a weekday up to 7, which is Sunday again.
  const cases: [string, string][] = [
    ['0 9 * * 6/1', 'every Saturday and Sunday at 09:00'],
    ['0 9 * * 7', 'every Sunday at 09:00'],
    ['0 9 * * 7/2', 'every Sunday at 09:00'],
    ['0 9 * * 1-5/2', 'every Monday, Wednesday and Friday at 09:00'],
    ['0 9 * * 1/2', 'every Monday, Wednesday, Friday and Sunday at 09:00'],
    ['0 9 * * 5-7', 'every Friday, Saturday and Sunday at 09:00'],
    ['0 9 * * */2', 'every Tuesday, Thursday, Saturday and Sunday at 09:00'],
  ];
  for (const [cron, description] of cases) {
    it(`describes "${cron}" as "${description}"`, () => {
      expect(parseSchedule(cron, 'UTC').description).toBe(description);
    });
  }

  it('counts a stepped day of month as a restriction, so either day field can match', () => {
    expect(parseSchedule('0 9 */15 * 1', 'UTC').description).toBe(
      'on the 1st, 16th and 31st of the month and every Monday at 09:00',
    );
  });
});

describe('parseSchedule — refusals', () => {
  it.each([
    ['61 8 * * *', 'The minute field of `61 8 * * *` must be between 0 and 59; `61` is not.'],
    ['0 24 * * *', 'The hour field of `0 24 * * *` must be between 0 and 23; `24` is not.'],
    ['0 8 0 * *', 'The day-of-month field of `0 8 0 * *` must be between 1 and 31; `0` is not.'],
    ['0 8 * 13 *', 'The month field of `0 8 * 13 *` must be between 1 and 12; `13` is not.'],
    ['0 8 * * 8', 'The day-of-week field of `0 8 * * 8` must be between 0 and 7; `8` is not.'],
    [
      '0 8 5-1 * *',
      'The range `5-1` in the day-of-month field of `0 8 5-1 * *` runs backwards; write the smaller value first.',
    ],
    [
      '0 8 */0 * *',
      'The step `/0` in the day-of-month field of `0 8 */0 * *` must be a whole number above 0.',
    ],
    [
      '0 8 L * *',
      "Cron extras like `L`, `W` and `#` aren't supported (in the day-of-month field of `0 8 L * *`).",
    ],
    [
      '0 8 * * 1#2',
      "Cron extras like `L`, `W` and `#` aren't supported (in the day-of-week field of `0 8 * * 1#2`).",
    ],
    ['0 8 1,,2 * *', 'There is an empty list item in the day-of-month field of `0 8 1,,2 * *`.'],
    [
      '0 8 * *',
      'A cron schedule has 5 fields (minute hour day month weekday), but `0 8 * *` has 4.',
    ],
    ['30 0 8 * * *', 'Schedules run on whole minutes; use a 5-field cron such as `0 8 * * 1-5`.'],
    ['0 8 30 2 *', 'The schedule `0 8 30 2 *` never runs: no month has that day.'],
    [
      'daily 25:00',
      "`25:00` in `daily 25:00` isn't a time of day; use 24-hour `HH:MM` such as `08:00`, or `8am`.",
    ],
    [
      '13pm',
      "`13pm` in `13pm` isn't a time of day; use 24-hour `HH:MM` such as `08:00`, or `8am`.",
    ],
    [
      'daily 8:61',
      "`8:61` in `daily 8:61` isn't a time of day; use 24-hour `HH:MM` such as `08:00`, or `8am`.",
    ],
    [
      'whenever',
      "I don't understand `whenever` in the schedule `whenever`; try `daily 08:00`, `weekdays 9am`, `mon,wed,fri 18:00`, `every 6 hours` or a cron such as `0 8 * * 1-5`.",
    ],
    [
      'every 5 hours',
      "`every 5 hours` doesn't divide the day evenly; use every 1, 2, 3, 4, 6, 8 or 12 hours (or list the times).",
    ],
    [
      'every 25 minutes',
      "`every 25 minutes` doesn't divide the hour evenly; use every 15, 20 or 30 minutes.",
    ],
    [
      'daily 8:00 and 9:30',
      "The times in `daily 8:00 and 9:30` can't share one schedule; give times with the same minutes, such as `08:00 and 17:00`.",
    ],
    [
      'hourly 9:00',
      '`hourly 9:00` mixes an interval with times of day; use one, such as `every 6 hours` or `daily 08:00 and 17:00`.',
    ],
  ])('refuses "%s"', (input, message) => {
    expect(errorOf(() => parseSchedule(input, 'UTC'))).toBe(message);
  });

  const tooFrequent = 'That schedule is too frequent; the shortest is every 15 minutes.';
  it.each([
    'every 5 minutes',
    'every 10 minutes',
    'every minute',
    'every 1m',
    '* * * * *',
    '*/5 * * * *',
    '0,10 8 * * *',
    '0-5 8 1 1 *',
    // 09:55 then 10:05 is ten minutes apart even though each hour's runs are 50 apart.
    '5,55 9-10 * * *',
  ])('refuses the too-frequent "%s"', (input) => {
    expect(errorOf(() => parseSchedule(input, 'UTC'))).toBe(tooFrequent);
  });

  it.each(['*/15 * * * *', '0,15,30,45 8 * * *', '5,55 9 * * *', '50,5 * * * *'])(
    'allows "%s" (runs at least 15 minutes apart)',
    (input) => {
      expect(parseSchedule(input, 'UTC').cron).toBe(input);
    },
  );
});

describe('parseSchedule — time zones', () => {
  it('takes a trailing IANA zone over the default', () => {
    expect(parseSchedule('daily 8am Europe/Berlin', 'UTC')).toEqual({
      cron: '0 8 * * *',
      description: 'every day at 08:00',
      timeZone: 'Europe/Berlin',
    });
  });

  it('accepts "in <zone>", lower case, aliases and offsets', () => {
    expect(parseSchedule('weekdays 9:00 in america/new_york', 'UTC').timeZone).toBe(
      'America/New_York',
    );
    expect(parseSchedule('daily 7:00 utc', 'Europe/Berlin').timeZone).toBe('UTC');
    expect(parseSchedule('daily 7:00 GMT', 'Europe/Berlin').timeZone).toBe('UTC');
    expect(parseSchedule('mon-fri 9am EST', 'UTC').timeZone).toBe('America/New_York');
    expect(parseSchedule('daily 9:00 UTC+2', 'UTC').timeZone).toBe('Etc/GMT-2');
    expect(parseSchedule('0 8 * * 1-5 Asia/Tokyo', 'UTC')).toMatchObject({
      cron: '0 8 * * 1-5',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('uses the default zone when none is named, and UTC when the default is not a zone', () => {
    expect(parseSchedule('daily 08:00', 'Australia/Sydney').timeZone).toBe('Australia/Sydney');
    expect(parseSchedule('daily 08:00', 'Not/AZone').timeZone).toBe('UTC');
  });

  it('refuses a zone-shaped word that is not a zone', () => {
    expect(errorOf(() => parseSchedule('daily 8:00 Europe/Berlinn', 'UTC'))).toBe(
      "`Europe/Berlinn` isn't a time zone I know; use an IANA name such as `Europe/Berlin`, `America/New_York` or `UTC`.",
    );
  });

  it('a zone alone keeps the default schedule', () => {
    expect(parseSchedule('Europe/Paris', 'UTC')).toEqual({
      cron: '0 8 * * *',
      description: 'every day at 08:00',
      timeZone: 'Europe/Paris',
    });
    expect(splitScheduleText('Europe/Paris')).toEqual({
      scheduleText: '',
      timeZone: 'Europe/Paris',
    });
    expect(splitScheduleText('weekdays 9:00')).toEqual({ scheduleText: 'weekdays 9:00' });
  });
});
