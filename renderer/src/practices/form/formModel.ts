/**
 * The practice form's state (strings as typed, so an empty number box means "no value")
 * and its conversion to and from the contract's practice fields.
 */
import { DIMENSION_IDS, type DeliveryMode, type DigitalIssuance, type DimensionId, type PracticeType, type Scope, type TechnologyDomain } from '../../../../data/domain/domain';
import type { PracticeFieldsInput } from '../../../../data/contract/contract';
import type { PracticeDetail, PracticeRef } from '../../../../data/practices/model';
import { FIELD_LABELS } from '../fieldLabels';
import { parseNumber } from '../../filter/filterQuery';

export interface SourceDraft {
  key: number;
  document: string;
  section: string;
}

export interface FormState {
  name: string;
  nameOriginal: string;
  code: string;
  parent: PracticeRef | null;
  practiceNumber: string;
  caseStudy: boolean;
  caseStudyNumber: string;
  country: string;
  region: string;
  scope: Scope | '';
  practiceType: PracticeType | '';
  typeAsStated: string;
  provider: string;
  technologyDomains: TechnologyDomain[];
  level: string;
  eqfLevel: string;
  ects: string;
  hours: string;
  workloadNote: string;
  deliveryMode: DeliveryMode | '';
  deliveryNote: string;
  releaseYear: string;
  registeredProviders: string;
  assessmentType: string;
  qaType: string;
  digitalIssuance: DigitalIssuance | '';
  stackability: string;
  strengths: string;
  limitations: string;
  relevance: string;
  notes: string;
  narratives: Record<DimensionId, string>;
  sources: SourceDraft[];
}

export type TextKey = {
  [K in keyof FormState]: FormState[K] extends string ? K : never;
}[keyof FormState];

export const NUMBER_KEYS = ['practiceNumber', 'caseStudyNumber', 'eqfLevel', 'ects', 'hours', 'releaseYear', 'registeredProviders'] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];

/** A new source row for `sources`. Its key only has to be unique among the form's rows (React's list key). */
export function newSource(sources: readonly SourceDraft[], document = '', section = ''): SourceDraft {
  return { key: Math.max(0, ...sources.map((s) => s.key)) + 1, document, section };
}

function emptyNarratives(): Record<DimensionId, string> {
  return Object.fromEntries(DIMENSION_IDS.map((d) => [d, ''])) as Record<DimensionId, string>;
}

export function emptyForm(): FormState {
  return {
    name: '',
    nameOriginal: '',
    code: '',
    parent: null,
    practiceNumber: '',
    caseStudy: false,
    caseStudyNumber: '',
    country: '',
    region: '',
    scope: '',
    practiceType: '',
    typeAsStated: '',
    provider: '',
    technologyDomains: [],
    level: '',
    eqfLevel: '',
    ects: '',
    hours: '',
    workloadNote: '',
    deliveryMode: '',
    deliveryNote: '',
    releaseYear: '',
    registeredProviders: '',
    assessmentType: '',
    qaType: '',
    digitalIssuance: '',
    stackability: '',
    strengths: '',
    limitations: '',
    relevance: '',
    notes: '',
    narratives: emptyNarratives(),
    sources: [],
  };
}

const text = (value: string | null): string => value ?? '';
const num = (value: number | null): string => (value === null ? '' : String(value));

export function formFromDetail(detail: PracticeDetail): FormState {
  const p = detail.practice;
  return {
    name: p.name,
    nameOriginal: text(p.nameOriginal),
    code: text(p.code),
    parent: detail.parent ?? (p.parentId ? { id: p.parentId, name: p.parentId, code: null } : null),
    practiceNumber: num(p.practiceNumber),
    caseStudy: p.caseStudy,
    caseStudyNumber: num(p.caseStudyNumber),
    country: p.country,
    region: text(p.region),
    scope: p.scope ?? '',
    practiceType: p.practiceType ?? '',
    typeAsStated: text(p.typeAsStated),
    provider: text(p.provider),
    technologyDomains: [...p.technologyDomains],
    level: text(p.level),
    eqfLevel: num(p.eqfLevel),
    ects: num(p.ects),
    hours: num(p.hours),
    workloadNote: text(p.workloadNote),
    deliveryMode: p.deliveryMode ?? '',
    deliveryNote: text(p.deliveryNote),
    releaseYear: num(p.releaseYear),
    registeredProviders: num(p.registeredProviders),
    assessmentType: text(p.assessmentType),
    qaType: text(p.qaType),
    digitalIssuance: p.digitalIssuance ?? '',
    stackability: text(p.stackability),
    strengths: text(p.strengths),
    limitations: text(p.limitations),
    relevance: text(p.relevance),
    notes: text(p.notes),
    narratives: { ...emptyNarratives(), ...p.narratives },
    sources: p.sources.map((s, index) => ({ key: index + 1, document: s.document, section: s.section })),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/**
 * The fields to send, and client-side problems (numbers that are not numbers). The server
 * checks everything else and its messages are the ones that count.
 */
export function formToFields(form: FormState, mode: 'create' | 'update'): { fields: PracticeFieldsInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const numbers = {} as Record<NumberKey, number | null>;
  for (const key of NUMBER_KEYS) {
    const raw = form[key];
    const value = parseNumber(raw);
    if (raw.trim() !== '' && value === undefined) errors[`fields.${key}`] = `${FIELD_LABELS[key]} must be a number`;
    numbers[key] = value ?? null;
  }
  const narratives: Partial<Record<DimensionId, string>> = {};
  for (const d of DIMENSION_IDS) {
    const value = form.narratives[d];
    // On update an empty text is sent so a removed narrative is removed in the store too.
    if (value.trim() !== '' || mode === 'update') narratives[d] = value.trim() === '' ? '' : value;
  }
  const fields: PracticeFieldsInput = {
    name: form.name,
    nameOriginal: orNull(form.nameOriginal),
    code: orNull(form.code),
    parentId: form.parent?.id ?? null,
    practiceNumber: numbers.practiceNumber,
    caseStudy: form.caseStudy,
    caseStudyNumber: numbers.caseStudyNumber,
    country: form.country,
    region: orNull(form.region),
    scope: form.scope === '' ? null : form.scope,
    practiceType: form.practiceType === '' ? null : form.practiceType,
    typeAsStated: orNull(form.typeAsStated),
    provider: orNull(form.provider),
    technologyDomains: form.technologyDomains,
    level: orNull(form.level),
    eqfLevel: numbers.eqfLevel,
    ects: numbers.ects,
    hours: numbers.hours,
    workloadNote: orNull(form.workloadNote),
    deliveryMode: form.deliveryMode === '' ? null : form.deliveryMode,
    deliveryNote: orNull(form.deliveryNote),
    releaseYear: numbers.releaseYear,
    registeredProviders: numbers.registeredProviders,
    assessmentType: orNull(form.assessmentType),
    qaType: orNull(form.qaType),
    digitalIssuance: form.digitalIssuance === '' ? null : form.digitalIssuance,
    stackability: orNull(form.stackability),
    strengths: orNull(form.strengths),
    limitations: orNull(form.limitations),
    relevance: orNull(form.relevance),
    notes: orNull(form.notes),
    narratives,
    sources: form.sources.map((s) => ({ document: s.document, section: s.section })),
  };
  return { fields, errors };
}
