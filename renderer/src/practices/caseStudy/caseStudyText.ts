/**
 * A case-study section as plain text a researcher types, and back: paragraphs are separated by a
 * blank line, and lines starting with "- ", "* " or "• " are the items of a bulleted list. Sources
 * are one per line, "document | section". Pure, so it is unit-tested beside the panel.
 */
import type { CaseStudyBlock, CaseStudySource } from '../../../../data/practices/model';

const ITEM = /^\s*(?:[-*•])\s+/;

export function blocksToText(blocks: readonly CaseStudyBlock[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n'))).join('\n\n');
}

export function textToBlocks(text: string): CaseStudyBlock[] {
  const blocks: CaseStudyBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const flushList = () => {
    if (items.length > 0) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (ITEM.test(raw)) {
      flushParagraph();
      const item = raw.replace(ITEM, '').trim();
      if (item !== '') items.push(item);
    } else if (items.length > 0 && /^\s{2,}/.test(raw)) {
      // An indented line continues the list item above it.
      items[items.length - 1] = `${items[items.length - 1]} ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

export function sourcesToText(sources: readonly CaseStudySource[]): string {
  return sources.map((s) => (s.section ? `${s.document} | ${s.section}` : s.document)).join('\n');
}

export function textToSources(text: string): CaseStudySource[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bar = line.indexOf('|');
      return bar < 0 ? { document: line, section: '' } : { document: line.slice(0, bar).trim(), section: line.slice(bar + 1).trim() };
    });
}
