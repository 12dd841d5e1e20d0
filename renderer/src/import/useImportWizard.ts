/**
 * The import wizard's state and steps: read the chosen file, preview it (again when the encoding
 * or delimiter is overridden), keep the column choices, check the import (`import.run`, dry run)
 * and then write exactly what was checked. Any change after a check drops that check, so what is
 * imported is always what the user last saw. Answers to a superseded request are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../app/apiClient';
import type { ApiError } from '../../../data/domain/envelope';
import type { ImportPreview, ImportResult } from '../../../data/contract/contract';
import type { TextEncoding } from '../../../data/import/schemas';
import type { Delimiter } from '../../../data/import/schemas';
import type { NumberFormat } from '../../../data/import/schemas';
import type { ImportTarget } from '../../../data/practices/schemas';
import { fileSizeText, fileToBase64, MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../ui/fileBase64';
import { automaticKey, mergeChoices, runInput, type ColumnChoice, type Duplicates, type ImportKey, type ImportRunInput, type ReadingChoices } from './importMapping';
import { asApiError, useRunJob } from '../app/runJob';
import { describeError } from '../ui/ErrorMessage';
import type { JobProgress } from '../../../data/jobs/model';
import { formatCount } from '../ui/format';

export interface ChosenFile {
  name: string;
  size: number;
  contentBase64: string;
}

export interface Dialect {
  encoding: TextEncoding;
  delimiter: Delimiter;
}

export type RunState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'checkFailed'; error: ApiError }
  | { status: 'checked'; input: ImportRunInput; check: ImportResult }
  | { status: 'importing'; input: ImportRunInput; check: ImportResult; jobId: string | null; progress: JobProgress | null }
  | { status: 'importFailed'; input: ImportRunInput; check: ImportResult; error: ApiError }
  | { status: 'imported'; check: ImportResult; result: ImportResult };

export interface ImportWizard {
  file: ChosenFile | null;
  /** What is being read: the file's bytes, or the preview from the host. */
  reading: 'file' | 'preview' | null;
  fileError: ApiError | string | null;
  preview: ImportPreview | null;
  /** The encoding and delimiter found in the file before any override. */
  detected: Dialect | null;
  /** What the selects show: the override, else what the file was read with. */
  dialect: Dialect | null;
  choices: ColumnChoice[];
  key: ImportKey;
  raterId: string;
  /** "Every row": values for fields the file lacks or leaves empty. */
  constants: Partial<Record<ImportTarget, string>>;
  duplicates: Duplicates;
  /** Whether the first row names the columns, and what to do with bytes that are not UTF-8 (absent: what the import decides). */
  readingChoices: ReadingChoices;
  run: RunState;
  chooseFile(file: File): void;
  setEncoding(encoding: TextEncoding): void;
  setDelimiter(delimiter: Delimiter): void;
  setTarget(index: number, target: ImportTarget | null): void;
  setNumberFormat(index: number, format: NumberFormat): void;
  setKey(key: ImportKey): void;
  /** '' removes the value. */
  setConstant(target: ImportTarget, value: string): void;
  setDuplicates(duplicates: Duplicates): void;
  setHeaderRow(headerRow: boolean): void;
  setInvalidBytes(invalidBytes: 'reject' | 'windows-1252'): void;
  /** In a workbook, read another sheet: its columns start again from its preview. */
  setSheet(sheet: string): void;
  /** null: follow the current rater. */
  setRaterId(id: string | null): void;
  check(): void;
  commit(): void;
  /** Stops a running import; it rolls back, so nothing is written. */
  cancel(): void;
  reset(): void;
}

/** What the user chose about reading the file, as the import takes it. */
const readingChoicesOf = (overrides: ReadingChoices): ReadingChoices => ({
  ...(overrides.headerRow !== undefined ? { headerRow: overrides.headerRow } : {}),
  ...(overrides.invalidBytes ? { invalidBytes: overrides.invalidBytes } : {}),
  ...(overrides.sheet !== undefined ? { sheet: overrides.sheet } : {}),
});

/** The check writes nothing, so it also works on read-only datasets; the import itself runs as a job (runJob). */
function checkImport(input: ImportRunInput) {
  const { dryRun: _dryRun, ...rest } = input;
  return call('import.check', rest).catch((error: unknown) => ({ ok: false as const, error: asApiError(error) }));
}

/** `defaultRaterId`: the current rater when they may score ('' when nobody is chosen). */
export function useImportWizard(defaultRaterId: string): ImportWizard {
  const { t } = useTranslation('import');
  const runJob = useRunJob();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState<'file' | 'preview' | null>(null);
  const [fileError, setFileError] = useState<ApiError | string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [detected, setDetected] = useState<Dialect | null>(null);
  const [overrides, setOverrides] = useState<Partial<Dialect> & ReadingChoices>({});
  const [constants, setConstants] = useState<Partial<Record<ImportTarget, string>>>({});
  const [duplicates, setDuplicatesChoice] = useState<Duplicates>('reject');
  const [choices, setChoices] = useState<ColumnChoice[]>([]);
  const [keyChoice, setKeyChoice] = useState<ImportKey | null>(null);
  const [raterChoice, setRaterChoice] = useState<string | null>(null);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  /** Bumped when a newer file or preview request supersedes the one on its way. */
  const previewTicket = useRef(0);
  /** Bumped by every change that makes a check on its way out of date. */
  const checkTicket = useRef(0);

  const key = keyChoice ?? automaticKey(choices);
  const raterId = raterChoice ?? defaultRaterId;
  const dialect: Dialect | null = detected
    ? { encoding: overrides.encoding ?? preview?.encoding ?? detected.encoding, delimiter: overrides.delimiter ?? preview?.delimiter ?? detected.delimiter }
    : null;

  /** A setting changed: the last check no longer describes what would be imported. An import under way or done stays. */
  const invalidateCheck = useCallback(() => {
    checkTicket.current += 1;
    setRun((before) => (before.status === 'importing' || before.status === 'imported' ? before : { status: 'idle' }));
  }, []);

  // The rater may also change from the header ("Scoring as").
  const checkedRater = useRef(raterId);
  useEffect(() => {
    if (checkedRater.current === raterId) return;
    checkedRater.current = raterId;
    invalidateCheck();
  }, [raterId, invalidateCheck]);

  const loadPreview = useCallback(
    async (chosen: ChosenFile, wanted: Partial<Dialect> & ReadingChoices) => {
      const ticket = ++previewTicket.current;
      invalidateCheck();
      setReading('preview');
      setFileError(null);
      const result = await call('import.preview', { file: { name: chosen.name, contentBase64: chosen.contentBase64 }, ...wanted }).catch(
        (error: unknown) => ({ ok: false as const, error: asApiError(error) }),
      );
      if (ticket !== previewTicket.current) return;
      setReading(null);
      if (!result.ok) {
        setPreview(null);
        setFileError(result.error);
        return;
      }
      const next = result.value;
      setPreview(next);
      setDetected((before) => before ?? { encoding: next.encoding, delimiter: next.delimiter });
      setChoices((before) => mergeChoices(before, next.columns));
    },
    [invalidateCheck],
  );

  const forget = useCallback(() => {
    previewTicket.current += 1;
    checkTicket.current += 1;
    setRun({ status: 'idle' });
    setFile(null);
    setReading(null);
    setFileError(null);
    setPreview(null);
    setDetected(null);
    setOverrides({});
    setChoices([]);
    setKeyChoice(null);
    setConstants({});
    setDuplicatesChoice('reject');
  }, []);

  const chooseFile = useCallback(
    (chosen: File) => {
      forget();
      if (chosen.size > MAX_FILE_BYTES) {
        setFileError(t('file.tooBig', { name: chosen.name, size: fileSizeText(chosen.size), megabytes: formatCount(MAX_FILE_MEGABYTES) }));
        return;
      }
      const ticket = previewTicket.current;
      setReading('file');
      fileToBase64(chosen).then(
        (contentBase64) => {
          if (ticket !== previewTicket.current) return;
          const data: ChosenFile = { name: chosen.name, size: chosen.size, contentBase64 };
          setFile(data);
          void loadPreview(data, {});
        },
        (error: unknown) => {
          if (ticket !== previewTicket.current) return;
          setReading(null);
          setFileError(t('file.unreadable', { name: chosen.name, reason: describeError(error) }));
        },
      );
    },
    [forget, loadPreview, t],
  );

  const setDialect = useCallback(
    (change: Partial<Dialect> & ReadingChoices) => {
      if (!file) return;
      const wanted = { ...overrides, ...change };
      setOverrides(wanted);
      void loadPreview(file, wanted);
    },
    [file, overrides, loadPreview],
  );

  const updateChoice = useCallback(
    (index: number, change: Partial<ColumnChoice>) => {
      invalidateCheck();
      setChoices((before) => before.map((c) => (c.index === index ? { ...c, ...change } : c)));
    },
    [invalidateCheck],
  );

  const check = useCallback(() => {
    if (!file || !dialect || reading !== null) return;
    const readingChoices = readingChoicesOf(overrides);
    const input = runInput({ file: { name: file.name, contentBase64: file.contentBase64 }, ...dialect, choices, key, raterId, constants, duplicates, reading: readingChoices }, true);
    const ticket = ++checkTicket.current;
    setRun({ status: 'checking' });
    void checkImport(input).then((result) => {
      if (ticket !== checkTicket.current) return;
      setRun(result.ok ? { status: 'checked', input, check: result.value } : { status: 'checkFailed', error: result.error });
    });
  }, [file, dialect, reading, choices, key, raterId, constants, duplicates, overrides]);

  /**
   * Writes exactly what was checked, as a background job of the host (progress, cancel). Its answer
   * is never dropped: the user must learn what was written.
   */
  const commit = useCallback(() => {
    if (run.status !== 'checked' && run.status !== 'importFailed') return;
    const { input: checked, check: checkResult } = run;
    setRun({ status: 'importing', input: checked, check: checkResult, jobId: null, progress: null });
    const failed = (error: ApiError) => setRun({ status: 'importFailed', input: checked, check: checkResult, error });
    void runJob('import.run', { ...checked, dryRun: false }, (jobId, progress) =>
      setRun((current) => (current.status === 'importing' ? { ...current, jobId, progress } : current)),
    ).then((result) => {
      if (!result.ok) return failed(result.error);
      setRun({ status: 'imported', check: checkResult, result: result.value });
    });
  }, [run, runJob]);

  const cancel = useCallback(() => {
    if (run.status === 'importing' && run.jobId) void call('jobs.cancel', { id: run.jobId });
  }, [run]);

  const reset = useCallback(() => {
    forget();
    setRaterChoice(null);
  }, [forget]);

  return {
    file,
    reading,
    fileError,
    preview,
    detected,
    dialect,
    choices,
    key,
    raterId,
    constants,
    duplicates,
    readingChoices: readingChoicesOf(overrides),
    run,
    chooseFile,
    setEncoding: (encoding) => setDialect({ encoding }),
    setDelimiter: (delimiter) => setDialect({ delimiter }),
    setTarget: (index, target) => updateChoice(index, { target, targetTouched: true }),
    setNumberFormat: (index, numberFormat) => updateChoice(index, { numberFormat, formatTouched: true, ambiguous: false }),
    setKey: (next) => {
      invalidateCheck();
      setKeyChoice(next);
    },
    setRaterId: (id) => setRaterChoice(id),
    setConstant: (target, value) => {
      invalidateCheck();
      setConstants((before) => ({ ...before, [target]: value }));
    },
    setDuplicates: (next) => {
      invalidateCheck();
      setDuplicatesChoice(next);
    },
    // A file read with or without its header row has other columns: the choices start again from the new preview.
    setHeaderRow: (headerRow) => {
      setChoices([]);
      setDialect({ headerRow });
    },
    setInvalidBytes: (invalidBytes) => setDialect({ invalidBytes }),
    setSheet: (sheet) => {
      setChoices([]);
      setDialect({ sheet });
    },
    check,
    commit,
    cancel,
    reset,
  };
}
