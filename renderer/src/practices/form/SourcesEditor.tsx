/** The list of sources (document and section), with add and remove. */
import type { SourceDraft } from './formModel';
import { newSource } from './formModel';

interface Props {
  sources: SourceDraft[];
  onChange(sources: SourceDraft[]): void;
  errorAt(path: string): string | undefined;
}

interface SourceTextProps {
  label: string;
  value: string;
  placeholder: string;
  error: string | undefined;
  onChange(value: string): void;
}

/** One text of a source (its document or its section), labelled, with its error beside it. */
function SourceText({ label, value, placeholder, error, onChange }: SourceTextProps) {
  return (
    <label className={`field field--grow${error ? ' has-error' : ''}`}>
      <span className="field__label">{label}</span>
      <input type="text" value={value} maxLength={500} placeholder={placeholder} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)} />
      {error ? <span className="field__error">{error}</span> : null}
    </label>
  );
}

export function SourcesEditor({ sources, onChange, errorAt }: Props) {
  const update = (key: number, patch: Partial<SourceDraft>) =>
    onChange(sources.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const listError = errorAt('fields.sources');
  return (
    <div className="sources-editor">
      {sources.length === 0 ? <p className="muted">No sources yet.</p> : null}
      {sources.map((source, i) => {
        const documentError = errorAt(`fields.sources.${i}.document`);
        const sectionError = errorAt(`fields.sources.${i}.section`);
        return (
          <div key={source.key} className="sources-editor__row">
            <span className="sources-editor__number">{i + 1}.</span>
            <SourceText label="Document" value={source.document} placeholder="e.g. 000_a9eeb1283eec39d1.txt" error={documentError} onChange={(document) => update(source.key, { document })} />
            <SourceText label="Section" value={source.section} placeholder="e.g. 1.4, Table 2" error={sectionError} onChange={(section) => update(source.key, { section })} />
            <button
              type="button"
              className="button button--small sources-editor__remove"
              aria-label={`Remove source ${i + 1}`}
              onClick={() => onChange(sources.filter((s) => s.key !== source.key))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button type="button" className="button button--small" onClick={() => onChange([...sources, newSource(sources)])}>
        Add source
      </button>
      {listError ? <span className="field__error">{listError}</span> : null}
    </div>
  );
}
