import type OpenAI from 'openai';
import { APIError } from 'openai';
import { AppError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { backoffMs, isRetryableFailure, retryAfterMs, sleep } from './retry-policy.ts';

export type CompletionBody = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming;

/** One model reply, the same whether it came as one JSON body or as SSE chunks. */
export interface CompletionReply {
  content: string;
  refusal: string | undefined;
  finishReason: string | null;
  usage: { promptTokens: number; completionTokens: number } | undefined;
  model: string;
}

export interface RequestSettings {
  sdk: OpenAI;
  timeoutMs: number;
  maxRetries: number;
  maxRetryAfterMs: number;
  retryBaseDelayMs: number;
  stream: boolean;
  logger: Logger;
}

/**
 * Sends one chat completion with our own timeout and capped retries (the SDK's are off: it
 * would wait as long as any `retry-after` says). Retries 429, 5xx, timeouts and connection
 * errors; waits what `retry-after` asks when that is within the cap, and gives up at once when
 * the server asks for longer (a queue retry later is better than a worker asleep).
 * Other API errors are rethrown as they are, for the caller to classify.
 */
export async function requestCompletion(
  settings: RequestSettings,
  body: CompletionBody,
  signal?: AbortSignal,
): Promise<CompletionReply> {
  for (let attempt = 0; ; attempt += 1) {
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new Error('model request timed out')),
      settings.timeoutMs,
    );
    const combined =
      signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
    try {
      return await sendOnce(settings, body, combined);
    } catch (error) {
      if (signal?.aborted === true) throw cancelled(error);
      const timedOut = timeout.signal.aborted;
      if (!isRetryableFailure(error, timedOut)) throw error;
      const requested = retryAfterMs(error);
      const exhausted = attempt >= settings.maxRetries;
      const waitTooLong = requested !== undefined && requested > settings.maxRetryAfterMs;
      const details = {
        attempt: attempt + 1,
        status: error instanceof APIError ? error.status : undefined,
        timedOut,
        retryAfterMs: requested,
      };
      if (exhausted || waitTooLong) throw unavailable(error, details, waitTooLong);
      const delay = requested ?? backoffMs(attempt, settings.retryBaseDelayMs);
      settings.logger.warn(
        { ...details, delayMs: delay, err: error },
        'model request failed; retrying',
      );
      try {
        await sleep(delay, signal);
      } catch (abortReason) {
        throw cancelled(abortReason);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

async function sendOnce(
  settings: RequestSettings,
  body: CompletionBody,
  signal: AbortSignal,
): Promise<CompletionReply> {
  // The SDK's timeout is only a backstop behind ours; its retries stay off.
  const requestOptions = { signal, maxRetries: 0, timeout: settings.timeoutMs + 5_000 };
  if (!settings.stream) {
    const completion = await settings.sdk.chat.completions.create(body, requestOptions);
    const choice = completion.choices[0];
    return {
      content: choice?.message.content ?? '',
      refusal: choice?.message.refusal ?? undefined,
      finishReason: choice?.finish_reason ?? null,
      usage:
        completion.usage === undefined
          ? undefined
          : {
              promptTokens: completion.usage.prompt_tokens,
              completionTokens: completion.usage.completion_tokens,
            },
      model: completion.model,
    };
  }
  const stream = await settings.sdk.chat.completions.create(
    { ...body, stream: true, stream_options: { include_usage: true } },
    requestOptions,
  );
  const reply: CompletionReply = {
    content: '',
    refusal: undefined,
    finishReason: null,
    usage: undefined,
    model: body.model,
  };
  for await (const chunk of stream) {
    if (chunk.model) reply.model = chunk.model;
    if (chunk.usage)
      reply.usage = {
        promptTokens: chunk.usage.prompt_tokens,
        completionTokens: chunk.usage.completion_tokens,
      };
    const choice = chunk.choices[0];
    if (choice === undefined) continue;
    reply.content += choice.delta.content ?? '';
    if (choice.delta.refusal) reply.refusal = (reply.refusal ?? '') + choice.delta.refusal;
    if (choice.finish_reason) reply.finishReason = choice.finish_reason;
  }
  return reply;
}

function unavailable(
  cause: unknown,
  details: Record<string, unknown>,
  waitTooLong: boolean,
): AppError {
  return new AppError({
    code: 'llm-unavailable',
    userMessage: waitTooLong
      ? 'The language model is rate-limited right now; please try again in a few minutes.'
      : 'The language model is not responding right now; please try again in a few minutes.',
    retryable: true,
    cause,
    details,
  });
}

function cancelled(cause: unknown): AppError {
  return new AppError({
    code: 'llm-unavailable',
    userMessage: 'The model request was cancelled.',
    retryable: false,
    cause,
    details: { aborted: true },
  });
}
