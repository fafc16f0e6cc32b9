import type { BriefLength } from '../model/brief.ts';
import type { ParsedSchedule } from '../schedules/parse-schedule.ts';

/** Subcommands of `/news`, in the order help lists them. */
export const newsCommandKinds = [
  'summarize',
  'quotes',
  'digest',
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'help',
] as const;
export type NewsCommandKind = (typeof newsCommandKinds)[number];

/** What to summarize: a normalised http(s) URL, or text pasted into the command. */
export type ArticleInput = { type: 'url'; url: string } | { type: 'text'; text: string };

/** What a `/news …` command means, the same on Slack, Discord and the console. */
export type NewsCommand =
  | { kind: 'help'; topic?: NewsCommandKind }
  | { kind: 'summarize'; input: ArticleInput; length: BriefLength }
  | { kind: 'quotes'; input: ArticleInput }
  | { kind: 'digest' }
  | {
      kind: 'subscribe';
      /** One or more normalised http(s) feed URLs, without duplicates. */
      feedUrls: string[];
      schedule: ParsedSchedule;
      /** False when the user gave no schedule words (the default `daily 08:00` applies). */
      scheduleSpecified: boolean;
      /** False when the zone came from the context (the user's or the workspace's zone). */
      timeZoneSpecified: boolean;
    }
  | { kind: 'unsubscribe'; target: { type: 'all' } | { type: 'feeds'; feedUrls: string[] } }
  | { kind: 'subscriptions' };

export type SubscribeCommand = Extract<NewsCommand, { kind: 'subscribe' }>;
export type UnsubscribeCommand = Extract<NewsCommand, { kind: 'unsubscribe' }>;
