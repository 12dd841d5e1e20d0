/**
 * For tests: an .xlsx workbook written part by part as Excel writes one (shared strings, a date
 * format in the styles, merged cells, a formula with its cached result, an inline rich string, a
 * hyperlink, an empty cover sheet before the data), not by exceljs, so the import is tested against
 * a file our own writer did not make.
 */
import { strToU8, zipSync } from 'fflate';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Shared strings, by index: 0 Curso, 1 Horas, 2 Inicio, 3 Código, 4 Mecánica básica, 5 MEC01, 6 ELE02, 7 Diagnosis, 8 DIA03, 9 Soldadura, 10 SOL06, 11 Proveedor, 12 Other table */
const STRINGS = ['Curso', 'Horas', 'Inicio', 'Código', 'Mecánica básica', 'MEC01', 'ELE02', 'Diagnosis', 'DIA03', 'Soldadura', 'SOL06', 'Proveedor', 'Other table'];

const s = (ref: string, index: number, style = 0) => `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${index}</v></c>`;
const n = (ref: string, value: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;

/** The data sheet "Cursos": B1:C1 and E6:F6 merged, dates in D (style 1 = numFmt 14), a formula in B3, a rich inline string in A3, a hyperlink in A4, row 5 blank. */
const CURSOS = `${XML}<worksheet ${NS}><dimension ref="A1:F6"/><sheetData>
<row r="1">${s('A1', 0)}${s('B1', 1)}<c r="C1"/>${s('D1', 2)}${s('E1', 3)}</row>
<row r="2">${s('A2', 4)}${n('B2', 120)}${n('D2', 45356, 1)}${s('E2', 5)}</row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t>Electro</t></r><r><rPr><b/></rPr><t>movilidad</t></r></is></c><c r="B3"><f>B2/2</f><v>60</v></c>${n('D3', 45357, 1)}${s('E3', 6)}</row>
<row r="4">${s('A4', 7)}${n('B4', 40.5)}${n('D4', 45356.604166666664, 2)}${s('E4', 8)}</row>
<row r="6">${s('A6', 9)}${n('B6', 30)}${n('D6', 45400, 1)}${s('E6', 10)}<c r="F6"/></row>
</sheetData><mergeCells count="2"><mergeCell ref="B1:C1"/><mergeCell ref="E6:F6"/></mergeCells>
<hyperlinks><hyperlink ref="A4" r:id="rId1"/></hyperlinks></worksheet>`;

const OTHER = `${XML}<worksheet ${NS}><sheetData><row r="1">${s('A1', 0)}${s('B1', 11)}</row><row r="2">${s('A2', 12)}${s('B2', 12)}</row></sheetData></worksheet>`;
const COVER = `${XML}<worksheet ${NS}><sheetData/></worksheet>`;

const sheetRel = (id: number, target: string, type = 'worksheet') => `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

export const HAND_MADE_SHEETS = ['Portada', 'Cursos', 'Otros'] as const;

export function handMadeWorkbook(): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${[1, 2, 3].map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook ${NS}><workbookPr/><sheets>${HAND_MADE_SHEETS.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRel(1, 'worksheets/sheet1.xml')}${sheetRel(2, 'worksheets/sheet2.xml')}${sheetRel(3, 'worksheets/sheet3.xml')}${sheetRel(4, 'styles.xml', 'styles')}${sheetRel(5, 'sharedStrings.xml', 'sharedStrings')}</Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': COVER,
    'xl/worksheets/sheet2.xml': CURSOS,
    'xl/worksheets/_rels/sheet2.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/diagnosis" TargetMode="External"/></Relationships>`,
    'xl/worksheets/sheet3.xml': OTHER,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])), { mtime: new Date('2026-01-01T00:00:00Z') });
}
