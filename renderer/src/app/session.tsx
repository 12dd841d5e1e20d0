/**
 * What every screen needs to know about the open store: app info (store path, read-only),
 * preferences, raters, dimensions and the rubric, plus the current rater and how to change it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from './apiClient';
import type { ApiError, Envelope } from '../../../data/domain/envelope';
import type { AppInfo } from '../../../data/store/model';
import type { Dimension, Preferences, Rater, Rubric } from '../../../data/scoring/model';
import type { DimensionId } from '../../../data/domain/domain';

export interface Session {
  info: AppInfo;
  readOnly: boolean;
  preferences: Preferences;
  /** Changes when blind mode or the current rater does, once the store confirmed it. */
  viewerKey: string;
  raters: Rater[];
  dimensions: Dimension[];
  rubric: Rubric | null;
  currentRater: Rater | null;
  /** A problem loading part of the session (dimensions, rubric, raters); the app still runs. */
  problem: ApiError | null;
  setCurrentRater(id: string | null): Promise<ApiError | null>;
  /** Add a rater and make them the current one. */
  createRater(name: string, team: string | null): Promise<Envelope<Rater>>;
  setHiddenColumns(columns: string[]): Promise<ApiError | null>;
  /** Blind mode: other raters' scores stay hidden on a dimension until the current rater scores it. */
  setBlindMode(on: boolean): Promise<ApiError | null>;
  /** Set the score a dimension aims for; every view reads targets from `dimensions`. */
  setTarget(id: DimensionId, target: number): Promise<ApiError | null>;
  raterOf(id: string): Rater | undefined;
  /** Load everything again (after a merge or an undo brought raters or targets). */
  refresh(): void;
  /**
   * The data changed under the screens (an undo or redo): every read asks again (through
   * viewerKey) and the session's raters, targets and rubric are read again, all in place, with
   * no reload and no loading screen, so the page keeps its scroll position.
   */
  dataChanged(): void;
  /** Open the "Who is scoring?" dialog. */
  askForRater(): void;
  /** Open it unless it was already opened this way in this run (a practice opened without a rater asks once). */
  askForRaterOnce(): void;
  raterDialogOpen: boolean;
  closeRaterDialog(): void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Whose eyes the data layer answers for: blind mode and the current rater, as the store last
 * confirmed them. Every read (useOperation, the practice page, the table's pages) asks again when it
 * changes, so ticking Blind drops others' scores from an open page at once, without a reload.
 */
const ViewerKeyContext = createContext('');

export function useViewerKey(): string {
  return useContext(ViewerKeyContext);
}

const viewerKeyOf = (preferences: Preferences) => `${preferences.blindMode ? 'blind' : 'open'}:${preferences.currentRaterId ?? ''}`;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionProvider');
  return session;
}

interface Loaded {
  info: AppInfo;
  preferences: Preferences;
  /** viewerKeyOf the preferences the store confirmed (not the checkbox shown before it answers). */
  viewerKey: string;
  raters: Rater[];
  dimensions: Dimension[];
  rubric: Rubric | null;
  problem: ApiError | null;
}

async function loadSession(): Promise<Envelope<Loaded>> {
  const [info, preferences, raters, dimensions, rubric] = await Promise.all([
    call('app.info', {}),
    call('preferences.get', {}),
    call('raters.list', {}),
    call('dimensions.list', {}),
    call('rubric.get', {}),
  ]);
  if (!info.ok) return info;
  const problems = [preferences, raters, dimensions, rubric].flatMap((r) => (r.ok ? [] : [r.error]));
  const prefs: Preferences = preferences.ok ? preferences.value : { currentRaterId: null, hiddenColumns: null, blindMode: false };
  return {
    ok: true,
    value: {
      info: info.value,
      preferences: prefs,
      viewerKey: viewerKeyOf(prefs),
      raters: raters.ok ? raters.value : [],
      dimensions: dimensions.ok ? [...dimensions.value].sort((a, b) => a.position - b.position) : [],
      rubric: rubric.ok ? rubric.value : null,
      problem: problems[0] ?? null,
    },
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { t } = useTranslation('app');
  const [fatal, setFatal] = useState<ApiError | null>(null);
  const [raterDialogOpen, setRaterDialogOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // Bumped by dataChanged: part of the viewer key, so every read on screen asks again.
  const [generation, setGeneration] = useState(0);
  // Whether askForRaterOnce has asked yet; nothing renders from it.
  const askedOnce = useRef(false);

  useEffect(() => {
    let live = true;
    void loadSession().then((result) => {
      if (!live) return;
      if (result.ok) {
        setLoaded(result.value);
        setFatal(null);
      } else setFatal(result.error);
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const setCurrentRater = useCallback(async (id: string | null): Promise<ApiError | null> => {
    const result = await call('preferences.set', { currentRaterId: id });
    if (!result.ok) return result.error;
    setLoaded((prev) => (prev ? { ...prev, preferences: result.value, viewerKey: viewerKeyOf(result.value) } : prev));
    return null;
  }, []);

  const createRater = useCallback(async (name: string, team: string | null): Promise<Envelope<Rater>> => {
    const created = await call('raters.create', { name, team });
    if (!created.ok) return created;
    const rater = created.value;
    setLoaded((prev) => (prev ? { ...prev, raters: [...prev.raters.filter((r) => r.id !== rater.id), rater] } : prev));
    const prefs = await call('preferences.set', { currentRaterId: rater.id });
    if (!prefs.ok) return prefs;
    setLoaded((prev) => (prev ? { ...prev, preferences: prefs.value, viewerKey: viewerKeyOf(prefs.value) } : prev));
    return created;
  }, []);

  const setHiddenColumns = useCallback(async (columns: string[]): Promise<ApiError | null> => {
    // Shown at once; kept in the store when it can be (a read-only store keeps it for this session only).
    setLoaded((prev) => (prev ? { ...prev, preferences: { ...prev.preferences, hiddenColumns: columns } } : prev));
    if (loaded?.info.readOnly) return null;
    const result = await call('preferences.set', { hiddenColumns: columns });
    return result.ok ? null : result.error;
  }, [loaded?.info.readOnly]);

  const setBlindMode = useCallback(async (on: boolean): Promise<ApiError | null> => {
    // Shown at once, as a checkbox should; put back if the store refuses.
    setLoaded((prev) => (prev ? { ...prev, preferences: { ...prev.preferences, blindMode: on } } : prev));
    const result = await call('preferences.set', { blindMode: on });
    setLoaded((prev) =>
      prev ? (result.ok ? { ...prev, preferences: result.value, viewerKey: viewerKeyOf(result.value) } : { ...prev, preferences: { ...prev.preferences, blindMode: !on } }) : prev,
    );
    return result.ok ? null : result.error;
  }, []);

  const setTarget = useCallback(async (id: DimensionId, target: number): Promise<ApiError | null> => {
    const result = await call('dimensions.setTarget', { id, target });
    if (!result.ok) return result.error;
    const dimensions = [...result.value].sort((a, b) => a.position - b.position);
    setLoaded((prev) => (prev ? { ...prev, dimensions } : prev));
    return null;
  }, []);

  const dataChanged = useCallback(() => {
    setGeneration((n) => n + 1);
    void loadSession().then((result) => {
      if (result.ok) setLoaded(result.value);
    });
  }, []);

  const session = useMemo<Session | null>(() => {
    if (!loaded) return null;
    const raterOf = (id: string) => loaded.raters.find((r) => r.id === id);
    const currentId = loaded.preferences.currentRaterId;
    return {
      ...loaded,
      viewerKey: `${loaded.viewerKey}#${generation}`,
      readOnly: loaded.info.readOnly,
      currentRater: currentId ? (raterOf(currentId) ?? null) : null,
      setCurrentRater,
      createRater,
      setHiddenColumns,
      setBlindMode,
      setTarget,
      raterOf,
      refresh: () => setAttempt((n) => n + 1),
      dataChanged,
      askForRater: () => setRaterDialogOpen(true),
      askForRaterOnce: () => {
        if (askedOnce.current) return;
        askedOnce.current = true;
        setRaterDialogOpen(true);
      },
      raterDialogOpen,
      closeRaterDialog: () => setRaterDialogOpen(false),
    };
  }, [loaded, generation, dataChanged, setCurrentRater, createRater, setHiddenColumns, setBlindMode, setTarget, raterDialogOpen]);

  if (fatal) {
    return (
      <div className="startup-screen" role="alert">
        <h1>{t('startup.failed')}</h1>
        <p className="startup-screen__message">{fatal.message}</p>
        <button type="button" className="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
          {t('startup.retry')}
        </button>
      </div>
    );
  }
  if (!session) {
    return (
      <div className="startup-screen" aria-busy="true">
        <p className="loading-indicator">{t('startup.opening')}</p>
      </div>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <ViewerKeyContext.Provider value={session.viewerKey}>{children}</ViewerKeyContext.Provider>
    </SessionContext.Provider>
  );
}
