import { describe, expect, it } from 'vitest';
import {
  answerOffline,
  decideOfflineAnswer,
} from '../../../src/core/engines/answers/answer-offline.ts';
import type { ThreadTurn } from '../../../src/core/model/answer.ts';
import type { Article } from '../../../src/core/model/article.ts';
import type { AnswerQuestionCase } from '../../fixtures/answers/answer-questions.ts';

/** The thread as production keeps it: each earlier question, then the bot's answer to it. */
function threadBefore(source: Article, questions: readonly string[]): ThreadTurn[] {
  const turns: ThreadTurn[] = [];
  for (const question of questions)
    turns.push(
      { role: 'user', text: question },
      { role: 'assistant', text: answerOffline(source, question, [...turns]).text },
    );
  return turns;
}

export interface AnswerSetFloors {
  /** Share of answerable questions whose best-ranked sentence is an expected one. */
  topOne: number;
  /** Share of answerable questions with an expected sentence among the citations. */
  anyCitation: number;
  /**
   * Share of unanswerable questions not answered as if the article did: "the article doesn't
   * say", or only the closest passages under a label saying they do not answer it.
   */
  refused: number;
}

/**
 * The quality checks of a question set, scored as bench/eval-answers.ts scores it: citations
 * are verbatim spans, and top-1, any-citation and refusal shares stay above their floors.
 */
export function describeAnswerSet(
  name: string,
  cases: readonly AnswerQuestionCase[],
  articles: ReadonlyMap<string, Article>,
  floors: AnswerSetFloors,
): void {
  describe(`answerOffline on the ${name} question set`, () => {
    const results = cases.map((item) => {
      const source = articles.get(item.article);
      if (source === undefined) throw new Error(`no article ${item.article}`);
      const history = threadBefore(source, item.history ?? []);
      const { answer, best } = decideOfflineAnswer(source, item.question, history);
      return { expected: item.expected, answer, best: best?.text ?? '', source };
    });
    const answerable = results.filter(({ expected }) => expected !== null);
    const unanswerable = results.filter(({ expected }) => expected === null);

    it('cites only verbatim spans of the article', () => {
      for (const { answer, source } of results)
        for (const citation of answer.citations)
          expect(source.text.slice(citation.start, citation.end)).toBe(citation.text);
    });

    it(`ranks an expected sentence first for at least ${floors.topOne * 100}% of answerable questions`, () => {
      const hits = answerable.filter(
        ({ expected, answer, best }) =>
          answer.answerable && (expected ?? []).some((part) => best.includes(part)),
      );
      expect(hits.length / answerable.length).toBeGreaterThanOrEqual(floors.topOne);
    });

    it(`cites an expected sentence for at least ${floors.anyCitation * 100}% of answerable questions`, () => {
      const hits = answerable.filter(({ expected, answer }) =>
        answer.citations.some((citation) =>
          (expected ?? []).some((part) => citation.text.includes(part)),
        ),
      );
      expect(hits.length / answerable.length).toBeGreaterThanOrEqual(floors.anyCitation);
    });

    it(`does not claim an answer for at least ${floors.refused * 100}% of unanswerable questions`, () => {
      const refused = unanswerable.filter(({ answer }) => !answer.answerable);
      expect(refused.length / unanswerable.length).toBeGreaterThanOrEqual(floors.refused);
    });
  });
}
