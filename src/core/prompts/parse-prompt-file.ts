import { AppError } from '../errors.ts';
import { isOutputSchemaName, outputSchemas } from './output-schemas.ts';
import type { PromptParameters, PromptSection, PromptTemplate } from './prompt-template.ts';
import { promptSections } from './prompt-template.ts';

/** `{{name}}` or `{{ name }}`; anything else between braces is reported as malformed. */
export const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

const frontMatterKeys = [
  'id',
  'version',
  'output',
  'temperature',
  'maxOutputTokens',
  'variables',
  'description',
];

/**
 * Parses a prompt file: `---` front matter (`key: value` lines: id, version, output, variables,
 * optional temperature, maxOutputTokens, description), then `## system` and `## user` sections
 * holding `{{variable}}` templates. Throws AppError config-invalid listing every problem, so a
 * broken prompt stops the process at start, not at the first request.
 */
export function parsePromptFile(source: string, fileName: string): PromptTemplate {
  const problems: string[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const fields = readFrontMatter(lines, problems);
  const sections = readSections(lines.slice(fields.bodyStart), problems);

  const id = requireField(fields.values, 'id', problems);
  const version = requireField(fields.values, 'version', problems);
  const outputName = requireField(fields.values, 'output', problems);
  if (outputName !== undefined && !isOutputSchemaName(outputName)) {
    problems.push(
      `unknown output schema "${outputName}" (known: ${Object.keys(outputSchemas).join(', ')})`,
    );
  }
  const parameters = readParameters(fields.values, problems);
  const declared = readDeclaredVariables(fields.values, problems);
  const used = usedVariables(sections, problems);
  for (const name of used)
    if (!declared.includes(name)) problems.push(`{{${name}}} is used but not listed in variables`);
  for (const name of declared)
    if (!used.includes(name)) problems.push(`variable "${name}" is declared but never used`);

  if (
    problems.length > 0 ||
    id === undefined ||
    version === undefined ||
    outputName === undefined ||
    !isOutputSchemaName(outputName)
  ) {
    throw new AppError({
      code: 'config-invalid',
      userMessage: `Prompt file ${fileName} is invalid: ${problems.join('; ')}.`,
      details: { fileName, problems },
    });
  }
  return {
    id,
    version,
    output: outputName,
    parameters,
    variables: declared,
    sections: { system: sections.system ?? '', user: sections.user ?? '' },
    fileName,
  };
}

function readFrontMatter(
  lines: string[],
  problems: string[],
): { values: Map<string, string>; bodyStart: number } {
  const values = new Map<string, string>();
  if (lines[0]?.trim() !== '---') {
    problems.push('missing front matter (the file must start with a "---" line)');
    return { values, bodyStart: 0 };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    problems.push('front matter is not closed by a "---" line');
    return { values, bodyStart: lines.length };
  }
  for (const [offset, line] of lines.slice(1, end).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z][A-Za-z0-9_]*)\s*:\s*(.*)$/.exec(line.trim());
    if (match === null || match[1] === undefined) {
      problems.push(`front matter line ${offset + 2} is not "key: value"`);
      continue;
    }
    if (!frontMatterKeys.includes(match[1]))
      problems.push(`unknown front matter key "${match[1]}"`);
    values.set(match[1], unquote((match[2] ?? '').trim()));
  }
  return { values, bodyStart: end + 1 };
}

function readSections(lines: string[], problems: string[]): Partial<Record<PromptSection, string>> {
  const sections: Partial<Record<PromptSection, string>> = {};
  let current: PromptSection | undefined;
  let buffer: string[] = [];
  let strayReported = false;
  const flush = () => {
    if (current !== undefined) sections[current] = buffer.join('\n').trim();
    buffer = [];
  };
  for (const line of lines) {
    const heading = /^##\s+(\S.*?)\s*$/.exec(line);
    if (heading?.[1] !== undefined) {
      flush();
      const name = heading[1].toLowerCase();
      const known = promptSections.find((section) => section === name);
      if (known === undefined) {
        problems.push(`unknown section "## ${heading[1]}" (known: ${promptSections.join(', ')})`);
        strayReported = true;
      } else if (sections[known] !== undefined)
        problems.push(`section "## ${known}" appears twice`);
      current = known;
      continue;
    }
    if (current === undefined && line.trim() !== '' && !strayReported) {
      problems.push('text outside a section (before the first "## system" or "## user")');
      strayReported = true;
    }
    buffer.push(line);
  }
  flush();
  for (const section of promptSections) {
    if (sections[section] === undefined || sections[section] === '')
      problems.push(`missing or empty "## ${section}" section`);
  }
  return sections;
}

function requireField(
  values: Map<string, string>,
  key: string,
  problems: string[],
): string | undefined {
  const value = values.get(key);
  if (value === undefined || value === '') {
    problems.push(`missing "${key}" in front matter`);
    return undefined;
  }
  return value;
}

function readParameters(values: Map<string, string>, problems: string[]): PromptParameters {
  const parameters: PromptParameters = {};
  const temperature = values.get('temperature');
  if (temperature !== undefined) {
    const number = Number(temperature);
    if (temperature === '' || !Number.isFinite(number) || number < 0 || number > 2) {
      problems.push(`temperature must be a number from 0 to 2, got "${temperature}"`);
    } else parameters.temperature = number;
  }
  const maxOutputTokens = values.get('maxOutputTokens');
  if (maxOutputTokens !== undefined) {
    const number = Number(maxOutputTokens);
    if (!Number.isInteger(number) || number <= 0) {
      problems.push(`maxOutputTokens must be a positive integer, got "${maxOutputTokens}"`);
    } else parameters.maxOutputTokens = number;
  }
  return parameters;
}

function readDeclaredVariables(values: Map<string, string>, problems: string[]): string[] {
  const list = values.get('variables');
  if (list === undefined) {
    problems.push('missing "variables" in front matter (list every {{variable}}, comma-separated)');
    return [];
  }
  const names = list
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  for (const name of names)
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) problems.push(`invalid variable name "${name}"`);
  return [...new Set(names)];
}

function usedVariables(
  sections: Partial<Record<PromptSection, string>>,
  problems: string[],
): string[] {
  const used = new Set<string>();
  for (const text of Object.values(sections)) {
    for (const match of text.matchAll(placeholderPattern))
      if (match[1] !== undefined) used.add(match[1]);
    const leftover = text.replace(placeholderPattern, '');
    if (leftover.includes('{{') || leftover.includes('}}'))
      problems.push('malformed "{{…}}" placeholder');
  }
  return [...used];
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match?.[2] ?? value;
}
