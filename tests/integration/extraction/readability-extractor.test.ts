import { describe, expect, it } from 'vitest';
import { createReadabilityExtractor } from '../../../src/adapters/web/readability/create-readability-extractor.ts';
import { extractArticlePage } from '../../../src/adapters/web/readability/extract-article-page.ts';
import { cleanArticleText } from '../../../src/core/pipeline/clean-article-text.ts';
import { AppError } from '../../../src/core/errors.ts';
import { loadExtractionFixtures, scoreOutcome } from './extraction-score.ts';

const extractor = createReadabilityExtractor();
const fixtures = loadExtractionFixtures();

function fixture(name: string): { html: string; url: string; expected: string | undefined } {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`missing fixture ${name}`);
  return found;
}

function extractAndClean(name: string): {
  text: string;
  page: ReturnType<typeof extractArticlePage>;
} {
  const { html, url } = fixture(name);
  const page = extractArticlePage(html, url);
  return {
    page,
    text: cleanArticleText(page.text, {
      title: page.title,
      ...(page.byline === undefined ? {} : { byline: page.byline }),
    }).text,
  };
}

function extractionError(name: string): AppError {
  const { html, url } = fixture(name);
  try {
    extractArticlePage(html, url);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted as an article`);
}

describe('createReadabilityExtractor on the fixtures', () => {
  it('has at least 12 fixtures, each with an expected body', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  it('reads a wire story: metadata, paragraphs apart, no share bar, ad label or sign-off', () => {
    const { page, text } = extractAndClean('wire-service');
    expect(page.title).toBe('EU agrees to extend gas storage rules by two years');
    expect(page.byline).toBe('Kate Abnett');
    expect(page.publishedAt).toBe('2024-11-28T14:32:00.000Z');
    expect(page.siteName).toBe('Reuters');
    expect(page.language).toBe('en');
    expect(page.canonicalUrl).toBe(
      'https://www.reuters.com/business/energy/eu-agrees-extend-gas-storage-rules-2024-11-28/',
    );
    expect(page.paywalled).toBe(false);
    expect(text).toBe(fixture('wire-service').expected);
    expect(page.text).not.toMatch(/Linkedin|Scroll to continue|Read Next/u);
  });

  it('builds paragraphs from block elements instead of gluing them', () => {
    const { page } = extractAndClean('blog-post');
    expect(page.text).toContain(
      'from here. In plain English: don’t expect your monthly payment to drop sharply next year.\n\nWhy so cautious?\n\nThe Bank now expects',
    );
    expect(page.text).not.toMatch(
      /Share this:|Priya Nair is a personal finance writer|Great explainer/u,
    );
  });

  it('drops figcaptions and photo credits inside an <article>', () => {
    const { text } = extractAndClean('figure-article');
    expect(text).not.toMatch(
      /Getty Images|Photo: Lena Voss|AP Photo|Haze from Canadian wildfires/u,
    );
    expect(text).toContain(
      '“We used to think of wildfire smoke as a western problem,” said Dr. Aisha Raman'.replace(
        /[“”]/gu,
        '"',
      ),
    );
  });

  it('marks a JSON-LD paywall and keeps the free paragraphs', () => {
    const { page, text } = extractAndClean('paywall-jsonld');
    expect(page.paywalled).toBe(true);
    expect(text).toContain('Semiconductor makers are spending billions of dollars');
    expect(text).not.toMatch(/Subscribe to continue reading|Start your trial/u);
  });

  it('drops share bars, newsletter boxes, read-more links and the author card inside the content', () => {
    const { text } = extractAndClean('share-newsletter');
    expect(text).toBe(fixture('share-newsletter').expected);
  });

  it('keeps a table row per paragraph and list items apart', () => {
    const { text } = extractAndClean('table-list');
    expect(text).toContain(
      'Seats by party\n\nParty | Seats | Vote share\n\nProgress Coalition | 78 | 44.1%',
    );
    expect(text).toContain(
      'Hiring 5,000 new teachers for rural schools\n\nPassing an anti-corruption law',
    );
  });

  it('reads the language of a German page and drops its ad label and "Lesen Sie auch"', () => {
    const { page, text } = extractAndClean('non-english');
    expect(page.language).toBe('de');
    expect(text).toBe(fixture('non-english').expected);
  });

  it('rejects a home page as not an article, with the user-facing sentence', () => {
    const error = extractionError('home-page');
    expect(error.code).toBe('not-an-article');
    expect(error.userMessage).toBe(
      'That page does not look like a news article, so there is nothing to summarize.',
    );
    expect(error.retryable).toBe(false);
  });

  it('rejects a login page as not an article', () => {
    expect(extractionError('login-page').code).toBe('not-an-article');
  });

  it('accepts a two-paragraph brief', () => {
    expect(extractAndClean('short-brief').text).toBe(fixture('short-brief').expected);
  });

  it('rejects an empty page and a one-line page', async () => {
    await expect(
      extractor.extract('<html><body></body></html>', 'https://example.com/'),
    ).rejects.toThrow(AppError);
    await expect(
      extractor.extract('<html><body><p>Hello world.</p></body></html>', 'https://example.com/'),
    ).rejects.toThrow(
      'That page does not look like a news article, so there is nothing to summarize.',
    );
  });

  it('keeps mean token F1 of extractor + cleaner at or above 0.95 on the fixtures', () => {
    const scores = fixtures.map((page) => {
      let text: string | undefined;
      try {
        text = extractAndClean(page.name).text;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
      return scoreOutcome(text, page.expected).f1;
    });
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });
});
