import type { Article } from '../../model/article.ts';
import type { Brief } from '../../model/brief.ts';
import type { Digest } from '../../model/digest.ts';
import type { LlmClient } from '../../ports/llm-client.ts';
import type { Logger } from '../../ports/logger.ts';
import type { DigestComposer } from '../../pipeline/digests/compose-channel-digest.ts';
import { digestComposeVariables } from '../../prompts/digest-compose-variables.ts';
import { digestComposeOutput, type DigestComposeOutput } from '../../prompts/output-schemas.ts';
import type { PromptLibrary } from '../../prompts/prompt-template.ts';
import { renderPrompt } from '../../prompts/render-prompt.ts';
import { isStopword } from '../../text/stopwords.ts';
import { tokenize } from '../../text/tokenize.ts';

export const digestComposePromptId = 'digest-compose';

/** Share of a summary's content words that must occur in its story's articles. */
const minimumGroundedShare = 0.6;

export interface ModelDigestComposerDependencies {
  llm: LlmClient;
  prompts: PromptLibrary;
  logger: Logger;
}

/**
 * The digest-compose prompt as a DigestComposer: one call orders the stories, writes the
 * intro and a one-line summary per story. A summary whose words are mostly not in that
 * story's articles is dropped (the offline summary stays), and buildDigest keeps headlines,
 * links and verified quotes from the briefs whatever the model says.
 */
export function createModelDigestComposer(
  dependencies: ModelDigestComposerDependencies,
): DigestComposer {
  return async (digest, briefs, signal) => {
    const template = dependencies.prompts.get(digestComposePromptId);
    const byArticle = new Map(briefs.map((entry) => [entry.article.id, entry]));
    const stories = digest.stories.map((story) => ({
      storyId: story.storyId,
      briefs: story.sources.flatMap((source) => {
        const entry = byArticle.get(source.articleId);
        if (entry === undefined) return [];
        const name = source.siteName ?? entry.article.siteName;
        return [
          {
            headline: entry.brief.headline,
            bullets: entry.brief.bullets,
            ...(name === undefined ? {} : { source: name }),
          },
        ];
      }),
    }));
    const language = briefs[0]?.brief.options.language;
    const response = await dependencies.llm.complete({
      messages: renderPrompt(template, digestComposeVariables(stories, language)),
      output: { name: template.output, schema: digestComposeOutput },
      ...template.parameters,
      ...(signal === undefined ? {} : { signal }),
    });
    return keepGroundedSummaries(
      digest,
      byArticle,
      response.value,
      dependencies.logger,
      language !== undefined,
    );
  };
}

function keepGroundedSummaries(
  digest: Digest,
  byArticle: Map<string, { article: Article; brief: Brief }>,
  output: DigestComposeOutput,
  logger: Logger,
  translated: boolean,
): DigestComposeOutput {
  if (translated) return output;
  const stories = output.stories.filter((composed) => {
    const story = digest.stories.find((candidate) => candidate.storyId === composed.storyId);
    if (story === undefined) return false;
    const evidence = new Set(
      story.sources.flatMap((source) => stems(byArticle.get(source.articleId)?.article.text ?? '')),
    );
    const words = stems(composed.summary);
    const share =
      words.length === 0 ? 1 : words.filter((word) => evidence.has(word)).length / words.length;
    if (share < minimumGroundedShare)
      logger.warn(
        { storyId: composed.storyId, share },
        'digest summary not grounded; keeping the offline one',
      );
    return share >= minimumGroundedShare;
  });
  return { intro: output.intro, stories };
}

function stems(text: string): string[] {
  return tokenize(text)
    .filter((word) => !isStopword(word) && /\p{L}/u.test(word))
    .map((word) => word.slice(0, 5));
}
