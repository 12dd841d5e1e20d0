/** Markdown and HTML renderings of a table: for reports, and for the clipboard (Word and Excel paste HTML tables as tables). */
import { tidyNumber, type Cell, type DataTable } from './dataTable.js';

function text(cell: Cell): string {
  return cell === null ? '' : typeof cell === 'number' ? String(tidyNumber(cell)) : cell;
}

/**
 * Every line break a viewer may honour: CRLF, LF, a lone CR (which splits a table row in some
 * renderers), NEL, the line and paragraph separators, vertical tab and form feed.
 */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029\v\f]/g;

/**
 * A cell as Markdown text that stays text. Markdown passes raw HTML through, so `<` `>` `&` become
 * entities (a practice field holding `<script>` or `<img onerror>` must not be a live element in
 * a viewer); `[` `]` are escaped so no cell becomes a link (`[x](javascript:...)`); `|` and `\`
 * so no cell ends early; every line break becomes `<br>`, so a row stays one row.
 */
function escapeMarkdown(cell: Cell): string {
  return text(cell)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[[\]]/g, (bracket) => `\\${bracket}`)
    .replace(LINE_BREAK, '<br>');
}

export function toMarkdown(table: DataTable): string {
  const escape = escapeMarkdown;
  const header = `| ${table.columns.map((c) => escape(c.label)).join(' | ')} |`;
  const rule = `|${table.columns.map((c) => (c.kind === 'number' ? '---:' : '---')).join('|')}|`;
  const rows = table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`);
  const context = (table.context ?? []).map((line) => `_${escape(line)}_  `);
  return [`**${escape(table.title)}**`, '', ...(context.length > 0 ? [...context, ''] : []), header, rule, ...rows, ''].join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtml(table: DataTable): string {
  const cell = (tag: 'td' | 'th', value: Cell, numeric: boolean) =>
    `<${tag}${numeric ? ' style="text-align:right"' : ''}>${escapeHtml(text(value)).replace(LINE_BREAK, '<br>')}</${tag}>`;
  const head = `<tr>${table.columns.map((c) => cell('th', c.label, false)).join('')}</tr>`;
  const body = table.rows.map((row) => `<tr>${row.map((v, i) => cell('td', v, table.columns[i]?.kind === 'number')).join('')}</tr>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>' + escapeHtml(table.title) + '</title></head><body>',
    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:10pt;vertical-align:top">',
    `<caption style="font-weight:bold;text-align:left">${escapeHtml(table.title)}${(table.context ?? []).map((line) => `<br><span style="font-weight:normal">${escapeHtml(line)}</span>`).join('')}</caption>`,
    `<thead>${head}</thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table></body></html>',
    '',
  ].join('\n');
}
