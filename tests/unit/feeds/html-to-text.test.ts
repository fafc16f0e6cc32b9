import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../src/adapters/web/feed/html-entities.ts';
import {
  excerptOf,
  htmlToText,
  htmlToTextWithDom,
} from '../../../src/adapters/web/feed/html-to-text.ts';

const fragments = [
  '<p>One</p><p>Two &amp; three</p>',
  'Full &ldquo;text&rdquo; caf&eacute;&nbsp;x &#8217; &#x2019; &#147;old&#148;',
  'a<br>b<br/><br>c<script>alert("<p>")</script><style>p{}</style>d',
  '1 < 2 and AT&T &copy2024',
  '<div><p>x</p>\n\n<ul><li>a</li><li>b</li></ul></div>tail',
  '<img src=x onerror=alert(1)>hi <a href="/x" title="a > b">link</a>.',
  '<!-- a comment <p>hidden</p> -->shown<?php echo 1 ?>',
  '<P CLASS="lead">Upper</P><BR>case',
  '<figure><img alt="x"><figcaption>Caption</figcaption></figure><p>After</p>',
  '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
];

describe('htmlToText', () => {
  it('reads paragraphs, line breaks and entities, and drops scripts', () => {
    expect(htmlToText(fragments[0]!)).toBe('One\n\nTwo & three');
    expect(htmlToText(fragments[1]!)).toBe(
      'Full \u201ctext\u201d caf\u00e9 x \u2019 \u2019 \u201cold\u201d',
    );
    expect(htmlToText(fragments[2]!)).toBe('a\nb\ncd');
    expect(htmlToText(fragments[3]!)).toBe('1 < 2 and AT&T \u00a92024');
    expect(htmlToText(fragments[5]!)).toBe('hi link.');
  });

  it('gives the same text as a full DOM parse on every sample', () => {
    for (const fragment of fragments)
      expect(htmlToText(fragment)).toBe(htmlToTextWithDom(fragment));
  });

  it('agrees with the DOM parse on 500 generated well-formed fragments', () => {
    const words = [
      'word',
      ' ',
      '\n',
      '&amp;',
      '&nbsp;',
      '&rsquo;',
      '&#8220;',
      '&#x201D;',
      'R&D',
      '&pound5',
      'caf\u00e9',
      '<!-- c -->',
      '<img src="x.jpg" alt="a">',
      '5 < 6',
      '<br>',
      'AT&T&copy;',
    ];
    const inline = ['b', 'em', 'span', 'a href="/a?b=1&amp;c=2"'];
    const blocks = ['div class="x"', 'blockquote', 'p', 'h2', 'section'];
    let seed = 7;
    const next = (range: number) => (seed = (seed * 48271) % 2147483647) % range;
    const element = (tag: string, inner: string) => `<${tag}>${inner}</${tag.split(' ')[0]}>`;
    const phrase = (depth: number): string =>
      Array.from({ length: 1 + next(4) }, () =>
        depth > 0 && next(3) === 0
          ? element(inline[next(inline.length)]!, phrase(depth - 1))
          : words[next(words.length)]!,
      ).join('');
    const flow = (depth: number): string =>
      Array.from({ length: 1 + next(3) }, () => {
        const choice = next(4);
        if (depth === 0 || choice === 0) return phrase(2);
        if (choice === 1) return element('ul', element('li', flow(depth - 1)));
        const tag = blocks[next(blocks.length)]!;
        return element(tag, tag === 'p' || tag === 'h2' ? phrase(2) : flow(depth - 1));
      }).join('');
    for (let sample = 0; sample < 500; sample += 1) {
      const fragment = flow(3);
      expect(htmlToText(fragment), fragment).toBe(htmlToTextWithDom(fragment));
    }
  });

  it('decodes every entity in its table exactly as the HTML parser does', () => {
    const sample = [...namedEntities.keys()].map((name) => `&${name};`).join('|');
    expect(htmlToText(`<p>${sample}</p>`)).toBe(htmlToTextWithDom(`<p>${sample}</p>`));
  });

  it('falls back to the full parser for an entity it does not know', () => {
    expect(htmlToText('<p>&alpha;-particles &hearts;</p>')).toBe('\u03b1-particles \u2665');
  });

  it('skips an unclosed script to the end', () => {
    expect(htmlToText('<p>kept</p><script>var a = "<p>lost</p>";')).toBe('kept');
  });
});

describe('excerptOf', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(excerptOf('The council voted to approve the harbour bridge.', 30)).toBe(
      'The council voted to approve…',
    );
    expect(excerptOf('Short text.', 30)).toBe('Short text.');
  });
});
