import { randomBytes } from 'node:crypto';

/** Gateway and interaction payloads shaped like Discord's API v10, for the fake to dispatch. */

const discordEpochMs = 1_420_070_400_000n;
let increment = 0n;
/** Snowflakes carrying the current time, as Discord's do (discord.js reads creation times from them). */
function id(): string {
  increment = (increment + 1n) % 4_096n;
  return (((BigInt(Date.now()) - discordEpochMs) << 22n) | (2n << 17n) | increment).toString();
}

/** Every permission bit; ADMINISTRATOR is 1 << 3 (it implies all others), MANAGE_CHANNELS 1 << 4. */
export const allPermissions = ((1n << 50n) - 1n).toString();
export const withoutManageChannels = (((1n << 50n) - 1n) & ~(1n << 4n) & ~(1n << 3n)).toString();

export function userPayload(userId: string, name: string, bot = false) {
  return {
    id: userId,
    username: name,
    discriminator: '0',
    global_name: name,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

/** A guild text channel (type 0), as GUILD_CREATE and CHANNEL_CREATE carry it. */
export function channelPayload(guildId: string, channelId: string, name = 'news') {
  return {
    id: channelId,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function guildPayload(
  guildId: string,
  channelIds: readonly string[],
  threads: Record<string, unknown>[] = [],
) {
  return {
    id: guildId,
    name: 'Newsroom',
    icon: null,
    owner_id: '1',
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    joined_at: new Date().toISOString(),
    roles: [
      {
        id: guildId,
        name: '@everyone',
        permissions: '1024',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: channelIds.map((channelId, index) =>
      channelPayload(guildId, channelId, index === 0 ? 'news' : `news-${index + 1}`),
    ),
    threads,
    members: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    preferred_locale: 'en-US',
  };
}

interface InteractionBase {
  applicationId: string;
  guildId: string;
  channelId: string;
  userId?: string;
  permissions?: string;
}

function base(options: InteractionBase, type: number) {
  const userId = options.userId ?? '1500000000000000001';
  return {
    id: id(),
    application_id: options.applicationId,
    type,
    token: `token-${randomBytes(12).toString('hex')}`,
    version: 1,
    guild_id: options.guildId,
    channel_id: options.channelId,
    channel: { id: options.channelId, type: 0, guild_id: options.guildId, name: 'news' },
    member: {
      user: userPayload(userId, 'reader'),
      roles: [],
      permissions: options.permissions ?? allPermissions,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: allPermissions,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': options.guildId },
    context: 0,
  };
}

export function chatInputInteraction(
  options: InteractionBase & { subcommand: string; values?: Record<string, string> },
) {
  const values = Object.entries(options.values ?? {}).map(([name, value]) => ({
    name,
    type: 3,
    value,
  }));
  return {
    ...base(options, 2),
    data: {
      id: id(),
      name: 'news',
      type: 1,
      options: [{ type: 1, name: options.subcommand, options: values }],
    },
  };
}

/**
 * An APPLICATION_COMMAND_AUTOCOMPLETE interaction (type 4): the options typed so far, the one
 * being typed marked `focused`. Values are strings, as the user types them.
 */
export function autocompleteInteraction(
  options: InteractionBase & {
    subcommand: string;
    values: Record<string, string>;
    focused: string;
  },
) {
  const values = Object.entries(options.values).map(([name, value]) => ({
    name,
    type: 3,
    value,
    ...(name === options.focused ? { focused: true } : {}),
  }));
  return {
    ...base(options, 4),
    data: {
      id: id(),
      name: 'news',
      type: 1,
      options: [{ type: 1, name: options.subcommand, options: values }],
    },
  };
}

export function messageMenuInteraction(
  options: InteractionBase & { message: Record<string, unknown> },
) {
  const messageId = String(options.message.id);
  return {
    ...base(options, 2),
    data: {
      id: id(),
      name: 'Summarize article',
      type: 3,
      target_id: messageId,
      resolved: { messages: { [messageId]: options.message } },
    },
  };
}

export function buttonInteraction(
  options: InteractionBase & { customId: string; message: Record<string, unknown> },
) {
  return {
    ...base(options, 3),
    message: options.message,
    data: { component_type: 2, custom_id: options.customId },
  };
}

export function modalSubmitInteraction(
  options: InteractionBase & {
    customId: string;
    message: Record<string, unknown>;
    fields: Record<string, string>;
  },
) {
  return {
    ...base(options, 5),
    message: options.message,
    data: {
      custom_id: options.customId,
      components: Object.entries(options.fields).map(([customId, value]) => ({
        type: 18,
        id: 1,
        component: { type: 4, id: 2, custom_id: customId, value },
      })),
    },
  };
}

/** A user's message (MESSAGE_CREATE payload) in a channel or thread. */
export function userMessage(options: {
  guildId: string;
  channelId: string;
  content: string;
  mentions?: string[];
  userId?: string;
}) {
  return {
    id: id(),
    channel_id: options.channelId,
    guild_id: options.guildId,
    author: userPayload(options.userId ?? '1500000000000000001', 'reader'),
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (options.mentions ?? []).map((userId) => userPayload(userId, 'newsbrief', true)),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
