import { describe, it, expect } from 'vitest';
import { formatRunTime } from '../../../src/core/schedules/format-run-time.ts';

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
