import type { Answer } from '../model/answer.ts';
import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';

const fallbackTextLength = 200;

/**
 * The platform-neutral reply to a thread question. A model's answer is followed by the
 * sentences it cited ("From the article: “…”"); an offline answer IS those sentences, so it is
 * shown once (the footer says it is verbatim; wrapping it in marks would nest the article's own
 * quotation marks). Not-answerable answers show the explicit "The article doesn't say"
 * sentence, or the offline engine's closest passages after a label saying they are not an
 * answer (its text already holds them). A last context line says which engine answered, and why the offline one did when
 * a model was asked.
 */
export function buildAnswerMessage(answer: Answer): ChatMessage {
  const verbatim = answer.engine.name === 'offline' && answer.answerable;
  const blocks: ChatBlock[] = [{ type: 'paragraph', text: answer.text }];
  if (answer.answerable && !verbatim) {
    for (const citation of answer.citations)
      blocks.push({ type: 'context', text: `From the article: ${quoted(citation.text)}` });
  }
  blocks.push({ type: 'context', text: describeAnswerEngine(answer) });
  return { fallbackText: shorten(answer.text), blocks };
}

/** Which engine answered, in words, for the message footer. */
export function describeAnswerEngine(answer: Answer): string {
  const { engine } = answer;
  const how = answer.answerable
    ? 'quoted verbatim from the article'
    : answer.closestPassages === true
      ? 'no sentence answers this directly; the closest ones are quoted verbatim'
      : 'no sentence of the article answers this';
  if (engine.fallbackReason !== undefined)
    return `Answered by the offline engine (${how}) because the model’s answer could not be used: ${engine.fallbackReason}`;
  if (engine.name === 'offline') return `Answered by the offline engine (${how})`;
  const prompt = engine.promptVersion === undefined ? '' : `, prompt v${engine.promptVersion}`;
  const checked = answer.answerable ? '; cited sentences checked against the text' : '';
  return `Answered by ${engine.model ?? 'a model'}${prompt}${checked}`;
}

function quoted(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= fallbackTextLength ? flat : `${flat.slice(0, fallbackTextLength - 1)}…`;
}
