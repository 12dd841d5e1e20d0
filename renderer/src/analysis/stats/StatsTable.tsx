/** The pivot: one row per group (one or two fields), count, share, and per measure n, missing, mean, median, min, max, Q1, Q3; "All" last. */
import type { Dimension } from '../../../../data/scoring/model';
import type { StatsRow, StatsTable as Table } from '../../../../data/analysis/model';
import { useTranslation } from 'react-i18next';
import { groupFieldLabel, groupLabel, measureLabel, overallLabel } from '../analysisLabels';
import { formatCount, formatShare, formatStat, SUMMARY_KEYS, summaryLabel, summaryTitle } from './statsFormat';

function Row({ table, row, all }: { table: Table; row: StatsRow; all?: boolean }) {
  return (
    <tr className={all ? 'stats-table__all' : undefined}>
      {table.groupBy.length === 0 ? (
        <th scope="row">{overallLabel(table.overallLabel)}</th>
      ) : (
        table.groupBy.map((field, i) => (
          <th key={field} scope="row">
            {all ? (i === 0 ? overallLabel(table.overallLabel) : '') : groupLabel(row.groups[i], field)}
          </th>
        ))
      )}
      <td className="num">{formatCount(row.count)}</td>
      <td className="num">{formatShare(row.share)}</td>
      {table.measures.map((measure) =>
        SUMMARY_KEYS.map((key) => (
          <td key={`${measure}:${key}`} className={`num${key === 'n' ? ' stats-table__first' : ''}`}>
            {formatStat(row.measures[measure]?.[key], measure, key)}
          </td>
        )),
      )}
    </tr>
  );
}

export function StatsTable({ table, dimensions }: { table: Table; dimensions: readonly Dimension[] }) {
  const { t } = useTranslation('analysis');
  const groupColumns = table.groupBy.length === 0 ? [t('stats.group')] : table.groupBy.map(groupFieldLabel);
  return (
    <div className="stats-scroll">
      <table className="stats-table">
        <caption className="visually-hidden">{t('stats.caption', { count: table.total, n: formatCount(table.total) })}</caption>
        <thead>
          <tr>
            {groupColumns.map((label) => (
              <th key={label} scope="col" rowSpan={2}>
                {label}
              </th>
            ))}
            <th scope="col" rowSpan={2} className="num">
              {t('stats.count')}
            </th>
            <th scope="col" rowSpan={2} className="num" title={t('stats.shareTitle')}>
              {t('stats.share')}
            </th>
            {table.measures.map((measure) => (
              <th key={measure} scope="colgroup" colSpan={SUMMARY_KEYS.length} className="stats-table__measure">
                {measureLabel(measure, dimensions)}
              </th>
            ))}
          </tr>
          <tr>
            {table.measures.map((measure) =>
              SUMMARY_KEYS.map((key) => (
                <th key={`${measure}:${key}`} scope="col" className={`num${key === 'n' ? ' stats-table__first' : ''}`} title={summaryTitle(key)}>
                  {summaryLabel(key)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.groups.map((g) => g.value ?? '\u0000').join('|')} table={table} row={row} />
          ))}
        </tbody>
        {table.groupBy.length > 0 ? (
          <tfoot>
            <Row table={table} row={table.overall} all />
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
