/** Which dimension columns the comparison shows, and in what order (checkbox, move up, move down). */
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS, type DimensionId } from '../../../data/domain/domain';
import { Popover } from '../ui/Popover';
import { formatCount } from '../ui/format';

interface Props {
  shown: DimensionId[];
  nameOf(id: DimensionId): string;
  onChange(shown: DimensionId[]): void;
}

export function DimensionPicker({ shown, nameOf, onChange }: Props) {
  const { t } = useTranslation('analysis');
  const order = [...shown, ...DIMENSION_IDS.filter((d) => !shown.includes(d))];

  function emit(nextOrder: DimensionId[], nextShown: Set<DimensionId>) {
    onChange(nextOrder.filter((d) => nextShown.has(d)));
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    const a = next[index];
    const b = next[target];
    if (a === undefined || b === undefined) return;
    next[index] = b;
    next[target] = a;
    emit(next, new Set(shown));
  }

  function toggle(id: DimensionId, on: boolean) {
    const next = new Set(shown);
    if (on) next.add(id);
    else next.delete(id);
    emit(order, next);
  }

  return (
    <Popover
      label={t('dimensionPicker.label')}
      buttonClassName="button"
      button={<span>{t('dimensionPicker.button', { shown: formatCount(shown.length), total: formatCount(DIMENSION_IDS.length) })}</span>}
      active={shown.length < DIMENSION_IDS.length}
      width={340}
    >
      <fieldset className="dimension-picker">
        <legend>{t('dimensionPicker.legend')}</legend>
        <ol className="dimension-picker__list">
          {order.map((id, index) => {
            const name = nameOf(id);
            const on = shown.includes(id);
            return (
              <li key={id} className="dimension-picker__item">
                <label className="check">
                  <input type="checkbox" checked={on} disabled={on && shown.length === 1} onChange={(e) => toggle(id, e.target.checked)} />
                  <span>{name}</span>
                </label>
                <span className="dimension-picker__moves">
                  <button type="button" className="button button--small" aria-label={t('dimensionPicker.moveUp', { name })} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('dimensionPicker.moveDown', { name })}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button--small" disabled={shown.length === DIMENSION_IDS.length && shown.every((d, i) => d === DIMENSION_IDS[i])} onClick={() => onChange([...DIMENSION_IDS])}>
          {t('dimensionPicker.all')}
        </button>
      </fieldset>
    </Popover>
  );
}
