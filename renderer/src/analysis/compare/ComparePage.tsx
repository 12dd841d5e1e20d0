/**
 * Comparison view (`analysis.compare`): filtered or hand-picked practices x dimensions, like the
 * cross-practice table of D3.2 §1.4. Settings and filter live in the hash; exports and "Copy table".
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput, PracticeFilter } from '../../../../data/contract/contract';
import type { ExportFormat } from '../../../../data/analysis/schemas';
import type { DimensionId } from '../../../../data/domain/domain';
import { useSession } from '../../app/session';
import { AnalysisLayout } from '../AnalysisLayout';
import { CompareControls } from './CompareControls';
import { CompareTable } from './CompareTable';
import { CopyTableButton } from '../CopyTableButton';
import { ExportButtons, type ExportRequest } from '../ExportButtons';
import { compareTsv } from './compareTsv';
import { reportPresetFilter, compareSettingsToParams, DEFAULT_COMPARE, parseCompareSettings, type CompareSettings } from './compareQuery';
import { dimensionName, formatCount } from '../../ui/format';
import { parseTableQuery } from '../../filter/filterQuery';
import { useOperation } from '../../app/useOperation';
import { navigate } from '../../app/useHashRoute';
import { viewHref } from '../../app/views';

export function ComparePage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('analysis');
  const session = useSession();
  const queryString = params.toString();
  const filter = useMemo(() => parseTableQuery(new URLSearchParams(queryString)).filter, [queryString]);
  const settings = useMemo(() => parseCompareSettings(new URLSearchParams(queryString)), [queryString]);
  const [picked, setPicked] = useState<string[]>([]);
  const nameOf = useCallback((id: DimensionId) => dimensionName(id, session.dimensions), [session.dimensions]);

  const go = useCallback((nextFilter: PracticeFilter, nextSettings: CompareSettings) => {
    navigate(viewHref('compare', nextFilter, compareSettingsToParams(nextSettings)), { replace: true });
  }, []);

  const input = useMemo((): OperationInput<'analysis.compare'> => {
    const base: OperationInput<'analysis.compare'> = { filter, sort: settings.sort };
    if (settings.groupBy) base.groupBy = settings.groupBy;
    if (settings.ids) base.ids = settings.ids;
    return base;
  }, [filter, settings]);
  // Targets are part of the answer: ask again when they change.
  const targetsKey = session.dimensions.map((d) => d.target).join(',');
  const result = useOperation('analysis.compare', input, targetsKey);
  const table = result.value;

  const request = useCallback(
    (format: ExportFormat): ExportRequest | null =>
      table ? { view: 'compare', input, cells: settings.cells, dimensions: settings.dimensions, extras: settings.extras, format } : null,
    [table, input, settings.cells, settings.dimensions, settings.extras],
  );

  function reportPreset() {
    go(reportPresetFilter(filter), { ...DEFAULT_COMPARE, cells: 'narrative', sort: { field: 'practiceNumber', desc: false } });
  }

  function setIds(ids: string[] | null) {
    go(filter, { ...settings, ids: ids && ids.length > 0 ? ids : null, sort: ids ? { field: 'picked', desc: false } : settings.sort });
  }

  function moveId(id: string, by: -1 | 1) {
    const ids = [...(settings.ids ?? [])];
    const from = ids.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    const other = ids[to];
    if (other === undefined) return;
    ids[to] = id;
    ids[from] = other;
    setIds(ids);
  }

  const handPicked = settings.ids !== null;
  const note = handPicked ? (
    <p className="notice filter-bar__note">
      {t('compare.handPicked', { count: settings.ids?.length ?? 0, n: formatCount(settings.ids?.length ?? 0) })}{' '}
      <button type="button" className="link-button" onClick={() => setIds(null)}>
        {t('compare.backToFiltered')}
      </button>
    </p>
  ) : picked.length > 0 ? (
    <p className="notice filter-bar__note">
      {t('compare.picked', { count: picked.length, n: formatCount(picked.length) })}{' '}
      <button type="button" className="button button--primary button--small" onClick={() => setIds(picked)}>
        {t('compare.compareOnly', { n: formatCount(picked.length) })}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setPicked([])}>
        {t('compare.clearPicks')}
      </button>
    </p>
  ) : null;

  return (
    <AnalysisLayout
      title={t('compare.title')}
      intro={t('compare.intro')}
      filter={filter}
      onFilterChange={(next) => go(next, settings)}
      count={table?.practices ?? null}
      countLabel={t('compare.countLabel')}
      loading={result.loading}
      error={result.error}
      onRetry={result.reload}
      note={note}
    >
      <CompareControls settings={settings} nameOf={nameOf} onChange={(next) => go(filter, next)} onReportPreset={reportPreset} />
      <ExportButtons what={t('compare.what')} request={request}>
        <CopyTableButton
          htmlRequest={request('html')}
          text={() => (table ? compareTsv(table, settings.cells, settings.dimensions, nameOf, settings.extras) : '')}
          what={t('compare.copyWhat', { count: table?.practices ?? 0, n: formatCount(table?.practices ?? 0) })}
        />
      </ExportButtons>
      {table ? (
        table.rows.length === 0 ? (
          <p className="empty-message">{t('compare.empty')}</p>
        ) : (
          <CompareTable
            table={table}
            cells={settings.cells}
            dimensions={settings.dimensions}
            extras={settings.extras}
            nameOf={nameOf}
            mode={handPicked ? 'picked' : 'filtered'}
            canMove={handPicked && settings.groupBy === null && settings.sort.field === 'picked' && !settings.sort.desc}
            picked={picked}
            onPick={(id, on) => setPicked((list) => (on ? [...list.filter((p) => p !== id), id] : list.filter((p) => p !== id)))}
            onMove={moveId}
            onRemove={(id) => setIds((settings.ids ?? []).filter((p) => p !== id))}
          />
        )
      ) : null}
    </AnalysisLayout>
  );
}
