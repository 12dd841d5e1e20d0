/** The comparison's extra columns: whether all mandatory EU elements are documented, each element, the criteria, the shortlist. */
import { useTranslation } from 'react-i18next';
import { COMPARE_EXTRA_COLUMNS, type CompareExtraColumn } from '../../../data/analysis/schemas';
import { Popover } from '../ui/Popover';
import { formatCount } from '../ui/format';
import { extraColumnLabel } from './analysisLabels';

const GROUPS = [
  { legend: 'eu', columns: COMPARE_EXTRA_COLUMNS.filter((c) => c === 'euMandatory' || c.startsWith('eu.')) },
  { legend: 'criteria', columns: COMPARE_EXTRA_COLUMNS.filter((c) => c === 'criteriaMet' || c === 'shortlisted' || c.startsWith('criterion.')) },
] as const;

interface Props {
  shown: CompareExtraColumn[];
  onChange(shown: CompareExtraColumn[]): void;
}

export function ExtraColumnPicker({ shown, onChange }: Props) {
  const { t } = useTranslation('analysis');
  // Kept in the list's own order, so the columns read the same in every export.
  const toggle = (column: CompareExtraColumn, on: boolean) => onChange(COMPARE_EXTRA_COLUMNS.filter((c) => (c === column ? on : shown.includes(c))));
  return (
    <Popover
      label={t('extraColumns.label')}
      buttonClassName="button"
      button={<span>{shown.length > 0 ? t('extraColumns.buttonCount', { n: formatCount(shown.length) }) : t('extraColumns.button')}</span>}
      active={shown.length > 0}
      width={380}
    >
      <div className="extra-columns">
        {GROUPS.map((group) => (
          <fieldset key={group.legend} className="extra-columns__group">
            <legend>{t(`extraColumns.${group.legend}`)}</legend>
            {group.columns.map((column) => (
              <label key={column} className="check">
                <input type="checkbox" checked={shown.includes(column)} onChange={(e) => toggle(column, e.target.checked)} />
                <span>{extraColumnLabel(column)}</span>
              </label>
            ))}
          </fieldset>
        ))}
        <button type="button" className="button button--small" disabled={shown.length === 0} onClick={() => onChange([])}>
          {t('extraColumns.none')}
        </button>
      </div>
    </Popover>
  );
}
