/**
 * The case-study template of D3.3 (`001_d93079c503058265.txt`): every case study there follows
 * these ten sections in this order, so a practice's write-up is kept section by section and every
 * export prints them in this order. Pure: the renderer and every data folder read it.
 */
export const CASE_STUDY_SECTIONS = [
  { id: 'general', number: 1, title: 'General information' },
  { id: 'context', number: 2, title: 'Context and objectives' },
  { id: 'stakeholders', number: 3, title: 'Stakeholder roles and collaboration' },
  { id: 'design', number: 4, title: 'Micro-credential design and implementation' },
  { id: 'digital', number: 5, title: 'Digital infrastructure and tools' },
  { id: 'alignment', number: 6, title: 'Alignment with national/EU systems' },
  { id: 'outcomes', number: 7, title: 'Outcomes and impact' },
  { id: 'sustainability', number: 8, title: 'Sustainability and scalability' },
  { id: 'strengths', number: 9, title: 'Strengths, challenges and recommendations' },
  { id: 'materials', number: 10, title: 'Supporting materials' },
] as const;

export type CaseStudySectionId = (typeof CASE_STUDY_SECTIONS)[number]['id'];
export const CASE_STUDY_SECTION_IDS = CASE_STUDY_SECTIONS.map((s) => s.id) as [CaseStudySectionId, ...CaseStudySectionId[]];

/** "4 Micro-credential design and implementation": how a heading names a section. */
export function caseStudySectionHeading(id: CaseStudySectionId): string {
  const section = CASE_STUDY_SECTIONS.find((s) => s.id === id)!;
  return `${section.number} ${section.title}`;
}

/** A paragraph, or a bulleted list of items: what a section's text is made of. */
export type CaseStudyBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Where a section's text comes from: a document and its section (as the practice's own sources). */
export interface CaseStudySource {
  document: string;
  section: string;
}

export interface CaseStudySection {
  section: CaseStudySectionId;
  blocks: CaseStudyBlock[];
  sources: CaseStudySource[];
}

/** A section with no text (sources alone do not fill a section). */
export const sectionIsEmpty = (section: Pick<CaseStudySection, 'blocks'>): boolean =>
  !section.blocks.some((b) => (b.kind === 'paragraph' ? b.text.trim() !== '' : b.items.some((i) => i.trim() !== '')));

/** The sections of a write-up still to be written, in the template's order. */
export function emptyCaseStudySections(sections: readonly CaseStudySection[]): CaseStudySectionId[] {
  const filled = new Set(sections.filter((s) => !sectionIsEmpty(s)).map((s) => s.section));
  return CASE_STUDY_SECTION_IDS.filter((id) => !filled.has(id));
}
