/** Every field of a practice, in plain words: identity, context, workload, recognition, structure, analysis, sources. */
import type { ReactNode } from 'react';
import type { PracticeDetail } from '../../../../data/practices/model';
import { FIELD_LABELS } from '../fieldLabels';
import {
  deliveryModeLabel,
  digitalIssuanceLabel,
  formatDateTime,
  formatNumber,
  formatPlain,
  practiceTypeLabel,
  scopeLabel,
  technologyDomainsLabel,
} from '../../ui/format';
import { practiceHref, tableHref } from '../../app/useHashRoute';

function Value({ children }: { children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return <dd>{empty ? <span className="muted">Not recorded</span> : children}</dd>;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl-item">
      <dt>{label}</dt>
      <Value>{children}</Value>
    </div>
  );
}

function LongText({ title, text }: { title: string; text: string | null }) {
  return (
    <section className="long-text">
      <h3>{title}</h3>
      {text ? <p className="prose">{text}</p> : <p className="muted">Not recorded.</p>}
    </section>
  );
}

export function PracticeDetails({ detail }: { detail: PracticeDetail }) {
  const p = detail.practice;
  const L = FIELD_LABELS;
  return (
    <div className="details">
      <section className="card">
        <h2>Identity and context</h2>
        <dl className="dl">
          <Item label={L.nameOriginal}>{p.nameOriginal}</Item>
          <Item label={L.code}>{p.code}</Item>
          <Item label={L.practiceNumber}>{formatPlain(p.practiceNumber)}</Item>
          <Item label={L.caseStudy}>
            {p.caseStudy ? `Yes${p.caseStudyNumber !== null ? `, case study ${p.caseStudyNumber}` : ''}` : 'No'}
          </Item>
          <Item label={L.country}>
            {p.country}
            {p.countryGroup !== p.country ? <span className="muted"> · group {p.countryGroup}</span> : null}
          </Item>
          <Item label={L.region}>{p.region}</Item>
          <Item label={L.scope}>{scopeLabel(p.scope)}</Item>
          <Item label={L.practiceType}>{practiceTypeLabel(p.practiceType)}</Item>
          <Item label={L.typeAsStated}>{p.typeAsStated}</Item>
          <Item label={L.provider}>{p.provider}</Item>
          <Item label={L.technologyDomains}>{technologyDomainsLabel(p.technologyDomains)}</Item>
        </dl>
      </section>

      <section className="card">
        <h2>Level, workload and delivery</h2>
        <dl className="dl">
          <Item label={L.level}>{p.level}</Item>
          <Item label={L.eqfLevel}>{formatPlain(p.eqfLevel)}</Item>
          <Item label={L.ects}>{formatNumber(p.ects)}</Item>
          <Item label={L.hours}>{formatNumber(p.hours)}</Item>
          <Item label={L.workloadNote}>{p.workloadNote}</Item>
          <Item label={L.deliveryMode}>{deliveryModeLabel(p.deliveryMode)}</Item>
          <Item label={L.deliveryNote}>{p.deliveryNote}</Item>
          <Item label={L.releaseYear}>{formatPlain(p.releaseYear)}</Item>
          <Item label={L.registeredProviders}>{formatNumber(p.registeredProviders)}</Item>
        </dl>
      </section>

      <section className="card">
        <h2>Assessment, quality and recognition</h2>
        <dl className="dl">
          <Item label={L.assessmentType}>{p.assessmentType}</Item>
          <Item label={L.qaType}>{p.qaType}</Item>
          <Item label={L.digitalIssuance}>{digitalIssuanceLabel(p.digitalIssuance)}</Item>
          <Item label={L.stackability}>{p.stackability}</Item>
        </dl>
      </section>

      <section className="card">
        <h2>Structure</h2>
        <dl className="dl">
          <Item label={L.parentId}>
            {detail.parent ? (
              <a href={practiceHref(detail.parent.id)}>
                {detail.parent.name}
                {detail.parent.code ? <span className="muted"> ({detail.parent.code})</span> : null}
              </a>
            ) : p.parentId ? (
              <span>{p.parentId}</span>
            ) : (
              'None: this is a top-level practice'
            )}
          </Item>
          <Item label={`Components (${detail.children.length})`}>
            {detail.children.length > 0 ? (
              <>
                <ul className="link-list">
                  {detail.children.map((child) => (
                    <li key={child.id}>
                      <a href={practiceHref(child.id)}>{child.name}</a>
                      {child.code ? <span className="muted"> ({child.code})</span> : null}
                    </li>
                  ))}
                </ul>
                <a className="small" href={tableHref(`parent=${encodeURIComponent(p.id)}`)}>
                  Show the components in the table
                </a>
              </>
            ) : (
              'None'
            )}
          </Item>
          <Item label="Record">
            <span className="muted small">
              Id <code>{p.id}</code> · created {formatDateTime(p.createdAt)} · updated {formatDateTime(p.updatedAt)}
            </span>
          </Item>
        </dl>
      </section>

      <section className="card card--wide">
        <h2>Analysis</h2>
        <div className="long-texts">
          <LongText title={L.strengths} text={p.strengths} />
          <LongText title={L.limitations} text={p.limitations} />
          <LongText title={L.relevance} text={p.relevance} />
          <LongText title={L.notes} text={p.notes} />
        </div>
      </section>

      <section className="card card--wide">
        <h2>Sources</h2>
        {p.sources.length > 0 ? (
          <ol className="sources">
            {p.sources.map((source, i) => (
              <li key={i}>
                <span className="sources__document">{source.document}</span>
                {source.section ? <span className="muted"> — {source.section}</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No sources recorded.</p>
        )}
      </section>
    </div>
  );
}
