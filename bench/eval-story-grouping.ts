/**
 * Story grouping evaluation over tests/fixtures/stories/ (article snippets from several
 * outlets, 12 stories including near-misses: same topic, same company, next-day follow-up).
 * Run: npx tsx bench/eval-story-grouping.ts [threshold]
 * Prints pairwise precision / recall / F1 and B-cubed F1 of groupStories against the gold
 * grouping, a threshold sweep, and the wrongly joined or split article pairs.
 */
import { defaultStoryThreshold, groupStories } from '../src/core/engines/stories/group-stories.ts';
import { loadStoryFixtures } from '../tests/fixtures/stories/load-story-fixtures.ts';
import { scoreGrouping } from '../tests/fixtures/stories/score-grouping.ts';

const { articles, gold } = loadStoryFixtures();
const goldGroups = Object.values(gold);
const threshold = Number(process.argv[2] ?? defaultStoryThreshold);
const format = (value: number): string => value.toFixed(3);

const started = performance.now();
const stories = groupStories(articles, { threshold });
const elapsed = performance.now() - started;
const scores = scoreGrouping(
  stories.map((story) => story.articleIds),
  goldGroups,
);

console.log(
  `story grouping: ${articles.length} articles, ${goldGroups.length} gold stories, ${stories.length} predicted, threshold ${threshold}, ${elapsed.toFixed(1)} ms`,
);
console.log(
  `pairwise  precision ${format(scores.pairwise.precision)}  recall ${format(scores.pairwise.recall)}  F1 ${format(scores.pairwise.f1)}`,
);
console.log(
  `B-cubed   precision ${format(scores.bcubed.precision)}  recall ${format(scores.bcubed.recall)}  F1 ${format(scores.bcubed.f1)}`,
);

const goldOf = new Map(
  Object.entries(gold).flatMap(([label, ids]) => ids.map((id) => [id, label] as const)),
);
for (const story of stories) {
  const labels = new Set(story.articleIds.map((id) => goldOf.get(id)));
  if (labels.size > 1) console.log(`  joined wrongly: ${story.articleIds.join(', ')}`);
}
for (const [label, ids] of Object.entries(gold)) {
  const parts = stories.filter((story) => story.articleIds.some((id) => ids.includes(id)));
  if (parts.length > 1) {
    console.log(
      `  split: ${label} → ${parts.map((story) => `[${story.articleIds.join(', ')}]`).join(' ')}`,
    );
  }
}

console.log('threshold sweep (pairwise F1 / B-cubed F1):');
const sweep: string[] = [];
for (let value = 0.1; value <= 0.451; value += 0.025) {
  const swept = scoreGrouping(
    groupStories(articles, { threshold: value }).map((story) => story.articleIds),
    goldGroups,
  );
  sweep.push(`${value.toFixed(3)}: ${format(swept.pairwise.f1)} / ${format(swept.bcubed.f1)}`);
}
console.log(`  ${sweep.join('\n  ')}`);
