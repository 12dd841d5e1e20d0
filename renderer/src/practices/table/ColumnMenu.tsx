/** Show or hide table columns; the choice is kept in the store's preferences (`hiddenColumns`). */
import { Popover } from '../../ui/Popover';
import { useTranslation } from 'react-i18next';

export interface ColumnChoice {
  id: string;
  label: string;
  canHide: boolean;
}

interface Props {
  columns: ColumnChoice[];
  hidden: string[];
  onChange(hidden: string[]): void;
  problem: string | null;
  /** The compact set's hidden columns (the default, which fits the scores on a laptop's screen). */
  compact: readonly string[];
}

export function ColumnMenu({ columns, hidden, onChange, problem, compact }: Props) {
  const { t } = useTranslation('practices');
  const hiddenCount = columns.filter((c) => hidden.includes(c.id)).length;
  return (
    <Popover
      label={t('columns.label')}
      buttonClassName="button"
      button={<span>{hiddenCount > 0 ? t('columns.buttonHidden', { count: hiddenCount }) : t('columns.button')}</span>}
      width={460}
    >
      <fieldset className="column-menu">
        <legend>{t('columns.shown')}</legend>
        <div className="column-menu__list">
          {columns.map((column) => (
            <label key={column.id} className="check">
              <input
                type="checkbox"
                checked={!hidden.includes(column.id)}
                disabled={!column.canHide}
                onChange={(e) =>
                  onChange(e.target.checked ? hidden.filter((id) => id !== column.id) : [...hidden, column.id])
                }
              />
              <span>{column.label}</span>
            </label>
          ))}
        </div>
        <div className="column-menu__actions">
          <button type="button" className="button button--small" disabled={hiddenCount === 0} onClick={() => onChange([])}>
            {t('columns.showAll')}
          </button>
          <button type="button" className="button button--small" onClick={() => onChange([...compact])}>
            {t('columns.compact')}
          </button>
        </div>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </fieldset>
    </Popover>
  );
}
