/** How far a running job (an import, a merge, an export) is: its phase and a progress bar. */
import { useTranslation } from 'react-i18next';
import type { JobProgress as Progress } from '../../../data/jobs/model';
import { formatCount } from './format';

export function JobProgress({ progress, label }: { progress: Progress | null; label: string }) {
  const { t } = useTranslation('ui');
  const share = progress && progress.total > 0 ? progress.done / progress.total : null;
  return (
    <span className="job-progress">
      <progress max={1} value={share ?? undefined} aria-label={label} />
      <span className="muted small">
        {progress ? t('job.progress', { phase: progress.phase, done: formatCount(progress.done), total: formatCount(progress.total) }) : t('job.starting')}
      </span>
    </span>
  );
}
