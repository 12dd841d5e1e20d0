/**
 * A case-study file (JSON, as "Export as file" on a practice page and `autocredify export
 * case-studies --format json` write it): every section it names replaces that practice's write-up,
 * all or nothing, one step in the history. Kept beside the CSV wizard because a partner sends both.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../data/domain/envelope';
import { call } from '../app/apiClient';
import { useSession } from '../app/session';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatCount } from '../ui/format';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; error: ApiError };

export function CaseStudyFileImport({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('import');
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
          ? t('caseStudy.unchanged', { file: file.name })
          : t('caseStudy.written', {
              file: file.name,
              sections: t('caseStudy.sections', { count: sections, n: formatCount(sections) }),
              practices: t('caseStudy.practices', { count: practices, n: formatCount(practices) }),
            }),
    });
  }

  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('caseStudy.heading')}</h2>
      <p className="muted">{t('caseStudy.intro')}</p>
      <label className="field">
        <span className="field__label">{t('caseStudy.file')}</span>
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
        {state.kind === 'busy' ? t('caseStudy.importing') : state.kind === 'done' ? state.text : ''}
      </p>
      {state.kind === 'error' ? <ErrorMessage error={state.error} /> : null}
    </section>
  );
}
