import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '../core/model/article.ts';
import { AppError } from '../core/errors.ts';
import { buildArticleFromHtml } from '../core/pipeline/build-article-from-html.ts';
import { buildArticleFromText } from '../core/pipeline/build-article-from-text.ts';
import { fetchArticle } from '../core/pipeline/fetch-article.ts';
import type { CliDependencies } from './cli-dependencies.ts';

const maxFileBytes = 10 * 1024 * 1024;

/**
 * Reads the article a CLI command names: "-" for standard input, an http(s) URL (fetched
 * SSRF-safely), or a .txt / .html file. HTML is recognised by extension or by its first tag.
 */
export async function readArticleInput(
  input: string,
  dependencies: CliDependencies,
): Promise<Article> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    if (!/^https?:\/\//i.test(input)) {
      throw new AppError({
        code: 'url-invalid',
        userMessage: 'Only http and https links can be summarized.',
      });
    }
    dependencies.progress.step(`Reading ${input}…`);
    return fetchArticle(
      { fetcher: await dependencies.fetcher(), extractor: await dependencies.extractor() },
      input,
    );
  }
  const isStdin = input === '-';
  dependencies.progress.step(`Reading ${isStdin ? 'standard input' : input}…`);
  const raw = isStdin ? await readStandardInput() : await readInputFile(input);
  const source = {
    origin: isStdin ? 'stdin' : 'file',
    completeness: 'full',
    location: isStdin ? 'standard input' : input,
  } as const;
  const looksLikeHtml =
    ['.html', '.htm', '.xhtml'].includes(extname(input).toLowerCase()) ||
    /^\s*(<!doctype html|<html[\s>])/i.test(raw);
  if (looksLikeHtml)
    return buildArticleFromHtml({ extractor: await dependencies.extractor() }, raw, source);
  return buildArticleFromText(raw, source);
}

async function readInputFile(path: string): Promise<string> {
  const info = await stat(path).catch((error: unknown) => {
    throw new AppError({
      code: 'input-missing',
      userMessage: `There is no file at ${path}.`,
      cause: error,
    });
  });
  if (info.isDirectory()) {
    throw new AppError({ code: 'input-missing', userMessage: `${path} is a folder, not a file.` });
  }
  if (info.size > maxFileBytes) {
    throw new AppError({
      code: 'input-too-large',
      userMessage: `${path} is larger than the 10 MB limit for one article.`,
    });
  }
  return decodeUtf8(await readFile(path));
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxFileBytes) {
      throw new AppError({
        code: 'input-too-large',
        userMessage: 'Standard input is larger than the 10 MB limit for one article.',
      });
    }
    chunks.push(buffer);
  }
  return decodeUtf8(Buffer.concat(chunks));
}

/** Decodes UTF-8 (dropping a BOM); invalid bytes become U+FFFD, which the binary check counts. */
function decodeUtf8(bytes: Buffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}
