/**
 * Data checks (#/checks): the data-quality rules run on demand (`checks.run`), each finding with
 * its rule, severity and a link to the practice; the rules, each switchable off for this dataset
 * with a reason (`checks.setRule`, recorded in the history); and the claims, the figures the
 * reports print, with what the data gives now (`claims.list`).
 */
import { useState } from 'react';
import type { ClaimResult, QualityFinding, QualityRuleState } from '../../../data/contract/contract';
import { CLAIM_STATISTIC_LABELS } from '../../../data/quality/schemas';
import { call } from '../app/apiClient';
import { useSession } from '../app/session';
import { useOperation } from '../app/useOperation';
import { practiceHref } from '../app/useHashRoute';
import { ErrorMessage } from '../ui/ErrorMessage';

const number = (value: number | null, decimals: number) =>
  value === null ? '—' : value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 1) });

function Finding({ finding }: { finding: QualityFinding }) {
  return (
    <li className={`check-finding check-finding--${finding.severity}`}>
      <span className="badge">{finding.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
      {finding.practiceId !== null ? <a href={practiceHref(finding.practiceId)}>{finding.practiceName}</a> : <span>Claim</span>}
      {': '}
      {finding.message}
      {finding.related.map((r) => (
        <span key={r.id}>
          {' '}
          (see <a href={practiceHref(r.id)}>{r.name}</a>)
        </span>
      ))}
      <span className="muted"> [{finding.rule}]</span>
    </li>
  );
}

function RuleRow({ rule, readOnly, onChanged }: { rule: QualityRuleState; readOnly: boolean; onChanged(): void }) {
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
      <td>{rule.severity}</td>
      <td className="num">{rule.enabled ? rule.findings : '—'}</td>
      <td>
        {rule.enabled ? (
          <span>
            <input aria-label={`Why switch off “${rule.title}”`} placeholder="Reason to switch it off" value={reason} disabled={readOnly} onChange={(e) => setReason(e.target.value)} />{' '}
            <button type="button" disabled={readOnly || reason.trim() === ''} onClick={() => void set(false)}>
              Switch off
            </button>
          </span>
        ) : (
          <span>
            Off: {rule.disabledReason}{' '}
            <button type="button" disabled={readOnly} onClick={() => void set(true)}>
              Switch on
            </button>
          </span>
        )}
        {error ? <div role="alert">{error}</div> : null}
      </td>
    </tr>
  );
}

function ClaimsTable({ claims }: { claims: ClaimResult[] }) {
  if (claims.length === 0) return <p className="muted">No claims recorded. Record one with the operation claims.set (autocredify call claims.set '…').</p>;
  return (
    <table className="stats-table">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Statistic</th>
          <th scope="col" className="num">
            Printed
          </th>
          <th scope="col" className="num">
            Data gives
          </th>
          <th scope="col" className="num">
            Practices
          </th>
          <th scope="col">Holds</th>
          <th scope="col">Where</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id} title={c.quote ?? undefined}>
            <th scope="row">{c.label}</th>
            <td>
              {CLAIM_STATISTIC_LABELS[c.statistic]}
              {c.measure ? ` of ${c.measure}` : ''}
            </td>
            <td className="num">{number(c.stated, c.decimals)}</td>
            <td className="num">{number(c.computed, c.decimals)}</td>
            <td className="num">{c.practices}</td>
            <td>{c.holds ? 'Yes' : <strong>No{c.problem ? `: ${c.problem}` : ''}</strong>}</td>
            <td className="muted">{[c.document, c.section].filter(Boolean).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChecksPage() {
  const { readOnly } = useSession();
  const [run, setRun] = useState(0);
  const report = useOperation('checks.run', {}, run);
  const claims = useOperation('claims.list', {}, run);
  const rerun = () => setRun((n) => n + 1);
  const value = report.value;
  return (
    <div className="page">
      <h1>Data checks</h1>
      <p>
        <button type="button" onClick={rerun} disabled={report.loading}>
          {report.loading ? 'Checking…' : 'Run the checks again'}
        </button>{' '}
        {value ? (
          <span aria-live="polite">
            {value.errors} error{value.errors === 1 ? '' : 's'}, {value.warnings} warning{value.warnings === 1 ? '' : 's'} in {value.practices} practices.
          </span>
        ) : null}
      </p>
      <ErrorMessage error={report.error} onRetry={rerun} />
      {value ? (
        <>
          <section aria-labelledby="checks-findings">
            <h2 id="checks-findings">Findings</h2>
            {value.findings.length === 0 ? <p>Nothing found.</p> : <ul className="check-findings">{value.findings.map((f, i) => <Finding key={`${f.rule}-${f.practiceId ?? f.claimId ?? ''}-${i}`} finding={f} />)}</ul>}
          </section>
          <section aria-labelledby="checks-claims">
            <h2 id="checks-claims">Printed figures (claims)</h2>
            <ErrorMessage error={claims.error} />
            {claims.value ? <ClaimsTable claims={claims.value} /> : null}
          </section>
          <section aria-labelledby="checks-rules">
            <h2 id="checks-rules">Rules</h2>
            <table className="stats-table">
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">What it catches</th>
                  <th scope="col">Severity</th>
                  <th scope="col" className="num">
                    Found
                  </th>
                  <th scope="col">On for this dataset</th>
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
