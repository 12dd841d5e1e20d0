/**
 * A Word document from a plain model: headings, paragraphs, bulleted lists, tables (a real Word
 * table: the header row repeated on every page, numbers in the locale's way, right-aligned) and
 * charts (SVG with a PNG fallback), each table and chart with a numbered caption, in sections that
 * turn landscape where a table is wide. Every DOCX the app writes is made here, with the docx package.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DataTable } from '../dataTable.js';
import { barChartPng, barChartSvg, BAR_CHART_SIZE, type BarChart } from '../charts/barChart.js';
import { cellText } from './numbers.js';
import { columnBlocks, LANDSCAPE_COLUMNS, tableFontSize, tableOfColumns, type ColumnBlock } from './columnLayout.js';

export { LANDSCAPE_COLUMNS };
import { packDocx } from './pack.js';

export type DocxBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; muted?: boolean; bold?: boolean; size?: number; centered?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; table: DataTable; caption: string; note?: string }
  | { kind: 'chart'; chart: BarChart; caption: string; note?: string }
  | { kind: 'pageBreak' };

export interface DocxPart {
  blocks: DocxBlock[];
  /** Default: landscape when a table in it has more than six columns. */
  landscape?: boolean;
}

export interface DocxModel {
  title: string;
  /** BCP 47 locale of the numbers ("es-ES" prints 0,5). */
  locale: string;
  parts: DocxPart[];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Text width of an A4 page with 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 } as const;

/** A block of a table's columns as a Word table: header row repeated on every page, a fixed layout. */
function tableOf(table: DataTable, block: ColumnBlock, locale: string): Table {
  const size = tableFontSize(table.columns.length);
  const part = tableOfColumns(table, block.columns);
  const cell = (text: string, number: boolean, header: boolean) =>
    new TableCell({
      ...(header ? { shading: { fill: 'DCE6F1', type: ShadingType.CLEAR, color: 'auto' } } : {}),
      // A cell's line breaks (a narrative's paragraphs) stay paragraphs of the cell.
      children: (text === '' ? [''] : text.split('\n')).map(
        (line) => new Paragraph({ alignment: number && !header ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: header, size })] }),
      ),
    });
  return new Table({
    width: { size: block.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: block.widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: part.columns.map((c) => cell(c.label, c.kind === 'number', true)) }),
      ...part.rows.map((row) => new TableRow({ children: part.columns.map((c, i) => cell(cellText(row[i] ?? null, locale), c.kind === 'number', false)) })),
    ],
  });
}

function chartOf(chart: BarChart, caption: string): Paragraph {
  // 16 cm wide at the chart's proportions; docx takes pixels at 96 per inch.
  const width = 605;
  const height = Math.round((width * BAR_CHART_SIZE.height) / BAR_CHART_SIZE.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(barChartSvg(chart)),
        fallback: { type: 'png', data: barChartPng(chart) },
        transformation: { width, height },
        altText: { name: chart.title, title: chart.title, description: caption },
      }),
    ],
  });
}

/** Above each further block of a wide table: which columns it holds (test/support/docxReader.ts joins blocks by this line). */
function continuedCaption(tableNumber: number, table: DataTable, block: ColumnBlock): string {
  const own = block.columns.slice(block.repeated);
  return `Table ${tableNumber}, continued: columns ${own[0]! + 1}–${own[own.length - 1]! + 1} of ${table.columns.length}.`;
}

const caption = (label: string, text: string) =>
  new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: `${label}. `, bold: true }), new TextRun(text)] });

export function docxDocument(model: DocxModel): Document {
  let tables = 0;
  let figures = 0;
  const sections: ISectionOptions[] = model.parts.map((part) => {
    const landscape = part.landscape ?? part.blocks.some((b) => b.kind === 'table' && b.table.columns.length > LANDSCAPE_COLUMNS);
    const children: (Paragraph | Table)[] = [];
    for (const block of part.blocks) {
      switch (block.kind) {
        case 'heading':
          children.push(new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] }));
          break;
        case 'paragraph':
          children.push(
            new Paragraph({
              alignment: block.centered ? AlignmentType.CENTER : undefined,
              children: [new TextRun({ text: block.text, bold: block.bold, size: block.size, color: block.muted ? '555555' : undefined })],
            }),
          );
          break;
        case 'bullets':
          for (const item of block.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
          break;
        case 'table':
          // Captions above tables, as reports print them.
          children.push(caption(`Table ${++tables}`, block.caption));
          if (block.note) children.push(new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: block.note, italics: true })] }));
          {
            const blocks = columnBlocks(block.table, model.locale, TEXT_WIDTH[landscape ? 'landscape' : 'portrait']);
            blocks.forEach((columnBlock, i) => {
              if (i > 0) children.push(new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: continuedCaption(tables, block.table, columnBlock), italics: true })] }));
              children.push(tableOf(block.table, columnBlock, model.locale));
              children.push(new Paragraph(''));
            });
          }
          break;
        case 'chart':
          // Captions below figures.
          children.push(chartOf(block.chart, block.caption));
          children.push(caption(`Figure ${++figures}`, block.caption));
          if (block.note) children.push(new Paragraph({ style: 'Caption', children: [new TextRun({ text: block.note, italics: true })] }));
          break;
        case 'pageBreak':
          children.push(new Paragraph({ children: [new PageBreak()] }));
          break;
      }
    }
    return { properties: { page: { size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } }, children };
  });
  return new Document({
    title: model.title,
    creator: 'AutoCredify Mapper',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 } } },
      paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '333333' }, paragraph: { spacing: { before: 120, after: 60 } } }],
    },
    sections,
  });
}

export function writeDocx(model: DocxModel): Uint8Array {
  return packDocx(docxDocument(model));
}
