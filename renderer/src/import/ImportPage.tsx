/**
 * Import CSV (#/import): a spreadsheet from Excel in any European locale becomes new or updated
 * practices. Choose a file, see how it was read, match its columns to fields, choose how rows find
 * their practice, check (nothing written), then import what the check showed, all or nothing.
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { choiceProblems } from './importMapping';
import { useImportWizard } from './useImportWizard';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportOptionsStep } from './ImportOptionsStep';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportDonePanel } from './ImportDonePanel';
import { CaseStudyFileImport } from './CaseStudyFileImport';
import { useNavigation } from '../app/navigation';

export function ImportPage() {
  const { t } = useTranslation('import');
  const session = useSession();
  const defaultRater = session.currentRater && !session.currentRater.seed ? session.currentRater.id : '';
  const wizard = useImportWizard(defaultRater);
  const { run, preview, file } = wizard;
  const importing = run.status === 'importing';
  const { tableHref } = useNavigation();

  const problems = choiceProblems(wizard.choices, wizard.key, wizard.raterId, session.dimensions);

  return (
    <div className="page import-page">
      <nav className="breadcrumb" aria-label={t('page.breadcrumb')}>
        <a href={tableHref}>{t('page.back')}</a>
      </nav>
      <h1>{t('page.title')}</h1>
      <p className="page-head__sub">{t('page.intro')}</p>
      {run.status === 'imported' ? (
        <ImportDonePanel fileName={file?.name ?? t('page.theFile')} result={run.result} onAnother={wizard.reset} />
      ) : (
        <div className="import-steps">
          <ImportFileStep wizard={wizard} disabled={importing} />
          {preview ? (
            <>
              <ImportMappingStep wizard={wizard} preview={preview} dimensions={session.dimensions} disabled={importing} />
              <ImportOptionsStep wizard={wizard} disabled={importing || session.readOnly} />
              <ImportCheckStep wizard={wizard} preview={preview} problems={problems} readOnly={session.readOnly} />
            </>
          ) : null}
          {preview ? null : <CaseStudyFileImport disabled={importing} />}
        </div>
      )}
    </div>
  );
}
