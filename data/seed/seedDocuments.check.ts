/**
 * The seed dataset against the documents it was built from: every score's evidence, every EU
 * element's evidence and every narrative of D3.2 §1.4 is quoted verbatim from the cited document,
 * and the selection criteria are D3.2's own words. The documents are not part of this repository,
 * so this is no unit test: `npm run check:seed -- --documents DIR` runs it on a folder holding them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import { SELECTION_CRITERION_IDS, SELECTION_CRITERION_WORDING } from '../domain/selectionCriteria.js';
import { COMPARISON_ROWS } from './comparisonTableRows.js';
import { CASE_STUDY_SECTION_IDS } from '../domain/caseStudy.js';
import { seedClaims, seedPathways, seedPractices } from './seed.js';
import { seedPracticesSchema } from './schema.js';

const documentsFolder = process.env.AUTOCREDIFY_SEED_DOCUMENTS;
if (!documentsFolder) throw new Error('Name the folder of the source documents: npm run check:seed -- --documents DIR');
const DOCS_URL = pathToFileURL(documentsFolder.endsWith('/') ? documentsFolder : `${documentsFolder}/`);
const MAPPING_REPORT = '000_a9eeb1283eec39d1.txt'; // D3.2, holds the §1.4 comparison table and Annex 1

const practices = seedPracticesSchema.parse(JSON.parse(readFileSync(new URL('./practices.json', import.meta.url), 'utf8')));
const byId = new Map(practices.map((p) => [p.id, p]));

/** Collapse whitespace and fold typographic quotes and dashes, so a quote copied from a document compares equal. */
function normalise(text: string): string {
  return text
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const docCache = new Map<string, string>();
function documentText(name: string): string {
  let text = docCache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(name, DOCS_URL), 'utf8');
    docCache.set(name, text);
  }
  return text;
}
const normalisedDocCache = new Map<string, string>();
function normalisedDocument(name: string): string {
  let text = normalisedDocCache.get(name);
  if (text === undefined) {
    text = normalise(documentText(name));
    normalisedDocCache.set(name, text);
  }
  return text;
}

/**
 * Cells of the comparison table that a page break splits in the document: the seed joins the
 * fragments with a space, so the joined text is not a substring of the document; each fragment is.
 */
const PAGE_BREAK_JOINS: { practiceId: string; dimension: DimensionId; fragments: [string, string] }[] = [
  {
    practiceId: 'pt-p09-ufcd-10862-diagnosis-repair-hev-ev',
    dimension: 'governance',
    fragments: ['Fully embedded in CNQ/SNQ governance;', 'nationally recognised'],
  },
  {
    practiceId: 'pt-p09-ufcd-10862-diagnosis-repair-hev-ev',
    dimension: 'financial_sustainability',
    fragments: ['Publicly funded; high', 'scalability and reusability'],
  },
];

type TableRow = { label: string; cells: string[] };

/**
 * Reads the §1.4 table straight from the document: tab-separated rows of six cells; the header
 * repeats after each page break, and a row with empty cells continues the row before it.
 */
function comparisonTableRows(): TableRow[] {
  const text = documentText(MAPPING_REPORT);
  const start = text.indexOf('1.4 Synthetic cross-practice comparison table\n');
  const end = text.indexOf('2. Implications for WP4', start);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const rows: TableRow[] = [];
  for (const line of text.slice(start, end).split('\n')) {
    const cells = line.split('\t');
    const label = cells[0];
    if (cells.length !== 6 || label === undefined || label === 'Practice') continue;
    const previous = rows[rows.length - 1];
    if (cells.some((c) => c === '') && previous) {
      previous.label = `${previous.label} ${label}`;
      previous.cells = previous.cells.map((c, i) => {
        const more = cells[i + 1] ?? '';
        return more === '' ? c : `${c} ${more}`;
      });
      continue;
    }
    rows.push({ label, cells: cells.slice(1) });
  }
  return rows;
}


describe('seed dataset against its documents', () => {
  it('cites only documents that exist', () => {
    const missing = new Set<string>();
    for (const p of practices) {
      for (const s of [...p.sources, ...p.scores.map((x) => x.source)]) {
        if (!existsSync(new URL(s.document, DOCS_URL))) missing.add(`${p.id}: ${s.document}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('quotes every piece of evidence verbatim from the cited document', () => {
    const problems: string[] = [];
    for (const p of practices) {
      for (const s of p.scores) {
        const quote = normalise(s.evidence);
        if (quote.length < 10) problems.push(`${p.id}/${s.dimension}: quote too short`);
        else if (!normalisedDocument(s.source.document).includes(quote)) {
          problems.push(`${p.id}/${s.dimension}: not found in ${s.source.document}: “${s.evidence}”`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('copies every narrative from the mapping report (page-break cells fragment by fragment)', () => {
    const report = normalisedDocument(MAPPING_REPORT);
    const problems: string[] = [];
    for (const p of practices) {
      for (const dimension of DIMENSION_IDS) {
        const text = p.narratives[dimension];
        if (text === undefined) continue;
        const join = PAGE_BREAK_JOINS.find((j) => j.practiceId === p.id && j.dimension === dimension);
        if (join) {
          if (text !== join.fragments.join(' ')) problems.push(`${p.id}/${dimension}: not the joined fragments`);
          for (const fragment of join.fragments) {
            if (!report.includes(normalise(fragment))) problems.push(`${p.id}/${dimension}: fragment “${fragment}” not found`);
          }
        } else if (!report.includes(normalise(text))) {
          problems.push(`${p.id}/${dimension}: “${text}” not found`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts each row of the table, cell by cell, on the practice it describes', () => {
    const rows = comparisonTableRows();
    expect(rows.map((r) => r.label).sort()).toEqual(Object.keys(COMPARISON_ROWS).sort());
    for (const row of rows) {
      const p = byId.get(COMPARISON_ROWS[row.label] ?? '');
      expect(p, row.label).toBeDefined();
      const cells = DIMENSION_IDS.map((d) => normalise(p?.narratives[d] ?? ''));
      expect(cells, row.label).toEqual(row.cells.map(normalise));
    }
  });

  it('quotes the evidence of every EU element status verbatim from the cited document', () => {
    const judged = seedPractices().flatMap((p) => (p.elements ?? []).map((e) => ({ id: p.id, ...e })));
    expect(judged.length).toBeGreaterThan(0);
    for (const e of judged) expect(normalisedDocument(e.source.document), `${e.id}/${e.element}`).toContain(normalise(e.evidence));
  });
});

describe('seed: selection criteria', () => {
  it('are the seven of D3.2 §1.2 "Annex 1 – Mapping Criteria", word for word and in order', () => {
    const report = normalisedDocument(MAPPING_REPORT);
    const list = SELECTION_CRITERION_IDS.map((id) => `- ${SELECTION_CRITERION_WORDING[id]}`).join(' ');
    expect(report).toContain(`Practices were prioritised based on the guidance in Annex 1 - Mapping Criteria : ${list}`);
    expect(SELECTION_CRITERION_IDS).toHaveLength(7);
  });
});

/**
 * A case study's write-up as the seed holds it, against D3.3: every paragraph and list item is in
 * the cited document, and its cited section is a heading of the document. The document marks bold
 * with `**`, and a table row "label<TAB>value" is written "label: value", so both are folded here (colons dropped on both sides).
 */
describe('seed: case-study write-ups', () => {
  const CASE_STUDIES = '001_d93079c503058265.txt';
  const fold = (text: string) => normalise(text.replace(/\*\*/g, '').replace(/:/g, ''));
  const written = practices.filter((p) => (p.caseStudySections ?? []).length > 0);

  it('fills sections of all eleven D3.3 case studies, in the template order', () => {
    expect(written.map((p) => p.caseStudyNumber).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const p of written) {
      const order = (p.caseStudySections ?? []).map((s) => CASE_STUDY_SECTION_IDS.indexOf(s.section));
      expect(order, p.id).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('quotes every paragraph and list item verbatim from the section of D3.3 it cites', () => {
    const document = fold(documentText(CASE_STUDIES));
    const lines = documentText(CASE_STUDIES).split('\n').map((l) => normalise(l));
    const problems: string[] = [];
    for (const p of written) {
      for (const s of p.caseStudySections ?? []) {
        if (s.source.document !== CASE_STUDIES) problems.push(`${p.id}/${s.section}: cites ${s.source.document}`);
        // The cited section is a heading line of the document ("3.2 Context and objectives").
        if (!lines.some((l) => l === s.source.section || l.startsWith(`${s.source.section} `) || l === `${s.source.section}.`)) {
          const [number] = s.source.section.split(' ');
          if (!lines.some((l) => l.startsWith(`${number} `) && l.includes(s.source.section.slice(number!.length + 1, number!.length + 20)))) problems.push(`${p.id}/${s.section}: no heading “${s.source.section}”`);
        }
        const texts = s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items));
        for (const text of texts) if (!document.includes(fold(text))) problems.push(`${p.id}/${s.section}: “${text.slice(0, 80)}…” is not in ${CASE_STUDIES}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the claims (data/seed/claims.json)', () => {
  it('quote what the cited document prints, under the heading they cite, and state the figure the quote holds', () => {
    const problems: string[] = [];
    const fold = (text: string) => normalise(text);
    for (const claim of seedClaims()) {
      const document = documentText(claim.document ?? '');
      if (!fold(document).includes(fold(claim.quote ?? ''))) problems.push(`${String(claim.id)}: “${(claim.quote ?? '').slice(0, 80)}” is not in ${String(claim.document)}`);
      if (!document.split('\n').some((l) => normalise(l) === claim.section)) problems.push(`${String(claim.id)}: no heading “${String(claim.section)}”`);
      // The stated value is printed in the quote (with a decimal point or, in tables, a decimal comma).
      const printed = claim.stated.toFixed(claim.decimals);
      if (!(claim.quote ?? '').includes(printed) && !(claim.quote ?? '').includes(printed.replace('.', ','))) problems.push(`${String(claim.id)}: the quote does not print ${printed}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the pathway links (data/seed/pathways.json)', () => {
  it('quote what the cited document prints under the heading they cite, and name practices of the seed', () => {
    const problems: string[] = [];
    const seed = seedPathways();
    const entries = [
      ...seed.links.map((l) => ({ ids: [l.pathwayId, l.componentId], source: l.source, words: null })),
      ...seed.prerequisites.map((p) => ({ ids: [p.practiceId, p.requiresId], source: p.source, words: null })),
      ...seed.credentials.map((c) => ({ ids: [c.practiceId], source: c.source, words: c.credential })),
    ];
    for (const entry of entries) {
      const document = documentText(entry.source.document);
      const at = entry.ids.join(' / ');
      if (!normalise(document).includes(normalise(entry.source.quote))) problems.push(`${at}: “${entry.source.quote.slice(0, 80)}” is not in ${entry.source.document}`);
      if (!document.split('\n').some((l) => normalise(l) === entry.source.section)) problems.push(`${at}: no heading “${entry.source.section}”`);
      if (entry.words !== null && !normalise(entry.source.quote).includes(normalise(entry.words))) problems.push(`${at}: the quote does not name the credential “${entry.words}”`);
      for (const id of entry.ids) if (!byId.has(id)) problems.push(`${at}: no seed practice “${id}”`);
    }
    expect(problems).toEqual([]);
  });
});
