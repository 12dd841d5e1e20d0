/** A practice's history on its page: each change, who made it and when, and what it changed. */
import { useEffect, useState } from 'react';
import type { PracticeHistoryEntry } from '../../../../data/history/model';
import { caseStudySectionHeading, type CaseStudySectionId } from '../../../../data/domain/caseStudy';
import type { ApiError } from '../../../../data/domain/envelope';
import { call } from '../../app/apiClient';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSession } from '../../app/session';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';

type Row = Record<string, unknown>;

/** Column names in plain words; what is not listed reads as its column name. */
const COLUMN_WORDS: Record<string, string> = {
  name_original: 'original name',
  practice_type: 'practice type',
  type_as_stated: 'type as stated',
  technology_domains: 'technology domains',
  eqf_level: 'EQF level',
  workload_note: 'workload note',
  delivery_mode: 'delivery mode',
  delivery_note: 'delivery note',
  release_year: 'release year',
  registered_providers: 'registered providers',
  assessment_type: 'assessment type',
  qa_type: 'QA type',
  digital_issuance: 'digital issuance',
  case_study: 'case study',
  case_study_number: 'case study number',
  practice_number: 'practice number',
  parent_id: 'part of',
};
const IGNORED = new Set(['search_text', 'sort_name', 'updated_at', 'created_at', 'id']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** What changed, in words: "hours: 8 → 16", "Governance score: 3 → 4", "created". */
export function describeChange(entry: PracticeHistoryEntry, dimensionName: (id: string) => string): string[] {
  const before = entry.before as Row | null;
  const after = entry.after as Row | null;
  if (entry.entity === 'consensus') {
    const row = (after ?? before) as Row;
    const label = `${dimensionName(String(row.dimension_id))} consensus`;
    if (!before) return [`${label} agreed at ${show(after?.value)}: ${show(after?.rationale)}`];
    if (!after) return [`${label} removed (was ${show(before.value)})`];
    return [`${label}: ${show(before.value)} → ${show(after.value)}: ${show(after.rationale)}`];
  }
  if (entry.entity === 'caseStudy') {
    const row = (after ?? before) as Row;
    const label = `Case study, ${caseStudySectionHeading(String(row.section_id) as CaseStudySectionId)}`;
    if (!before) return [`${label} written`];
    if (!after) return [`${label} cleared`];
    return [before.blocks !== after.blocks ? `${label}: text changed` : `${label}: sources changed`];
  }
  if (entry.entity === 'score') {
    const row = (after ?? before) as Row;
    const label = `${dimensionName(String(row.dimension_id))} score`;
    if (!before) return [`${label} set to ${show(after?.value)}`];
    if (!after) return [`${label} cleared (was ${show(before.value)})`];
    const lines = [];
    if (before.value !== after.value) lines.push(`${label}: ${show(before.value)} → ${show(after.value)}`);
    if (before.evidence !== after.evidence) lines.push(`${label} evidence changed`);
    if (before.confidence !== after.confidence) lines.push(`${label} confidence: ${show(before.confidence)} → ${show(after.confidence)}`);
    return lines;
  }
  if (!before) return ['Practice created'];
  if (!after) return ['Practice deleted'];
  const b = before.row as Row;
  const a = after.row as Row;
  const lines = Object.keys(a)
    .filter((k) => !IGNORED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${COLUMN_WORDS[k] ?? k.replace(/_/g, ' ')}: ${show(b[k])} → ${show(a[k])}`);
  if (JSON.stringify(before.narratives) !== JSON.stringify(after.narratives)) lines.push('narratives changed');
  if (JSON.stringify(before.sources) !== JSON.stringify(after.sources)) lines.push('sources changed');
  if (JSON.stringify(before.elements ?? []) !== JSON.stringify(after.elements ?? [])) lines.push('EU information elements changed');
  if (JSON.stringify(before.criteria ?? []) !== JSON.stringify(after.criteria ?? [])) lines.push('selection criteria changed');
  return lines;
}

export function PracticeHistory({ id }: { id: string }) {
  const session = useSession();
  const [entries, setEntries] = useState<PracticeHistoryEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void call('history.ofPractice', { id, limit: 50 }).then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [id]);
  const { t } = useTranslation('practices');
  const dimensionName = (dimension: string) => session.dimensions.find((d) => d.id === dimension)?.name ?? dimension;
  const raterName = (raterId: string | null) => (raterId ? (session.raters.find((r) => r.id === raterId)?.name ?? t('history.unknownRater')) : t('history.nobody'));

  return (
    <section className="card practice-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {entries === null && !error ? <p className="muted">{t('history.loading')}</p> : null}
      {entries?.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <ol className="plain-list practice-history__list">
          {entries.map((entry, i) => (
            <li key={`${entry.changeSet.id}-${i}`} className={entry.changeSet.undoneAt ? 'is-undone' : undefined}>
              <div>
                <strong>{entry.changeSet.label}</strong>
                {entry.changeSet.undoneAt ? <span className="muted">{t('history.undone')}</span> : null}
              </div>
              <div className="muted small">
                {t('history.by', { when: formatDateTime(entry.changeSet.createdAt), rater: raterName(entry.changeSet.raterId) })}
              </div>
              <ul className="practice-history__changes">
                {describeChange(entry, dimensionName).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
