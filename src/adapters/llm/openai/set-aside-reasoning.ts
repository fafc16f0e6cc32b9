/**
 * Reasoning models served without a reasoning parser (DeepSeek-R1, Qwen3, QwQ through Ollama,
 * vLLM or llama.cpp) write their thinking into the reply itself, `<think>…</think>` ahead of
 * the answer, often with braces and half-written JSON inside. The answer is what follows the
 * last closing tag. A reply whose thinking never closed (cut off at the token limit) has no
 * answer at all. Servers that do parse reasoning send it in a separate field
 * (`reasoning_content`, `reasoning`) that we never read as the answer.
 */
const reasoningTags = ['think', 'thinking', 'reasoning'] as const;

export function setAsideReasoning(reply: string): string {
  let answer = reply;
  for (const tag of reasoningTags) {
    const closing = `</${tag}>`;
    const closedAt = answer.toLowerCase().lastIndexOf(closing);
    if (closedAt !== -1) {
      answer = answer.slice(closedAt + closing.length);
      continue;
    }
    if (new RegExp(`^\\s*<${tag}>`, 'iu').test(answer)) return '';
  }
  return answer.trim();
}
