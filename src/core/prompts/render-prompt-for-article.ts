import type { Article } from '../model/article.ts';
import type { BriefOptions } from '../model/brief.ts';
import type { LlmMessage } from '../ports/llm-client.ts';
import { articleBriefVariables } from './article-brief-variables.ts';
import { digestComposeVariables } from './digest-compose-variables.ts';
import type { PromptLibrary } from './prompt-template.ts';
import { questionAnswerVariables } from './question-answer-variables.ts';
import { renderPrompt } from './render-prompt.ts';

export interface RenderForArticleOptions {
  brief?: BriefOptions;
  /** For question-answer; a generic question when omitted. */
  question?: string;
}

/**
 * The exact messages a prompt would send for one article (`newsbrief prompts render <id> <file>`).
 * Prompts that take more than an article are filled with the article standing in for the rest:
 * a generic question for question-answer, the article as a single story for digest-compose,
 * the whole article as the only part for article-brief-combine.
 */
export function renderPromptForArticle(
  library: PromptLibrary,
  id: string,
  article: Pick<Article, 'title' | 'text'>,
  options: RenderForArticleOptions = {},
): LlmMessage[] {
  const template = library.get(id);
  const brief = options.brief ?? { length: 'standard' };
  switch (template.output) {
    case 'article-brief':
      return renderPrompt(template, articleBriefVariables(article, brief));
    case 'article-brief-combine': {
      const { article: text, title, bulletCount, language } = articleBriefVariables(article, brief);
      return renderPrompt(template, {
        title,
        partBriefs: `Part 1:\n${text}`,
        bulletCount,
        language,
      });
    }
    case 'question-answer':
      return renderPrompt(
        template,
        questionAnswerVariables(article, options.question ?? 'What is this article about?')
          .variables,
      );
    case 'digest-compose':
      return renderPrompt(
        template,
        digestComposeVariables(
          [
            {
              storyId: 's1',
              briefs: [{ headline: article.title, bullets: [article.text.slice(0, 280)] }],
            },
          ],
          brief.language,
        ),
      );
  }
}
