/**
 * Model cost per article: for each seed, brief it through the real openai client against the
 * local fake OpenAI-compatible server (zero latency) and print model calls, prompt and
 * completion tokens, and prompt overhead (tokens sent minus the article's own tokens).
 * Tokens are estimated with core/prompts/estimate-tokens (no tokenizer is installed here).
 * Run: npx tsx bench/model-brief.bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadPromptLibrary } from '../src/adapters/llm/load-prompt-library.ts';
import { createOpenAiLlmClient } from '../src/adapters/llm/openai/create-openai-llm-client.ts';
import { createReadabilityExtractor } from '../src/adapters/web/readability/create-readability-extractor.ts';
import { createModelBriefWriter } from '../src/core/engines/model-brief/create-model-brief-writer.ts';
import { createOfflineBriefWriter } from '../src/core/engines/offline/create-offline-brief-writer.ts';
import { briefArticle } from '../src/core/pipeline/brief-article.ts';
import { buildArticleFromHtml } from '../src/core/pipeline/build-article-from-html.ts';
import { buildArticleFromText } from '../src/core/pipeline/build-article-from-text.ts';
import { estimateTokens } from '../src/core/prompts/estimate-tokens.ts';
import { systemClock } from '../src/core/ports/clock.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { fakeReplies, startFakeOpenAiServer } from '../tests/fakes/fake-openai-server.ts';

const seedFolder = new URL('../seeds/', import.meta.url);
const extractor = createReadabilityExtractor();
const offline = createOfflineBriefWriter();
const prompts = await loadPromptLibrary();

// The fake model answers with the offline engine's own brief, so replies are realistic in size.
const server = await startFakeOpenAiServer();
const llm = createOpenAiLlmClient({
  apiKey: 'bench',
  baseUrl: server.baseUrl,
  model: 'bench-model',
  logger: silentLogger,
});
const writer = createModelBriefWriter({ llm, prompts, logger: silentLogger });

console.log(
  'model brief cost per article (article-brief prompt, standard length, json_schema mode)',
);
console.log('seed'.padEnd(38), 'calls', 'prompt', 'compl.', 'article', 'overhead');
const totals = { calls: 0, prompt: 0, completion: 0, overhead: 0, count: 0 };
for (const name of readdirSync(seedFolder).filter((file) => /\.(txt|html)$/.test(file))) {
  const raw = readFileSync(new URL(name, seedFolder), 'utf8');
  const source = { origin: 'file', completeness: 'full', location: name } as const;
  const article = name.endsWith('.html')
    ? await buildArticleFromHtml({ extractor }, raw, source)
    : buildArticleFromText(raw, source);
  const draft = await offline.write(article, { length: 'standard' });
  const reply = JSON.stringify({
    headline: draft.headline,
    bullets: draft.bullets,
    quotes: draft.quoteCandidates.map((quote) => ({ text: quote.text, speaker: quote.speaker })),
  });
  server.setHandler((request) => {
    const promptTokens = (request.body.messages ?? []).reduce(
      (sum, message) => sum + estimateTokens(message.content) + 4,
      0,
    );
    return fakeReplies.text(reply, {
      usage: { prompt_tokens: promptTokens, completion_tokens: estimateTokens(reply) },
    });
  });
  const before = server.requests.length;
  const brief = await briefArticle({ writer, clock: systemClock, logger: silentLogger }, article, {
    length: 'standard',
  });
  const calls = server.requests.length - before;
  const usage = brief.usage ?? { promptTokens: 0, completionTokens: 0, calls: 0 };
  const articleTokens = estimateTokens(article.text);
  const overhead = usage.promptTokens - articleTokens;
  totals.calls += calls;
  totals.prompt += usage.promptTokens;
  totals.completion += usage.completionTokens;
  totals.overhead += overhead;
  totals.count += 1;
  console.log(
    name.padEnd(38),
    String(calls).padStart(5),
    String(usage.promptTokens).padStart(6),
    String(usage.completionTokens).padStart(6),
    String(articleTokens).padStart(7),
    String(overhead).padStart(8),
  );
}
const mean = (value: number) => (value / totals.count).toFixed(1);
console.log(
  `mean per article: ${mean(totals.calls)} calls, ${mean(totals.prompt)} prompt tokens, ${mean(totals.completion)} completion tokens, ${mean(totals.overhead)} tokens of prompt overhead`,
);
await server.close();
