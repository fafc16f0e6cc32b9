import { AppError } from '../../../core/errors.ts';
import { slackAppDefinition as app } from './slack-app-definition.ts';

export interface SlackManifestOptions {
  /** Public https URL of `newsbrief serve`; required for HTTP mode and OAuth. */
  publicUrl?: string;
  /** Socket Mode: no request URLs; events arrive over the app-level token's WebSocket. */
  socketMode: boolean;
  /** Rotating bot tokens (multi-workspace installs); workers refresh them from the store. */
  tokenRotation?: boolean;
}

/**
 * The Slack app manifest (JSON), generated from the same definitions the listeners register,
 * so the command, shortcut, scopes and events an admin pastes are the ones the code handles.
 */
export function buildSlackManifest(options: SlackManifestOptions): Record<string, unknown> {
  if (!options.socketMode && options.publicUrl === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage:
        'The manifest for HTTP mode needs the public URL: set PUBLIC_URL or pass --public-url.',
    });
  }
  const publicUrl = options.publicUrl === undefined ? undefined : checkPublicUrl(options.publicUrl);
  const at = (path: string) =>
    publicUrl === undefined ? undefined : new URL(path, publicUrl).toString();
  const requestUrl = options.socketMode ? undefined : at(app.eventsPath);
  const withUrl = requestUrl === undefined ? {} : { url: requestUrl };
  const withRequestUrl = requestUrl === undefined ? {} : { request_url: requestUrl };
  const redirect = at(app.redirectPath);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: app.name,
      description: app.description,
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: app.name, always_online: true },
      // The Home tab lists the workspace's subscriptions; the Messages tab stays as it was.
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      slash_commands: [
        {
          command: app.command.name,
          description: app.command.description,
          usage_hint: app.command.usageHint,
          should_escape: false,
          ...withUrl,
        },
      ],
      shortcuts: [
        {
          name: app.shortcut.name,
          type: 'message',
          callback_id: app.shortcut.callbackId,
          description: app.shortcut.description,
        },
      ],
    },
    oauth_config: {
      ...(redirect === undefined ? {} : { redirect_urls: [redirect] }),
      scopes: { bot: [...app.botScopes] },
    },
    settings: {
      event_subscriptions: { ...withRequestUrl, bot_events: [...app.botEvents] },
      interactivity: { is_enabled: true, ...withRequestUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: options.tokenRotation ?? false,
    },
  };
}

/** Slack refuses request and redirect URLs that are not https, so a manifest with one is useless. */
function checkPublicUrl(value: string): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || !['http:', 'https:'].includes(url.protocol)) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: `The public URL "${value}" is not a web address; give the https address where Slack reaches newsbrief serve.`,
    });
  }
  if (url.protocol !== 'https:') {
    throw new AppError({
      code: 'config-invalid',
      userMessage: `Slack only accepts https request URLs, so the public URL cannot be ${value}.`,
    });
  }
  return url;
}
