/** Markdown and HTML renderings of a table: for reports, and for the clipboard (Word and Excel paste HTML tables as tables). */
import { tidyNumber, type Cell, type DataTable } from './dataTable.js';

function text(cell: Cell): string {
  return cell === null ? '' : typeof cell === 'number' ? String(tidyNumber(cell)) : cell;
}

export function toMarkdown(table: DataTable): string {
  const escape = (cell: Cell) => text(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const header = `| ${table.columns.map((c) => escape(c.label)).join(' | ')} |`;
  const rule = `|${table.columns.map((c) => (c.kind === 'number' ? '---:' : '---')).join('|')}|`;
  const rows = table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`);
  return [`**${escape(table.title)}**`, '', header, rule, ...rows, ''].join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtml(table: DataTable): string {
  const cell = (tag: 'td' | 'th', value: Cell, numeric: boolean) =>
    `<${tag}${numeric ? ' style="text-align:right"' : ''}>${escapeHtml(text(value)).replace(/\r?\n/g, '<br>')}</${tag}>`;
  const head = `<tr>${table.columns.map((c) => cell('th', c.label, false)).join('')}</tr>`;
  const body = table.rows.map((row) => `<tr>${row.map((v, i) => cell('td', v, table.columns[i]?.kind === 'number')).join('')}</tr>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>' + escapeHtml(table.title) + '</title></head><body>',
    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:10pt;vertical-align:top">',
    `<caption style="font-weight:bold;text-align:left">${escapeHtml(table.title)}</caption>`,
    `<thead>${head}</thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table></body></html>',
    '',
  ].join('\n');
}
