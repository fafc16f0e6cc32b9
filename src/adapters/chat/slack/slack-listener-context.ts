import type { HandleNewsCommandDependencies } from '../../../core/commands/handle-news-command.ts';
import type { ChatAdapterHost } from '../chat-adapter-host.ts';
import type { DeliveryClaims } from '../delivery-claims.ts';

/** What every Slack listener needs from the service, built once per receiver. */
export interface SlackListenerContext {
  service: ChatAdapterHost;
  commands: HandleNewsCommandDependencies;
  /** Slack retries and replays requests; each trigger_id and event_id is handled once. */
  claims: DeliveryClaims;
}
