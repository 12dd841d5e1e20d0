/** The comparison's settings: what a cell shows, grouping, sort, dimension columns, EU element and criteria columns, and the report preset. */
import { useTranslation } from 'react-i18next';
import type { GroupField } from '../../../../data/analysis/schemas';
import { DIMENSION_IDS, type DimensionId } from '../../../../data/domain/domain';
import { DimensionPicker } from '../DimensionPicker';
import { ExtraColumnPicker } from '../ExtraColumnPicker';
import { GroupBySelect } from '../GroupBySelect';
import { translate } from '../../app/i18n/i18n';
import { COMPARE_SORT_FIELDS, type CellContent, type CompareSettings, type CompareSortField } from './compareQuery';

/** What a cell can show, each named in analysis's compare.cell<Narrative|Score|Both>. */
const CELL_KEYS = { narrative: 'cellNarrative', score: 'cellScore', both: 'cellBoth' } as const satisfies Record<CellContent, string>;

interface Props {
  settings: CompareSettings;
  nameOf(id: DimensionId): string;
  onChange(next: CompareSettings): void;
  /** The "Report table (D3.2 §1.4)" preset. */
  onReportPreset(): void;
}

function sortLabel(field: CompareSortField, nameOf: (id: DimensionId) => string): string {
  const t = translate('analysis');
  if (field === 'name') return t('compare.sortName');
  if (field === 'practiceNumber') return t('compare.sortPracticeNumber');
  if (field === 'country') return t('compare.sortCountry');
  if (field === 'picked') return t('compare.sortPicked');
  return t('compare.dimensionScore', { dimension: nameOf(field.slice('score.'.length) as DimensionId) });
}

export function CompareControls({ settings, nameOf, onChange, onReportPreset }: Props) {
  const { t } = useTranslation('analysis');
  const picked = settings.ids !== null;
  const pickedOrder = picked && settings.sort.field === 'picked';
  const set = (patch: Partial<CompareSettings>) => onChange({ ...settings, ...patch });

  return (
    <div className="view-controls" role="group" aria-label={t('compare.settings')}>
      <fieldset className="segmented">
        <legend className="control__label">{t('compare.cellsShow')}</legend>
        {(Object.keys(CELL_KEYS) as CellContent[]).map((cells) => (
          <label key={cells} className={`segmented__option${settings.cells === cells ? ' is-checked' : ''}`}>
            <input type="radio" name="compare-cells" value={cells} checked={settings.cells === cells} onChange={() => set({ cells })} />
            <span>{t(`compare.${CELL_KEYS[cells]}`)}</span>
          </label>
        ))}
      </fieldset>
      <GroupBySelect label={t('compare.groupRows')} value={settings.groupBy} noneLabel={t('compare.noGrouping')} onChange={(groupBy: GroupField | null) => set({ groupBy })} />
      <label className="control">
        <span className="control__label">{t('compare.sortBy')}</span>
        <select
          value={settings.sort.field}
          onChange={(e) => {
            const field = COMPARE_SORT_FIELDS.find((f) => f === e.target.value);
            // Scores read best first; names and numbers ascending.
            set({ sort: field ? { field, desc: field.startsWith('score.') } : { field: 'name', desc: false } });
          }}
        >
          {picked ? <option value="picked">{t('compare.sortPicked')}</option> : null}
          {COMPARE_SORT_FIELDS.filter((f) => f !== 'picked').map((field) => (
            <option key={field} value={field}>
              {sortLabel(field, nameOf)}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="control__label">{t('compare.order')}</span>
        <select
          value={settings.sort.desc ? 'desc' : 'asc'}
          disabled={pickedOrder}
          onChange={(e) => set({ sort: { ...settings.sort, desc: e.target.value === 'desc' } })}
        >
          <option value="asc">{t('compare.ascending')}</option>
          <option value="desc">{t('compare.descending')}</option>
        </select>
      </label>
      <div className="control">
        <span className="control__label" aria-hidden="true">
          {t('compare.columns')}
        </span>
        <DimensionPicker shown={settings.dimensions} nameOf={nameOf} onChange={(dimensions) => set({ dimensions: dimensions.length ? dimensions : [...DIMENSION_IDS] })} />
      </div>
      <div className="control">
        <span className="control__label" aria-hidden="true">
          {t('compare.euAndCriteria')}
        </span>
        <ExtraColumnPicker shown={settings.extras} onChange={(extras) => set({ extras })} />
      </div>
      <div className="control">
        <span className="control__label" aria-hidden="true">
          {t('compare.preset')}
        </span>
        <button type="button" className="button" title={t('compare.presetTitle')} onClick={onReportPreset}>
          {t('compare.presetButton')}
        </button>
      </div>
    </div>
  );
}
