/** The create and edit screens around PracticeForm. */
import { call } from '../../app/apiClient';
import { useSession } from '../../app/session';
import { PracticeForm } from './PracticeForm';
import { emptyForm, formFromDetail } from './formModel';
import { usePracticeDetail } from '../page/usePracticeDetail';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { navigate, practiceHref } from '../../app/useHashRoute';
import { useNavigation } from '../../app/navigation';

function ReadOnlyNotice() {
  const { tableHref } = useNavigation();
  return (
    <p className="notice">
      This store is read-only: practices cannot be added or changed. <a href={tableHref}>Back to the practices</a>.
    </p>
  );
}

export function NewPracticePage() {
  const { readOnly } = useSession();
  const { tableHref } = useNavigation();
  return (
    <div className="page form-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={tableHref}>← Practices</a>
      </nav>
      <h1>New practice</h1>
      {readOnly ? (
        <ReadOnlyNotice />
      ) : (
        <PracticeForm
          initial={emptyForm()}
          mode="create"
          selfId={null}
          submit={(fields) => call('practices.create', { fields })}
          onDone={(detail) => navigate(practiceHref(detail.practice.id))}
          onCancel={() => navigate(tableHref)}
        />
      )}
    </div>
  );
}

export function EditPracticePage({ id }: { id: string }) {
  const { readOnly } = useSession();
  const { tableHref } = useNavigation();
  const { state, reload } = usePracticeDetail(id);
  return (
    <div className="page form-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={tableHref}>Practices</a> / <a href={practiceHref(id)}>{state.status === 'ready' ? state.detail.practice.name : id}</a>
      </nav>
      <h1>Edit practice</h1>
      {readOnly ? (
        <ReadOnlyNotice />
      ) : state.status === 'loading' ? (
        <p className="loading-indicator">Loading the practice…</p>
      ) : state.status === 'error' ? (
        <ErrorMessage error={state.error} onRetry={reload} />
      ) : (
        <PracticeForm
          initial={formFromDetail(state.detail)}
          mode="update"
          selfId={id}
          submit={(fields) => call('practices.update', { id, fields })}
          onDone={(detail) => navigate(practiceHref(detail.practice.id))}
          onCancel={() => navigate(practiceHref(id))}
        />
      )}
    </div>
  );
}
