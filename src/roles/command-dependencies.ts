import type { HandleNewsCommandDependencies } from '../core/commands/handle-news-command.ts';
import { systemClock } from '../core/ports/clock.ts';
import type { Service } from './create-service.ts';

/** What every chat adapter's /news handler needs, from the service and its config. */
export function commandDependencies(
  service: Pick<Service, 'config' | 'logger' | 'stores' | 'queues' | 'scheduler'>,
): HandleNewsCommandDependencies {
  const { config, stores, queues } = service;
  return {
    articleIngest: queues.jobQueues.articleIngest,
    digestBuild: queues.jobQueues.digestBuild,
    feedSubscribe: queues.jobQueues.feedSubscribe,
    articles: stores.articles,
    subscriptions: stores.subscriptions,
    scheduler: service.scheduler,
    rateLimiter: stores.rateLimiter,
    limits: {
      summariesPerUserPerMinute: config.COMMAND_RATE_PER_MINUTE,
      digestCommands: {
        perChannel: config.DIGEST_COMMANDS_PER_CHANNEL,
        windowMinutes: config.DIGEST_COMMAND_WINDOW_MINUTES,
      },
      maxFeedsPerChannel: config.MAX_FEEDS_PER_CHANNEL,
    },
    policy: { mode: config.SUBSCRIPTION_POLICY, userIds: config.SUBSCRIPTION_POLICY_USER_IDS },
    clock: systemClock,
    logger: service.logger,
  };
}
