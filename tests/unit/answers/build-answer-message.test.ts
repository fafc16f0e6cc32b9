import { describe, it, expect } from 'vitest';
import { buildAnswerMessage } from '../../../src/core/messages/build-answer-message.ts';
import type { Answer } from '../../../src/core/model/answer.ts';
import { chatMessageSchema } from '../../../src/core/model/chat-message.ts';

const citation = {
  text: 'Trump recently announced that he had picked Keith Kellogg, a retired three-star general, to serve as his special envoy for Ukraine and Russia.',
  start: 100,
  end: 241,
};

describe('buildAnswerMessage', () => {
  it('shows a model answer, then each cited sentence, then the model that answered', () => {
    const answer: Answer = {
      question: 'Who is Keith Kellogg?',
      answerable: true,
      text: 'Keith Kellogg is a retired three-star general picked as Trump’s envoy for Ukraine and Russia.',
      citations: [citation],
      engine: { name: 'openai', model: 'gpt-test', promptVersion: '1' },
    };
    const message = buildAnswerMessage(answer);
    expect(chatMessageSchema.parse(message)).toEqual(message);
    expect(message.blocks).toEqual([
      { type: 'paragraph', text: answer.text },
      { type: 'context', text: `From the article: “${citation.text}”` },
      {
        type: 'context',
        text: 'Answered by gpt-test, prompt v1; cited sentences checked against the text',
      },
    ]);
    expect(message.fallbackText).toBe(answer.text);
  });

  it('shows an offline answer once (it is the cited sentences) and says it is verbatim', () => {
    const answer: Answer = {
      question: 'Who is Keith Kellogg?',
      answerable: true,
      text: citation.text,
      citations: [citation],
      engine: { name: 'offline' },
    };
    expect(buildAnswerMessage(answer).blocks).toEqual([
      { type: 'paragraph', text: citation.text },
      {
        type: 'context',
        text: 'Answered by the offline engine (quoted verbatim from the article)',
      },
    ]);
  });

  it('labels an offline answer given because the model’s could not be used', () => {
    const answer: Answer = {
      question: 'Who is Keith Kellogg?',
      answerable: true,
      text: citation.text,
      citations: [citation],
      engine: { name: 'offline', fallbackReason: 'The language model is unavailable.' },
    };
    expect(buildAnswerMessage(answer).blocks.at(-1)).toEqual({
      type: 'context',
      text: 'Answered by the offline engine (quoted verbatim from the article) because the model’s answer could not be used: The language model is unavailable.',
    });
  });

  it('shows the explicit "doesn’t say" sentence and no citations when not answerable', () => {
    const text =
      'The article doesn’t say. It covers: Putin Says He’s Confident Trump Can Navigate Ukraine Crisis.';
    const message = buildAnswerMessage({
      question: 'What is the weather in Paris?',
      answerable: false,
      text,
      citations: [],
      engine: { name: 'openai', model: 'gpt-test', promptVersion: '1' },
    });
    expect(message.blocks).toEqual([
      { type: 'paragraph', text },
      { type: 'context', text: 'Answered by gpt-test, prompt v1' },
    ]);
  });

  it('says the offline closest passages are no direct answer, shown once and verbatim', () => {
    const answer: Answer = {
      question: 'What did Kellogg say about the Oreshnik?',
      answerable: false,
      closestPassages: true,
      text: `The article doesn’t answer that directly; the closest passages: ${citation.text}`,
      citations: [citation],
      engine: { name: 'offline' },
    };
    expect(buildAnswerMessage(answer).blocks).toEqual([
      { type: 'paragraph', text: answer.text },
      {
        type: 'context',
        text: 'Answered by the offline engine (no sentence answers this directly; the closest ones are quoted verbatim)',
      },
    ]);
  });
});
