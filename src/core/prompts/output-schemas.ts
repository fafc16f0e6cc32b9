import { z } from 'zod';

/**
 * The JSON objects the prompts ask for. They stay free of optional fields and numeric bounds so
 * they convert to strict `json_schema` response formats (every property required, no extras);
 * counts and ranges are enforced in code after validation.
 */
export const articleBriefOutput = z.object({
  headline: z.string(),
  bullets: z.array(z.string()),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string() })),
});
export type ArticleBriefOutput = z.infer<typeof articleBriefOutput>;

/** The combine step of a long article: one headline and bullets from the briefs of its parts. */
export const articleBriefCombineOutput = z.object({
  headline: z.string(),
  bullets: z.array(z.string()),
});
export type ArticleBriefCombineOutput = z.infer<typeof articleBriefCombineOutput>;

export const digestComposeOutput = z.object({
  intro: z.string(),
  stories: z.array(z.object({ storyId: z.string(), summary: z.string() })),
});
export type DigestComposeOutput = z.infer<typeof digestComposeOutput>;

export const questionAnswerOutput = z.object({
  answer: z.string(),
  citedSentenceNumbers: z.array(z.number().int()),
  answerable: z.boolean(),
});
export type QuestionAnswerOutput = z.infer<typeof questionAnswerOutput>;

/** Output schemas by the name prompt files use in their `output:` front-matter field. */
export const outputSchemas = {
  'article-brief': articleBriefOutput,
  'article-brief-combine': articleBriefCombineOutput,
  'digest-compose': digestComposeOutput,
  'question-answer': questionAnswerOutput,
} as const;

export type OutputSchemaName = keyof typeof outputSchemas;

export function isOutputSchemaName(name: string): name is OutputSchemaName {
  return Object.hasOwn(outputSchemas, name);
}
