/** The list of sources (document and section), with add and remove. */
import type { SourceDraft } from './formModel';
import { newSource } from './formModel';

interface Props {
  sources: SourceDraft[];
  onChange(sources: SourceDraft[]): void;
  errorAt(path: string): string | undefined;
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
            <label className={`field field--grow${documentError ? ' has-error' : ''}`}>
              <span className="field__label">Document</span>
              <input
                type="text"
                value={source.document}
                maxLength={500}
                placeholder="e.g. 000_a9eeb1283eec39d1.txt"
                aria-invalid={documentError ? true : undefined}
                onChange={(e) => update(source.key, { document: e.target.value })}
              />
              {documentError ? <span className="field__error">{documentError}</span> : null}
            </label>
            <label className={`field field--grow${sectionError ? ' has-error' : ''}`}>
              <span className="field__label">Section</span>
              <input
                type="text"
                value={source.section}
                maxLength={500}
                placeholder="e.g. 1.4, Table 2"
                aria-invalid={sectionError ? true : undefined}
                onChange={(e) => update(source.key, { section: e.target.value })}
              />
              {sectionError ? <span className="field__error">{sectionError}</span> : null}
            </label>
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
