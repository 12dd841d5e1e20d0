/**
 * "Report pack (Word)…": one Word document with a title page and the dataset's version, the
 * tables, gap charts and case studies chosen here, made under the current filter. It runs as a job
 * of the host (analysis.export, view "report") with a progress bar, since a pack of every case
 * study takes a while.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput, PracticeFilter } from '../../../data/contract/contract';
import type { JobProgress as Progress } from '../../../data/jobs/model';
import { Modal } from '../ui/Modal';
import { JobProgress } from '../ui/JobProgress';
import { ErrorMessage } from '../ui/ErrorMessage';
import { downloadExport, wordLocale } from './wordExport';

type ReportInput = Extract<OperationInput<'analysis.export'>, { view: 'report' }>['input'];
type TableChoice = 'compare' | 'gaps' | 'stats' | 'coverage' | 'agreement' | 'euElements';

/** The tables and charts a pack can hold, in this order; each named in analysis's reportPack.table.<id> and reportPack.chart.<id>. */
const TABLES = ['compare', 'gaps', 'stats', 'coverage', 'agreement', 'euElements'] as const satisfies readonly TableChoice[];
const CHARTS = ['countryGroup', 'practiceType'] as const;

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
  const { t } = useTranslation('analysis');
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(() => t('reportPack.defaultTitle'));
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
      const input = reportPackInput(title, filter, TABLES.filter((id) => tables.includes(id)), charts, caseStudies);
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
        {t('reportPack.button')}
      </button>
      <Modal
        open={open}
        title={t('reportPack.title')}
        onClose={() => !busy && setOpen(false)}
        onSubmit={() => void make()}
        actions={
          <>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('reportPack.making') : t('reportPack.make')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setOpen(false)}>
              {t('reportPack.close')}
            </button>
          </>
        }
      >
        <p className="muted small">{t('reportPack.intro')}</p>
        <label className="field">
          <span className="field__label">{t('reportPack.titleField')}</span>
          <input type="text" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset className="report-pack__choices">
          <legend>{t('reportPack.tables')}</legend>
          {TABLES.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={tables.includes(id)} onChange={(e) => setTables(toggle(tables, id, e.target.checked))} />
              <span>{t(`reportPack.table.${id}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="report-pack__choices">
          <legend>{t('reportPack.charts')}</legend>
          {CHARTS.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={charts.includes(id)} onChange={(e) => setCharts(toggle(charts, id, e.target.checked))} />
              <span>{t(`reportPack.chart.${id}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={caseStudies} onChange={(e) => setCaseStudies(e.target.checked)} />
          <span>{t('reportPack.caseStudies')}</span>
        </label>
        {busy ? <JobProgress progress={progress} label={t('reportPack.progress')} /> : null}
        <p className="muted small" role="status">
          {saved ? t('export.downloaded', { file: saved }) : ''}
        </p>
        {error ? <ErrorMessage compact error={error} title={t('reportPack.failed')} /> : null}
      </Modal>
    </>
  );
}
