/** The comparison's settings: what a cell shows, grouping, sort, dimension columns, EU element and criteria columns, and the report preset. */
import type { GroupField } from '../../../../data/analysis/schemas';
import { DIMENSION_IDS, type DimensionId } from '../../../../data/domain/domain';
import { DimensionPicker } from '../DimensionPicker';
import { ExtraColumnPicker } from '../ExtraColumnPicker';
import { GroupBySelect } from '../GroupBySelect';
import { COMPARE_SORT_FIELDS, type CellContent, type CompareSettings, type CompareSortField } from './compareQuery';

const CELL_LABELS: Record<CellContent, string> = { narrative: 'Narrative', score: 'Score', both: 'Both' };

interface Props {
  settings: CompareSettings;
  nameOf(id: DimensionId): string;
  onChange(next: CompareSettings): void;
  /** The "Report table (D3.2 §1.4)" preset. */
  onReportPreset(): void;
}

function sortLabel(field: CompareSortField, nameOf: (id: DimensionId) => string): string {
  if (field === 'name') return 'Name';
  if (field === 'practiceNumber') return 'Practice number';
  if (field === 'country') return 'Country';
  if (field === 'picked') return 'Picked order';
  return `${nameOf(field.slice('score.'.length) as DimensionId)} score`;
}

export function CompareControls({ settings, nameOf, onChange, onReportPreset }: Props) {
  const picked = settings.ids !== null;
  const pickedOrder = picked && settings.sort.field === 'picked';
  const set = (patch: Partial<CompareSettings>) => onChange({ ...settings, ...patch });

  return (
    <div className="view-controls" role="group" aria-label="Comparison settings">
      <fieldset className="segmented">
        <legend className="control__label">Cells show</legend>
        {(Object.keys(CELL_LABELS) as CellContent[]).map((cells) => (
          <label key={cells} className={`segmented__option${settings.cells === cells ? ' is-checked' : ''}`}>
            <input type="radio" name="compare-cells" value={cells} checked={settings.cells === cells} onChange={() => set({ cells })} />
            <span>{CELL_LABELS[cells]}</span>
          </label>
        ))}
      </fieldset>
      <GroupBySelect label="Group rows by" value={settings.groupBy} noneLabel="No grouping" onChange={(groupBy: GroupField | null) => set({ groupBy })} />
      <label className="control">
        <span className="control__label">Sort by</span>
        <select
          value={settings.sort.field}
          onChange={(e) => {
            const field = COMPARE_SORT_FIELDS.find((f) => f === e.target.value);
            // Scores read best first; names and numbers ascending.
            set({ sort: field ? { field, desc: field.startsWith('score.') } : { field: 'name', desc: false } });
          }}
        >
          {picked ? <option value="picked">Picked order</option> : null}
          {COMPARE_SORT_FIELDS.filter((f) => f !== 'picked').map((field) => (
            <option key={field} value={field}>
              {sortLabel(field, nameOf)}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="control__label">Order</span>
        <select
          value={settings.sort.desc ? 'desc' : 'asc'}
          disabled={pickedOrder}
          onChange={(e) => set({ sort: { ...settings.sort, desc: e.target.value === 'desc' } })}
        >
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <div className="control">
        <span className="control__label" aria-hidden="true">
          Columns
        </span>
        <DimensionPicker shown={settings.dimensions} nameOf={nameOf} onChange={(dimensions) => set({ dimensions: dimensions.length ? dimensions : [...DIMENSION_IDS] })} />
      </div>
      <div className="control">
        <span className="control__label" aria-hidden="true">
          EU elements and criteria
        </span>
        <ExtraColumnPicker shown={settings.extras} onChange={(extras) => set({ extras })} />
      </div>
      <div className="control">
        <span className="control__label" aria-hidden="true">
          Preset
        </span>
        <button
          type="button"
          className="button"
          title="Only practices in the comparison table (within your filters, which stay), by practice number, narratives in the cells, all five dimensions"
          onClick={onReportPreset}
        >
          Report table (D3.2 §1.4)
        </button>
      </div>
    </div>
  );
}
