/**
 * "Report pack (Word)…": one Word document with a title page and the dataset's version, the
 * tables, gap charts and case studies chosen here, made under the current filter. It runs as a job
 * of the host (analysis.export, view "report") with a progress bar, since a pack of every case
 * study takes a while.
 */
import { useEffect, useState } from 'react';
import type { OperationInput, PracticeFilter } from '../../../data/contract/contract';
import type { JobProgress as Progress } from '../../../data/jobs/model';
import { Modal } from '../ui/Modal';
import { JobProgress } from '../ui/JobProgress';
import { ErrorMessage } from '../ui/ErrorMessage';
import { downloadExport, wordLocale } from './wordExport';

type ReportInput = Extract<OperationInput<'analysis.export'>, { view: 'report' }>['input'];
type TableChoice = 'compare' | 'gaps' | 'stats' | 'coverage' | 'agreement' | 'euElements';

const TABLES: { id: TableChoice; label: string }[] = [
  { id: 'compare', label: 'Comparison of practices (narratives)' },
  { id: 'gaps', label: 'Mean score and gap by country group' },
  { id: 'stats', label: 'Summary statistics by country group' },
  { id: 'coverage', label: 'Coverage against the targets' },
  { id: 'agreement', label: 'Agreement between raters' },
  { id: 'euElements', label: 'EU information elements' },
];
const CHARTS = [
  { id: 'countryGroup', label: 'Gap chart by country group' },
  { id: 'practiceType', label: 'Gap chart by practice type' },
] as const;

/** The pack's input from the choices: every table and chart under the same filter. */
export function reportPackInput(title: string, filter: PracticeFilter, tables: TableChoice[], charts: string[], caseStudies: boolean): ReportInput {
  const table = (id: TableChoice): NonNullable<ReportInput['tables']>[number] => {
    switch (id) {
      case 'compare':
        return { view: 'compare', input: { filter }, cells: 'narrative' };
      case 'gaps':
        return { view: 'gaps', input: { filter, groupBy: 'countryGroup' } };
      case 'stats':
        return { view: 'stats', input: { filter, groupBy: ['countryGroup'], measures: ['hours', 'ects'] } };
      default:
        return { view: id, input: { filter } };
    }
  };
  return {
    title,
    tables: tables.map(table),
    gapCharts: charts.map((groupBy) => ({ filter, groupBy: groupBy as 'countryGroup' | 'practiceType' })),
    caseStudies: caseStudies ? { shortlist: true } : null,
  };
}

export function ReportPackButton({ filter }: { filter: PracticeFilter }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('AutoCredify mapping report');
  const [tables, setTables] = useState<TableChoice[]>(['compare']);
  const [charts, setCharts] = useState<string[]>(['countryGroup']);
  const [caseStudies, setCaseStudies] = useState(true);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  // The desktop app's File > Export Report Pack (Word)… asks for the dialog (electron/desktop/main.ts).
  useEffect(() => {
    const take = () => {
      const w = window as Window & { autocredifyReportPackRequested?: boolean };
      if (!w.autocredifyReportPackRequested) return;
      w.autocredifyReportPackRequested = false;
      setOpen(true);
    };
    take();
    window.addEventListener('autocredify:report-pack', take);
    return () => window.removeEventListener('autocredify:report-pack', take);
  }, []);

  async function make() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const input = reportPackInput(title, filter, TABLES.map((t) => t.id).filter((id) => tables.includes(id)), charts, caseStudies);
      setSaved(await downloadExport({ view: 'report', format: 'docx', locale: wordLocale(), input }, setProgress));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Report pack (Word)…
      </button>
      <Modal
        open={open}
        title="Report pack (Word)"
        onClose={() => !busy && setOpen(false)}
        onSubmit={() => void make()}
        actions={
          <>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Making the pack…' : 'Make the pack'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setOpen(false)}>
              Close
            </button>
          </>
        }
      >
        <p className="muted small">A title page with the dataset’s version, then the parts chosen here, made under the current filter.</p>
        <label className="field">
          <span className="field__label">Title</span>
          <input type="text" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset className="report-pack__choices">
          <legend>Tables</legend>
          {TABLES.map((t) => (
            <label key={t.id} className="check">
              <input type="checkbox" checked={tables.includes(t.id)} onChange={(e) => setTables(toggle(tables, t.id, e.target.checked))} />
              <span>{t.label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="report-pack__choices">
          <legend>Charts</legend>
          {CHARTS.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={charts.includes(c.id)} onChange={(e) => setCharts(toggle(charts, c.id, e.target.checked))} />
              <span>{c.label}</span>
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={caseStudies} onChange={(e) => setCaseStudies(e.target.checked)} />
          <span>Case studies of the shortlist (case studies and shortlisted practices)</span>
        </label>
        {busy ? <JobProgress progress={progress} label="Making the report pack" /> : null}
        <p className="muted small" role="status">
          {saved ? `Downloaded ${saved}` : ''}
        </p>
        {error ? <ErrorMessage compact error={error} title="The pack could not be made" /> : null}
      </Modal>
    </>
  );
}
