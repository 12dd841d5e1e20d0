/** "More filters": the conditions the practice table sets in its column headers, for the analysis views. */
import type { PracticeFilter } from '../../../data/contract/contract';
import { DIMENSION_IDS } from '../../../data/domain/domain';
import type { PracticeFacets } from '../../../data/practices/model';
import { NUMBER_FIELDS, TEXT_FILTER_FIELDS } from '../../../data/contract/contract';
import { useSession } from '../app/session';
import { Popover } from '../ui/Popover';
import { EnumFilter } from './EnumFilter';
import { TextFilter } from './ColumnFilter';
import { NumberRangeFilter, ScoreRangeFilter } from './RangeFilter';
import { dimensionName } from '../ui/format';
import { ENUM_FILTER_LABELS, NUMBER_FILTER_LABELS, TEXT_FILTER_LABELS } from './filterLabels';
import { useTranslation } from 'react-i18next';

interface Props {
  filter: PracticeFilter;
  facets: PracticeFacets | null;
  onChange(next: PracticeFilter): void;
}

export function MoreFilters({ filter, facets, onChange }: Props) {
  const session = useSession();
  const set =
    Object.keys(filter.text ?? {}).length +
    Object.keys(filter.numbers ?? {}).length +
    Object.keys(filter.scores ?? {}).length +
    (filter.scope?.length ? 1 : 0) +
    (filter.digitalIssuance?.length ? 1 : 0) +
    (filter.criteria?.length ? 1 : 0);
  const { t } = useTranslation('filter');
  return (
    <Popover label={t('more.label')} showsLabel buttonClassName="button" button={<span>{set > 0 ? t('more.labelCount', { count: set }) : t('more.label')}</span>} active={set > 0} width={560}>
      <div className="more-filters">
        <fieldset>
          <legend>{t('more.contains')}</legend>
          <div className="more-filters__grid">
            {TEXT_FILTER_FIELDS.map((field) => (
              <label key={field} className="more-filters__item">
                <span>{TEXT_FILTER_LABELS[field]}</span>
                <TextFilter field={field} label={TEXT_FILTER_LABELS[field]} filter={filter} onChange={onChange} />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('more.lists')}</legend>
          <div className="more-filters__grid">
            {(['scope', 'digitalIssuance', 'criteria'] as const).map((field) => (
              <div key={field} className="more-filters__item">
                <span aria-hidden="true">{ENUM_FILTER_LABELS[field]}</span>
                <EnumFilter field={field} label={ENUM_FILTER_LABELS[field]} filter={filter} facets={facets} onChange={onChange} />
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('more.numbers')}</legend>
          <div className="more-filters__grid">
            {NUMBER_FIELDS.map((field) => (
              <div key={field} className="more-filters__item">
                <span aria-hidden="true">{NUMBER_FILTER_LABELS[field]}</span>
                <NumberRangeFilter field={field} label={NUMBER_FILTER_LABELS[field]} filter={filter} onChange={onChange} />
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('more.scores')}</legend>
          <div className="more-filters__grid">
            {DIMENSION_IDS.map((dimension) => {
              const name = dimensionName(dimension, session.dimensions);
              return (
                <div key={dimension} className="more-filters__item">
                  <span aria-hidden="true">{name}</span>
                  <ScoreRangeFilter dimension={dimension} label={t('more.scoreOf', { dimension: name })} filter={filter} onChange={onChange} />
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </Popover>
  );
}
