/**
 * Case studies as a Word document's blocks: each practice's write-up in the template's order
 * (D3.3: 1 General information … 10 Supporting materials), its scores table with the evidence
 * behind each score, and its sources as a numbered reference list ("[2]" after a section's heading).
 * What the person at the screen may see decides what is written (blind mode hides others' scores).
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { CASE_STUDY_SECTIONS, sectionIsEmpty } from '../domain/caseStudy.js';
import { PRACTICE_TYPE_LABELS } from '../domain/domain.js';
import type { DataTable } from '../exports/dataTable.js';
import type { DocxBlock } from '../exports/docx/document.js';
import { practiceForViewer } from '../practices/index.js';
import type { PracticeDetail } from '../practices/model.js';
import { listDimensions, listRaters } from '../scoring/index.js';
import type { caseStudiesInputSchema } from './schemas.js';

type CaseStudiesInput = z.output<typeof caseStudiesInputSchema>;

/** The practices a case-study export covers, in order: those named, else the shortlist (case studies first, by number). */
export function caseStudyPracticeIds(db: Database, input: CaseStudiesInput): string[] {
  if (input.practiceIds.length > 0) return input.practiceIds;
  const where = input.shortlist ? 'case_study = 1 OR shortlisted = 1' : 'id IN (SELECT practice_id FROM case_study_sections)';
  return db.prepare(`SELECT id FROM practices WHERE ${where} ORDER BY case_study_number IS NULL, case_study_number, sort_name, id`).pluck().all() as string[];
}

/** One practice's scores as a table: a row per rater and dimension, then the team's consensus. */
export function scoresTableOf(db: Database, detail: PracticeDetail): DataTable {
  const raters = new Map(listRaters(db).map((r) => [r.id, r.name]));
  const dimensions = listDimensions(db);
  const rows: DataTable['rows'] = [];
  for (const d of dimensions) {
    for (const s of detail.scores.filter((x) => x.dimension === d.id).sort((a, b) => (raters.get(a.raterId) ?? '').localeCompare(raters.get(b.raterId) ?? ''))) {
      rows.push([d.name, raters.get(s.raterId) ?? s.raterId, s.value, s.confidence, s.evidence]);
    }
    const agreed = detail.consensus[d.id];
    if (agreed) rows.push([d.name, 'Consensus', agreed.value, null, agreed.rationale]);
  }
  return {
    title: 'Scores',
    columns: [
      { label: 'Dimension', kind: 'text' },
      { label: 'Rater', kind: 'text' },
      { label: 'Score (0–4)', kind: 'number' },
      { label: 'Confidence', kind: 'text' },
      { label: 'Evidence', kind: 'text' },
    ],
    rows,
  };
}

/** One practice's case study as blocks; `level` is the practice heading's level (1 alone, 2 inside a report). */
export function caseStudyBlocks(db: Database, practiceId: string, level: 1 | 2 = 1): DocxBlock[] {
  const detail = practiceForViewer(db, practiceId);
  const p = detail.practice;
  const sub = (level + 1) as 2 | 3;
  const blocks: DocxBlock[] = [{ kind: 'heading', text: p.caseStudyNumber !== null && p.caseStudy ? `Case study ${p.caseStudyNumber}: ${p.name}` : p.name, level }];
  const facts = [p.country + (p.region ? `, ${p.region}` : ''), p.practiceType ? PRACTICE_TYPE_LABELS[p.practiceType] : null, p.provider].filter(Boolean).join(' · ');
  if (facts) blocks.push({ kind: 'paragraph', text: facts, muted: true });

  // Every source once, numbered in the order first cited.
  const references: string[] = [];
  const refOf = (document: string, section: string) => {
    const text = section ? `${document}, ${section}` : document;
    const at = references.indexOf(text);
    return at >= 0 ? at + 1 : references.push(text);
  };
  for (const meta of CASE_STUDY_SECTIONS) {
    const section = detail.caseStudy.find((s) => s.section === meta.id)!;
    const refs = section.sources.map((s) => refOf(s.document, s.section));
    blocks.push({ kind: 'heading', text: `${meta.number} ${meta.title}${refs.length > 0 ? ` [${refs.join(', ')}]` : ''}`, level: sub });
    if (sectionIsEmpty(section)) {
      blocks.push({ kind: 'paragraph', text: 'Not written yet.', muted: true });
      continue;
    }
    for (const b of section.blocks) blocks.push(b.kind === 'paragraph' ? { kind: 'paragraph', text: b.text } : { kind: 'bullets', items: b.items });
  }

  blocks.push({ kind: 'heading', text: 'Scores', level: sub });
  const scores = scoresTableOf(db, detail);
  if (scores.rows.length === 0) blocks.push({ kind: 'paragraph', text: 'No scores recorded (or none shown in blind mode).', muted: true });
  else blocks.push({ kind: 'table', table: scores, caption: `Scores of ${p.name}, by dimension and rater, with the evidence behind each` });

  for (const s of p.sources) refOf(s.document, s.section);
  blocks.push({ kind: 'heading', text: 'References', level: sub });
  if (references.length === 0) blocks.push({ kind: 'paragraph', text: 'No sources recorded.', muted: true });
  else references.forEach((text, i) => blocks.push({ kind: 'paragraph', text: `[${i + 1}] ${text}` }));
  return blocks;
}

/** The case studies as a table of sections (for CSV, XLSX, Markdown and HTML): one row per paragraph or list. */
export function caseStudiesDataTable(db: Database, practiceIds: readonly string[]): DataTable {
  const rows: DataTable['rows'] = [];
  for (const id of practiceIds) {
    const detail = practiceForViewer(db, id);
    for (const meta of CASE_STUDY_SECTIONS) {
      const section = detail.caseStudy.find((s) => s.section === meta.id)!;
      const sources = section.sources.map((s) => (s.section ? `${s.document}, ${s.section}` : s.document)).join('; ');
      section.blocks.forEach((b, i) => rows.push([id, detail.practice.name, `${meta.number} ${meta.title}`, i + 1, b.kind === 'paragraph' ? b.text : b.items.map((item) => `- ${item}`).join('\n'), sources]));
    }
  }
  return {
    title: 'Case studies',
    columns: [
      { label: 'Practice id', kind: 'text' },
      { label: 'Practice', kind: 'text' },
      { label: 'Section', kind: 'text' },
      { label: 'Paragraph', kind: 'number' },
      { label: 'Text', kind: 'text' },
      { label: 'Sources', kind: 'text' },
    ],
    rows,
  };
}
