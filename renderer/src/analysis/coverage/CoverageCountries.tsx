/** Practices mapped per country group against the mapping's targets: progress rows, and the targets' editor. */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { call } from '../../app/apiClient';
import type { Coverage } from '../../../../data/analysis/model';
import { COUNTRY_GROUPS, type CountryGroup } from '../../../../data/domain/domain';
import { useSession } from '../../app/session';
import { countryGroupLabel } from '../../app/i18n/domainLabels';
import { formatCount, formatShare } from '../../ui/format';

interface Props {
  countries: Coverage['countries'];
  /** After targets were saved. */
  onSaved(): void;
}

function TargetsForm({ countries, onSaved, onCancel }: Props & { onCancel(): void }) {
  const { t } = useTranslation('analysis');
  const [values, setValues] = useState<Record<CountryGroup, string>>(
    () => Object.fromEntries(COUNTRY_GROUPS.map((g) => [g, String(countries.find((c) => c.group === g)?.target ?? 0)])) as Record<CountryGroup, string>,
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const targets = {} as Record<CountryGroup, number>;
    for (const group of COUNTRY_GROUPS) {
      const n = Number(values[group].trim());
      if (values[group].trim() === '' || !Number.isInteger(n) || n < 0) {
        setError(t('coverage.targetInvalid', { group: countryGroupLabel(group) }));
        return;
      }
      targets[group] = n;
    }
    setSaving(true);
    setError(null);
    const result = await call('coverage.setTargets', targets);
    setSaving(false);
    if (result.ok) onSaved();
    else setError(result.error.message);
  }

  return (
    <form
      className="coverage-targets"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>{t('coverage.targetsLegend')}</legend>
        <div className="coverage-targets__fields">
          {COUNTRY_GROUPS.map((group) => (
            <label key={group} className="control">
              <span className="control__label">{countryGroupLabel(group)}</span>
              <input
                type="number"
                min={0}
                step={1}
                value={values[group]}
                onChange={(e) => setValues((v) => ({ ...v, [group]: e.target.value }))}
              />
            </label>
          ))}
        </div>
      </fieldset>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="coverage-targets__actions">
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {saving ? <span className="spinner" aria-hidden="true" /> : null}
          {t('coverage.saveTargets')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('coverage.cancel')}
        </button>
      </div>
    </form>
  );
}

export function CoverageCountries({ countries, onSaved }: Props) {
  const { t } = useTranslation('analysis');
  const { readOnly } = useSession();
  const [editing, setEditing] = useState(false);
  const total = countries.reduce((sum, c) => sum + c.mapped, 0);
  const target = countries.reduce((sum, c) => sum + c.target, 0);
  const rows = [...countries, { group: 'All' as const, mapped: total, target }];

  return (
    <section className="analysis-section" aria-labelledby="coverage-countries">
      <div className="section-head">
        <h2 id="coverage-countries">{t('coverage.mappedHeading')}</h2>
        {!editing ? (
          <button type="button" className="button button--small" disabled={readOnly} title={readOnly ? t('coverage.readOnly') : undefined} onClick={() => setEditing(true)}>
            {t('coverage.editTargets')}
          </button>
        ) : null}
      </div>
      <p className="muted small">{t('coverage.mappedNote')}</p>
      <div className="progress-list" role="list">
        {rows.map((row) => {
          const share = row.target > 0 ? row.mapped / row.target : null;
          const label = row.group === 'All' ? t('coverage.all') : countryGroupLabel(row.group);
          return (
            <div key={row.group} role="listitem" className={`progress-row${row.group === 'All' ? ' progress-row--total' : ''}`}>
              <span className="progress-row__label">{label}</span>
              <span
                className="progress-row__bar"
                role="meter"
                aria-label={t('coverage.meter', { group: label, mapped: formatCount(row.mapped), target: formatCount(row.target) })}
                aria-valuemin={0}
                aria-valuemax={Math.max(row.target, row.mapped)}
                aria-valuenow={row.mapped}
              >
                <span className="progress-row__fill" style={{ width: `${Math.min(100, (share ?? 0) * 100)}%` }} />
              </span>
              <span className="progress-row__numbers">
                <Trans t={t} i18nKey="coverage.mappedOf" values={{ mapped: formatCount(row.mapped), target: formatCount(row.target) }} components={{ strong: <strong /> }} />
                {share !== null ? <span className="muted"> ({formatShare(share, 0)})</span> : null}
                {row.target > row.mapped ? (
                  <span className="muted"> · {t('coverage.toGo', { count: row.target - row.mapped, n: formatCount(row.target - row.mapped) })}</span>
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
      {editing ? (
        <TargetsForm
          countries={countries}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : null}
    </section>
  );
}
