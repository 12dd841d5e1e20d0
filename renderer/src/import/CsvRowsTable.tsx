/** Rows of an imported file as read, each with the row a spreadsheet shows and the line it starts on (and, for rejected rows, why). */
import { useTranslation } from 'react-i18next';

export interface CsvTableRow {
  row: number;
  line: number;
  cells: readonly string[];
  reason?: string;
}

interface Props {
  /** What the table shows, for screen readers ("First rows of the file"). */
  caption: string;
  headers: readonly string[];
  rows: readonly CsvTableRow[];
  /** Show a Reason column after the line number. */
  withReason?: boolean;
}

export function CsvRowsTable({ caption, headers, rows, withReason }: Props) {
  const { t } = useTranslation('import');
  // Ragged rows may have more cells than the header row; show them all.
  const width = Math.max(headers.length, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => headers[i] ?? '');
  return (
    <div className="csv-rows" tabIndex={0} role="region" aria-label={caption}>
      <table className="csv-rows__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="csv-rows__line" title={t('rows.rowTitle')}>
              {t('rows.row')}
            </th>
            {withReason ? (
              <th scope="col" className="csv-rows__reason">
                {t('rows.reason')}
              </th>
            ) : null}
            {columns.map((header, i) => (
              <th key={i} scope="col" title={header}>
                {header === '' ? <span className="muted">{t('rows.noHeader')}</span> : header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <th scope="row" className="csv-rows__line" title={t('rows.lineOfFile', { line: row.line })}>
                {row.row === row.line ? row.row : t('rows.rowAndLine', { row: row.row, line: row.line })}
              </th>
              {withReason ? <td className="csv-rows__reason">{row.reason ?? ''}</td> : null}
              {columns.map((_, i) => {
                const cell = row.cells[i];
                return (
                  <td key={i} title={cell === undefined ? undefined : cell}>
                    {cell === undefined ? (
                      <span className="muted" title={t('rows.noCell')}>
                        —
                      </span>
                    ) : (
                      cell
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
