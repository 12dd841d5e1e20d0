/** What the `lenses.*` operations answer. */
import type { LensDefinition, LensStatus } from '../domain/lenses.js';

export type { LensDefinition, LensItem, LensScale, LensStatus } from '../domain/lenses.js';

/** Every lens, built-in first, with how many practices have answered any of its items. */
export interface LensSummary extends LensDefinition {
  answeredPractices: number;
}

export interface LensVersionSummary {
  version: number;
  name: string;
  items: number;
  createdAt: string;
}

export interface LensAnswer {
  item: string;
  status: LensStatus;
  note: string | null;
  sources: string | null;
}

/** One lens as a practice answers it: every item of its current version (unknown when not answered). */
export interface PracticeLens {
  lens: LensDefinition;
  answers: LensAnswer[];
  /** Answers yes to every required item. */
  meets: boolean;
}

/** One group of the lens view (a country group, a country, a practice type...). */
export interface LensGroupCount {
  /** The group's raw value (null = not recorded) and how a person reads it. */
  value: string | null;
  label: string;
  practices: number;
  /** Practices answering yes to every required item. */
  meeting: number;
  meetingIds: string[];
}

/** How the filtered practices answer one item. */
export interface LensItemCount {
  item: string;
  text: string;
  required: boolean;
  yes: number;
  partly: number;
  no: number;
  unknown: number;
  /** Practices not answering yes: what keeps them from meeting the lens. */
  missing: number;
}

/** analysis.lens: the practices meeting all of a lens's items, by group, and the items most often missing. */
export interface LensView {
  lens: LensDefinition;
  groupBy: string;
  groupByLabel: string;
  practices: number;
  meeting: number;
  /** The practices meeting the lens, for filtering the table (or the filter { lens: { id } }). */
  meetingIds: string[];
  groups: LensGroupCount[];
  /** Most often missing first. */
  items: LensItemCount[];
}
