import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askQuestionModal } from '../../../src/adapters/chat/discord/discord-custom-ids.ts';
import { buttonInteraction, modalSubmitInteraction } from '../../fakes/discord/discord-payloads.ts';
import { seedText } from '../../fakes/seed-news-site.ts';
import {
  startDiscordHarness,
  unescapeMarkdown,
  waitForCall,
  type DiscordHarness,
} from './discord-harness.ts';
import {
  buttonsOf,
  interactionBase,
  isCallback,
  isOriginalEdit,
  postsTo,
  summarizeStory,
  type Embed,
} from './discord-test-steps.ts';

let harness: DiscordHarness;
/** The seed with its whitespace collapsed, to look sentences up in. */
const flatSeed = seedText.replace(/\s+/g, ' ');

beforeAll(async () => {
  harness = await startDiscordHarness('discord-ask');
}, 30_000);

afterAll(async () => {
  await harness.close();
}, 30_000);

/** A brief posted by the worker, its thread started, and the buttons under it. */
async function briefWithThread() {
  const { brief, messageId } = await summarizeStory(harness);
  const { fake } = harness;
  await waitForCall(
    fake.calls,
    (call) =>
      call.method === 'POST' &&
      call.path === `/channels/${fake.channelId}/messages/${messageId}/threads` &&
      call.status === 201,
  );
  const message = fake.apiMessage(messageId);
  if (message === undefined) throw new Error('the brief message is not in the channel');
  const customIdOf = (prefix: string) => {
    const button = buttonsOf(brief).find((item) => item.custom_id?.startsWith(`${prefix}|`));
    if (button?.custom_id === undefined) throw new Error(`no ${prefix} button on the brief`);
    return button.custom_id;
  };
  return { messageId, message, customIdOf };
}

describe('the buttons under a Discord brief', () => {
  it('"Ask a question" opens a modal with a question box, and its answer is posted in the brief’s thread with the article’s sentences', async () => {
    const { fake } = harness;
    const { messageId, message, customIdOf } = await briefWithThread();

    const press = buttonInteraction({
      ...interactionBase(harness),
      customId: customIdOf('brief-ask-question'),
      message,
    });
    harness.interact(press);
    const modal = await waitForCall(fake.calls, isCallback(press));
    expect(modal.body).toMatchObject({
      type: 9,
      data: {
        custom_id: askQuestionModal.prefix,
        title: 'Ask about this article',
        components: [
          {
            type: 18,
            label: 'Your question',
            component: { type: 4, custom_id: askQuestionModal.input, required: true },
          },
        ],
      },
    });

    const question = 'Who did Trump pick as his special envoy for Ukraine and Russia?';
    const submit = modalSubmitInteraction({
      ...interactionBase(harness),
      customId: askQuestionModal.prefix,
      message,
      fields: { [askQuestionModal.input]: question },
    });
    harness.interact(submit);
    const deferral = await waitForCall(fake.calls, isCallback(submit));
    expect(deferral.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const pointer = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'PATCH' &&
        call.path.endsWith(`/${submit.token}/messages/@original`) &&
        call.body?.content !== undefined,
    );
    expect(pointer.body?.content).toBe(`I'll answer in <#${messageId}>.`);

    const answer = await waitForCall(
      fake.calls,
      (call) =>
        call.method === 'POST' &&
        call.path === `/channels/${messageId}/messages` &&
        call.status === 200 &&
        String(call.body?.content).includes('-# Answered by'),
      30_000,
    );
    const [asked] = postsTo(harness, messageId);
    expect(asked?.body?.content).toBe(`**reader** asked:\n> ${question}`);
    const [answerText = ''] = String(answer.body?.content).split('\n\n-# ');
    expect(answerText).toContain('Keith Kellogg');
    for (const sentence of answerText.split(' … ')) expect(flatSeed).toContain(sentence.trim());
    expect(postsTo(harness, fake.channelId)).toEqual([]);
  }, 60_000);

  it('"Key quotes" replies in the channel with the verified quotes and their speakers', async () => {
    const { fake, site } = harness;
    const { message, customIdOf } = await briefWithThread();
    const press = buttonInteraction({
      ...interactionBase(harness),
      customId: customIdOf('brief-key-quotes'),
      message,
    });
    harness.interact(press);
    const deferral = await waitForCall(fake.calls, isCallback(press));
    expect(deferral.body).toMatchObject({ type: 5 });
    expect(Number((deferral.body?.data as { flags?: number } | undefined)?.flags ?? 0) & 64).toBe(
      0,
    );
    const reply = await waitForCall(fake.calls, isOriginalEdit(press.token, true), 30_000);
    const embeds = reply.body?.embeds as Embed[];
    expect(embeds[0]?.url).toBe(site.url('/story'));
    const description = embeds.map((embed) => embed.description ?? '').join('\n');
    const quotes = [
      ...description.matchAll(/^> “(.+)”\n> — \*\*(.+)\*\* · \[in context\]\((\S+)\)$/gm),
    ];
    expect(quotes.length).toBeGreaterThan(0);
    expect(description).not.toMatch(/^• /m);
    for (const [, text = '', speaker = '', link = ''] of quotes) {
      expect(link.startsWith(`${site.url('/story')}#:~:text=`)).toBe(true);
      for (const part of unescapeMarkdown(text).split(' … ')) expect(flatSeed).toContain(part);
      expect(speaker.length).toBeGreaterThan(1);
      expect(flatSeed).toContain(unescapeMarkdown(speaker));
    }
  }, 60_000);
});
