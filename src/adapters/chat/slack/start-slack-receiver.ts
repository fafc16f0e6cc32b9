import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import { AppError } from '../../../core/errors.ts';
import type { ChatAdapterHost, HttpRoute } from '../chat-adapter-host.ts';
import { createDeliveryClaims } from '../delivery-claims.ts';
import { createSlackAuth, type SlackAuth } from './create-slack-auth.ts';
import { guardSlackJsonBody } from './guard-slack-json-body.ts';
import { registerAppHome } from './register-app-home.ts';
import { slackWebClientOptions } from './create-slack-web-client.ts';
import { registerBriefActions } from './register-brief-actions.ts';
import { registerNewsCommand } from './register-news-command.ts';
import { registerSlackPublisher } from './register-slack-publisher.ts';
import { registerSummarizeShortcut } from './register-summarize-shortcut.ts';
import { registerThreadEvents } from './register-thread-events.ts';
import { slackAppDefinition } from './slack-app-definition.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { toSlackLogger } from './to-slack-logger.ts';

export interface SlackReceiverOptions {
  /** Token source; built from config when omitted. */
  auth?: SlackAuth;
}

export interface SlackReceiver {
  /** Mount at `/slack/` of the service's HTTP server: events, commands, interactivity, OAuth. */
  route: HttpRoute;
  mode: 'http' | 'socket';
  close(): Promise<void>;
}

/**
 * Starts the Bolt app. Over HTTP (default) Bolt's HTTPReceiver verifies each request's
 * signature and timestamp and its request listener is served by our HTTP server at
 * /slack/events; with SLACK_APP_TOKEN the app connects over Socket Mode instead. The OAuth
 * pages (/slack/install, /slack/oauth_redirect) are served in both modes when configured.
 * Registers the Slack publisher too, so a process running workers posts to Slack.
 */
export async function startSlackReceiver(
  service: ChatAdapterHost,
  options: SlackReceiverOptions = {},
): Promise<SlackReceiver> {
  const { config } = service;
  const logger = service.logger.child({ platform: 'slack' });
  const auth = registerSlackPublisher(
    service,
    options.auth ?? createSlackAuth(config, service.redis, logger),
  );
  if (auth === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage:
        'Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth).',
    });
  }
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  if (!socketMode && config.SLACK_SIGNING_SECRET === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage:
        'Slack over HTTP needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
    });
  }
  const slackLogger = toSlackLogger(logger);
  const common = {
    authorize: auth.authorize,
    clientOptions: slackWebClientOptions({ apiUrl: config.SLACK_API_URL, logger }),
    logger: slackLogger,
    // Conversation state lives in our Redis stores, not in Bolt's per-process memory store.
    convoStore: false as const,
  };
  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (socketMode) {
    app = new App({ ...common, socketMode: true, appToken: config.SLACK_APP_TOKEN });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET ?? '',
      endpoints: [slackAppDefinition.eventsPath],
      logger: slackLogger,
    });
    app = new App({ ...common, receiver });
  }
  const context: SlackListenerContext = {
    service,
    commands: service.commands,
    claims: createDeliveryClaims(service.redis, config.REDIS_PREFIX, logger),
  };
  registerNewsCommand(app, context);
  registerSummarizeShortcut(app, context);
  registerThreadEvents(app, context);
  registerBriefActions(app, context);
  registerAppHome(app, context);
  app.error(async (error) => {
    logger.error({ err: error }, 'slack listener failed');
  });
  if (socketMode) await app.start();
  logger.info({ mode: socketMode ? 'socket' : 'http', auth: auth.mode }, 'slack receiver ready');

  const route = (request: IncomingMessage, response: ServerResponse): Promise<void> | void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const installer = auth.installer;
    if (installer !== undefined && request.method === 'GET') {
      if (path === slackAppDefinition.installPath)
        return installer.handleInstallPath(request, response);
      if (path === slackAppDefinition.redirectPath)
        return installer.handleCallback(request, response);
    }
    if (
      receiver !== undefined &&
      request.method === 'POST' &&
      path === slackAppDefinition.eventsPath
    ) {
      const bolt = receiver;
      return guardSlackJsonBody(request, response, logger).then((goOn) => {
        if (goOn) bolt.requestListener(request, response);
      });
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  };
  return {
    route,
    mode: socketMode ? 'socket' : 'http',
    async close() {
      if (socketMode) await app.stop();
    },
  };
}
