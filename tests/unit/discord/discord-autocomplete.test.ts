import { describe, expect, it } from 'vitest';
import {
  feedChoices,
  isFeedReference,
  resolveFeedChoice,
  scheduleChoices,
} from '../../../src/adapters/chat/discord/discord-autocomplete-choices.ts';
import { newsCommandDefinition } from '../../../src/adapters/chat/discord/discord-command-definitions.ts';
import { parseSchedule } from '../../../src/core/schedules/parse-schedule.ts';
import {
  commonSchedulePhrases,
  suggestSchedules,
} from '../../../src/core/schedules/suggest-schedules.ts';

const withinLimits = (choices: { name: string; value: string }[]) => {
  expect(choices.length).toBeLessThanOrEqual(25);
  for (const choice of choices) {
    expect(choice.name.length).toBeGreaterThan(0);
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choice.value.length).toBeLessThanOrEqual(100);
  }
};

describe('schedule suggestions', () => {
  it('offers only phrases the schedule parser accepts', () => {
    for (const phrase of commonSchedulePhrases)
      expect(() => parseSchedule(phrase, 'UTC'), phrase).not.toThrow();
    for (const suggestion of suggestSchedules(''))
      expect(parseSchedule(suggestion.text, 'UTC').description).toBe(suggestion.description);
  });

  it('matches every typed word, and puts the typed text first when it is a schedule itself', () => {
    expect(suggestSchedules('mon 7').map((suggestion) => suggestion.text)).toEqual([
      'mon 7',
      'mondays 07:30',
    ]);
    expect(suggestSchedules('weekdays').map((suggestion) => suggestion.text)).toEqual([
      'weekdays',
      'weekdays 08:00',
      'weekdays 09:00',
      'weekdays 07:30',
    ]);
    expect(suggestSchedules('0 8 * * 1-5')[0]).toEqual({
      text: '0 8 * * 1-5',
      description: 'every weekday at 08:00',
    });
    // Not a schedule (too frequent, or nonsense): only matching phrases, never the typed text.
    expect(suggestSchedules('every 5 minutes')).toEqual([]);
    expect(suggestSchedules('banana')).toEqual([]);
  });
});

describe('Discord autocomplete choices', () => {
  it('shows each schedule with its meaning, within the choice limits', () => {
    const choices = scheduleChoices('daily');
    withinLimits(choices);
    expect(choices).toContainEqual({
      name: 'daily 08:00 · every day at 08:00',
      value: 'daily 08:00',
    });
    withinLimits(scheduleChoices(''));
    expect(scheduleChoices('')).toHaveLength(21);
  });

  it('lists the channel’s feeds matching the typed text, then all; long URLs by reference', () => {
    const long = `https://news.example.com/rss/search?q=${'climate+'.repeat(20)}&hl=en`;
    const feeds = ['https://a.example/feed.xml', 'https://b.example/rss', long];
    const choices = feedChoices(feeds, '');
    withinLimits(choices);
    expect(choices.map((choice) => choice.value)).toEqual([
      'https://a.example/feed.xml',
      'https://b.example/rss',
      expect.stringMatching(/^feed:[0-9a-f]{16}$/),
      'all',
    ]);
    expect(choices[2]?.name).toMatch(/^news\.example\.com\/rss\/search\?q=climate.*….*&hl=en$/);
    expect(feedChoices(feeds, 'B.EXAMPLE').map((choice) => choice.value)).toEqual([
      'https://b.example/rss',
    ]);
    expect(feedChoices([], '')).toEqual([]);

    const reference = choices[2]?.value ?? '';
    expect(isFeedReference(reference)).toBe(true);
    expect(resolveFeedChoice(reference, feeds)).toBe(long);
    expect(resolveFeedChoice('https://a.example/feed.xml', feeds)).toBe(
      'https://a.example/feed.xml',
    );
  });

  it('keeps to 25 choices for a channel with many feeds, all still offered', () => {
    const feeds = Array.from({ length: 40 }, (_, index) => `https://f${index}.example/rss`);
    const choices = feedChoices(feeds, '');
    expect(choices).toHaveLength(25);
    expect(choices.at(-1)?.value).toBe('all');
  });

  it('marks the schedule, time zone and unsubscribe feed options as autocomplete', () => {
    const sub = (name: string) =>
      newsCommandDefinition.options.find((option) => option.name === name);
    const optionOf = (subcommand: string, name: string) => {
      const found = sub(subcommand);
      const options = found !== undefined && 'options' in found ? (found.options ?? []) : [];
      return options.find((option) => option.name === name) as
        { autocomplete?: boolean; choices?: unknown } | undefined;
    };
    expect(optionOf('subscribe', 'schedule')?.autocomplete).toBe(true);
    expect(optionOf('subscribe', 'timezone')?.autocomplete).toBe(true);
    expect(optionOf('unsubscribe', 'feed')?.autocomplete).toBe(true);
    // Discord refuses an option with both autocomplete and fixed choices.
    expect(optionOf('unsubscribe', 'feed')?.choices).toBeUndefined();
  });
});
