/**
 * A case-study file (JSON, as "Export as file" on a practice page and `autocredify export
 * case-studies --format json` write it): every section it names replaces that practice's write-up,
 * all or nothing, one step in the history. Kept beside the CSV wizard because a partner sends both.
 */
import { useId, useState } from 'react';
import type { ApiError } from '../../../data/domain/envelope';
import { call } from '../app/apiClient';
import { useSession } from '../app/session';
import { ErrorMessage } from '../ui/ErrorMessage';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; error: ApiError };

export function CaseStudyFileImport({ disabled }: { disabled: boolean }) {
  const { dataChanged, readOnly } = useSession();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const headingId = useId();

  async function importFile(file: File) {
    setState({ kind: 'busy' });
    const result = await call('practices.importCaseStudies', { content: await file.text() });
    if (!result.ok) return setState({ kind: 'error', error: result.error });
    dataChanged();
    const { practices, sections } = result.value;
    setState({
      kind: 'done',
      text:
        sections === 0
          ? `“${file.name}”: nothing changed, every section is already as the file says.`
          : `“${file.name}”: ${sections} ${sections === 1 ? 'section' : 'sections'} written in ${practices} ${practices === 1 ? 'practice' : 'practices'}. Undo takes it back in one step.`,
    });
  }

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>Case-study write-ups</h2>
      <p className="muted">A case-study file (.json) exported from a practice page or by a partner’s copy of the app: each section it holds replaces that practice’s.</p>
      <label className="field">
        <span className="field__label">Case-study file</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={disabled || readOnly || state.kind === 'busy'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <p role="status" className="small">
        {state.kind === 'busy' ? 'Importing…' : state.kind === 'done' ? state.text : ''}
      </p>
      {state.kind === 'error' ? <ErrorMessage error={state.error} /> : null}
    </section>
  );
}
