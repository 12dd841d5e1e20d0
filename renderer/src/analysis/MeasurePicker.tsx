/** Which numeric fields the statistics summarise (MEASURE_FIELDS), as a checkbox list in a popover. */
import { useTranslation } from 'react-i18next';
import { MEASURE_FIELDS, type MeasureField } from '../../../data/analysis/schemas';
import type { Dimension } from '../../../data/scoring/model';
import { measureLabel } from './analysisLabels';
import { Popover } from '../ui/Popover';
import { formatCount } from '../ui/format';

interface Props {
  chosen: MeasureField[];
  dimensions: readonly Dimension[];
  onChange(next: MeasureField[]): void;
}

export function MeasurePicker({ chosen, dimensions, onChange }: Props) {
  const { t } = useTranslation('analysis');
  function toggle(measure: MeasureField, on: boolean) {
    const set = new Set(chosen);
    if (on) set.add(measure);
    else set.delete(measure);
    onChange(MEASURE_FIELDS.filter((m) => set.has(m)));
  }
  return (
    <Popover label={t('measures.label')} buttonClassName="button" button={<span>{t('measures.button', { n: formatCount(chosen.length) })}</span>} width={320}>
      <fieldset className="enum-filter">
        <legend>{t('measures.legend')}</legend>
        <div className="enum-filter__options">
          {MEASURE_FIELDS.map((measure) => (
            <label key={measure} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(measure)}
                disabled={chosen.length === 1 && chosen.includes(measure)}
                onChange={(e) => toggle(measure, e.target.checked)}
              />
              <span>{measureLabel(measure, dimensions)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </Popover>
  );
}
