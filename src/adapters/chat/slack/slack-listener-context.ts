import type { HandleNewsCommandDependencies } from '../../../core/commands/handle-news-command.ts';
import type { Service } from '../../../roles/create-service.ts';

/** What every Slack listener needs from the service, built once per receiver. */
export interface SlackListenerContext {
  service: Service;
  commands: HandleNewsCommandDependencies;
  /** How long the /news handler may run before Slack's 3-second ack must go out without it. */
  ackDeadlineMs: number;
}
