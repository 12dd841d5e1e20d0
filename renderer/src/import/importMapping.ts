/**
 * The import wizard's choices as plain data: which field each column fills, each numeric column's
 * decimal mark, how rows are matched, whose scores they are; what blocks a check; and the input
 * of `import.run` made from them. No React here.
 */
import type { ImportColumn, ImportPreview, OperationInput } from '../../../data/contract/contract';
import type { Dimension } from '../../../data/scoring/model';
import type { TextEncoding } from '../../../data/import/schemas';
import type { Delimiter } from '../../../data/import/schemas';
import type { NumberFormat } from '../../../data/import/schemas';
import { dimensionOfTarget, IMPORT_TARGETS, type ImportTarget, type ImportTargetInfo } from '../../../data/practices/schemas';
import { checklistPartOf, isPracticeFieldTarget } from '../../../data/practices/schemas';
import { dimensionName } from '../ui/format';
import { translate } from '../app/i18n/i18n';
import { domainLabel, fieldText } from '../app/i18n/domainLabels';

export type ImportKey = 'auto' | 'id' | 'nameCountry';
export type ImportRunInput = OperationInput<'import.run'>;

/** How rows find their practice, named in import's options.key<Auto|Id|NameCountry>. */
export function keyLabel(key: ImportKey): string {
  const t = translate('import');
  return key === 'auto' ? t('options.keyAuto') : key === 'id' ? t('options.keyId') : t('options.keyNameCountry');
}

/** One column of the file and what the user (or the header match) decided for it. */
export interface ColumnChoice {
  index: number;
  header: string;
  target: ImportTarget | null;
  /** The user chose the target (kept when the file is read again with another encoding or delimiter). */
  targetTouched: boolean;
  numberFormat: NumberFormat;
  formatTouched: boolean;
  /** The decimal mark could not be told from the values (and the user has not chosen one). */
  ambiguous: boolean;
}

function freshChoice(column: ImportColumn): ColumnChoice {
  return {
    index: column.index,
    header: column.header,
    target: column.target,
    targetTouched: false,
    numberFormat: column.numberFormat,
    formatTouched: false,
    ambiguous: column.ambiguous,
  };
}

/**
 * Choices for a newly read preview. A column with the same header at the same place keeps what the
 * user chose for it; everything else takes the preview's header match and decimal-mark guess.
 */
export function mergeChoices(previous: readonly ColumnChoice[], columns: readonly ImportColumn[]): ColumnChoice[] {
  return columns.map((column) => {
    const fresh = freshChoice(column);
    const before = previous[column.index];
    if (!before || before.header !== column.header) return fresh;
    return {
      ...fresh,
      ...(before.targetTouched ? { target: before.target, targetTouched: true } : {}),
      ...(before.formatTouched ? { numberFormat: before.numberFormat, formatTouched: true, ambiguous: false } : {}),
    };
  });
}

export function findTarget(value: string): ImportTargetInfo | undefined {
  return IMPORT_TARGETS.find((info) => info.target === value);
}

export function isNumberTarget(target: ImportTarget | null): boolean {
  return target !== null && findTarget(target)?.kind === 'number';
}

export function isScoreTarget(target: ImportTarget | null): boolean {
  return target !== null && dimensionOfTarget(target)?.part === 'score';
}

/** A target's label in the interface's language, with the store's own dimension names for narratives and scores. */
export function targetLabel(info: ImportTargetInfo, dimensions: readonly Dimension[]): string {
  const t = translate('import');
  const dimension = dimensionOfTarget(info.target);
  if (dimension) {
    const name = dimensionName(dimension.dimension, dimensions);
    return dimension.part === 'score' ? t('mapping.dimensionScore', { dimension: name }) : t('mapping.dimensionNarrative', { dimension: name });
  }
  if (info.target === 'id') return t('mapping.targetId');
  if (isPracticeFieldTarget(info.target)) return fieldText(info.target);
  const checklist = checklistPartOf(info.target);
  if (checklist?.part === 'element') return t('mapping.targetElement', { element: domainLabel('euElement', checklist.element) });
  if (checklist?.part === 'elementNote') return t('mapping.targetElementNote', { element: domainLabel('euElement', checklist.element) });
  if (checklist?.part === 'criterion') return t('mapping.targetCriterion', { criterion: domainLabel('criterion', checklist.criterion) });
  return info.label;
}

export interface TargetGroup {
  label: string;
  options: { value: ImportTarget; label: string }[];
}

/** The targets as the mapping select lists them: practice fields, narratives, scores, then EU elements and criteria. */
export function targetGroups(dimensions: readonly Dimension[]): TargetGroup[] {
  const t = translate('import');
  const groups: TargetGroup[] = [t('mapping.groupPractice'), t('mapping.groupNarratives'), t('mapping.groupScores'), t('mapping.groupChecklist')].map((label) => ({ label, options: [] }));
  for (const info of IMPORT_TARGETS) {
    const part = dimensionOfTarget(info.target)?.part;
    const group = part === 'narrative' ? groups[1] : part === 'score' ? groups[2] : checklistPartOf(info.target) ? groups[3] : groups[0];
    group?.options.push({ value: info.target, label: targetLabel(info, dimensions) });
  }
  return groups;
}

/** A few distinct, non-empty values of one column from the preview's first rows. */
export function sampleValues(preview: ImportPreview, index: number, count = 3): string[] {
  const values: string[] = [];
  for (const row of preview.sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell !== '' && !values.includes(cell)) values.push(cell);
    if (values.length === count) break;
  }
  return values;
}

/** Matching by id when an id column is mapped, else by name and country (unless the user chose). */
export function automaticKey(choices: readonly ColumnChoice[]): ImportKey {
  void choices;
  // The import's own default: rows with an id by id, the others by their natural key, or new.
  return 'auto';
}

/** "column 3" or “Hours”: a column named in a sentence. */
export function columnName(choice: Pick<ColumnChoice, 'header' | 'index'>): string {
  const t = translate('import');
  return choice.header === '' ? t('mapping.columnNumber', { number: choice.index + 1 }) : t('mapping.columnQuoted', { header: choice.header });
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return translate('import')('mapping.and', { list: names.slice(0, -1).join(', '), last: names[names.length - 1] ?? '' });
}

/** Why the import cannot be checked yet, in words; empty when it can. */
export function choiceProblems(choices: readonly ColumnChoice[], key: ImportKey, raterId: string, dimensions: readonly Dimension[]): string[] {
  const t = translate('import');
  const problems: string[] = [];
  const mapped = choices.filter((c) => c.target !== null);
  if (mapped.length === 0) {
    problems.push(t('mapping.problemNoColumn'));
    return problems;
  }
  const byTarget = new Map<ImportTarget, ColumnChoice[]>();
  for (const choice of mapped) {
    if (choice.target === null) continue;
    byTarget.set(choice.target, [...(byTarget.get(choice.target) ?? []), choice]);
  }
  for (const [target, columns] of byTarget) {
    if (columns.length < 2) continue;
    const info = findTarget(target);
    const label = info ? targetLabel(info, dimensions) : target;
    const names = { columns: listNames(columns.map(columnName)), field: label };
    problems.push(columns.length === 2 ? t('mapping.problemSameTargetBoth', names) : t('mapping.problemSameTargetAll', names));
  }
  if (key === 'id' && !byTarget.has('id')) {
    problems.push(t('mapping.problemNoId'));
  }
  if (key === 'auto' && !byTarget.has('id') && !byTarget.has('name') && !byTarget.has('code')) {
    problems.push(t('mapping.problemNoKey'));
  }
  if (key === 'nameCountry' && (!byTarget.has('name') || !byTarget.has('country'))) {
    const missing = [byTarget.has('name') ? null : fieldText('name'), byTarget.has('country') ? null : fieldText('country')].filter((m): m is string => m !== null);
    problems.push(t('mapping.problemNameCountry', { missing: listNames(missing) }));
  }
  if (mapped.some((c) => isScoreTarget(c.target)) && raterId === '') {
    problems.push(t('mapping.problemRater'));
  }
  return problems;
}

/** Rows of one file without ids that share a key: rejected until the user says they are separate practices. */
export type Duplicates = 'reject' | 'separate';

/** How the file is read beyond its encoding and delimiter: whether its first row names the columns, and bytes that are not UTF-8. */
export interface ReadingChoices {
  headerRow?: boolean;
  invalidBytes?: 'reject' | 'windows-1252';
  /** In an .xlsx workbook, the sheet to read (absent: the first that holds anything). */
  sheet?: string;
}

export interface RunSettings {
  file: { name: string; contentBase64: string };
  encoding: TextEncoding;
  delimiter: Delimiter;
  choices: readonly ColumnChoice[];
  key: ImportKey;
  raterId: string;
  /** "Every row: Country = Spain": a value for fields the file lacks or leaves empty. */
  constants?: Partial<Record<ImportTarget, string>>;
  duplicates?: Duplicates;
  reading?: ReadingChoices;
}

/** The values for every row that say something (an empty value is no value). */
export function constantsGiven(constants: Partial<Record<ImportTarget, string>> | undefined): Partial<Record<ImportTarget, string>> {
  return Object.fromEntries(Object.entries(constants ?? {}).filter(([, value]) => value !== undefined && value.trim() !== '')) as Partial<Record<ImportTarget, string>>;
}

/** The `import.run` input: every column named in the mapping, decimal marks for numeric columns. */
export function runInput(settings: RunSettings, dryRun: boolean): ImportRunInput {
  const { choices } = settings;
  const hasScores = choices.some((c) => isScoreTarget(c.target));
  return {
    file: settings.file,
    encoding: settings.encoding,
    delimiter: settings.delimiter,
    key: settings.key,
    ...(settings.reading?.headerRow !== undefined ? { headerRow: settings.reading.headerRow } : {}),
    ...(settings.reading?.invalidBytes ? { invalidBytes: settings.reading.invalidBytes } : {}),
    ...(settings.reading?.sheet !== undefined ? { sheet: settings.reading.sheet } : {}),
    ...(Object.keys(constantsGiven(settings.constants)).length > 0 ? { constants: constantsGiven(settings.constants) } : {}),
    ...(settings.duplicates ? { duplicates: settings.duplicates } : {}),
    mapping: Object.fromEntries(choices.map((c) => [String(c.index), c.target])),
    numberFormats: Object.fromEntries(choices.filter((c) => isNumberTarget(c.target)).map((c) => [String(c.index), c.numberFormat])),
    ...(hasScores && settings.raterId !== '' ? { raterId: settings.raterId } : {}),
    dryRun,
  };
}
