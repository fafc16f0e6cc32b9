import { describe, expect, it } from 'vitest';
import { bullmqRunTimes } from '../../../src/adapters/queue/bullmq/check-cron-schedule.ts';
import { parseCron, type CronSpec } from '../../../src/core/schedules/cron-fields.ts';
import { describeCron } from '../../../src/core/schedules/describe-cron.ts';

const dayMs = 86_400_000;
/** A Monday; UTC has no clock changes, so each run is one calendar day. */
const from = new Date('2031-01-06T00:00:00Z');

/** The days a parsed spec claims, by the rule its fields document (classic cron OR rule). */
function daysClaimed(spec: CronSpec, days: number): string[] {
  const claimed: string[] = [];
  for (let index = 0; index < days; index += 1) {
    const date = new Date(from.getTime() + index * dayMs);
    if (!spec.months.includes(date.getUTCMonth() + 1)) continue;
    const byMonthDay = spec.daysOfMonth.includes(date.getUTCDate());
    const byWeekday = spec.daysOfWeek.includes(date.getUTCDay());
    const runs =
      spec.dayOfMonthRestricted && spec.dayOfWeekRestricted
        ? byMonthDay || byWeekday
        : byMonthDay && byWeekday;
    if (runs) claimed.push(date.toISOString().slice(0, 10));
  }
  return claimed;
}

/** The days BullMQ runs the same text on, read with the function its job scheduler calls. */
function daysBullmqRuns(cron: string, days: number): string[] {
  const end = from.getTime() + days * dayMs;
  return bullmqRunTimes({ cron, timeZone: 'UTC' }, from, days + 1)
    .filter((run) => run.getTime() < end)
    .map((run) => run.toISOString().slice(0, 10));
}

/** Steps that cover every shape: each day, every other, a step that ends short of 7, whole weeks. */
const steps = [1, 2, 3, 7];

/** Every weekday field of the shapes `a`, `a-b`, `a/s`, `a-b/s` and `*` with a step. */
function weekdayFields(): string[] {
  const fields: string[] = [];
  for (let low = 0; low <= 7; low += 1) {
    fields.push(String(low), ...steps.map((step) => `${low}/${step}`));
    for (let high = low + 1; high <= 7; high += 1)
      fields.push(`${low}-${high}`, ...steps.map((step) => `${low}-${high}/${step}`));
  }
  return [...fields, ...steps.map((step) => `*/${step}`)];
}

describe('the core reads cron days as BullMQ runs them', () => {
  it('every weekday range and step means the days BullMQ runs, and is described in words', () => {
    const disagreements: string[] = [];
    for (const field of weekdayFields()) {
      const cron = `0 9 * * ${field}`;
      const spec = parseCron(cron);
      // One week shows every weekday once.
      const claimed = daysClaimed(spec, 7);
      const runs = daysBullmqRuns(cron, 7);
      if (claimed.join() !== runs.join()) disagreements.push(cron);
      const description = describeCron(spec);
      if (/\s{2}|every\s*$|every\s+at/.test(description)) disagreements.push(description);
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    '0 9 */2 * 1',
    '0 9 1,15 * 5',
    '0 9 */10 * *',
    '0 9 1-31 * 1',
    '0 9 ? * 7',
    '0 9 * 2/3 *',
    '0 9 1 * 0-7',
  ])('"%s" runs on the days its fields claim', (cron) => {
    const spec = parseCron(cron);
    const runs = daysBullmqRuns(cron, 70);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs).toEqual(daysClaimed(spec, 70));
  });
});
