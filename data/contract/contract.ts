/**
 * The one API contract. Every operation the UI, the browser host and the command line can
 * perform is one entry here: its input schema (validated once, at the host boundary, by
 * `dispatch`), whether it writes, and its output type in `OperationOutputs`.
 * This module is pure (zod only) so the renderer can import it.
 */
import { z } from 'zod';
import { id, noInputSchema } from '../domain/schemas.js';
import type { CaseStudyImportResult, PracticeDetail, PracticeFacets, PracticePage } from '../practices/model.js';
import type { AppInfo } from '../store/model.js';
import type { Dimension, Preferences, Rater, Rubric, RubricVersionSummary, Score } from '../scoring/model.js';

import {
  agreementInputSchema,
  compareInputSchema,
  disagreementsInputSchema,
  coverageInputSchema,
  coverageTargetsSchema,
  distributionInputSchema,
  euElementsInputSchema,
  exportInputSchema,
  gapsInputSchema,
  pathwayInputSchema,
  profileInputSchema,
  statsInputSchema,
} from '../analysis/schemas.js';
import type { AgreementTable, CompareTable, Coverage, Distribution, ExportFile, GapTable, Pathway, Profile, StatsTable } from '../analysis/model.js';
import type { CountryGroup } from '../domain/domain.js';
import type { EuElementsSummary } from '../practices/model.js';
import { importCheckInputSchema, importPreviewInputSchema, importRunInputSchema } from '../import/schemas.js';
import type { ImportPreview, ImportResult } from '../import/model.js';
import type { ChangeSetSummary, HistoryStatus, PracticeHistoryEntry } from '../history/model.js';
import type { JobStatus } from '../jobs/model.js';
import { mergeCheckInputSchema, mergeLogInputSchema, mergeRunInputSchema } from '../merge/schemas.js';
import type { MergeLogEntry, MergePlan, MergeResult } from '../merge/model.js';
import {
  consensusClearInputSchema,
  consensusSetInputSchema,
  dimensionTargetInputSchema,
  preferencesPatchSchema,
  raterCreateInputSchema,
  rubricGetInputSchema,
  rubricUpdateInputSchema,
  scoreClearInputSchema,
  scoreSetInputSchema,
  scoreSourceSetInputSchema,
} from '../scoring/schemas.js';
import type { ConsensusScore, DisagreementQueue, ScoreSource } from '../scoring/model.js';
import { practiceHistoryInputSchema, recentHistoryInputSchema } from '../history/schemas.js';
import { checksRunInputSchema, checksSetRuleInputSchema, claimIdInputSchema, claimSetInputSchema } from '../quality/schemas.js';
import type { ClaimResult, ExportChecks, QualityReport, QualityRuleState } from '../quality/model.js';
import {
  lensCreateInputSchema,
  lensGetInputSchema,
  lensOfPracticeInputSchema,
  lensSetAnswersInputSchema,
  lensUpdateInputSchema,
  lensViewInputSchema,
} from '../lenses/schemas.js';
import type { LensDefinition, LensSummary, LensVersionSummary, LensView, PracticeLens } from '../lenses/model.js';
import {
  practiceCreateInputSchema,
  practiceCaseStudyImportInputSchema,
  practiceCaseStudySectionInputSchema,
  practiceCriteriaInputSchema,
  practiceElementsInputSchema,
  practiceIdInputSchema,
  practiceListInputSchema,
  practiceUpdateInputSchema,
} from '../practices/schemas.js';

export * from '../practices/schemas.js';
export * from '../analysis/schemas.js';
export * from '../import/schemas.js';
export type * from '../import/model.js';
export type * from '../history/model.js';
export type * from '../jobs/model.js';
export type * from '../practices/model.js';
export * from '../merge/schemas.js';
export type * from '../merge/model.js';
export * from '../scoring/schemas.js';
export type * from '../scoring/model.js';
export * from '../history/schemas.js';
export * from '../domain/schemas.js';
export * from '../quality/schemas.js';
export type * from '../quality/model.js';

/** Operations long enough to run as jobs (off the thread that serves the UI, with progress and cancel). */
export const JOB_OPERATIONS = ['import.run', 'merge.run', 'analysis.export'] as const;
export type JobOperation = (typeof JOB_OPERATIONS)[number];

/**
 * Operations that read a whole file or dataset: a host that serves others meanwhile (the browser
 * host, the window) runs them in a worker when they are called directly, so one large check does
 * not hold up every other request. The command line runs everything on its one thread.
 */
export const OFF_THREAD_OPERATIONS: readonly OperationName[] = ['import.preview', 'import.check', 'import.run', 'merge.check', 'merge.run', 'analysis.export'];
/** A job of one of the job operations; a finished one carries that operation's value or error. */
export type ContractJobStatus = JobStatus<Pick<OperationOutputs, JobOperation>>;

/** The table of operations. `writes` operations are refused on a read-only store. */
export const operations = {
  /** Name and version of the app, and which store is open. */
  'app.info': { writes: false, input: noInputSchema },
  /**
   * The open dataset as a file (.acmap, base64): a consistent copy made while the app runs, for
   * the browser host's Save As (a download) — the file a partner needs for a merge.
   */
  'app.datasetCopy': { writes: false, input: noInputSchema },
  /** A page of practices matching a filter, sorted. */
  'practices.list': { writes: false, input: practiceListInputSchema },
  /** Values present in the store for each filterable field, with counts. */
  'practices.facets': { writes: false, input: noInputSchema },
  /** One practice with its parent, components, narratives, sources and every rater's scores. */
  'practices.get': { writes: false, input: practiceIdInputSchema },
  /** Create a practice; the id is generated unless given (ids are stable and never reused for another practice). */
  'practices.create': { writes: true, input: practiceCreateInputSchema },
  /** Change some fields of a practice; fields not given stay as they are. */
  'practices.update': { writes: true, input: practiceUpdateInputSchema },
  /** Set some of a practice's EU information elements (yes, partly, no, unknown, with a note); the others stay. */
  'practices.setElements': { writes: true, input: practiceElementsInputSchema },
  /** Tick or untick some of the seven selection criteria (D3.2 Annex 1) for a practice; the others stay. */
  'practices.setCriteria': { writes: true, input: practiceCriteriaInputSchema },
  /** Replace one section of a practice's case-study write-up (paragraphs, lists and sources); empty blocks and sources clear it. */
  'practices.setCaseStudySection': { writes: true, input: practiceCaseStudySectionInputSchema },
  /** Import a case-study file (as the case-study export writes it): every section it holds, in one step to undo. */
  'practices.importCaseStudies': { writes: true, input: practiceCaseStudyImportInputSchema },
  /** Delete a practice with its scores; refused while it still contains components. */
  'practices.delete': { writes: true, input: practiceIdInputSchema },
  /** Set one rater's score on one dimension of one practice (value null = not rated, keeping evidence). */
  'scores.set': { writes: true, input: scoreSetInputSchema },
  /** Remove one rater's score (value, evidence and confidence) on one dimension. */
  'scores.clear': { writes: true, input: scoreClearInputSchema },
  /**
   * The practice x dimension pairs where the raters' scores differ, largest difference first, with
   * each rater's score and evidence and any consensus recorded; for any filter, a page at a time.
   */
  'analysis.disagreements': { writes: false, input: disagreementsInputSchema },
  /** Record (or change) the score the team agreed on for a practice's dimension, with its rationale. */
  'consensus.set': { writes: true, input: consensusSetInputSchema },
  /** Remove a consensus score; the views fall back to the raters' mean. */
  'consensus.clear': { writes: true, input: consensusClearInputSchema },
  /** Which number the views and charts use: consensus (else the raters' mean), the mean of raters, or one rater. */
  'scoreSource.get': { writes: false, input: noInputSchema },
  /** Choose which number the views and charts use; a setting of the dataset, recorded in its history. */
  'scoreSource.set': { writes: true, input: scoreSourceSetInputSchema },
  /** The five dimensions in display order, with their targets. */
  'dimensions.list': { writes: false, input: noInputSchema },
  /** The rubric's descriptors; the current version unless one is named. */
  'rubric.get': { writes: false, input: rubricGetInputSchema },
  /**
   * Edit the rubric: makes a new version (the current one from then on) with the descriptors
   * given and the others copied; scores keep the version they were given under.
   */
  'rubric.update': { writes: true, input: rubricUpdateInputSchema },
  /** Every rubric version, newest first, with the number of scores given under each. */
  'rubric.versions': { writes: false, input: noInputSchema },
  /** Everyone who has scored in this store. */
  'raters.list': { writes: false, input: noInputSchema },
  /** Add a rater (a person who scores). */
  'raters.create': { writes: true, input: raterCreateInputSchema },
  /** Set the score a dimension aims for (the gap is target - score). */
  'dimensions.setTarget': { writes: true, input: dimensionTargetInputSchema },
  /** Practice x dimension: narrative and score per cell, for the filtered or hand-picked practices. */
  'analysis.compare': { writes: false, input: compareInputSchema },
  /** Mean score and gap to target per dimension, per group. */
  'analysis.gaps': { writes: false, input: gapsInputSchema },
  /** How many practices score 0-4 or are not rated, per dimension. */
  'analysis.distribution': { writes: false, input: distributionInputSchema },
  /** One practice's scores against the targets and its group's means. */
  'analysis.profile': { writes: false, input: profileInputSchema },
  /** Count, share and descriptive statistics of numeric fields, grouped by up to two fields. */
  'analysis.stats': { writes: false, input: statsInputSchema },
  /** How many practices document every mandatory EU information element, by country group and type, and the elements most often missing. */
  'analysis.euElements': { writes: false, input: euElementsInputSchema },
  /** What is mapped against the targets per country, and what is scored per dimension and rater. */
  'analysis.coverage': { writes: false, input: coverageInputSchema },
  /** Agreement between raters per dimension and overall: % exact, % within one, weighted kappa (two raters), Krippendorff's alpha. */
  'analysis.agreement': { writes: false, input: agreementInputSchema },
  /** A practice and its components as a tree: hours and ECTS per node, level and in total, entry and exit points, components shared with other pathways. */
  'analysis.pathway': { writes: false, input: pathwayInputSchema },
  /** The mapping's target number of practices per country group. */
  'coverage.setTargets': { writes: true, input: coverageTargetsSchema },
  /** A view as a file: CSV (standard or Excel Europe), XLSX, Markdown, HTML, JSON or DOCX (Word); also the case studies. */
  'analysis.export': { writes: false, input: exportInputSchema },
  /** Read a CSV file: its encoding, delimiter, first rows, and the field each column would fill. Writes nothing. */
  'import.preview': { writes: false, input: importPreviewInputSchema },
  /** What importing a CSV file would do: new, updated, unchanged and rejected rows (with line and reason). Writes nothing. */
  'import.check': { writes: false, input: importCheckInputSchema },
  /** Import a CSV file: all its rows in one transaction, or none; undoable as one step. */
  'import.run': { writes: true, input: importRunInputSchema },
  /**
   * What merging a partner's dataset file would do: records added, updated and removed per kind,
   * the raters whose scores arrive, and every field both files changed differently (a conflict
   * to settle). Writes nothing.
   */
  'merge.check': { writes: false, input: mergeCheckInputSchema },
  /**
   * Merge a partner's dataset file: one transaction, undoable as one step, recorded in merge.log.
   * Refused while a conflict from merge.check has no choice in `resolutions`. Merging the same
   * file again changes nothing.
   */
  'merge.run': { writes: true, input: mergeRunInputSchema },
  /** The merges made into this dataset, newest first: which file, when, what changed, whether undone. */
  'merge.log': { writes: false, input: mergeLogInputSchema },
  /** What undo and redo would do now (their labels), for the Edit menu. */
  'history.status': { writes: false, input: noInputSchema },
  /** Undo the latest change set (an edit, an import...) still in force, also after a restart. */
  'history.undo': { writes: true, input: noInputSchema },
  /** Redo the change set undone last. */
  'history.redo': { writes: true, input: noInputSchema },
  /** What each change did to one practice (or its scores), newest first. */
  'history.ofPractice': { writes: false, input: practiceHistoryInputSchema },
  /** The latest steps of the whole history, newest first, undone ones too (the header's history panel). */
  'history.recent': { writes: false, input: recentHistoryInputSchema },
  /** Start a long operation (an import) in the background; its input is checked now. Poll jobs.status. */
  'jobs.start': { writes: false, input: z.strictObject({ operation: z.enum(JOB_OPERATIONS, 'This operation does not run as a job'), input: z.unknown() }) },
  /** How far a job is, and its result once finished. */
  'jobs.status': { writes: false, input: z.strictObject({ id }) },
  /** Stop a job; it rolls back, so nothing it did stays. */
  'jobs.cancel': { writes: false, input: z.strictObject({ id }) },
  /** UI preferences kept in the store (current rater, hidden columns). */
  'preferences.get': { writes: false, input: noInputSchema },
  /** Change some preferences; returns all of them. */
  'preferences.set': { writes: true, input: preferencesPatchSchema },
  /** Run the data-quality rules that are on (and recompute the report's claims): each finding with its rule, severity and practice. */
  'checks.run': { writes: false, input: checksRunInputSchema },
  /** Switch a data-quality rule off for this dataset (with the reason, recorded in the history) or on again. */
  /** The checks before an export: the errors (in full) and warnings (counted) about the practices the export shows, and a report pack's claims. */
  'checks.beforeExport': { writes: false, input: exportInputSchema },
  'checks.setRule': { writes: true, input: checksSetRuleInputSchema },
  /** Every claim (a figure a report prints: statistic, filter, stated value), with what the data gives now and whether it holds. */
  'claims.list': { writes: false, input: noInputSchema },
  /** Record a claim, or change the one with this id. */
  'claims.set': { writes: true, input: claimSetInputSchema },
  /** Remove a claim. */
  'claims.delete': { writes: true, input: claimIdInputSchema },
  /** Every lens (built-in and user-defined, each in its current version) with how many practices answered it. */
  'lenses.list': { writes: false, input: noInputSchema },
  /** One lens over the filtered practices: how many meet all its items, by group (with their ids), and the items most often missing. */
  'analysis.lens': { writes: false, input: lensViewInputSchema },
  /** One lens, in its current version or the one asked for. */
  'lenses.get': { writes: false, input: lensGetInputSchema },
  /** A lens's versions, newest first. */
  'lenses.versions': { writes: false, input: lensGetInputSchema },
  /** Define a lens: a name, its items and the scale they are answered on. */
  'lenses.create': { writes: true, input: lensCreateInputSchema },
  /** Change a user's lens: makes a new version; answers stay with the items that keep their id. */
  'lenses.update': { writes: true, input: lensUpdateInputSchema },
  /** A practice's answers to every lens. */
  'lenses.ofPractice': { writes: false, input: lensOfPracticeInputSchema },
  /** Answer some items of one lens for a practice (status, note, sources); the others stay. */
  'lenses.setAnswers': { writes: true, input: lensSetAnswersInputSchema },
} as const;

export type OperationName = keyof typeof operations;
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

/** What each operation returns inside an ok envelope. */
export interface OperationOutputs {
  'app.info': AppInfo;
  'app.datasetCopy': ExportFile;
  'practices.list': PracticePage;
  'practices.facets': PracticeFacets;
  'practices.get': PracticeDetail;
  'practices.create': PracticeDetail;
  'practices.update': PracticeDetail;
  'practices.delete': { id: string };
  'practices.setElements': PracticeDetail;
  'practices.setCriteria': PracticeDetail;
  'practices.setCaseStudySection': PracticeDetail;
  'practices.importCaseStudies': CaseStudyImportResult;
  'scores.set': Score;
  'scores.clear': { cleared: boolean };
  'analysis.disagreements': DisagreementQueue;
  'consensus.set': ConsensusScore;
  'consensus.clear': { cleared: boolean };
  'scoreSource.get': ScoreSource;
  'scoreSource.set': ScoreSource;
  'dimensions.list': Dimension[];
  'rubric.get': Rubric;
  'rubric.update': Rubric;
  'rubric.versions': RubricVersionSummary[];
  'raters.list': Rater[];
  'raters.create': Rater;
  'dimensions.setTarget': Dimension[];
  'analysis.compare': CompareTable;
  'analysis.gaps': GapTable;
  'analysis.distribution': Distribution;
  'analysis.profile': Profile;
  'analysis.stats': StatsTable;
  'analysis.coverage': Coverage;
  'analysis.euElements': EuElementsSummary;
  'analysis.agreement': AgreementTable;
  'analysis.pathway': Pathway;
  'coverage.setTargets': Record<CountryGroup, number>;
  'analysis.export': ExportFile;
  'import.preview': ImportPreview;
  'import.check': ImportResult;
  'import.run': ImportResult;
  'merge.check': MergePlan;
  'merge.run': MergeResult;
  'merge.log': MergeLogEntry[];
  'history.status': HistoryStatus;
  'history.undo': ChangeSetSummary;
  'history.redo': ChangeSetSummary;
  'history.ofPractice': PracticeHistoryEntry[];
  'history.recent': ChangeSetSummary[];
  'jobs.start': ContractJobStatus;
  'jobs.status': ContractJobStatus;
  'jobs.cancel': ContractJobStatus;
  'preferences.get': Preferences;
  'preferences.set': Preferences;
  'checks.run': QualityReport;
  'checks.beforeExport': ExportChecks;
  'checks.setRule': QualityRuleState[];
  'claims.list': ClaimResult[];
  'claims.set': ClaimResult;
  'claims.delete': { id: string };
  'lenses.list': LensSummary[];
  'analysis.lens': LensView;
  'lenses.get': LensDefinition;
  'lenses.versions': LensVersionSummary[];
  'lenses.create': LensDefinition;
  'lenses.update': LensDefinition;
  'lenses.ofPractice': PracticeLens[];
  'lenses.setAnswers': PracticeLens[];
}

/** What a caller passes (defaults may be left out). */
export type OperationInput<K extends OperationName> = z.input<(typeof operations)[K]['input']>;
/** What a handler receives: validated, with defaults applied. */
export type ValidatedInput<K extends OperationName> = z.output<(typeof operations)[K]['input']>;
export type OperationOutput<K extends OperationName> = OperationOutputs[K];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operations, name);
}
