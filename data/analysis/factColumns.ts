/**
 * The facts of every practice as columns, built once per change of the store (facts.ts keeps
 * them with the facts): a numeric field as each practice's index into the field's distinct
 * values, a grouping field as each practice's groups. Gap tables and the pivot then count small
 * integers instead of sorting 100,000 numbers per group and measure.
 */
import type { MeasureField } from './schemas.js';
import type { GroupKey, Summary } from './model.js';
import type { DimensionId } from '../domain/domain.js';
import type { GroupField } from '../domain/fields.js';
import type { PracticeFact } from './facts.js';
import { groupKeysOf } from './grouping.js';

export function measureOf(fact: PracticeFact, measure: MeasureField): number | null {
  if (measure.startsWith('score.')) return fact.scores[measure.slice('score.'.length) as DimensionId];
  return fact[measure as 'hours' | 'ects' | 'registeredProviders' | 'releaseYear' | 'eqfLevel'];
}

export interface NumericColumn {
  /** The distinct values, ascending. */
  levels: Float64Array;
  /** Per practice, its value's index in `levels`; -1 when missing (empty, or not a finite number). */
  codes: Int32Array;
}

export interface GroupColumn {
  /** The groups, in the order they first occur. */
  keys: GroupKey[];
  /** Practice i is in groups members[starts[i]] … members[starts[i + 1] - 1] (several only for technology domains). */
  starts: Int32Array;
  members: Int32Array;
}

const numeric = new WeakMap<readonly PracticeFact[], Map<MeasureField, NumericColumn>>();
const grouped = new WeakMap<readonly PracticeFact[], Map<GroupField, GroupColumn>>();

function kept<K, V>(cache: WeakMap<readonly PracticeFact[], Map<K, V>>, facts: readonly PracticeFact[], key: K, build: () => V): V {
  let columns = cache.get(facts);
  if (!columns) cache.set(facts, (columns = new Map()));
  let column = columns.get(key);
  if (!column) columns.set(key, (column = build()));
  return column;
}

/** `facts` is every practice (the same array while the store is unchanged); columns are built on first use. */
export function numericColumn(facts: readonly PracticeFact[], measure: MeasureField): NumericColumn {
  return kept(numeric, facts, measure, () => {
    const values = facts.map((f) => measureOf(f, measure));
    // SQLite keeps whole REAL values as integers, so a -0 never comes back from the store: 0 and -0 are one level.
    const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const levels = Float64Array.from(new Set(present)).sort();
    const index = new Map<number, number>();
    levels.forEach((level, i) => index.set(level, i));
    const codes = Int32Array.from(values, (v) => (typeof v === 'number' && Number.isFinite(v) ? (index.get(v) as number) : -1));
    return { levels, codes };
  });
}

/**
 * After the facts at `positions` were replaced in the same array (facts.ts): each numeric column
 * patched there, so that it is what numericColumn would build for the array now; a column whose
 * distinct values changed (a value new to it, or the last of one gone) is built again. Group
 * columns are dropped when records changed (a score edit leaves them as they are).
 */
export function patchColumns(facts: readonly PracticeFact[], positions: readonly number[], recordsChanged: boolean): void {
  if (recordsChanged) grouped.delete(facts);
  const columns = numeric.get(facts);
  if (!columns) return;
  for (const [measure, column] of columns) {
    if (!patchNumeric(column, facts, positions, measure)) columns.delete(measure);
  }
}

/** The index of `value` in the ascending `levels`, or -1. */
function levelOf(levels: Float64Array, value: number): number {
  let low = 0;
  let high = levels.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = levels[middle] as number;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function patchNumeric(column: NumericColumn, facts: readonly PracticeFact[], positions: readonly number[], measure: MeasureField): boolean {
  const { levels, codes } = column;
  const before = positions.map((i) => codes[i] as number);
  for (const i of positions) {
    const v = measureOf(facts[i] as PracticeFact, measure);
    const code = typeof v === 'number' && Number.isFinite(v) ? levelOf(levels, v) : -1;
    if (code < 0 && typeof v === 'number' && Number.isFinite(v)) return false; // a value new to the column
    codes[i] = code;
  }
  // A level no practice has any more would not be in a column built now.
  for (const code of new Set(before)) if (code >= 0 && !codes.includes(code)) return false;
  return true;
}

export function groupColumn(facts: readonly PracticeFact[], field: GroupField): GroupColumn {
  return kept(grouped, facts, field, () => {
    const keys: GroupKey[] = [];
    const index = new Map<string | null, number>();
    const starts = new Int32Array(facts.length + 1);
    const members: number[] = [];
    facts.forEach((fact, i) => {
      for (const key of groupKeysOf(fact, field)) {
        let code = index.get(key.value);
        if (code === undefined) {
          index.set(key.value, (code = keys.length));
          keys.push(key);
        }
        members.push(code);
      }
      starts[i + 1] = members.length;
    });
    return { keys, starts, members: Int32Array.from(members) };
  });
}

/**
 * Values of one numeric column counted per level. Gives what data/statistics.ts gives for the
 * same values, to the last bit: statistics.ts sums in ascending order, and so does this, each
 * level as many times as it occurs.
 */
export class LevelCounts {
  private readonly counts: Int32Array;
  present = 0;
  missing = 0;

  constructor(private readonly levels: Float64Array) {
    this.counts = new Int32Array(levels.length);
  }

  add(code: number): void {
    if (code < 0) {
      this.missing++;
    } else {
      (this.counts[code] as number)++;
      this.present++;
    }
  }

  mean(): number | null {
    if (this.present === 0) return null;
    let sum = 0;
    for (let level = 0; level < this.counts.length; level++) {
      const value = this.levels[level] as number;
      for (let i = this.counts[level] as number; i > 0; i--) sum += value;
    }
    return sum / this.present;
  }

  /** The values at the given positions of the sorted values, in one pass over the levels. */
  private valuesAt(positions: number[]): number[] {
    const wanted = [...new Set(positions)].sort((a, b) => a - b);
    const found = new Map<number, number>();
    let seen = 0;
    let next = 0;
    for (let level = 0; level < this.counts.length && next < wanted.length; level++) {
      seen += this.counts[level] as number;
      for (; next < wanted.length && (wanted[next] as number) < seen; next++) found.set(wanted[next] as number, this.levels[level] as number);
    }
    return positions.map((p) => found.get(p) as number);
  }

  summary(): Summary {
    if (this.present === 0) return { n: 0, missing: this.missing, mean: null, median: null, min: null, max: null, q1: null, q3: null };
    // statistics.ts's quantileSorted: linear interpolation between the closest ranks.
    const ps = [0.25, 0.5, 0.75];
    const positions = ps.flatMap((p) => {
      const position = (this.present - 1) * p;
      return [Math.floor(position), Math.ceil(position)];
    });
    const values = this.valuesAt([0, ...positions, this.present - 1]);
    const quantile = (i: number) => {
      const position = (this.present - 1) * (ps[i] as number);
      const low = values[1 + 2 * i] as number;
      const high = values[2 + 2 * i] as number;
      return low + (high - low) * (position - Math.floor(position));
    };
    return {
      n: this.present,
      missing: this.missing,
      mean: this.mean(),
      median: quantile(1),
      min: values[0] as number,
      max: values[values.length - 1] as number,
      q1: quantile(0),
      q3: quantile(2),
    };
  }
}
