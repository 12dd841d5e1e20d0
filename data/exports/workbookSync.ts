/**
 * XLSX through exceljs, synchronously. exceljs's load() and writeBuffer() are asynchronous only for
 * their zip and stream plumbing; the dispatcher is synchronous (an import's plan and its writes run
 * in one SQLite transaction, which cannot span an await). So the zip is done here with fflate, and
 * the XML parts go through exceljs's own parsers and writers, the same ones, in the same order, its
 * load() and write() use (node_modules/exceljs/lib/xlsx/xlsx.js). exceljs is pinned at 4.4.0;
 * data/exports/workbookSync.test.ts checks both directions against exceljs's own async load().
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
import type { SaxTag } from 'exceljs/lib/xlsx/xform/base-xform.js';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform.js';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform.js';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform.js';

type SaxEvent = { type: 'open'; tag: SaxTag } | { type: 'text'; text: string } | { type: 'close'; name: string };

/** BaseXform.parse without its async iteration: the same events, fed in the same order. */
function parsePart<T>(xform: BaseXform, xml: string): T {
  const sax = new SaxesParser();
  const events: SaxEvent[] = [];
  let error: Error | null = null;
  sax.on('error', (e) => {
    error ??= e;
  });
  sax.on('opentag', (tag) => events.push({ type: 'open', tag: tag as unknown as SaxTag }));
  sax.on('text', (text) => events.push({ type: 'text', text }));
  sax.on('closetag', (tag) => events.push({ type: 'close', name: tag.name }));
  sax.write(xml).close();
  if (error) throw error;
  for (const event of events) {
    if (event.type === 'open') xform.parseOpen(event.tag);
    else if (event.type === 'text') xform.parseText(event.text);
    else if (!xform.parseClose(event.name)) break;
  }
  return xform.model as T;
}

/** A workbook's sheets as its workbook part lists them, with the part each lives in. */
export interface SheetEntry {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The zip path of its worksheet part, or null (a chart sheet, a missing part). */
  path: string | null;
}

interface SheetDefinition {
  name: string;
  id: number;
  rId: string;
  state?: string;
}
interface Relationship {
  Id: string;
  Target: string;
  Type: string;
}

/** The unzipped parts of a workbook, and its sheets in order; `sheet(i)` reads one through exceljs. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  sheet(index: number): ExcelJS.Worksheet;
}

const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);

/** Reads the workbook part, its relationships, shared strings and styles once; each worksheet when asked. */
export function openWorkbookParts(files: Readonly<Record<string, Uint8Array>>): WorkbookParts {
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === null) throw new Error('The workbook part (xl/workbook.xml) is missing.');
  const workbook = parsePart<{ sheets: SheetDefinition[]; definedNames: unknown; views: unknown; properties: unknown; calcProperties: unknown }>(new WorkbookXform(), workbookXml);
  const relsXml = text('xl/_rels/workbook.xml.rels');
  const rels = relsXml === null ? [] : parsePart<Relationship[]>(new RelationshipsXform(), relsXml);
  const sharedStringsXml = text('xl/sharedStrings.xml');
  const stylesXml = text('xl/styles.xml');
  const sheets = (workbook.sheets ?? []).map((sheet): SheetEntry & { definition: SheetDefinition } => {
    const rel = rels.find((r) => r.Id === sheet.rId);
    const path = rel && /\/worksheet$/.test(rel.Type) ? partPath(rel.Target) : null;
    return { name: sheet.name, state: sheet.state ?? 'visible', path: path !== null && files[path] ? path : null, definition: sheet };
  });
  return {
    sheets: sheets.map(({ name, state, path }) => ({ name, state, path })),
    sheet(index) {
      const entry = sheets[index];
      if (!entry?.path) throw new Error(`Sheet ${index + 1} has no worksheet part.`);
      const worksheet = parsePart<Record<string, unknown>>(new WorksheetXform({}), text(entry.path)!);
      const sheetNo = String(index + 1);
      worksheet.sheetNo = sheetNo;
      const sheetRelsPath = entry.path.replace(/([^/]+)$/, '_rels/$1.rels');
      const sheetRels = text(sheetRelsPath);
      // The same model exceljs's load() builds, holding only this sheet: reconcile() resolves shared
      // strings, date formats, merges and hyperlinks exactly as load() does.
      const model = {
        sheets: [entry.definition],
        definedNames: [],
        views: workbook.views,
        properties: workbook.properties,
        calcProperties: workbook.calcProperties,
        workbookRels: rels,
        worksheets: [worksheet],
        worksheetHash: { [entry.path]: worksheet },
        worksheetRels: { [sheetNo]: sheetRels === null ? [] : parsePart<Relationship[]>(new RelationshipsXform(), sheetRels) },
        sharedStrings: sharedStringsXml === null ? undefined : withParsed(new SharedStringsXform(), sharedStringsXml),
        styles: stylesXml === null ? undefined : withParsed(new StylesXform(), stylesXml),
        themes: {},
        media: [],
        mediaIndex: {},
        drawings: {},
        drawingRels: {},
        comments: {},
        tables: {},
        vmlDrawings: {},
      };
      const book = new ExcelJS.Workbook();
      (book.xlsx as unknown as { reconcile(model: object, options: object): void }).reconcile(model, {});
      (book as unknown as { model: object }).model = model;
      const sheet = book.worksheets[0];
      if (!sheet) throw new Error(`Sheet ${index + 1} could not be read.`);
      return sheet;
    },
  };
}

function withParsed<X extends BaseXform>(xform: X, xml: string): X {
  parsePart(xform, xml);
  return xform;
}

interface PartSink {
  append(data: string | Uint8Array, options: { name: string }): void;
}
type XlsxSteps = Record<'prepareModel', (model: object, options: object) => void> &
  Record<'addContentTypes' | 'addOfficeRels' | 'addWorkbookRels' | 'addWorksheets' | 'addSharedStrings' | 'addThemes' | 'addStyles' | 'addApp' | 'addCore' | 'addWorkbook', (zip: PartSink, model: object) => unknown>;

/**
 * The workbook as an .xlsx file: exceljs's write() step by step, each step's part collected as it
 * is appended (their bodies append before any await), then zipped. No media, drawings or tables:
 * the exports make none.
 */
export function writeWorkbook(book: ExcelJS.Workbook, modified: Date): Uint8Array {
  const model = (book as unknown as { model: Record<string, unknown> }).model;
  model.created = modified;
  model.modified = modified;
  const parts: Record<string, Uint8Array> = {};
  const sink: PartSink = { append: (data, { name }) => void (parts[name] = typeof data === 'string' ? strToU8(data) : data) };
  const steps = book.xlsx as unknown as XlsxSteps;
  steps.prepareModel(model, {});
  const order = ['addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorksheets', 'addSharedStrings', 'addThemes', 'addStyles', 'addApp', 'addCore', 'addWorkbook'] as const;
  for (const step of order) steps[step](sink, model);
  if (!parts['xl/workbook.xml'] || !parts['[Content_Types].xml']) throw new Error('exceljs did not write the workbook parts synchronously.');
  return zipSync(parts, { level: 6, mtime: modified });
}
