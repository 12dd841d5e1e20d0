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
import { Trans, useTranslation } from 'react-i18next';
import { translate } from '../../app/i18n/i18n';
import { countryGroupLabel, countryLabel } from '../../app/i18n/domainLabels';

function Value({ children }: { children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return <dd>{empty ? <span className="muted">{translate('practices')('details.notRecorded')}</span> : children}</dd>;
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
      {text ? <p className="prose">{text}</p> : <p className="muted">{translate('practices')('details.notRecordedText')}</p>}
    </section>
  );
}

export function PracticeDetails({ detail }: { detail: PracticeDetail }) {
  const p = detail.practice;
  const L = FIELD_LABELS;
  const { t } = useTranslation('practices');
  return (
    <div className="details">
      <section className="card">
        <h2>{t('details.identity')}</h2>
        <dl className="dl">
          <Item label={L.nameOriginal}>{p.nameOriginal}</Item>
          <Item label={L.code}>{p.code}</Item>
          <Item label={L.practiceNumber}>{formatPlain(p.practiceNumber)}</Item>
          <Item label={L.caseStudy}>
            {p.caseStudy ? (p.caseStudyNumber !== null ? t('details.yesCaseStudy', { number: p.caseStudyNumber }) : t('details.yes')) : t('details.no')}
          </Item>
          <Item label={L.country}>
            {countryLabel(p.country)}
            {p.countryGroup !== p.country ? <span className="muted">{t('details.group', { group: countryGroupLabel(p.countryGroup) })}</span> : null}
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
        <h2>{t('details.workload')}</h2>
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
        <h2>{t('details.recognition')}</h2>
        <dl className="dl">
          <Item label={L.assessmentType}>{p.assessmentType}</Item>
          <Item label={L.qaType}>{p.qaType}</Item>
          <Item label={L.digitalIssuance}>{digitalIssuanceLabel(p.digitalIssuance)}</Item>
          <Item label={L.stackability}>{p.stackability}</Item>
        </dl>
      </section>

      <section className="card">
        <h2>{t('details.structure')}</h2>
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
              t('details.topLevel')
            )}
          </Item>
          <Item label={t('details.components', { count: detail.children.length })}>
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
                  {t('details.showComponents')}
                </a>
              </>
            ) : (
              t('details.none')
            )}
          </Item>
          <Item label={t('details.record')}>
            <span className="muted small">
              <Trans t={t} i18nKey="details.recordLine" values={{ id: p.id, created: formatDateTime(p.createdAt), updated: formatDateTime(p.updatedAt) }} components={[<code />]} />
            </span>
          </Item>
        </dl>
      </section>

      <section className="card card--wide">
        <h2>{t('details.analysis')}</h2>
        <div className="long-texts">
          <LongText title={L.strengths} text={p.strengths} />
          <LongText title={L.limitations} text={p.limitations} />
          <LongText title={L.relevance} text={p.relevance} />
          <LongText title={L.notes} text={p.notes} />
        </div>
      </section>

      <section className="card card--wide">
        <h2>{t('details.sources')}</h2>
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
          <p className="muted">{t('details.noSources')}</p>
        )}
      </section>
    </div>
  );
}
