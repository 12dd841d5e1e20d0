/** How far a running job (an import, a merge, an export) is: its phase and a progress bar. */
import type { JobProgress as Progress } from '../../../data/jobs/model';

export function JobProgress({ progress, label }: { progress: Progress | null; label: string }) {
  const share = progress && progress.total > 0 ? progress.done / progress.total : null;
  return (
    <span className="job-progress">
      <progress max={1} value={share ?? undefined} aria-label={label} />
      <span className="muted small">
        {progress ? `${progress.phase}: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : 'Starting…'}
      </span>
    </span>
  );
}
