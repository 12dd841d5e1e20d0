/** Step 2 of the import: which field each column fills, and the decimal mark of numeric columns. */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../data/contract/contract';
import type { Dimension } from '../../../data/scoring/model';
import type { NumberFormat } from '../../../data/import/schemas';
import { columnName, findTarget, isNumberTarget, sampleValues, targetGroups, type ColumnChoice } from './importMapping';
import { formatCount } from '../ui/format';
import type { ImportWizard } from './useImportWizard';

const LEAVE_OUT = '';
const NUMBER_FORMATS: readonly NumberFormat[] = ['comma', 'point'];
const isNumberFormat = (value: string): value is NumberFormat => NUMBER_FORMATS.some((f) => f === value);

interface RowProps {
  choice: ColumnChoice;
  samples: string[];
  groups: ReturnType<typeof targetGroups>;
  wizard: ImportWizard;
  disabled: boolean;
}

function MappingRow({ choice, samples, groups, wizard, disabled }: RowProps) {
  const { t } = useTranslation('import');
  const numeric = isNumberTarget(choice.target);
  const hintId = useId();
  return (
    <tr className={choice.target === null ? 'is-left-out' : undefined}>
      <td className="num muted">{choice.index + 1}</td>
      <th scope="row">{choice.header === '' ? <span className="muted">{t('mapping.noHeader')}</span> : choice.header}</th>
      <td className="import-mapping__samples">
        {samples.length === 0 ? (
          <span className="muted">{t('mapping.emptyInFirstRows')}</span>
        ) : (
          samples.map((value, i) => (
            <span key={i} className="import-mapping__sample" title={value}>
              {value}
            </span>
          ))
        )}
      </td>
      <td>
        <select
          aria-label={t('mapping.fieldFor', { column: columnName(choice) })}
          value={choice.target ?? LEAVE_OUT}
          disabled={disabled}
          onChange={(e) => wizard.setTarget(choice.index, findTarget(e.target.value)?.target ?? null)}
        >
          <option value={LEAVE_OUT}>{t('mapping.leaveOut')}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </td>
      <td>
        {numeric ? (
          <div className="import-mapping__format">
            <select
              aria-label={t('mapping.decimalMarkFor', { column: columnName(choice) })}
              aria-describedby={choice.ambiguous ? hintId : undefined}
              value={choice.numberFormat}
              disabled={disabled}
              onChange={(e) => {
                if (isNumberFormat(e.target.value)) wizard.setNumberFormat(choice.index, e.target.value);
              }}
            >
              {NUMBER_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`mapping.numberFormat.${format}`)}
                </option>
              ))}
            </select>
            {choice.ambiguous ? (
              <span id={hintId} className="badge badge--warn" title={t('mapping.ambiguousTitle')}>
                {t('mapping.ambiguousBadge')}
              </span>
            ) : null}
          </div>
        ) : (
          <span className="muted small">—</span>
        )}
      </td>
    </tr>
  );
}

interface Props {
  wizard: ImportWizard;
  preview: ImportPreview;
  dimensions: readonly Dimension[];
  disabled: boolean;
}

export function ImportMappingStep({ wizard, preview, dimensions, disabled }: Props) {
  const { t } = useTranslation('import');
  const headingId = useId();
  const groups = useMemo(() => targetGroups(dimensions), [dimensions]);
  const mapped = wizard.choices.filter((c) => c.target !== null).length;
  const ambiguous = wizard.choices.filter((c) => c.ambiguous && isNumberTarget(c.target)).length;
  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mapping.heading')}</h2>
      <p className="muted">{t('mapping.summary', { mapped: formatCount(mapped), total: formatCount(wizard.choices.length) })}</p>
      {preview.notes.length > 0 ? (
        <div className="notice" role="note">
          <strong>{t('mapping.aboutFile')}</strong>
          <ul className="import-notes">
            {preview.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {ambiguous > 0 ? (
        <p className="notice">{t('mapping.ambiguous', { count: ambiguous, n: formatCount(ambiguous) })}</p>
      ) : null}
      <div className="import-mapping__scroll">
        <table className="import-mapping">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('mapping.number')}
              </th>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.values')}</th>
              <th scope="col">{t('mapping.importsInto')}</th>
              <th scope="col">{t('mapping.decimalMark')}</th>
            </tr>
          </thead>
          <tbody>
            {wizard.choices.map((choice) => (
              <MappingRow key={choice.index} choice={choice} samples={sampleValues(preview, choice.index)} groups={groups} wizard={wizard} disabled={disabled} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
