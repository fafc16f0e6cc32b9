import { describe, expect, it } from 'vitest';
import { clusterAverageLink } from '../../../src/core/engines/stories/cluster-average-link.ts';
import { groupStories, type StoryInput } from '../../../src/core/engines/stories/group-stories.ts';
import { loadStoryFixtures } from '../../fixtures/stories/load-story-fixtures.ts';
import { scoreGrouping } from '../../fixtures/stories/score-grouping.ts';

const { articles, gold } = loadStoryFixtures();
const pick = (...ids: string[]): StoryInput[] =>
  ids.map((id) => {
    const article = articles.find((candidate) => candidate.articleId === id);
    if (article === undefined) throw new Error(`no fixture ${id}`);
    return article;
  });
const storyOf = (stories: { articleIds: string[] }[], id: string): string[] =>
  stories.find((story) => story.articleIds.includes(id))?.articleIds ?? [];

describe('groupStories on the story test set', () => {
  it('keeps pairwise F1 at 0.9 or above against the gold grouping (quality floor)', () => {
    const stories = groupStories(articles);
    const scores = scoreGrouping(
      stories.map((story) => story.articleIds),
      Object.values(gold),
    );
    expect(scores.pairwise.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.bcubed.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('merges four outlets’ wording of the Fed rate cut, the wire copy included', () => {
    const stories = groupStories(articles);
    expect(storyOf(stories, 'fed-reuters').sort()).toEqual([
      'fed-ap',
      'fed-bbc',
      'fed-reuters',
      'fed-syndicated',
    ]);
  });

  it('keeps same-topic, same-company and same-country stories apart', () => {
    const stories = groupStories(articles);
    expect(storyOf(stories, 'fed-reuters')).not.toContain('ecb-ft');
    expect(storyOf(stories, 'fed-bbc')).not.toContain('ecb-dw');
    expect(storyOf(stories, 'kharkiv-reuters')).not.toContain('swap-ap');
    expect(storyOf(stories, 'ebike-recall-cnbc')).not.toContain('nordvale-ceo-reuters');
    expect(storyOf(stories, 'seville-ap')).not.toContain('evia-wildfire-reuters');
  });

  it('does not merge the next-day lawsuit into the bridge vote', () => {
    const stories = groupStories(articles);
    expect(storyOf(stories, 'bridge-herald')).not.toContain('bridge-lawsuit-herald');
    expect(storyOf(stories, 'bridge-tv')).not.toContain('bridge-lawsuit-tv');
  });

  it('gives the same stories whatever the input order', () => {
    const expected = groupStories(articles);
    const reversed = groupStories([...articles].reverse());
    const rotated = groupStories([...articles.slice(11), ...articles.slice(0, 11)]);
    expect(reversed).toEqual(expected);
    expect(rotated).toEqual(expected);
  });
});

describe('groupStories output', () => {
  it('names a story after its earliest article and puts the preferred source first', () => {
    const inputs = pick('kharkiv-kyivindependent', 'kharkiv-reuters', 'kharkiv-guardian');
    const withPreference = inputs.map((input) => ({
      ...input,
      preference: input.articleId === 'kharkiv-guardian' ? 2 : 1,
    }));
    const [story] = groupStories(withPreference);
    expect(story?.articleIds).toEqual([
      'kharkiv-guardian',
      'kharkiv-kyivindependent',
      'kharkiv-reuters',
    ]);
    expect(story?.representativeArticleId).toBe('kharkiv-guardian');
    const [earliestOnly] = groupStories(pick('kharkiv-kyivindependent'));
    expect(story?.id).toBe(earliestOnly?.id);
    expect(story?.id).toMatch(/^story-[0-9a-f]{16}$/);
  });

  it('returns nothing for nothing, and one story per article when nothing matches', () => {
    expect(groupStories([])).toEqual([]);
    const stories = groupStories(pick('fed-reuters', 'seville-ap', 'final-espn'));
    expect(stories.map((story) => story.articleIds)).toHaveLength(3);
  });

  it('counts an article given twice once', () => {
    const stories = groupStories(pick('quake-nhk', 'quake-nhk', 'quake-japantimes'));
    expect(stories).toHaveLength(1);
    expect(stories[0]?.articleIds).toEqual(['quake-nhk', 'quake-japantimes']);
  });
});

describe('clusterAverageLink', () => {
  it('does not chain: A~B and B~C leave A and C apart when A and C are unrelated', () => {
    // A–B 0.9, B–C 0.5, A–C 0: after A+B join, C's average to {A, B} is 0.25.
    const matrix = Float64Array.from([0, 0.9, 0, 0.9, 0, 0.5, 0, 0.5, 0]);
    expect(clusterAverageLink(3, matrix, 0.3)).toEqual([[0, 1], [2]]);
    expect(clusterAverageLink(3, matrix, 0.2)).toEqual([[0, 1, 2]]);
  });
});
