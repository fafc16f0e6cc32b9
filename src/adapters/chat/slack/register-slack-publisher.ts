import type { ChatAdapterHost } from '../chat-adapter-host.ts';
import { createSlackAuth, type SlackAuth } from './create-slack-auth.ts';
import { createSlackPublisher } from './create-slack-publisher.ts';

/**
 * Registers the Slack publisher with the service's router when Slack is configured (a bot
 * token or OAuth client), and returns the token source. Worker processes call this without
 * starting a receiver; the receiver calls it too so one process can do both.
 */
export function registerSlackPublisher(
  service: ChatAdapterHost,
  auth: SlackAuth | undefined = createSlackAuth(service.config, service.redis, service.logger),
): SlackAuth | undefined {
  if (auth === undefined) {
    service.logger.info({}, 'slack not configured; no slack publisher');
    return undefined;
  }
  service.publisher.register(
    'slack',
    createSlackPublisher({
      apiUrl: service.config.SLACK_API_URL,
      tokenFor: auth.tokenFor,
      logger: service.logger.child({ platform: 'slack' }),
    }),
  );
  return auth;
}
