import { describe, it, expect } from 'vitest';
import { nextRunTimes } from '../../../src/core/schedules/next-run-times.ts';
import { formatRunTime } from '../../../src/core/schedules/format-run-time.ts';

function iso(cron: string, timeZone: string, from: string, count: number): string[] {
  return nextRunTimes(cron, timeZone, new Date(from), count).map((date) => date.toISOString());
}

describe('nextRunTimes — Europe/Berlin across DST', () => {
  it('daily 08:00 is 07:00 UTC in winter and 06:00 UTC in summer (spring forward on 30 March 2025)', () => {
    expect(iso('0 8 * * *', 'Europe/Berlin', '2025-03-28T12:00:00Z', 4)).toEqual([
      '2025-03-29T07:00:00.000Z',
      '2025-03-30T06:00:00.000Z',
      '2025-03-31T06:00:00.000Z',
      '2025-04-01T06:00:00.000Z',
    ]);
  });

  it('daily 08:00 goes back to 07:00 UTC after the fall-back on 26 October 2025', () => {
    expect(iso('0 8 * * *', 'Europe/Berlin', '2025-10-25T00:00:00Z', 3)).toEqual([
      '2025-10-25T06:00:00.000Z',
      '2025-10-26T07:00:00.000Z',
      '2025-10-27T07:00:00.000Z',
    ]);
  });

  it('a 02:30 run on the spring-forward night (02:30 never happens) runs at 03:30 CEST instead of being skipped', () => {
    expect(iso('30 2 * * *', 'Europe/Berlin', '2025-03-29T12:00:00Z', 2)).toEqual([
      '2025-03-30T01:30:00.000Z',
      '2025-03-31T00:30:00.000Z',
    ]);
  });

  it('a 02:30 run on the fall-back night (02:30 happens twice) runs once, at the first', () => {
    expect(iso('30 2 * * *', 'Europe/Berlin', '2025-10-25T12:00:00Z', 2)).toEqual([
      '2025-10-26T00:30:00.000Z',
      '2025-10-27T01:30:00.000Z',
    ]);
  });

  it('hourly at :30 never runs twice at one instant on the spring-forward night', () => {
    const times = iso('30 * * * *', 'Europe/Berlin', '2025-03-30T00:00:00Z', 3);
    expect(times).toEqual([
      '2025-03-30T00:30:00.000Z',
      '2025-03-30T01:30:00.000Z',
      '2025-03-30T02:30:00.000Z',
    ]);
  });
});

describe('nextRunTimes — America/New_York', () => {
  it('daily 08:00 is 13:00 UTC in winter and 12:00 UTC after 9 March 2025', () => {
    expect(iso('0 8 * * *', 'America/New_York', '2025-03-08T00:00:00Z', 3)).toEqual([
      '2025-03-08T13:00:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
    ]);
  });

  it('weekdays 09:00 skips the weekend and the fall-back on 2 November 2025', () => {
    // Friday 31 October, 11:00 EDT: that day's 09:00 has passed.
    expect(iso('0 9 * * 1-5', 'America/New_York', '2025-10-31T15:00:00Z', 3)).toEqual([
      '2025-11-03T14:00:00.000Z',
      '2025-11-04T14:00:00.000Z',
      '2025-11-05T14:00:00.000Z',
    ]);
  });
});

describe('nextRunTimes — fields', () => {
  it('returns only times strictly after `from`', () => {
    expect(iso('0 8 * * *', 'UTC', '2025-06-01T08:00:00Z', 1)).toEqual([
      '2025-06-02T08:00:00.000Z',
    ]);
    expect(iso('0 8 * * *', 'UTC', '2025-06-01T07:59:59Z', 1)).toEqual([
      '2025-06-01T08:00:00.000Z',
    ]);
  });

  it('every 15 minutes', () => {
    expect(iso('*/15 * * * *', 'UTC', '2025-06-01T08:07:00Z', 3)).toEqual([
      '2025-06-01T08:15:00.000Z',
      '2025-06-01T08:30:00.000Z',
      '2025-06-01T08:45:00.000Z',
    ]);
  });

  it('weekends only: Saturday and Sunday', () => {
    const days = nextRunTimes('0 10 * * 0,6', 'UTC', new Date('2025-06-02T00:00:00Z'), 4).map(
      (date) => date.getUTCDay(),
    );
    expect(days).toEqual([6, 0, 6, 0]);
  });

  it('day-of-month OR day-of-week when both are restricted (classic cron)', () => {
    // 1 June 2025 is a Sunday; Mondays are 2, 9, 16 …; the 15th is a Sunday.
    expect(iso('0 8 15 * 1', 'UTC', '2025-06-01T12:00:00Z', 3)).toEqual([
      '2025-06-02T08:00:00.000Z',
      '2025-06-09T08:00:00.000Z',
      '2025-06-15T08:00:00.000Z',
    ]);
  });

  it('29 February waits for the leap year', () => {
    expect(iso('0 0 29 2 *', 'UTC', '2025-01-01T00:00:00Z', 2)).toEqual([
      '2028-02-29T00:00:00.000Z',
      '2032-02-29T00:00:00.000Z',
    ]);
  });

  it('Asia/Kolkata (+05:30) with no DST', () => {
    expect(iso('0 9 * * *', 'Asia/Kolkata', '2025-01-01T00:00:00Z', 1)).toEqual([
      '2025-01-01T03:30:00.000Z',
    ]);
  });
});

describe('formatRunTime', () => {
  it('shows weekday, wall time and zone abbreviation', () => {
    expect(formatRunTime(new Date('2025-01-14T07:00:00Z'), 'Europe/Berlin')).toBe('Tue 08:00 CET');
    expect(formatRunTime(new Date('2025-07-15T06:00:00Z'), 'Europe/Berlin')).toBe('Tue 08:00 CEST');
    expect(formatRunTime(new Date('2025-01-14T13:00:00Z'), 'America/New_York')).toBe(
      'Tue 08:00 EST',
    );
    expect(formatRunTime(new Date('2025-07-15T07:00:00Z'), 'Europe/London')).toBe('Tue 08:00 BST');
    expect(formatRunTime(new Date('2025-01-14T23:00:00Z'), 'Asia/Tokyo')).toBe('Wed 08:00 GMT+9');
    expect(formatRunTime(new Date('2025-01-14T08:00:00Z'), 'UTC')).toBe('Tue 08:00 UTC');
  });

  it('adds the date when the run is more than six days away', () => {
    const now = new Date('2025-02-10T00:00:00Z');
    expect(formatRunTime(new Date('2025-03-01T07:00:00Z'), 'Europe/Berlin', now)).toBe(
      'Sat 1 Mar 08:00 CET',
    );
    expect(formatRunTime(new Date('2025-02-11T07:00:00Z'), 'Europe/Berlin', now)).toBe(
      'Tue 08:00 CET',
    );
  });
});
