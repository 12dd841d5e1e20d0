/** Which dimension columns the comparison shows, and in what order (checkbox, move up, move down). */
import { DIMENSION_IDS, type DimensionId } from '../../../data/domain/domain';
import { Popover } from '../ui/Popover';

interface Props {
  shown: DimensionId[];
  nameOf(id: DimensionId): string;
  onChange(shown: DimensionId[]): void;
}

export function DimensionPicker({ shown, nameOf, onChange }: Props) {
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
      label="Choose and order the dimension columns"
      buttonClassName="button"
      button={<span>Dimensions ({shown.length} of {DIMENSION_IDS.length})</span>}
      active={shown.length < DIMENSION_IDS.length}
      width={340}
    >
      <fieldset className="dimension-picker">
        <legend>Dimension columns</legend>
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
                  <button type="button" className="button button--small" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Move ${name} down`}
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
          All, in the usual order
        </button>
      </fieldset>
    </Popover>
  );
}
