/** Markdown export of hostile cell text (security review, issue 13): text stays text, a row stays a row. */
import { describe, expect, it } from 'vitest';
import { toMarkdown } from './markup.js';

const render = (cell: string) => toMarkdown({ title: 'T', columns: [{ label: 'Name', kind: 'text' }, { label: 'Note', kind: 'text' }], rows: [[cell, 'end']] });

/** The table's body lines: header, rule, and one line per row. */
const tableLines = (md: string) => md.split(/\r\n|[\r\n\u0085\u2028\u2029\v\f]/).filter((line) => line.startsWith('|'));

describe('Markdown export of hostile text', () => {
  it('passes no raw HTML: script, img onerror and iframe become visible text', () => {
    for (const attack of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>', '<a href="javascript:alert(1)">x</a>']) {
      const md = render(attack);
      expect(md).not.toMatch(/<(script|img|iframe|a)\b/i);
      expect(md).toContain('&lt;');
    }
    expect(render('<script>alert(1)</script>')).toContain('| &lt;script&gt;alert(1)&lt;/script&gt; | end |');
    // An entity in the text stays that text, not the character it names.
    expect(render('&lt;b&gt;')).toContain('&amp;lt;b&amp;gt;');
  });

  it('makes no link of a cell', () => {
    expect(render('[click](javascript:alert(1))')).toContain('\\[click\\](javascript:alert(1))');
  });

  it('turns every line break inside a cell into <br>, so a row stays one row', () => {
    for (const br of ['\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f']) {
      const md = render(`first${br}| injected | row |`);
      expect(tableLines(md), JSON.stringify(br)).toEqual(['| Name | Note |', '|---|---|', '| first<br>\\| injected \\| row \\| | end |']);
    }
  });
});
