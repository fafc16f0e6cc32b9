import { contentHash } from '../../text/content-hash.ts';
import { splitSentences } from '../../text/sentences.ts';
import { clusterAverageLink } from './cluster-average-link.ts';
import { resolveOpeners, storyFeatures } from './story-features.ts';
import { batchIdf, storySimilarity, timeDecay } from './story-similarity.ts';

/** One article as story grouping sees it: its words, its source, its time. */
export interface StoryInput {
  articleId: string;
  title: string;
  /** The body, or the summary or excerpt when that is all there is. */
  text: string;
  url?: string;
  siteName?: string;
  /** ISO 8601; articles far apart in time need more evidence to be one story. */
  publishedAt?: string;
  /** Higher is a better source to represent the story (e.g. full text over a feed excerpt). */
  preference?: number;
}

/** Articles about one event, best source first. */
export interface Story {
  /** Stable across runs: derived from the id of the story's earliest article. */
  id: string;
  /** Best first: highest preference, then earliest, then by id. */
  articleIds: string[];
  representativeArticleId: string;
}

export interface GroupStoriesOptions {
  /**
   * Average similarity two groups need to be joined, in [0, 1]. Higher splits more. The
   * default was set on tests/fixtures/stories (see bench/eval-story-grouping.ts).
   */
  threshold?: number;
}

export const defaultStoryThreshold = 0.25;
/**
 * Only the lead is compared: news puts who, what, where and when first, and comparing leads of
 * similar length keeps scores of a 3-sentence excerpt and a 2,000-word feature on one scale.
 */
const leadCharacters = 1000;

/**
 * Groups articles about the same story across sources. Each pair of articles is scored by body
 * term overlap (TF-IDF cosine over the batch, so a topic word every story uses counts for
 * little), shared names and numbers, title overlap and, for wire copies, word 3-shingles; the
 * score decays with the hours between them. Average-link clustering then joins groups whose
 * members are alike on average, so two stories sharing one topic word stay apart.
 *
 * Deterministic and independent of input order. Stories come largest first, then earliest.
 */
export function groupStories(
  items: readonly StoryInput[],
  options: GroupStoriesOptions = {},
): Story[] {
  const threshold = options.threshold ?? defaultStoryThreshold;
  const unique = [...new Map(items.map((item) => [item.articleId, item])).values()].sort(
    (left, right) => compareText(left.articleId, right.articleId),
  );
  const features = resolveOpeners(
    unique.map((item) => storyFeatures(item.title, leadOf(item.text))),
  );
  const termIdf = batchIdf(features.map((feature) => feature.terms.keys()));
  const entityIdf = batchIdf(features.map((feature) => feature.entities));
  const times = unique.map((item) => timeOf(item.publishedAt));
  const count = unique.length;
  const similarity = new Float64Array(count * count);
  for (let row = 0; row < count; row += 1) {
    for (let column = row + 1; column < count; column += 1) {
      const left = features[row];
      const right = features[column];
      if (left === undefined || right === undefined) continue;
      const { score } = storySimilarity(left, right, termIdf, entityIdf);
      const decayed = score * timeDecay(hoursBetween(times[row], times[column]));
      similarity[row * count + column] = decayed;
      similarity[column * count + row] = decayed;
    }
  }
  const stories = clusterAverageLink(count, similarity, threshold).map((group) =>
    toStory(group.flatMap((index) => unique[index] ?? [])),
  );
  return stories
    .sort(
      (left, right) =>
        right.story.articleIds.length - left.story.articleIds.length ||
        left.earliest - right.earliest ||
        compareText(left.story.id, right.story.id),
    )
    .map((entry) => entry.story);
}

function toStory(members: StoryInput[]): { story: Story; earliest: number } {
  const byTime = [...members].sort(
    (left, right) =>
      timeOrLast(left.publishedAt) - timeOrLast(right.publishedAt) ||
      compareText(left.articleId, right.articleId),
  );
  const best = [...byTime].sort((left, right) => (right.preference ?? 0) - (left.preference ?? 0));
  const earliest = byTime[0];
  const representative = best[0];
  if (earliest === undefined || representative === undefined) {
    throw new Error('a story needs at least one article');
  }
  return {
    story: {
      id: `story-${contentHash(earliest.articleId).slice(0, 16)}`,
      articleIds: best.map((member) => member.articleId),
      representativeArticleId: representative.articleId,
    },
    earliest: timeOrLast(earliest.publishedAt),
  };
}

/** The first sentences of a text, up to about `leadCharacters`, never cut mid-sentence. */
function leadOf(text: string): string {
  if (text.length <= leadCharacters) return text;
  const sentences = splitSentences(text);
  const last = sentences.findLast((sentence) => sentence.end <= leadCharacters) ?? sentences[0];
  return text.slice(0, last?.end ?? leadCharacters);
}

function timeOf(publishedAt: string | undefined): number | undefined {
  if (publishedAt === undefined) return undefined;
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? undefined : time;
}

function timeOrLast(publishedAt: string | undefined): number {
  return timeOf(publishedAt) ?? Number.MAX_SAFE_INTEGER;
}

function hoursBetween(left: number | undefined, right: number | undefined): number | undefined {
  return left === undefined || right === undefined ? undefined : (left - right) / 3_600_000;
}

/** Code-point order: the same everywhere, unlike localeCompare. */
function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
