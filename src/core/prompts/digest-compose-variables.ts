import { escapeDataBlock } from './escape-data-block.ts';
import { languageName } from './language-name.ts';

/** One story of a digest: the briefs of the articles grouped under it. */
export interface DigestStoryInput {
  storyId: string;
  briefs: { headline: string; bullets: string[]; source?: string }[];
}

/** Bullets per brief sent to the digest prompt: the lead facts, not the whole brief. */
const bulletsPerBrief = 3;

/** The variables of the digest-compose prompt: each story's id and its briefs, escaped. */
export function digestComposeVariables(
  stories: DigestStoryInput[],
  language?: string,
): Record<string, string> {
  const blocks = stories.map((story) => {
    const briefs = story.briefs.map((brief) => {
      const source = brief.source === undefined ? '' : ` (${brief.source})`;
      const bullets = brief.bullets.slice(0, bulletsPerBrief).map((bullet) => `  - ${bullet}`);
      return [`- ${brief.headline}${source}`, ...bullets].join('\n');
    });
    return [`story ${story.storyId}:`, ...briefs].join('\n');
  });
  return { stories: escapeDataBlock(blocks.join('\n\n')), language: languageName(language) };
}
