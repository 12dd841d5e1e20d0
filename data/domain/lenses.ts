/**
 * Lenses: the checklists the mapping reads practices through besides the five dimensions. A lens
 * is a named, versioned list of items, each answered per practice on a scale (yes / partly / no /
 * unknown) with a note and sources. The built-in lenses are defined here, once: the EU information
 * elements and the selection criteria (the app's first two checklists, moved onto this mechanism
 * by migration 0010) and two lenses of D3.2 the team applied by hand. Users define more (stored,
 * data/lenses/). Pure data, for the store, the contract and the renderer.
 */
import { ELEMENT_STATUS_LABELS, ELEMENT_STATUSES, EU_ELEMENT_IDS, EU_ELEMENT_LABELS, isMandatoryElement, type EuElementId } from './euElements.js';
import { SELECTION_CRITERIA_SOURCE, SELECTION_CRITERION_IDS, SELECTION_CRITERION_LABELS } from './selectionCriteria.js';
import type { StoredField } from './fields.js';

/** The answer to one item. No stored answer means unknown. */
export const LENS_STATUSES = ELEMENT_STATUSES;
export type LensStatus = (typeof LENS_STATUSES)[number];

/** The scales a lens's items are answered on; both allow unknown. */
export const LENS_SCALES = ['yes_partly_no', 'yes_no'] as const;
export type LensScale = (typeof LENS_SCALES)[number];

export const SCALE_STATUSES: Record<LensScale, readonly LensStatus[]> = {
  yes_partly_no: ['yes', 'partly', 'no', 'unknown'],
  yes_no: ['yes', 'no', 'unknown'],
};

export const LENS_SCALE_LABELS: Record<LensScale, string> = {
  yes_partly_no: 'Yes / partly / no',
  yes_no: 'Yes / no',
};

/** The longest note and sources text an answer holds. */
export const ANSWER_NOTE_MAX = 2000;
export const ANSWER_SOURCES_MAX = 4000;

/** Lens and item ids: what a URL, a CSV header and a CLI argument can carry as typed. */
export const LENS_ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export interface LensItem {
  id: string;
  /** The item as the lens's source words it. */
  text: string;
  /** Whether a practice must answer yes to meet the lens (the EU elements' optional ones need not). */
  required: boolean;
  /** The practice fields an answer of yes or partly rests on: a check flags them when empty. */
  fields: StoredField[];
}

export interface LensDefinition {
  id: string;
  name: string;
  /** Where the items come from (a document and section), or null for a lens a user wrote. */
  source: string | null;
  version: number;
  scale: LensScale;
  items: LensItem[];
  builtIn: boolean;
}

/**
 * The practice fields each EU element is written from, when the practice record holds it (the
 * workload is hours or ECTS, either will do, so it names neither).
 */
const EU_ELEMENT_FIELDS: Partial<Record<EuElementId, StoredField[]>> = {
  title: ['name'],
  issuer_country: ['country'],
  awarding_body: ['provider'],
  level: ['level'],
  assessment_type: ['assessmentType'],
  quality_assurance: ['qaType'],
  integration_stackability: ['stackability'],
};

const builtIn = (lens: Omit<LensDefinition, 'version' | 'builtIn'>): LensDefinition => ({ ...lens, version: 1, builtIn: true });
const item = (id: string, text: string, fields: StoredField[] = []): LensItem => ({ id, text, required: true, fields });

export const EU_ELEMENTS_LENS_ID = 'eu_elements';
export const SELECTION_CRITERIA_LENS_ID = 'selection_criteria';

export const BUILT_IN_LENSES: readonly LensDefinition[] = [
  builtIn({
    id: EU_ELEMENTS_LENS_ID,
    name: 'EU information elements',
    source: 'Council Recommendation of 16 June 2022 on micro-credentials, Annex I',
    scale: 'yes_partly_no',
    items: EU_ELEMENT_IDS.map((id) => ({ id, text: EU_ELEMENT_LABELS[id], required: isMandatoryElement(id), fields: EU_ELEMENT_FIELDS[id] ?? [] })),
  }),
  builtIn({
    id: SELECTION_CRITERIA_LENS_ID,
    name: 'Selection criteria',
    source: SELECTION_CRITERIA_SOURCE,
    scale: 'yes_no',
    items: SELECTION_CRITERION_IDS.map((id) => item(id, SELECTION_CRITERION_LABELS[id])),
  }),
  // D3.2 §3.4, word for word (the trailing "; and" of the list left out).
  builtIn({
    id: 'qa_package',
    name: 'Minimum QA package for pilots',
    source: 'D3.2 §3.4, Minimum QA package for AutoCredify pilots',
    scale: 'yes_partly_no',
    items: [
      item('qa_owner', 'a clearly designated quality-assurance owner with responsibility for both credential integrity and continuous improvement', ['qaType']),
      item(
        'review_schedule',
        'a defined periodic review and update schedule linked to technological, regulatory and standards-setting changes, and informed by skills-demand signals where available',
      ),
      item('assessment_rubrics', 'documented assessment formats and performance rubrics with transparent pass/fail criteria', ['assessmentType']),
      item('assessor_requirements', 'explicit trainer and assessor qualification and technical-currency requirements'),
      item('credential_metadata', 'publication of structured credential metadata for employer verification and system-level comparability across providers', ['digitalIssuance']),
      item(
        'outcome_indicators',
        'where public funding or vulnerable learner groups are involved, basic post-training labour-market outcome indicators disaggregated by learner group and provider type',
      ),
    ],
  }),
  // D3.2 §3.5: "linking public subsidies or training-fund support to (i) validated assessment,
  // (ii) publication of MC descriptors, and (iii) clear stackability rules".
  builtIn({
    id: 'pathway_conditionality',
    name: 'Pathway conditionality',
    source: 'D3.2 §3.5, pathway conditionality',
    scale: 'yes_partly_no',
    items: [
      item('validated_assessment', 'validated assessment', ['assessmentType']),
      item('published_descriptors', 'publication of MC descriptors'),
      item('stackability_rules', 'clear stackability rules', ['stackability']),
    ],
  }),
];

export function builtInLens(id: string): LensDefinition | undefined {
  return BUILT_IN_LENSES.find((lens) => lens.id === id);
}

export const LENS_STATUS_LABELS: Record<LensStatus, string> = ELEMENT_STATUS_LABELS;

/** A practice meets a lens when it answers yes to every required item. */
export function meetsLens(lens: LensDefinition, statusOf: (itemId: string) => LensStatus): boolean {
  return lens.items.every((i) => !i.required || statusOf(i.id) === 'yes');
}
