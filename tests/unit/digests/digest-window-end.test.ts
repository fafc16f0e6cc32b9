import { describe, expect, it } from 'vitest';
import { digestWindowEndOf } from '../../../src/adapters/queue/bullmq/create-digest-scheduler.ts';

describe('digestWindowEndOf', () => {
  it('ends a scheduled digest on its tick, not when the job was added or run', () => {
    const tick = Date.parse('2024-11-28T07:00:00Z');
    expect(digestWindowEndOf({ opts: { prevMillis: tick }, timestamp: tick - 59_000 })).toBe(
      '2024-11-28T07:00:00.000Z',
    );
  });

  it('ends a command digest when the command was enqueued, the same on every retry', () => {
    const added = Date.parse('2024-11-28T09:12:34.567Z');
    expect(digestWindowEndOf({ opts: {}, timestamp: added })).toBe('2024-11-28T09:12:34.567Z');
  });
});
