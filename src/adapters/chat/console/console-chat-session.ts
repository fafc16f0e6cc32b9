import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { RedisClient } from '../../redis/redis-client.ts';
import {
  handleNewsCommand,
  type HandleNewsCommandDependencies,
} from '../../../core/commands/handle-news-command.ts';
import { questionRefusalFor } from '../../../core/messages/question-refusal.ts';
import type { ChatMessage, ChatTarget } from '../../../core/model/chat-message.ts';
import type { QuestionAnswerJob } from '../../../core/model/jobs.ts';
import type { ChatPublisher } from '../../../core/ports/chat-publisher.ts';
import type { JobQueue } from '../../../core/ports/job-queue.ts';
import type { PostedMessageStore } from '../../../core/ports/stores.ts';
import { findThreadRoot } from '../find-thread-root.ts';
import { consoleStreamKey, type ConsoleEvent } from './create-console-publisher.ts';
import { noSuchMessageSentence } from './describe-message-numbers.ts';
import { PendingResults } from './pending-results.ts';
import { renderConsoleText } from './render-console-text.ts';

export interface ConsoleChatOptions {
  commands: HandleNewsCommandDependencies;
  questionAnswer: JobQueue<QuestionAnswerJob>;
  publisher: ChatPublisher;
  /** What each numbered message is about, so a question under a "Nothing new" digest is refused at once. */
  postedMessages: PostedMessageStore;
  /** A connection of its own: XREAD BLOCK holds it while waiting. */
  reader: RedisClient;
  prefix: string;
  target: ChatTarget;
  user: { userId: string; displayName: string };
  timeZone: string;
  /** Where the chat's output goes (the terminal, or a test's buffer). */
  write(text: string): void;
  /** How long a question waits for a brief still being written. Default 60 s. */
  resultWaitMs?: number;
}

/**
 * A terminal chat channel that goes through the same command handler, queues and workers as
 * Slack and Discord. Messages arrive on the channel's Redis stream (from any worker process)
 * and are numbered; `#3 question` or a plain line asks in the thread of message 3 (or the
 * latest brief).
 */
export class ConsoleChatSession {
  private readonly numbers = new Map<string, number>();
  private readonly threadable: string[] = [];
  private readonly pending = new PendingResults();
  private lastStreamId = '$';
  private stopped = false;

  constructor(private readonly options: ConsoleChatOptions) {}

  /** Reads the channel's stream until stop(); call once, without awaiting, before sending lines. */
  async listen(): Promise<void> {
    const key = consoleStreamKey(this.options.prefix, this.options.target.channelId);
    const latest = await this.options.reader.xrevrange(key, '+', '-', 'COUNT', 1);
    this.lastStreamId = latest[0]?.[0] ?? '0-0';
    while (!this.stopped) {
      const batches = await this.options.reader
        .xread('BLOCK', 1000, 'STREAMS', key, this.lastStreamId)
        .catch(() => null);
      for (const [, entries] of batches ?? []) {
        for (const [id, fields] of entries) {
          this.lastStreamId = id;
          const raw = fields[fields.indexOf('event') + 1];
          if (raw !== undefined) this.show(JSON.parse(raw) as ConsoleEvent);
        }
      }
    }
  }

  stop(): void {
    this.stopped = true;
  }

  /** Handles one line the user typed. */
  async handleLine(line: string): Promise<void> {
    const text = line.trim();
    if (text === '') return;
    if (/^\/news\b/i.test(text)) return this.command(text.replace(/^\/news\b/i, '').trim());
    if (text.startsWith('/')) {
      this.options.write(
        'Commands start with /news (try /news help). Anything else is a question about the latest brief.\n',
      );
      return;
    }
    const pointed = /^#(\d+)\s+(.+)$/s.exec(text);
    if (!(await this.waitForResult(pointed === null ? undefined : Number(pointed[1])))) return;
    const messageId =
      pointed === null ? this.threadable.at(-1) : this.messageIdOf(Number(pointed[1]));
    const question = pointed === null ? text : (pointed[2] ?? '');
    if (messageId === undefined && pointed !== null) {
      const briefNumbers = this.threadable.map((id) => this.numbers.get(id) ?? 0);
      this.options.write(`${noSuchMessageSentence(Number(pointed[1]), briefNumbers)}\n`);
      return;
    }
    if (messageId === undefined) {
      this.options.write(
        'There is no brief to ask about yet: start with /news summarize <url or file text>.\n',
      );
      return;
    }
    // Every message in the console is ours; its record may land a moment after it is shown.
    const root = await findThreadRoot(
      this.options.postedMessages,
      this.options.target,
      messageId,
      true,
    );
    const refusal = questionRefusalFor(root);
    if (refusal !== undefined) {
      this.options.write(`${refusal}\n`);
      return;
    }
    const progress = await this.options.publisher.post(
      { ...this.options.target, threadId: messageId },
      note('Looking in the article…'),
    );
    await this.options.questionAnswer.enqueue({
      requestId: randomUUID(),
      target: { ...this.options.target, threadId: messageId },
      question,
      requestedBy: this.options.user,
      progress,
    });
  }

  private async command(commandText: string): Promise<void> {
    const text = await inlineLocalFile(commandText);
    const reply = await handleNewsCommand(this.options.commands, {
      requestId: randomUUID(),
      target: this.options.target,
      user: { ...this.options.user, isAdmin: true },
      text,
      defaultTimeZone: this.options.timeZone,
      postProgress: async (progressText) => {
        const ref = await this.options.publisher.post(this.options.target, note(progressText));
        this.pending.add(ref.messageId);
        return ref;
      },
    });
    if (reply.visibility !== 'none') this.options.write(renderConsoleText(reply.message));
  }

  private show(event: ConsoleEvent): void {
    let number = this.numbers.get(event.messageId);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(event.messageId, number);
    }
    const isResult = event.message.blocks.some(
      (block) => block.type === 'heading' || block.type === 'quote',
    );
    if (isResult && event.threadId === undefined && !this.threadable.includes(event.messageId))
      this.threadable.push(event.messageId);
    const where =
      event.threadId === undefined
        ? ''
        : ` in the thread of #${this.numbers.get(event.threadId) ?? '?'}`;
    const label = event.kind === 'update' ? `#${number} (updated)${where}` : `#${number}${where}`;
    this.options.write(`\n── ${label} ──\n${renderConsoleText(event.message)}`);
    if (event.kind === 'update') this.pending.settle(event.messageId);
  }

  /**
   * A question for a message whose result is still being written (the latest, or `#N`) waits
   * for it, as a reader on a platform would see the brief first. False when it took too long.
   */
  private async waitForResult(number: number | undefined): Promise<boolean> {
    const messageId = number === undefined ? this.pending.latest() : this.messageIdOf(number);
    if (messageId === undefined || !this.pending.isPending(messageId)) return true;
    this.options.write(`Waiting for #${this.numbers.get(messageId) ?? '?'} to finish…\n`);
    if (await this.pending.wait(messageId, this.options.resultWaitMs ?? 60_000)) return true;
    this.options.write('The brief is still being written; ask again in a moment.\n');
    return false;
  }

  private messageIdOf(number: number): string | undefined {
    for (const [messageId, assigned] of this.numbers) if (assigned === number) return messageId;
    return undefined;
  }
}

/**
 * The console can summarize a local .txt file, or list its quotes: `/news summarize
 * seeds/story.txt` sends the file's text as if it were pasted (chat platforms have no files).
 */
async function inlineLocalFile(text: string): Promise<string> {
  const match = /^(summari[sz]e|quotes?)\s+(\S+\.txt)$/i.exec(text);
  if (match === null) return text;
  const contents = await readFile(match[2] ?? '', 'utf8').catch(() => undefined);
  return contents === undefined ? text : `${match[1]} ${contents}`;
}

function note(text: string): ChatMessage {
  return { fallbackText: text, blocks: [{ type: 'context', text: `⏳ ${text}` }] };
}
