import { z } from 'zod';
import type { ChatPlatform } from '../model/chat-message.ts';
import type { NewsCommand } from './news-command.ts';

/** Who may change a channel's subscriptions. Reading (`subscriptions`, `digest`) is open to everyone. */
export const subscriptionPolicyModes = ['anyone', 'admins', 'listed'] as const;
export type SubscriptionPolicyMode = (typeof subscriptionPolicyModes)[number];

export const subscriptionPolicySchema = z.object({
  mode: z.enum(subscriptionPolicyModes).default('admins'),
  /** Platform user ids allowed in `listed` mode. */
  userIds: z.array(z.string().min(1)).default([]),
});
export type SubscriptionPolicy = z.infer<typeof subscriptionPolicySchema>;

/** The person asking, as the adapter sees them. */
export interface CommandUser {
  userId: string;
  /**
   * Slack: workspace admin or owner. Discord: holds Manage Channels in that channel (checked
   * again at run time, whatever the command's default permissions say).
   */
  isAdmin: boolean;
}

/**
 * Whether `user` may subscribe or unsubscribe this channel. In `listed` mode only the listed
 * ids may, admins included: the list is the operator's explicit choice.
 */
export function canManageSubscriptions(policy: SubscriptionPolicy, user: CommandUser): boolean {
  switch (policy.mode) {
    case 'anyone':
      return true;
    case 'admins':
      return user.isAdmin;
    case 'listed':
      return policy.userIds.includes(user.userId);
  }
}

/**
 * The sentence shown to someone the policy refuses. On Discord "admin" means the Manage
 * Channels permission, so the sentence names that instead.
 */
export function subscriptionRefusalMessage(
  policy: SubscriptionPolicy,
  platform?: ChatPlatform,
): string {
  if (policy.mode === 'listed') {
    return "Only the people your newsbrief administrator listed can change this channel's subscriptions.";
  }
  return platform === 'discord'
    ? "Only members with the Manage Channels permission can change this channel's subscriptions."
    : "Only workspace admins can change this channel's subscriptions.";
}

/** Commands that change subscriptions and so go through the policy; everything else is open. */
export function commandNeedsManagePermission(command: NewsCommand): boolean {
  return command.kind === 'subscribe' || command.kind === 'unsubscribe';
}
