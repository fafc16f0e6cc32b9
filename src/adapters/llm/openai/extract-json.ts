/**
 * Finds the JSON object in a model's plain-text reply: the body of a ```json fence if there
 * is one, else the first balanced `{…}` (braces inside strings are skipped). Servers without
 * structured output often wrap the object in prose or a code fence.
 */
export function extractJson(reply: string): string | undefined {
  const fenced = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/.exec(reply);
  const text = fenced?.[1] ?? reply;
  return firstBalancedObject(text) ?? (fenced === null ? undefined : firstBalancedObject(reply));
}

function firstBalancedObject(text: string): string | undefined {
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end !== undefined) return text.slice(start, end + 1);
  }
  return undefined;
}

function matchingBrace(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
      continue;
    }
    if (character === '"') inString = true;
    else if (character === '{') depth += 1;
    else if (character === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return undefined;
}
