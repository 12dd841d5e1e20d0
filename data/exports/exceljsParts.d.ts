/**
 * The parts of exceljs 4.4 (package.json pins it exactly) that workbookSync.ts drives: its XML
 * parsers and writers ("xforms") and the XLSX class's steps, which its own load() and write() call.
 * exceljs ships no types for them; these name only what is used.
 */
declare module 'exceljs/lib/xlsx/xform/base-xform.js' {
  export interface SaxTag {
    name: string;
    attributes: Record<string, string>;
  }
  /** One XML part's parser and writer: fed SAX events, it builds `model`. */
  export default class BaseXform {
    model: unknown;
    parseOpen(node: SaxTag): boolean;
    parseText(text: string): void;
    parseClose(name: string): boolean;
  }
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform.js' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
  export default class WorkbookXform extends BaseXform {}
}
declare module 'exceljs/lib/xlsx/xform/core/relationships-xform.js' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
  export default class RelationshipsXform extends BaseXform {}
}
declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
  export default class SharedStringsXform extends BaseXform {}
}
declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
  export default class StylesXform extends BaseXform {}
}
declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform.js' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
  export default class WorksheetXform extends BaseXform {
    constructor(options?: object);
  }
}
