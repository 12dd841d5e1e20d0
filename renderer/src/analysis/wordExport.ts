/**
 * Word exports from the app: the locale whose decimal mark a document's numbers take (the
 * interface's language, as on screen), and running an export as a job with
 * progress, then downloading it.
 */
import type { OperationInput } from '../../../data/contract/contract';
import type { JobProgress } from '../../../data/jobs/model';
import { runJob } from '../app/runJob';
import { downloadBlob, exportBlob } from '../ui/download';
import { currentLocale } from '../app/i18n/i18n';

/** "es-ES", "fi", "en-GB": the first of the given languages (by default the interface's locale) in the shape the contract takes. */
export function wordLocale(languages: readonly string[] = [currentLocale()]): string {
  for (const tag of languages) {
    const [language, region] = tag.split('-');
    if (!language || !/^[a-z]{2,3}$/i.test(language)) continue;
    const shaped = region && /^[a-z]{2}$/i.test(region) ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
    return shaped;
  }
  return 'en-GB';
}

/** Runs an export job (a view, the case studies or a report pack) and downloads its file; returns the file's name. */
export async function downloadExport(input: OperationInput<'analysis.export'>, onProgress: (progress: JobProgress | null) => void = () => undefined): Promise<string> {
  const job = await runJob('analysis.export', input, (_id, progress) => onProgress(progress));
  if (!job.ok) throw new Error(job.error.message);
  downloadBlob(exportBlob(job.value), job.value.fileName);
  return job.value.fileName;
}
