/**
 * Reads a .docx back the way a person's Word would see it, with readers independent of the writer:
 * mammoth (tables, paragraphs, headings and images as HTML) and fflate (the package's parts, for
 * what HTML does not show: repeated header rows, page orientation, the SVG beside each PNG).
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

export interface DocxReadBack {
  html: string;
  /** Every table, rows of cells; a cell's paragraphs joined with a line break. */
  tables: string[][][];
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
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => cellText(c[1]!))),
  );
  const outside = html.replace(/<table>[\s\S]*?<\/table>/g, '');
  return {
    html,
    tables,
    headings: [...html.matchAll(/<(h[1-6])>([\s\S]*?)<\/h[1-6]>/g)].map((m) => `${m[1]} ${decode(m[2]!)}`),
    paragraphs: [...outside.matchAll(/<(?:p|li)>([\s\S]*?)<\/(?:p|li)>/g)].map((m) => decode(m[1]!)),
    images: [...html.matchAll(/<img[^>]*src="data:([^;]+);base64,/g)].map((m) => m[1]!),
    parts,
    documentXml: strFromU8(parts['word/document.xml']!),
    messages: messages.map((m) => m.message),
  };
}
