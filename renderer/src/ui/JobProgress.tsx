/** How far a running job (an import, a merge) is: its phase and a progress bar. */
import type { JobProgress } from '../../../data/jobs/context';

export function ImportProgress({ progress, label = 'Import progress' }: { progress: JobProgress | null; label?: string }) {
  const share = progress && progress.total > 0 ? progress.done / progress.total : null;
  return (
    <span className="import-progress">
      <progress max={1} value={share ?? undefined} aria-label={label} />
      <span className="muted small">
        {progress ? `${progress.phase}: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : 'Starting…'}
      </span>
    </span>
  );
}
