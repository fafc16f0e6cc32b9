import OpenAI, { APIError } from 'openai';
import { AppError, isAppError } from '../../../core/errors.ts';
import type { TokenUsage } from '../../../core/model/brief.ts';
import type {
  LlmClient,
  LlmMessage,
  LlmRequest,
  LlmResponse,
} from '../../../core/ports/llm-client.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { estimateTokens } from '../../../core/prompts/estimate-tokens.ts';
import { parseModelOutput } from './parse-model-output.ts';
import type { CompletionReply, RequestSettings } from './request-completion.ts';
import { requestCompletion } from './request-completion.ts';
import { toStrictJsonSchema } from './strict-json-schema.ts';
import type { StructuredOutputMode } from './structured-output.ts';
import {
  describeApiError,
  isMaxTokensRejection,
  isResponseFormatRejection,
  isTemperatureRejection,
  messagesFor,
  responseFormatFor,
  structuredOutputModes,
} from './structured-output.ts';

export interface OpenAiLlmClientOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama. */
  baseUrl?: string;
  model: string;
  /** Time cap per model request. Default 60 s. */
  timeoutMs?: number;
  /** Retries on 429, 5xx, timeouts and connection errors. Default 2. */
  maxRetries?: number;
  /** Longest `retry-after` we wait for; a longer one fails at once (retryable). Default 20 s. */
  maxRetryAfterMs?: number;
  /** First backoff step when the server gives no `retry-after`. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** auto tries json_schema, then json_object, then plain text, and remembers what worked. */
  structuredOutput?: StructuredOutputMode | 'auto';
  /** Ask for SSE streaming (helps behind proxies that cut idle connections). Default false. */
  stream?: boolean;
  logger: Logger;
}

/**
 * An LlmClient on the official openai SDK's Chat Completions, the API every compatible server
 * speaks. Each answer is parsed and validated with the request's zod schema; an invalid one
 * gets one repair request showing the model its error. Fails with AppError llm-unavailable
 * (retryable after our capped retries), llm-refused or llm-invalid-output.
 */
export function createOpenAiLlmClient(options: OpenAiLlmClientOptions): LlmClient {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const logger = options.logger.child({ component: 'openai', model: options.model });
  const sdk = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: timeoutMs + 5_000,
  });
  const settings: RequestSettings = {
    sdk,
    timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 20_000,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
    stream: options.stream ?? false,
    logger,
  };
  const configured = options.structuredOutput ?? 'auto';
  const ladder: readonly StructuredOutputMode[] =
    configured === 'auto' ? structuredOutputModes : [configured];
  // What this server accepted so far; only ever moves down the ladder.
  const learned = {
    rung: 0,
    tokenField: 'max_tokens' as 'max_tokens' | 'max_completion_tokens',
    sendTemperature: true,
  };

  async function send<Output>(
    request: LlmRequest<Output>,
    conversation: LlmMessage[],
    jsonSchema: Record<string, unknown>,
  ): Promise<CompletionReply> {
    for (;;) {
      const rung = learned.rung;
      const mode = ladder[rung] ?? 'none';
      const tokenField = learned.tokenField;
      const responseFormat = responseFormatFor(mode, request.output.name, jsonSchema);
      try {
        return await requestCompletion(
          settings,
          {
            model: options.model,
            messages: messagesFor(mode, conversation, jsonSchema),
            ...(request.temperature === undefined || !learned.sendTemperature
              ? {}
              : { temperature: request.temperature }),
            ...(request.maxOutputTokens === undefined
              ? {}
              : { [tokenField]: request.maxOutputTokens }),
            ...(responseFormat === undefined ? {} : { response_format: responseFormat }),
          },
          request.signal,
        );
      } catch (error) {
        if (isResponseFormatRejection(error) && rung + 1 < ladder.length) {
          learned.rung = Math.max(learned.rung, rung + 1);
          logger.warn(
            { rejected: mode, next: ladder[rung + 1], err: error },
            'server rejected the response format; falling back',
          );
          continue;
        }
        if (isMaxTokensRejection(error) && tokenField === 'max_tokens') {
          learned.tokenField = 'max_completion_tokens';
          continue;
        }
        if (
          isTemperatureRejection(error) &&
          learned.sendTemperature &&
          request.temperature !== undefined
        ) {
          learned.sendTemperature = false;
          continue;
        }
        throw classifyFailure(error, options.model);
      }
    }
  }

  return {
    model: options.model,
    async complete<Output>(request: LlmRequest<Output>): Promise<LlmResponse<Output>> {
      const jsonSchema = toStrictJsonSchema(request.output.schema);
      const usage: TokenUsage = { promptTokens: 0, completionTokens: 0, calls: 0 };
      let conversation = request.messages;
      let attempt = request;
      for (let repairs = 0; ; repairs += 1) {
        const reply = await send(attempt, conversation, jsonSchema);
        addUsage(usage, reply, conversation);
        if (
          (reply.refusal !== undefined && reply.refusal.trim() !== '') ||
          reply.finishReason === 'content_filter'
        ) {
          throw new AppError({
            code: 'llm-refused',
            userMessage: 'The language model declined to work on this text.',
            details: {
              refusal: reply.refusal?.slice(0, 300),
              finishReason: reply.finishReason,
              usage,
            },
          });
        }
        const parsed = parseModelOutput(reply.content, request.output.schema);
        if (parsed.ok) return { value: parsed.value, model: reply.model || options.model, usage };
        const roomToFinish = moreRoom(request, attempt, reply);
        if (roomToFinish !== undefined) {
          logger.warn(
            { output: request.output.name, maxOutputTokens: roomToFinish.maxOutputTokens },
            'model reply cut off at the token limit; asking again with more room',
          );
          attempt = roomToFinish;
          continue;
        }
        if (reply.finishReason === 'length' || repairs >= 1) {
          throw new AppError({
            code: 'llm-invalid-output',
            userMessage:
              reply.finishReason === 'length'
                ? "The language model's answer was cut off before it was complete."
                : 'The language model did not return a usable answer.',
            details: {
              problem: parsed.problem,
              finishReason: reply.finishReason,
              usage,
              replyStart: reply.content.slice(0, 200),
            },
          });
        }
        logger.warn(
          { problem: parsed.problem, output: request.output.name },
          'model output invalid; asking for a repair',
        );
        conversation = [
          ...request.messages,
          { role: 'assistant', content: reply.content.slice(0, 8_000) },
          {
            role: 'user',
            content: `That reply is not usable: ${parsed.problem}. Reply again with only the corrected JSON object.`,
          },
        ];
      }
    },
  };
}

/**
 * A reply cut off at the token limit (`finish_reason: length`) gets one more try with three
 * times the room: reasoning models spend much of their budget thinking before they answer, and
 * a repair request would be cut off the same way. Once only, so a runaway model costs at most
 * one extra call.
 */
const roomFactor = 3;

function moreRoom<Output>(
  request: LlmRequest<Output>,
  attempt: LlmRequest<Output>,
  reply: CompletionReply,
): LlmRequest<Output> | undefined {
  if (reply.finishReason !== 'length' || attempt !== request) return undefined;
  if (request.maxOutputTokens === undefined) return undefined;
  return { ...request, maxOutputTokens: request.maxOutputTokens * roomFactor };
}

/** Servers that omit usage (some local ones) still get an estimate, so budgets stay visible. */
function addUsage(usage: TokenUsage, reply: CompletionReply, conversation: LlmMessage[]): void {
  usage.calls += 1;
  usage.promptTokens +=
    reply.usage?.promptTokens ??
    estimateTokens(conversation.map((message) => message.content).join('\n'));
  usage.completionTokens += reply.usage?.completionTokens ?? estimateTokens(reply.content);
}

function classifyFailure(error: unknown, model: string): AppError {
  if (isAppError(error)) return error;
  if (error instanceof APIError && typeof error.status === 'number') {
    const details = { status: error.status, detail: describeApiError(error).slice(0, 300) };
    const userMessage =
      error.status === 401 || error.status === 403
        ? 'The language model server rejected our API key.'
        : error.status === 404
          ? `The language model server does not offer the model "${model}".`
          : 'The language model server rejected the request.';
    return new AppError({
      code: 'llm-unavailable',
      userMessage,
      retryable: false,
      cause: error,
      details,
    });
  }
  return new AppError({
    code: 'llm-unavailable',
    userMessage: 'The language model could not be reached.',
    retryable: false,
    cause: error,
  });
}
