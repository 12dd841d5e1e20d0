/**
 * What each practice-level data-quality rule finds (schemas.ts says what each is for). Every rule
 * reads the whole dataset in one query and returns its findings; checks.ts keeps those about the
 * practices the filter selected and drops the rules switched off.
 */
import type { Database } from 'better-sqlite3';
import { KNOWN_COUNTRIES } from '../domain/countries.js';
import { seesScoreSql, type Viewer } from '../scoring/index.js';
import { foldForSearch } from '../store/search.js';
import { lensFieldsEmpty } from './lensFields.js';
import type { QualityFinding } from './model.js';
import { ECTS_HOURS, PLAUSIBLE, QUALITY_RULES, type QualityRuleId, type Severity } from './schemas.js';

interface Row {
  id: string;
  name: string;
  code: string | null;
  country: string;
  provider: string | null;
  parent_id: string | null;
  hours: number | null;
  ects: number | null;
  eqf_level: number | null;
  release_year: number | null;
}

const finding = (rule: QualityRuleId, p: Row, message: string, related: Row[] = [], severity: Severity = QUALITY_RULES[rule].severity): QualityFinding => ({
  rule,
  severity,
  practiceId: p.id,
  practiceName: p.name,
  related: related.map((r) => ({ id: r.id, name: r.name })),
  message,
});

const number = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });

function workload(rows: Row[]): QualityFinding[] {
  const warnLow = ECTS_HOURS.min * (1 - ECTS_HOURS.tolerance);
  const warnHigh = ECTS_HOURS.max * (1 + ECTS_HOURS.tolerance);
  const errorLow = ECTS_HOURS.min / ECTS_HOURS.factor;
  const errorHigh = ECTS_HOURS.max * ECTS_HOURS.factor;
  return rows.flatMap((p) => {
    if (p.hours === null || p.ects === null || p.ects <= 0 || p.hours <= 0) return [];
    const perCredit = p.hours / p.ects;
    if (perCredit >= warnLow && perCredit <= warnHigh) return [];
    const severity: Severity = perCredit < errorLow || perCredit > errorHigh ? 'error' : 'warning';
    return [
      finding(
        'workload.ectsRatio',
        p,
        `${number(p.hours)} hours for ${number(p.ects)} ECTS is ${number(perCredit)} hours per credit, against the ${ECTS_HOURS.min}-${ECTS_HOURS.max} hours of the convention.`,
        [],
        severity,
      ),
    ];
  });
}

/** Practices that share a key, each reported once with the others of its group. */
function duplicates(rows: Row[], rule: QualityRuleId, keyOf: (p: Row) => string | null, say: (p: Row) => string): QualityFinding[] {
  const groups = new Map<string, Row[]>();
  for (const p of rows) {
    const key = keyOf(p);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) => group.map((p) => finding(rule, p, say(p), group.filter((o) => o !== p))));
}

const normalised = (text: string | null) => (text === null ? '' : foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

function componentHours(rows: Row[]): QualityFinding[] {
  const byId = new Map(rows.map((p) => [p.id, p]));
  return rows.flatMap((p) => {
    const parent = p.parent_id === null ? undefined : byId.get(p.parent_id);
    if (!parent || p.hours === null || parent.hours === null || p.hours <= parent.hours) return [];
    return [finding('component.hoursExceedParent', p, `${number(p.hours)} hours, more than the ${number(parent.hours)} hours of “${parent.name}”, which it is part of.`, [parent])];
  });
}

function ranges(rows: Row[], thisYear: number): QualityFinding[] {
  const known = new Set(KNOWN_COUNTRIES);
  return rows.flatMap((p) => {
    const found: QualityFinding[] = [];
    if (!known.has(p.country)) found.push(finding('country.unknown', p, `“${p.country}” is not a country the app knows, so it counts as International.`));
    if (p.hours !== null && (p.hours < PLAUSIBLE.hours.min || p.hours > PLAUSIBLE.hours.max)) found.push(finding('range.hours', p, `${number(p.hours)} hours is outside ${PLAUSIBLE.hours.min}-${number(PLAUSIBLE.hours.max)}.`));
    if (p.ects !== null && (p.ects < PLAUSIBLE.ects.min || p.ects > PLAUSIBLE.ects.max)) found.push(finding('range.ects', p, `${number(p.ects)} ECTS is outside ${PLAUSIBLE.ects.min}-${PLAUSIBLE.ects.max}.`));
    if (p.eqf_level !== null && (p.eqf_level < PLAUSIBLE.eqfLevel.min || p.eqf_level > PLAUSIBLE.eqfLevel.max || !Number.isInteger(p.eqf_level))) {
      found.push(finding('range.eqfLevel', p, `EQF level ${p.eqf_level} does not exist.`));
    }
    const latest = thisYear + PLAUSIBLE.releaseYear.maxAhead;
    if (p.release_year !== null && (p.release_year < PLAUSIBLE.releaseYear.min || p.release_year > latest)) {
      found.push(finding('range.releaseYear', p, `Released in ${p.release_year}, outside ${PLAUSIBLE.releaseYear.min}-${latest}.`));
    }
    return found;
  });
}

/** Only scores the viewer may see: in blind mode, that another rater scored a pair is itself hidden. */
function evidence(db: Database, viewer: Viewer): QualityFinding[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, d.name AS dimension, r.name AS rater FROM scores s
       JOIN practices p ON p.id = s.practice_id JOIN dimensions d ON d.id = s.dimension_id JOIN raters r ON r.id = s.rater_id
       WHERE s.value IS NOT NULL AND trim(coalesce(s.evidence, '')) = '' AND ${seesScoreSql(viewer)} ORDER BY p.name, d.position, r.name`,
    )
    .all() as { id: string; name: string; dimension: string; rater: string }[];
  return rows.map((r) => ({
    rule: 'score.evidenceMissing',
    severity: QUALITY_RULES['score.evidenceMissing'].severity,
    practiceId: r.id,
    practiceName: r.name,
    related: [],
    message: `${r.rater}'s ${r.dimension} score has no evidence.`,
  }));
}

/** Every practice-level rule's findings over the whole dataset. */
export function practiceFindings(db: Database, viewer: Viewer, thisYear = new Date().getFullYear()): QualityFinding[] {
  const rows = db
    .prepare('SELECT id, name, code, country, provider, parent_id, hours, ects, eqf_level, release_year FROM practices ORDER BY name COLLATE NOCASE, id')
    .all() as Row[];
  return [
    ...workload(rows),
    ...duplicates(rows, 'duplicate.code', (p) => (p.code === null || p.code.trim() === '' ? null : p.code.replace(/\s+/g, '').toUpperCase()), (p) => `Code ${String(p.code)} is also the code of another practice.`),
    ...duplicates(
      rows,
      'duplicate.nameCountryProvider',
      (p) => JSON.stringify([normalised(p.name), p.country, normalised(p.provider)]),
      (p) => `Same name, country and provider as another practice${p.provider === null ? ' (neither names a provider)' : ''}.`,
    ),
    ...componentHours(rows),
    ...ranges(rows, thisYear),
    ...evidence(db, viewer),
    ...lensFieldsEmpty(db),
  ];
}
