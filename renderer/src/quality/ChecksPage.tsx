/**
 * Data checks (#/checks): the data-quality rules run on demand (`checks.run`), each finding with
 * its rule, severity and a link to the practice; the rules, each switchable off for this dataset
 * with a reason (`checks.setRule`, recorded in the history); and the claims, the figures the
 * reports print, with what the data gives now (`claims.list`).
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ClaimResult, QualityFinding, QualityRuleState } from '../../../data/contract/contract';
import { call } from '../app/apiClient';
import { useSession } from '../app/session';
import { useOperation } from '../app/useOperation';
import { practiceHref } from '../app/useHashRoute';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatCount, formatFixed, formatNumber } from '../ui/format';

/** A claim's figure with the decimals it was printed with (a whole number may show one decimal of the data's). */
const figure = (value: number | null, decimals: number) => (value === null ? '—' : decimals > 0 ? formatFixed(value, decimals) : formatNumber(value, 1));

function Finding({ finding }: { finding: QualityFinding }) {
  const { t } = useTranslation('quality');
  return (
    <li className={`check-finding check-finding--${finding.severity}`}>
      <span className="badge">{finding.severity === 'error' ? t('error') : t('warning')}</span>{' '}
      {finding.practiceId !== null ? <a href={practiceHref(finding.practiceId)}>{finding.practiceName}</a> : <span>{t('claim')}</span>}
      {': '}
      {finding.message}
      {finding.related.map((r) => (
        <span key={r.id}>
          {' '}
          <Trans t={t} i18nKey="see" values={{ name: r.name }} components={{ link: <a href={practiceHref(r.id)} /> }} />
        </span>
      ))}
      <span className="muted"> [{finding.rule}]</span>
    </li>
  );
}

function RuleRow({ rule, readOnly, onChanged }: { rule: QualityRuleState; readOnly: boolean; onChanged(): void }) {
  const { t } = useTranslation('quality');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const set = async (enabled: boolean) => {
    const result = await call('checks.setRule', enabled ? { rule: rule.id, enabled } : { rule: rule.id, enabled, reason });
    if (result.ok) {
      setError(null);
      setReason('');
      onChanged();
    } else setError(result.error.message);
  };
  return (
    <tr>
      <th scope="row" title={rule.id}>
        {rule.title}
      </th>
      <td>{rule.sentence}</td>
      <td>{t(`severities.${rule.severity}`)}</td>
      <td className="num">{rule.enabled ? formatCount(rule.findings) : '—'}</td>
      <td>
        {rule.enabled ? (
          <span>
            <input aria-label={t('whyOff', { rule: rule.title })} placeholder={t('reasonPlaceholder')} value={reason} disabled={readOnly} onChange={(e) => setReason(e.target.value)} />{' '}
            <button type="button" disabled={readOnly || reason.trim() === ''} onClick={() => void set(false)}>
              {t('switchOff')}
            </button>
          </span>
        ) : (
          <span>
            {t('off', { reason: rule.disabledReason })}{' '}
            <button type="button" disabled={readOnly} onClick={() => void set(true)}>
              {t('switchOn')}
            </button>
          </span>
        )}
        {error ? <div role="alert">{error}</div> : null}
      </td>
    </tr>
  );
}

/** The claims table's columns, each headed by quality's <key>; numbers align right. */
const CLAIM_COLUMNS = [
  { key: 'figure', num: false },
  { key: 'statistic', num: false },
  { key: 'printed', num: true },
  { key: 'dataGives', num: true },
  { key: 'practices', num: true },
  { key: 'holds', num: false },
  { key: 'where', num: false },
] as const;

function ClaimsTable({ claims }: { claims: ClaimResult[] }) {
  const { t } = useTranslation('quality');
  if (claims.length === 0) return <p className="muted">{t('noClaims')}</p>;
  return (
    <table className="stats-table">
      <thead>
        <tr>
          {CLAIM_COLUMNS.map(({ key, num }) => (
            <th key={key} scope="col" className={num ? 'num' : undefined}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id} title={c.quote ?? undefined}>
            <th scope="row">{c.label}</th>
            <td>{c.measure ? t('statisticOf', { statistic: t(`statistics.${c.statistic}`), measure: c.measure }) : t(`statistics.${c.statistic}`)}</td>
            <td className="num">{figure(c.stated, c.decimals)}</td>
            <td className="num">{figure(c.computed, c.decimals)}</td>
            <td className="num">{formatCount(c.practices)}</td>
            <td>{c.holds ? t('yes') : <strong>{c.problem ? t('noBecause', { problem: c.problem }) : t('no')}</strong>}</td>
            <td className="muted">{[c.document, c.section].filter(Boolean).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChecksPage() {
  const { t } = useTranslation('quality');
  const { readOnly } = useSession();
  const [run, setRun] = useState(0);
  const report = useOperation('checks.run', {}, run);
  const claims = useOperation('claims.list', {}, run);
  const rerun = () => setRun((n) => n + 1);
  const value = report.value;
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p>
        <button type="button" onClick={rerun} disabled={report.loading}>
          {report.loading ? t('checking') : t('runAgain')}
        </button>{' '}
        {value ? (
          <span aria-live="polite">
            {t('totals', {
              count: value.practices,
              n: formatCount(value.practices),
              errors: t('errors', { count: value.errors, n: formatCount(value.errors) }),
              warnings: t('warnings', { count: value.warnings, n: formatCount(value.warnings) }),
            })}
          </span>
        ) : null}
      </p>
      <ErrorMessage error={report.error} onRetry={rerun} />
      {value ? (
        <>
          <section aria-labelledby="checks-findings">
            <h2 id="checks-findings">{t('findings')}</h2>
            {value.findings.length === 0 ? <p>{t('nothingFound')}</p> : <ul className="check-findings">{value.findings.map((f, i) => <Finding key={`${f.rule}-${f.practiceId ?? f.claimId ?? ''}-${i}`} finding={f} />)}</ul>}
          </section>
          <section aria-labelledby="checks-claims">
            <h2 id="checks-claims">{t('claimsHeading')}</h2>
            <ErrorMessage error={claims.error} />
            {claims.value ? <ClaimsTable claims={claims.value} /> : null}
          </section>
          <section aria-labelledby="checks-rules">
            <h2 id="checks-rules">{t('rulesHeading')}</h2>
            <table className="stats-table">
              <thead>
                <tr>
                  <th scope="col">{t('rule')}</th>
                  <th scope="col">{t('catches')}</th>
                  <th scope="col">{t('severity')}</th>
                  <th scope="col" className="num">
                    {t('found')}
                  </th>
                  <th scope="col">{t('onForDataset')}</th>
                </tr>
              </thead>
              <tbody>
                {value.rules.map((r) => (
                  <RuleRow key={r.id} rule={r} readOnly={readOnly} onChanged={rerun} />
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  );
}
