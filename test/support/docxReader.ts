/**
 * Reads a .docx back the way a person's Word would see it, with readers independent of the writer:
 * mammoth (tables, paragraphs, headings and images as HTML) and fflate (the package's parts, for
 * what HTML does not show: repeated header rows, page orientation, the SVG beside each PNG).
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

export interface DocxReadBack {
  html: string;
  /**
   * Every table, rows of cells; a cell's paragraphs joined with a line break. A wide table the
   * writer cut into blocks of columns (each after a line "Table N, continued: columns A–B of C.")
   * is joined back into one, so it compares with its view cell by cell.
   */
  tables: string[][][];
  /** The Word tables as they are on the pages, blocks not joined. */
  pageTables: string[][][];
  /** Headings in document order, as "h1 Title". */
  headings: string[];
  /** Paragraph texts in document order (outside tables too). */
  paragraphs: string[];
  /** Images mammoth embeds (the blip each drawing shows): their MIME types. */
  images: string[];
  /** The package's parts by path. */
  parts: Record<string, Uint8Array>;
  documentXml: string;
  messages: string[];
}

const decode = (html: string) =>
  html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function cellText(cell: string): string {
  const paragraphs = [...cell.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
  return paragraphs.length > 0 ? paragraphs.join('\n') : decode(cell);
}

export async function readDocx(bytes: Uint8Array): Promise<DocxReadBack> {
  const parts = unzipSync(bytes);
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const rowsOf = (table: string) => [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => cellText(c[1]!)));
  const pageTables: string[][][] = [];
  const tables: string[][][] = [];
  let continued: { first: number; last: number } | null = null;
  for (const [token, body] of html.matchAll(/<table>([\s\S]*?)<\/table>|<p>[\s\S]*?<\/p>/g)) {
    if (body === undefined) {
      const line = /^Table \d+, continued: columns (\d+)–(\d+) of \d+\.$/.exec(decode(token).trim());
      continued = line ? { first: Number(line[1]), last: Number(line[2]) } : null;
      continue;
    }
    const rows = rowsOf(body);
    pageTables.push(rows);
    const previous = tables[tables.length - 1];
    if (continued && previous && previous.length === rows.length) {
      const own = continued.last - continued.first + 1;
      rows.forEach((row, i) => previous[i]!.push(...row.slice(row.length - own)));
    } else tables.push(rows.map((row) => [...row]));
    continued = null;
  }
  const outside = html.replace(/<table>[\s\S]*?<\/table>/g, '');
  return {
    html,
    tables,
    pageTables,
    headings: [...html.matchAll(/<(h[1-6])>([\s\S]*?)<\/h[1-6]>/g)].map((m) => `${m[1]} ${decode(m[2]!)}`),
    paragraphs: [...outside.matchAll(/<(?:p|li)>([\s\S]*?)<\/(?:p|li)>/g)].map((m) => decode(m[1]!)),
    images: [...html.matchAll(/<img[^>]*src="data:([^;]+);base64,/g)].map((m) => m[1]!),
    parts,
    documentXml: strFromU8(parts['word/document.xml']!),
    messages: messages.map((m) => m.message),
  };
}
