import { isAppError } from '../errors.ts';
import { parseSchedule } from './parse-schedule.ts';

/**
 * Schedules people ask for most, in the words the parser reads. Kept short and ordered by how
 * often they are wanted, since a picker shows at most 25.
 */
export const commonSchedulePhrases = [
  'daily 08:00',
  'weekdays 08:00',
  'daily 07:00',
  'daily 09:00',
  'weekdays 09:00',
  'weekdays 07:30',
  'daily 12:00',
  'daily 18:00',
  'daily 08:00 and 17:00',
  'mondays 07:30',
  'mondays 09:00',
  'fridays 16:00',
  'mon,wed,fri 08:00',
  'weekends 10:00',
  'every 6 hours',
  'every 12 hours',
  'every 4 hours',
  'every 2 hours',
  'hourly',
  'every 30 minutes',
  'monthly on the 1st 09:00',
] as const;

export interface ScheduleSuggestion {
  /** What to put in the schedule option: words the parser accepts. */
  text: string;
  /** The schedule in words, as confirmations say it ("every weekday at 08:00"). */
  description: string;
}

/**
 * Schedules for a picker, matching what the user has typed so far: every typed word must
 * appear in the phrase ("mon 7" finds "mondays 07:30"). What they typed comes first when it is
 * itself a schedule (a cron, "tuesdays 6pm"), so their own words stay one pick away. Only
 * phrases the parser accepts are ever offered.
 */
export function suggestSchedules(typed: string, limit = 25): ScheduleSuggestion[] {
  const needle = typed.trim().toLowerCase();
  const words = needle.split(/\s+/).filter((word) => word !== '');
  const suggestions: ScheduleSuggestion[] = [];
  const own = needle === '' ? undefined : describe(typed.trim());
  if (own !== undefined && !commonSchedulePhrases.some((phrase) => phrase === needle))
    suggestions.push(own);
  for (const phrase of commonSchedulePhrases) {
    if (!words.every((word) => phrase.includes(word))) continue;
    const suggestion = describe(phrase);
    if (suggestion !== undefined) suggestions.push(suggestion);
  }
  return suggestions.slice(0, limit);
}

/** The schedule in words, or undefined when the parser refuses the text. */
function describe(text: string): ScheduleSuggestion | undefined {
  try {
    // The zone does not change whether or how a schedule parses; UTC keeps this pure.
    return { text, description: parseSchedule(text, 'UTC').description };
  } catch (error) {
    if (isAppError(error)) return undefined;
    throw error;
  }
}
