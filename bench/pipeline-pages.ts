import { readFileSync, readdirSync } from 'node:fs';
import { loadSummaryFixtures } from '../tests/fixtures/summaries/load-summary-fixtures.ts';

// Distinct pages: every seed and summary fixture, each edition with its own title and closing
// paragraph, so content hashes differ and the brief cache never answers.
const seedFolder = new URL('../seeds/', import.meta.url);
const sources = [
  ...readdirSync(seedFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const [title = '', ...rest] = readFileSync(new URL(name, seedFolder), 'utf8').split('\n');
      return { title, text: rest.join('\n') };
    }),
  ...loadSummaryFixtures().map((fixture) => ({ title: fixture.title, text: fixture.text })),
];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The HTML page of edition `index`: a seed or summary fixture, titled and closed by its number. */
export function editionPage(index: number): string {
  const source = sources[index % sources.length] ?? { title: '', text: '' };
  const title = `${source.title.split(' | ')[0] ?? ''} (edition ${index})`;
  const paragraphs = source.text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>${paragraphs}<p>This is edition ${index} of the story, filed by desk ${index % 7} at ${index} minutes past the hour.</p></article></body></html>`;
}
