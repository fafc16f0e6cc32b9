import { createHash } from 'node:crypto';
import { suggestSchedules } from '../../../core/schedules/suggest-schedules.ts';

/** One autocomplete choice as Discord takes it (callback type 8, `data.choices`). */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** Discord's autocomplete limits: 25 choices, names and string values 1–100 characters. */
export const autocompleteLimits = { choices: 25, name: 100, value: 100 } as const;

/** Stands in for a feed URL longer than a choice value may be; resolved when the command runs. */
const feedReferencePattern = /^feed:[0-9a-f]{16}$/;

/**
 * Schedules matching what was typed, each shown with its meaning ("weekdays 08:00 · every
 * weekday at 08:00"); only phrases the core's parser accepts.
 */
export function scheduleChoices(typed: string): AutocompleteChoice[] {
  return suggestSchedules(typed, autocompleteLimits.choices)
    .filter((suggestion) => suggestion.text.length <= autocompleteLimits.value)
    .map((suggestion) => ({
      name: clipName(`${suggestion.text} · ${suggestion.description}`),
      value: suggestion.text,
    }));
}

/**
 * The channel's feeds whose URL contains what was typed, then `all`. A URL longer than a
 * choice value travels as a reference (`feed:` + hash) that resolveFeedChoice turns back into
 * the URL, since a cut URL would name no feed.
 */
export function feedChoices(feedUrls: readonly string[], typed: string): AutocompleteChoice[] {
  const needle = typed.trim().toLowerCase();
  const feeds = feedUrls
    .filter((url) => url.toLowerCase().includes(needle))
    .map((url) => ({
      name: clipName(url.replace(/^https?:\/\//i, '')),
      value: url.length <= autocompleteLimits.value ? url : feedReference(url),
    }));
  const all =
    feedUrls.length > 0 && 'all'.includes(needle)
      ? [{ name: 'all (every feed of this channel)', value: 'all' }]
      : [];
  return [...feeds.slice(0, autocompleteLimits.choices - all.length), ...all];
}

/** Whether an option value is a reference feedChoices made, to be looked up in the channel's feeds. */
export function isFeedReference(value: string): boolean {
  return feedReferencePattern.test(value.trim());
}

/** The feed URL a reference stands for, among the channel's feeds; the value itself otherwise. */
export function resolveFeedChoice(value: string, feedUrls: readonly string[]): string {
  if (!isFeedReference(value)) return value;
  return feedUrls.find((url) => feedReference(url) === value.trim()) ?? value;
}

function feedReference(url: string): string {
  return `feed:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

/** A name over 100 characters keeps its start and end, which tell feeds and schedules apart. */
function clipName(name: string): string {
  if (name.length <= autocompleteLimits.name) return name;
  const half = Math.floor((autocompleteLimits.name - 1) / 2);
  return `${name.slice(0, half)}…${name.slice(name.length - (autocompleteLimits.name - 1 - half))}`;
}
