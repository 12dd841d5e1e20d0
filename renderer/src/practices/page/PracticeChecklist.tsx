/**
 * On the practice page: the mapping's selection criteria (D3.2 Annex 1) as a checklist with the
 * case-study shortlist, and the EU micro-credential information elements, each with a status and
 * a note. Criteria and the shortlist save at once; elements are edited together and saved as one
 * step (one undo), since a researcher usually goes through a credential's elements in one sitting.
 */
import { useState } from 'react';
import type { ApiError } from '../../../../data/domain/envelope';
import { ELEMENT_STATUSES, isMandatoryElement, type ElementStatus } from '../../../../data/domain/euElements';
import type { PracticeElement } from '../../../../data/practices/model';
import type { PracticeDetail } from '../../../../data/practices/model';
import { SELECTION_CRITERIA_SOURCE, SELECTION_CRITERION_IDS, type SelectionCriterionId } from '../../../../data/domain/selectionCriteria';
import { call } from '../../app/apiClient';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSession } from '../../app/session';
import { useTranslation } from 'react-i18next';
import { domainLabel } from '../../app/i18n/domainLabels';

interface Props {
  detail: PracticeDetail;
  onSaved(detail: PracticeDetail): void;
}

export function CriteriaSection({ detail, onSaved }: Props) {
  const { t } = useTranslation('practices');
  const { readOnly } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // A ticked box shows ticked at once, while it saves; a refusal puts it back.
  const [pending, setPending] = useState<{ shortlisted?: boolean; criteria?: Partial<Record<SelectionCriterionId, boolean>> }>({});
  const id = detail.practice.id;
  const shortlisted = pending.shortlisted ?? detail.practice.shortlisted;
  const criteria = { ...detail.criteria, ...pending.criteria };
  const met = SELECTION_CRITERION_IDS.filter((c) => criteria[c]).length;

  async function save(shown: typeof pending, run: () => ReturnType<typeof call<'practices.setCriteria'>>) {
    setBusy(true);
    setPending(shown);
    const result = await run();
    setBusy(false);
    setPending({});
    if (result.ok) {
      setError(null);
      onSaved(result.value);
    } else setError(result.error);
  }

  return (
    <section className="card checklist" aria-labelledby="criteria-title">
      <div className="section-head">
        <h2 id="criteria-title">{t('criteria.title')}</h2>
        <span className="muted small" role="status">
          {t('criteria.met', { met, total: SELECTION_CRITERION_IDS.length })}
          {busy ? t('criteria.saving') : ''}
        </span>
      </div>
      <label className="check checklist__shortlist">
        <input
          type="checkbox"
          checked={shortlisted}
          disabled={readOnly || busy}
          onChange={(e) => {
            const on = e.target.checked;
            void save({ shortlisted: on }, () => call('practices.update', { id, fields: { shortlisted: on } }));
          }}
        />
        <span>{t('criteria.shortlist')}</span>
      </label>
      <p className="muted small">
        {detail.practice.caseStudy ? t('criteria.shortlistHintSelected') : t('criteria.shortlistHint')}
      </p>
      <fieldset className="checklist__criteria" disabled={readOnly || busy}>
        <legend>{t('criteria.legend', { source: SELECTION_CRITERIA_SOURCE })}</legend>
        {SELECTION_CRITERION_IDS.map((criterion: SelectionCriterionId) => (
          <label key={criterion} className="check">
            <input
              type="checkbox"
              checked={criteria[criterion]}
              onChange={(e) => {
                const on = e.target.checked;
                void save({ criteria: { [criterion]: on } }, () => call('practices.setCriteria', { id, criteria: { [criterion]: on } }));
              }}
            />
            <span>{domainLabel('criterion', criterion)}</span>
          </label>
        ))}
      </fieldset>
      <ErrorMessage compact error={error} title={t('criteria.notSaved')} />
    </section>
  );
}

type Draft = Record<string, { status: ElementStatus; note: string }>;

const draftOf = (elements: PracticeElement[]): Draft => Object.fromEntries(elements.map((e) => [e.element, { status: e.status, note: e.note ?? '' }]));

export function ElementsSection({ detail, onSaved }: Props) {
  const { t } = useTranslation('practices');
  const { readOnly } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail.elements));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const changed = detail.elements.filter((e) => {
    const d = draft[e.element];
    return d !== undefined && (d.status !== e.status || d.note.trim() !== (e.note ?? ''));
  });
  const mandatory = detail.elements.filter((e) => isMandatoryElement(e.element));
  const yes = mandatory.filter((e) => e.status === 'yes').length;
  const partly = mandatory.filter((e) => e.status === 'partly').length;

  function edit(element: string, patch: Partial<{ status: ElementStatus; note: string }>) {
    setSaved(false);
    setDraft((d) => ({ ...d, [element]: { status: 'unknown', note: '', ...d[element], ...patch } }));
  }

  async function save() {
    setBusy(true);
    const result = await call('practices.setElements', {
      id: detail.practice.id,
      elements: changed.map((e) => ({ element: e.element, status: draft[e.element]?.status ?? 'unknown', note: draft[e.element]?.note ?? null })),
    });
    setBusy(false);
    if (result.ok) {
      setError(null);
      setSaved(true);
      setDraft(draftOf(result.value.elements));
      onSaved(result.value);
    } else setError(result.error);
  }

  const row = (e: PracticeElement) => {
    const label = domainLabel('euElement', e.element);
    const d = draft[e.element] ?? { status: 'unknown', note: '' };
    return (
      <tr key={e.element} className={changed.includes(e) ? 'is-changed' : undefined}>
        <th scope="row" id={`element-${e.element}`}>
          {label}
        </th>
        <td>
          <select aria-label={t('elements.status', { label })} value={d.status} disabled={readOnly || busy} onChange={(ev) => edit(e.element, { status: ev.target.value as ElementStatus })}>
            {ELEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {domainLabel('elementStatus', s)}
              </option>
            ))}
          </select>
        </td>
        <td className="elements-table__note">
          <input
            type="text"
            aria-label={t('elements.note', { label })}
            placeholder={t('elements.notePlaceholder')}
            maxLength={2000}
            value={d.note}
            disabled={readOnly || busy}
            onChange={(ev) => edit(e.element, { note: ev.target.value })}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter' && changed.length > 0) void save();
            }}
          />
        </td>
      </tr>
    );
  };

  return (
    <section className="card elements" aria-labelledby="elements-title">
      <div className="section-head">
        <h2 id="elements-title">{t('elements.title')}</h2>
        <span className="muted small" role="status">
          {yes === mandatory.length
            ? t('elements.full', { count: mandatory.length })
            : t('elements.count', { yes, total: mandatory.length }) + (partly > 0 ? t('elements.partly', { count: partly }) : '')}
        </span>
      </div>
      <p className="muted small">
        {t('elements.intro')}
      </p>
      <table className="stats-table elements-table">
        <caption className="visually-hidden">{t('elements.caption', { name: detail.practice.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('elements.element')}</th>
            <th scope="col">{t('elements.documented')}</th>
            <th scope="col">{t('elements.noteHeader')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="elements-table__group">
            <th scope="colgroup" colSpan={3}>
              {t('elements.mandatory')}
            </th>
          </tr>
          {detail.elements.filter((e) => isMandatoryElement(e.element)).map(row)}
          <tr className="elements-table__group">
            <th scope="colgroup" colSpan={3}>
              {t('elements.optional')}
            </th>
          </tr>
          {detail.elements.filter((e) => !isMandatoryElement(e.element)).map(row)}
        </tbody>
      </table>
      <div className="elements__actions">
        <button type="button" className="button button--primary" disabled={readOnly || busy || changed.length === 0} onClick={() => void save()}>
          {busy ? t('elements.saving') : changed.length > 0 ? t('elements.saveCount', { count: changed.length }) : t('elements.save')}
        </button>
        <button type="button" className="button" disabled={busy || changed.length === 0} onClick={() => setDraft(draftOf(detail.elements))}>
          {t('elements.discard')}
        </button>
        {saved && changed.length === 0 ? (
          <span className="muted small" role="status">
            {t('elements.saved')}
          </span>
        ) : null}
      </div>
      <ErrorMessage compact error={error} title={t('criteria.notSaved')} />
    </section>
  );
}
