/**
 * Create or edit a practice: every field, narratives per dimension, sources, parent.
 * On `invalid_input` the server's message shows at the top and each `error.fields[path]`
 * next to its field; the form keeps what was typed.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../../app/apiClient';
import {
  DELIVERY_MODES,
  DELIVERY_MODE_LABELS,
  DIGITAL_ISSUANCE,
  DIGITAL_ISSUANCE_LABELS,
  DIMENSION_IDS,
  PILOT_COUNTRIES,
  PRACTICE_TYPES,
  PRACTICE_TYPE_LABELS,
  SCOPES,
  SCOPE_LABELS,
  TECHNOLOGY_DOMAINS,
  TECHNOLOGY_DOMAIN_LABELS,
} from '../../../../data/domain/domain';
import type { PracticeFieldsInput } from '../../../../data/contract/contract';
import type { ApiError, Envelope } from '../../../../data/domain/envelope';
import type { PracticeDetail } from '../../../../data/practices/model';
import { useSession } from '../../app/session';
import { FIELD_LABELS as L, labelForPath } from '../fieldLabels';
import { formToFields, type FormState, type NumberKey, type TextKey } from './formModel';
import { SelectInput, TextInput } from '../../ui/FormControls';
import { PracticePicker } from '../PracticePicker';
import { SourcesEditor } from './SourcesEditor';
import { dimensionName } from '../../ui/format';
import { KNOWN_COUNTRIES } from '../../../../data/domain/countries';

interface Props {
  initial: FormState;
  mode: 'create' | 'update';
  selfId: string | null;
  submit(fields: PracticeFieldsInput): Promise<Envelope<PracticeDetail>>;
  onDone(detail: PracticeDetail): void;
  onCancel(): void;
}

export function PracticeForm({ initial, mode, selfId, submit, onDone, onCancel }: Props) {
  const { dimensions } = useSession();
  const [form, setForm] = useState<FormState>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [countries, setCountries] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void call('practices.facets', {}).then((r) => {
      if (r.ok) setCountries(r.value.country.map((f) => f.value));
    });
  }, []);

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // Editing a field takes away its (now possibly outdated) message; the top message stays.
    const path = `fields.${key === 'parent' ? 'parentId' : key}`;
    setError((e) => {
      if (!e?.fields) return e;
      const fields = Object.fromEntries(Object.entries(e.fields).filter(([p]) => p !== path && !p.startsWith(`${path}.`)));
      return Object.keys(fields).length === Object.keys(e.fields).length ? e : { ...e, fields };
    });
  };
  const errorAt = (path: string) => error?.fields?.[path];
  const text = (key: TextKey, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput label={L[key as keyof typeof L] ?? key} value={form[key]} onChange={(v) => set(key, v)} error={errorAt(`fields.${key}`)} {...extra} />
  );
  const number = (key: NumberKey, hint?: string) => text(key, { numeric: true, hint });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const { fields, errors } = formToFields(form, mode);
    if (Object.keys(errors).length > 0) {
      setError({ code: 'invalid_input', message: 'Some values need correcting before the practice can be saved.', fields: errors });
      return;
    }
    setBusy(true);
    const result = await submit(fields);
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  }

  return (
    <form className="practice-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {error ? (
        <div ref={summaryRef} className="error-message form-summary" role="alert" tabIndex={-1}>
          <strong>{mode === 'create' ? 'The practice was not created' : 'The changes were not saved'}: </strong>
          <span>{error.message}</span>
          {error.fields && Object.keys(error.fields).length > 0 ? (
            <ul>
              {Object.entries(error.fields).map(([path, message]) => (
                <li key={path}>
                  {labelForPath(path)}: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset className="card form-section">
        <legend>Identity</legend>
        <div className="form-grid">
          {text('name', { required: true, wide: true, maxLength: 500 })}
          {text('nameOriginal', { wide: true, maxLength: 500 })}
          {text('code', { maxLength: 100 })}
          {number('practiceNumber')}
          <div className="field">
            <span className="field__label">{L.caseStudy}</span>
            <label className="check">
              <input type="checkbox" checked={form.caseStudy} onChange={(e) => set('caseStudy', e.target.checked)} />
              <span>Selected for an in-depth case study</span>
            </label>
            {errorAt('fields.caseStudy') ? <span className="field__error">{errorAt('fields.caseStudy')}</span> : null}
          </div>
          {number('caseStudyNumber')}
          <div className="field field--wide">
            <PracticePicker
              label="Part of (parent practice)"
              current={form.parent}
              onPick={(parent) => set('parent', parent)}
              excludeId={selfId}
              clear={{ label: 'Remove parent', none: 'None: a top-level practice', onClear: () => set('parent', null) }}
              browseTopLevel
              error={errorAt('fields.parentId')}
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>Context</legend>
        <div className="form-grid">
          {text('country', {
            required: true,
            list: 'country-options',
            hint: `${PILOT_COUNTRIES.join(', ')}, or another country; "EU" for European practices. Any language or ISO code is stored under the English name (España → Spain).`,
          })}
          <datalist id="country-options">
            {/* The canonical names (data/domain/countries.ts), then any other country the dataset holds. */}
            {[...new Set([...PILOT_COUNTRIES, 'EU', ...KNOWN_COUNTRIES, ...countries])].map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {text('region')}
          <SelectInput label={L.scope} value={form.scope} options={SCOPES} labels={SCOPE_LABELS} onChange={(v) => set('scope', v)} error={errorAt('fields.scope')} />
          <SelectInput label={L.practiceType} value={form.practiceType} options={PRACTICE_TYPES} labels={PRACTICE_TYPE_LABELS} onChange={(v) => set('practiceType', v)} error={errorAt('fields.practiceType')} />
          {text('typeAsStated', { wide: true })}
          {text('provider', { wide: true })}
          <fieldset className={`field field--wide checks${errorAt('fields.technologyDomains') ? ' has-error' : ''}`}>
            <legend className="field__label">{L.technologyDomains}</legend>
            <div className="checks__list">
              {TECHNOLOGY_DOMAINS.map((domain) => (
                <label key={domain} className="check">
                  <input
                    type="checkbox"
                    checked={form.technologyDomains.includes(domain)}
                    onChange={(e) =>
                      set('technologyDomains', e.target.checked ? [...form.technologyDomains, domain] : form.technologyDomains.filter((d) => d !== domain))
                    }
                  />
                  <span>{TECHNOLOGY_DOMAIN_LABELS[domain]}</span>
                </label>
              ))}
            </div>
            {errorAt('fields.technologyDomains') ? <span className="field__error">{errorAt('fields.technologyDomains')}</span> : null}
          </fieldset>
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>Level, workload and delivery</legend>
        <div className="form-grid">
          {text('level', { hint: 'As stated, e.g. "NQF 4", "Level 2 (CNQ)".' })}
          {number('eqfLevel', '1 to 8')}
          {number('ects', 'Decimals may use a comma')}
          {number('hours')}
          {text('workloadNote', { wide: true })}
          <SelectInput label={L.deliveryMode} value={form.deliveryMode} options={DELIVERY_MODES} labels={DELIVERY_MODE_LABELS} onChange={(v) => set('deliveryMode', v)} error={errorAt('fields.deliveryMode')} />
          {text('deliveryNote', { wide: true })}
          {number('releaseYear')}
          {number('registeredProviders')}
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>Assessment, quality and recognition</legend>
        <div className="form-grid">
          {text('assessmentType', { wide: true, multiline: true, rows: 2 })}
          {text('qaType', { wide: true, multiline: true, rows: 2 })}
          <SelectInput label={L.digitalIssuance} value={form.digitalIssuance} options={DIGITAL_ISSUANCE} labels={DIGITAL_ISSUANCE_LABELS} onChange={(v) => set('digitalIssuance', v)} error={errorAt('fields.digitalIssuance')} />
          {text('stackability', { wide: true, multiline: true, rows: 2 })}
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>Dimension narratives</legend>
        <p className="muted small">The text of each cell of the comparison table (practice × dimension).</p>
        <div className="form-grid">
          {DIMENSION_IDS.map((d) => (
            <TextInput
              key={d}
              label={dimensionName(d, dimensions)}
              value={form.narratives[d]}
              multiline
              rows={3}
              wide
              maxLength={20000}
              error={errorAt(`fields.narratives.${d}`)}
              onChange={(v) => set('narratives', { ...form.narratives, [d]: v })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>Analysis</legend>
        <div className="form-grid">
          {text('strengths', { wide: true, multiline: true })}
          {text('limitations', { wide: true, multiline: true })}
          {text('relevance', { wide: true, multiline: true })}
          {text('notes', { wide: true, multiline: true })}
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>Sources</legend>
        <SourcesEditor sources={form.sources} onChange={(s) => set('sources', s)} errorAt={errorAt} />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : mode === 'create' ? 'Create practice' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <span className="muted small">* required</span>
      </div>
    </form>
  );
}
