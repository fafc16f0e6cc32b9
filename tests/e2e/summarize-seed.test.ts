import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './cli-helpers.ts';

const seedPath = 'seeds/putin-trump-ukraine-2024-11-28.txt';
const seedText = readFileSync(`${projectRoot}/${seedPath}`, 'utf8');

interface QuoteOutput {
  text: string;
  speaker: string;
  start: number;
  end: number;
}
interface SummarizeOutput {
  article: { title: string; text: string };
  brief: {
    headline: string;
    bullets: string[];
    keyQuotes: QuoteOutput[];
    engine: { name: string };
  };
}

describe('newsbrief summarize <the owner seed> --format json', () => {
  let output: SummarizeOutput;

  beforeAll(async () => {
    const result = await runCli(['summarize', seedPath, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    output = JSON.parse(result.stdout) as SummarizeOutput;
  });

  it("returns Putin's two longer statements and Kellogg's written statement as key quotes with their speakers", () => {
    const { keyQuotes } = output.brief;
    const speakerOf = (fragment: string) =>
      keyQuotes.find((quote) => quote.text.includes(fragment))?.speaker;
    expect(
      speakerOf('It’s possible that the current administration wants to create difficulties'),
    ).toMatch(/Putin/);
    expect(speakerOf('I think he will find a solution')).toMatch(/Putin/);
    expect(
      speakerOf('By escalating the situation, by increasing the degree of confrontation'),
    ).toMatch(/Putin/);
    expect(speakerOf('Bringing the Russia-Ukraine war to a close')).toMatch(/Kellogg/);
  });

  it('gives every quote as a verbatim span of the seed and of the article text at its offsets', () => {
    expect(output.brief.keyQuotes.length).toBeGreaterThanOrEqual(3);
    for (const quote of output.brief.keyQuotes) {
      expect(seedText).toContain(quote.text);
      expect(output.article.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('does not show partial quotes or names in quotation marks as key quotes', () => {
    const texts = output.brief.keyQuotes.map((quote) => quote.text.replace(/[,.]$/, ''));
    expect(texts).not.toContain('clever and experienced');
    expect(texts).not.toContain('Oreshnik');
    expect(texts).not.toContain('risk-averse pattern');
  });

  it('keeps page debris out of the summary and the article text', () => {
    const debris = [
      'Mikhail Tereshchenko',
      'Getty Images',
      'Updated:',
      '0:00',
      'senior reporter for The Epoch Times',
      'twitter',
    ];
    for (const bullet of output.brief.bullets) {
      for (const fragment of debris) expect(bullet).not.toContain(fragment);
    }
    for (const fragment of debris) expect(output.article.text).not.toContain(fragment);
    expect(output.brief.bullets.length).toBeGreaterThanOrEqual(3);
    expect(output.brief.bullets.length).toBeLessThanOrEqual(5);
    expect(output.article.title).toBe(
      'Putin Says He’s Confident Trump Can Navigate Ukraine Crisis, Repair US–Russia Ties',
    );
    expect(output.brief.engine.name).toBe('offline');
  });

  it('keeps every sentence of the body verbatim', () => {
    const bodyParagraph =
      'Putin said President Joe Biden’s reported authorization of Ukraine’s use of ATACMS missiles to target Russian territory is a significant escalation in the conflict. He said this decision could complicate the incoming Trump administration’s efforts to engage Russia in peace talks.';
    expect(output.article.text).toContain(bodyParagraph);
  });
});

describe('newsbrief summarize --format text', () => {
  it('prints a readable brief with headline, bullets, quotes with speakers and a source line', async () => {
    const result = await runCli(['summarize', seedPath]);
    expect(result.exitCode).toBe(0);
    const flowing = result.stdout.replace(/\s+/g, ' ');
    expect(result.stdout).toContain('PUTIN SAYS HE’S CONFIDENT TRUMP');
    expect(result.stdout).toMatch(/^ {2}• /m);
    expect(result.stdout).toMatch(/— (Vladimir )?Putin/);
    expect(result.stdout).toContain('Keith Kellogg');
    expect(flowing).toContain(`Read from the file ${seedPath}`);
    expect(flowing).toContain('Written by the offline extractive engine');
  });

  it('reads standard input with -', async () => {
    const result = await runCli(['summarize', '-', '--format', 'json'], { stdin: seedText });
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as SummarizeOutput & {
      article: { source: { origin: string } };
    };
    expect(output.article.source.origin).toBe('stdin');
    expect(output.brief.keyQuotes.some((quote) => quote.speaker.includes('Kellogg'))).toBe(true);
  });
});
