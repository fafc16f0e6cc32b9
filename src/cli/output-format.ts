import { Option } from 'commander';

export const outputFormats = ['text', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format')
    .choices(outputFormats)
    .default('text');
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
