import type { Article } from '../../model/article.ts';
import type { Brief } from '../../model/brief.ts';
import type { Digest } from '../../model/digest.ts';
import type { Logger } from '../../ports/logger.ts';
import type { DigestComposeOutput } from '../../prompts/output-schemas.ts';
import { buildDigest, type BuildDigestInput } from '../build-digest.ts';

/** The digest-compose step (a model prompt): intro, order and one-line summaries for the stories. */
export type DigestComposer = (
  digest: Digest,
  briefs: readonly { article: Article; brief: Brief }[],
  signal?: AbortSignal,
) => Promise<DigestComposeOutput>;

/**
 * Builds the digest offline, then lets the composer (when there is one and there are stories)
 * rewrite the intro, order and summaries. buildDigest keeps headlines, links and quotes from
 * the briefs whatever the composer says; a composer that fails costs only the wording.
 */
export async function composeChannelDigest(
  dependencies: { composeDigest?: DigestComposer; logger: Logger },
  input: BuildDigestInput,
  signal?: AbortSignal,
): Promise<Digest> {
  const offline = buildDigest(input);
  if (dependencies.composeDigest === undefined || offline.stories.length === 0) return offline;
  try {
    const composition = await dependencies.composeDigest(offline, input.briefs, signal);
    return buildDigest({ ...input, composition });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    dependencies.logger.warn(
      { digestId: input.digestId, err: error },
      'digest composition failed; composing offline',
    );
    return offline;
  }
}
