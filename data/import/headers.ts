/**
 * Column headers to import targets, so a researcher's "Nombre;País;Horas;Puntuación gobernanza"
 * maps itself and they only confirm. Our own exports' headers ("Practice", "Country", "Governance",
 * "Governance score") match too, so an exported table can be edited and imported again.
 */
import { DIMENSION_IDS, type DimensionId } from '../domain/domain.js';
import { DIMENSION_NAMES } from '../domain/domain.js';
import { foldForMatching } from './fold.js';
import { CONNECTOR_WORDS, DIMENSION_HEADER_NAMES, FIELD_HEADER_NAMES, NARRATIVE_WORDS, SCORE_WORDS } from './headerNames.js';
import { IMPORT_TARGETS, narrativeTarget, scoreTarget, targetInfo, type ImportTarget } from '../practices/schemas.js';
import { CHECKLIST_TARGETS } from '../practices/schemas.js';

export { IMPORT_TARGETS, type ImportTarget, type ImportTargetInfo } from '../practices/schemas.js';

export interface HeaderMatchOptions {
  /** The open store's dimension names (dimensions.list), in case the team renamed a dimension. */
  dimensionNames?: Partial<Record<DimensionId, string>>;
}

/** Folded, camelCase split, connectors dropped: "Nombre de la Práctica" → "nombre practica", "eqfLevel" → "eqf level". */
function headerKey(text: string): string {
  return foldForMatching(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .split(' ')
    .filter((word) => word !== '' && !CONNECTOR_WORDS.has(word))
    .join(' ');
}

const FIELD_BY_KEY: ReadonlyMap<string, ImportTarget> = new Map([
  ...Object.entries(FIELD_HEADER_NAMES).flatMap(([field, names]) => {
    const target = IMPORT_TARGETS.find((info) => info.target === field)?.target;
    return target === undefined ? [] : names.map((name): [string, ImportTarget] => [headerKey(name), target]);
  }),
  // EU elements and selection criteria by the headings the practice export gives them ("EU: Title").
  ...CHECKLIST_TARGETS.map((info): [string, ImportTarget] => [headerKey(info.label), info.target]),
]);

const DEFAULT_DIMENSION_BY_KEY: ReadonlyMap<string, DimensionId> = new Map(
  DIMENSION_IDS.flatMap((dimension) =>
    [DIMENSION_NAMES[dimension], dimension, ...DIMENSION_HEADER_NAMES[dimension]].map((name): [string, DimensionId] => [headerKey(name), dimension]),
  ),
);

const SCORE_KEYS = SCORE_WORDS.map(headerKey);
const NARRATIVE_KEYS = NARRATIVE_WORDS.map(headerKey);

function dimensionLookup(options: HeaderMatchOptions): ReadonlyMap<string, DimensionId> {
  const named = Object.entries(options.dimensionNames ?? {}).flatMap(([id, name]) => {
    const dimension = DIMENSION_IDS.find((known) => known === id);
    return dimension === undefined || name === undefined ? [] : [[headerKey(name), dimension] as const];
  });
  return named.length === 0 ? DEFAULT_DIMENSION_BY_KEY : new Map([...DEFAULT_DIMENSION_BY_KEY, ...named]);
}

/** The dimension named by what is left of the key once one of the marker words is taken off its start or end. */
function dimensionAround(key: string, markers: readonly string[], dimensions: ReadonlyMap<string, DimensionId>): DimensionId | null {
  for (const marker of markers) {
    const rest = key.startsWith(`${marker} `) ? key.slice(marker.length + 1) : key.endsWith(` ${marker}`) ? key.slice(0, -marker.length - 1) : null;
    const dimension = rest === null ? undefined : dimensions.get(rest);
    if (dimension !== undefined) return dimension;
  }
  return null;
}

/**
 * The target a header names, or null when it names none we know. Field names are tried first, so
 * "Tipo de evaluación" is the assessment type and "Evaluación" the assessment narrative.
 */
export function matchHeader(header: string, options: HeaderMatchOptions = {}): ImportTarget | null {
  const target = matchKey(headerKey(header), options);
  if (target !== null) return target;
  // A unit or remark in brackets ("Horas (h)", "Hours [total]") does not change what the column is.
  const withoutBrackets = header.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  return withoutBrackets === header ? null : matchKey(headerKey(withoutBrackets), options);
}

function matchKey(key: string, options: HeaderMatchOptions): ImportTarget | null {
  if (key === '') return null;
  const field = FIELD_BY_KEY.get(key);
  if (field !== undefined) return field;
  const dimensions = dimensionLookup(options);
  const narrativeByName = dimensions.get(key);
  if (narrativeByName !== undefined) return narrativeTarget(narrativeByName);
  const scored = dimensionAround(key, SCORE_KEYS, dimensions);
  if (scored !== null) return scoreTarget(scored);
  const narrated = dimensionAround(key, NARRATIVE_KEYS, dimensions);
  return narrated === null ? null : narrativeTarget(narrated);
}

export interface HeaderMatching {
  /** Per column, its target; null for columns left out (unknown, or a second column for the same target). */
  targets: (ImportTarget | null)[];
  /** Sentences about columns the researcher should look at. */
  problems: string[];
  /** Per sentence, the field two columns both looked like (a mapping that chooses the field settles it). */
  problemTargets: ImportTarget[];
}

/**
 * Matches a whole header row. When two columns match the same target only the first is used and
 * the other is reported: reading both would let the last one silently overwrite the first.
 */
export function matchHeaders(headers: readonly string[], options: HeaderMatchOptions = {}): HeaderMatching {
  const firstColumnOf = new Map<ImportTarget, number>();
  const problems: string[] = [];
  const problemTargets: ImportTarget[] = [];
  const targets = headers.map((header, column): ImportTarget | null => {
    const target = matchHeader(header, options);
    if (target === null) return null;
    const first = firstColumnOf.get(target);
    if (first === undefined) {
      firstColumnOf.set(target, column);
      return target;
    }
    problemTargets.push(target);
    problems.push(
      `Columns ${first + 1} ("${headers[first] ?? ''}") and ${column + 1} ("${header}") both look like ${targetInfo(target).label}; ` +
        `only column ${first + 1} is read. Choose the column to use in the mapping.`,
    );
    return null;
  });
  return { targets, problems, problemTargets };
}
