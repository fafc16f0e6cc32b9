import { describe, it, expect } from 'vitest';
import { isValidTimeZone, resolveTimeZone } from '../../../src/core/schedules/time-zones.ts';

describe('resolveTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['GMT', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['EST', 'America/New_York'],
    ['PDT', 'America/Los_Angeles'],
    ['CET', 'Europe/Berlin'],
    ['UTC+2', 'Etc/GMT-2'],
    ['GMT-5', 'Etc/GMT+5'],
    ['UTC+0', 'UTC'],
  ])('%s → %s', (input, zone) => {
    expect(resolveTimeZone(input)).toBe(zone);
  });

  it('accepts three-part IANA names (canonicalised by Intl)', () => {
    expect(resolveTimeZone('America/Argentina/Buenos_Aires')).toMatch(/Buenos_Aires$/);
  });

  it.each(['Europe/Berlinn', 'Mars/Olympus', '08:00', 'daily', 'weekdays', '', 'UTC+15', 'hourly'])(
    'refuses %j',
    (input) => {
      expect(resolveTimeZone(input)).toBeUndefined();
      expect(isValidTimeZone(input)).toBe(false);
    },
  );
});
