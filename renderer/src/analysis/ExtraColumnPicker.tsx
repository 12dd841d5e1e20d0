/** The comparison's extra columns: whether all mandatory EU elements are documented, each element, the criteria, the shortlist. */
import { COMPARE_EXTRA_COLUMNS, type CompareExtraColumn } from '../../../data/analysis/schemas';
import { compareExtraLabel } from '../../../data/analysis/schemas';
import { Popover } from '../ui/Popover';

const GROUPS: { legend: string; columns: CompareExtraColumn[] }[] = [
  { legend: 'EU information elements', columns: COMPARE_EXTRA_COLUMNS.filter((c) => c === 'euMandatory' || c.startsWith('eu.')) },
  { legend: 'Selection criteria and shortlist', columns: COMPARE_EXTRA_COLUMNS.filter((c) => c === 'criteriaMet' || c === 'shortlisted' || c.startsWith('criterion.')) },
];

interface Props {
  shown: CompareExtraColumn[];
  onChange(shown: CompareExtraColumn[]): void;
}

export function ExtraColumnPicker({ shown, onChange }: Props) {
  // Kept in the list's own order, so the columns read the same in every export.
  const toggle = (column: CompareExtraColumn, on: boolean) => onChange(COMPARE_EXTRA_COLUMNS.filter((c) => (c === column ? on : shown.includes(c))));
  return (
    <Popover label="Choose EU element and selection criteria columns" buttonClassName="button" button={<span>More columns{shown.length > 0 ? ` (${shown.length})` : ''}</span>} active={shown.length > 0} width={380}>
      <div className="extra-columns">
        {GROUPS.map((group) => (
          <fieldset key={group.legend} className="extra-columns__group">
            <legend>{group.legend}</legend>
            {group.columns.map((column) => (
              <label key={column} className="check">
                <input type="checkbox" checked={shown.includes(column)} onChange={(e) => toggle(column, e.target.checked)} />
                <span>{compareExtraLabel(column)}</span>
              </label>
            ))}
          </fieldset>
        ))}
        <button type="button" className="button button--small" disabled={shown.length === 0} onClick={() => onChange([])}>
          None
        </button>
      </div>
    </Popover>
  );
}
