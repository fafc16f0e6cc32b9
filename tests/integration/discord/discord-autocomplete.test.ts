import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/schedules/parse-schedule.ts';
import {
  allPermissions,
  autocompleteInteraction,
  chatInputInteraction,
} from '../../fakes/discord/discord-payloads.ts';
import type { RecordedCall } from '../../fakes/discord/fake-discord.ts';
import { startDiscordHarness, waitForCall, type DiscordHarness } from './discord-harness.ts';
import { interactionBase, isCallback, subscribeChannel } from './discord-test-steps.ts';

let harness: DiscordHarness;

beforeAll(async () => {
  harness = await startDiscordHarness('discord-autocomplete');
}, 30_000);

afterAll(async () => {
  await harness.close();
}, 30_000);

interface Choice {
  name: string;
  value: string;
}

/** Sends an autocomplete interaction over the gateway and returns the callback Discord received. */
async function autocomplete(
  subcommand: string,
  values: Record<string, string>,
  focused: string,
  channelId = harness.fake.channelId,
): Promise<{ call: RecordedCall; choices: Choice[] }> {
  const payload = autocompleteInteraction({
    ...interactionBase(harness, channelId),
    subcommand,
    values,
    focused,
  });
  harness.interact(payload);
  const call = await waitForCall(harness.fake.calls, isCallback(payload));
  const data = (call.body?.data ?? {}) as { choices?: Choice[] };
  return { call, choices: data.choices ?? [] };
}

describe('Discord autocomplete against the fake gateway and REST', () => {
  it('answers the timezone option with matching IANA zones (callback type 8, accepted)', async () => {
    const { call, choices } = await autocomplete(
      'subscribe',
      { feed: 'https://e.example/rss', timezone: 'berl' },
      'timezone',
    );
    expect(call.body?.type).toBe(8);
    expect(call.status).toBe(204);
    expect(choices).toContainEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
    expect(choices.every((choice) => choice.value.toLowerCase().includes('berl'))).toBe(true);
  });

  it('answers the schedule option with phrases the parser accepts, what was typed first', async () => {
    const { call, choices } = await autocomplete(
      'subscribe',
      { feed: 'https://e.example/rss', schedule: 'weekdays' },
      'schedule',
    );
    expect(call.status).toBe(204);
    expect(choices[0]).toEqual({ name: 'weekdays · every weekday at 08:00', value: 'weekdays' });
    expect(choices.map((choice) => choice.value)).toContain('weekdays 09:00');
    for (const choice of choices) expect(() => parseSchedule(choice.value, 'UTC')).not.toThrow();
  });

  it('answers the unsubscribe feed option with this channel’s feeds, and unsubscribes the one picked', async () => {
    const channelId = '1200000000000000077';
    harness.fake.addChannel(channelId);
    const short = harness.site.url('/feeds/world.xml');
    const long = harness.site.url(`/feeds/${'very-long-section-name-'.repeat(5)}.xml`);
    await subscribeChannel(harness, channelId, short);
    await subscribeChannel(harness, channelId, long);

    const { call, choices } = await autocomplete('unsubscribe', { feed: '' }, 'feed', channelId);
    expect(call.status).toBe(204);
    expect(choices.map((choice) => choice.value)).toEqual([
      short,
      expect.stringMatching(/^feed:[0-9a-f]{16}$/),
      'all',
    ]);
    const filtered = await autocomplete('unsubscribe', { feed: 'VERY-LONG' }, 'feed', channelId);
    expect(filtered.choices).toHaveLength(1);
    expect(filtered.choices[0]?.name.length).toBeLessThanOrEqual(100);

    // Picking the long feed's choice sends its reference; the command resolves it to the URL.
    const pick = chatInputInteraction({
      ...interactionBase(harness, channelId),
      permissions: allPermissions,
      subcommand: 'unsubscribe',
      values: { feed: filtered.choices[0]?.value ?? '' },
    });
    harness.interact(pick);
    await waitForCall(
      harness.fake.calls,
      (recorded) =>
        recorded.method === 'PATCH' &&
        recorded.path.endsWith(`/${pick.token}/messages/@original`) &&
        JSON.stringify(recorded.body).includes(`Unsubscribed this channel from ${long}.`),
    );
    const after = await autocomplete('unsubscribe', { feed: '' }, 'feed', channelId);
    expect(after.choices.map((choice) => choice.value)).toEqual([short, 'all']);
  });

  it('answers no choices for a channel that follows nothing', async () => {
    const { call, choices } = await autocomplete('unsubscribe', { feed: 'http' }, 'feed');
    expect(call.status).toBe(204);
    expect(choices).toEqual([]);
  });
});
