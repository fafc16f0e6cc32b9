import { formatClock } from './describe-cron.ts';
import { wallTimeAt } from './zoned-time.ts';

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const sixDaysMs = 6 * 86_400_000;

/**
 * A run time as a chat reader wants it, in the subscription's zone: "Tue 08:00 CET". When it
 * is more than six days after `now` the date is added ("Sat 1 Mar 08:00 CET"), since a
 * weekday alone would be ambiguous.
 */
export function formatRunTime(date: Date, timeZone: string, now?: Date): string {
  const wall = wallTimeAt(date.getTime(), timeZone);
  const weekday =
    weekdayNames[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()] ?? '';
  const farAway = now !== undefined && date.getTime() - now.getTime() > sixDaysMs;
  const day = farAway ? ` ${wall.day} ${monthNames[wall.month - 1] ?? ''}` : '';
  return `${weekday}${day} ${formatClock(wall.hour, wall.minute)} ${zoneAbbreviation(date, timeZone)}`;
}

/**
 * The zone's short name at that instant. en-US knows American names (EST) and en-GB European
 * ones (CET, BST); elsewhere Intl gives an offset such as "GMT+9", which is still clear.
 */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const american = shortName(date, timeZone, 'en-US');
  if (!/^GMT[+-]/.test(american)) return american;
  const british = shortName(date, timeZone, 'en-GB');
  return /^[A-Z]{2,5}$/.test(british) ? british : american;
}

function shortName(date: Date, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(
    date,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
