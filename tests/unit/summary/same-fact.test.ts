import { describe, it, expect } from 'vitest';
import { articleKeyTerms } from '../../../src/core/engines/summary/key-terms.ts';
import {
  commonTerms,
  headlineStatement,
  sameFact,
  sentenceStatement,
  topicTerms,
  withoutTopic,
} from '../../../src/core/engines/summary/same-fact.ts';
import { contentTerms } from '../../../src/core/engines/summary/term-vectors.ts';

const sentences = [
  'Mayor Ana Alvarez said Riverton’s budget will fix the roads within two years.',
  'Alvarez said the Riverton plan would fix roads faster than any before it.',
  'Alvarez and Riverton council members argued over bus routes.',
  'Alvarez said the budget was fair.',
  'Riverton engineer Priya Natarajan said Alvarez hired crews for the bridge repairs.',
  'Natarajan and Alvarez toured the bridge repairs near Ashford.',
];
const keyTerms = articleKeyTerms(sentences);
const article = { keyTerms, common: commonTerms(sentences.map((text) => contentTerms(text))) };
const statementOf = (position: number) =>
  sentenceStatement(contentTerms(sentences[position] ?? ''), position, article);
const headline = headlineStatement('Alvarez says Riverton budget will fix roads', article);

describe('commonTerms', () => {
  it('finds the words an article uses in more than two sentences', () => {
    expect([...commonTerms([['title', 'win'], ['title'], ['title', 'win'], ['rank']])]).toEqual([
      'title',
    ]);
  });
});

describe('sameFact', () => {
  it('holds for the same main actors doing the same thing', () => {
    expect(sameFact(statementOf(1), headline)).toBe(true);
  });

  it('does not hold for the same actors doing something else', () => {
    expect(sameFact(statementOf(2), headline)).toBe(false);
  });

  it('does not hold for one shared actor', () => {
    expect(sameFact(statementOf(3), headline)).toBe(false);
  });

  it('does not count a word of what is done that the article uses throughout', () => {
    const story = ['Lena won the title.', 'Ana held the title.', 'The title race was close.'];
    const storyTerms = articleKeyTerms(story);
    const storyArticle = {
      keyTerms: storyTerms,
      common: commonTerms(story.map((text) => contentTerms(text))),
    };
    expect(storyArticle.common.has('title')).toBe(true);
    const held = sentenceStatement(contentTerms(story[1] ?? ''), 1, storyArticle);
    expect(held.predicate.has('title')).toBe(false);
  });

  it('does not count the story’s own actors, which nearly every fact shares', () => {
    const topic = topicTerms(headline, keyTerms, sentences.length);
    expect(topic.has('alvarez')).toBe(true);
    expect(sameFact(statementOf(5), statementOf(4))).toBe(true);
    expect(sameFact(statementOf(5), withoutTopic(statementOf(4), topic))).toBe(false);
  });
});
