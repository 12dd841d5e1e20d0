/** The handlers of the `history.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { historyOfPractice, historyStatus, recentHistory, redo, undo, type ChangeVisibility } from './history.js';
import type { practiceHistoryInputSchema, recentHistoryInputSchema } from './schemas.js';

/** `visible` is blind mode's rule for one change (scoring's, handed in by the dispatcher). */
export const historyHandlers = (visible: ChangeVisibility) => ({
  'history.status': (store: Store) => historyStatus(store.db),
  'history.undo': (store: Store) => undo(store.db),
  'history.redo': (store: Store) => redo(store.db),
  'history.ofPractice': (store: Store, input: z.output<typeof practiceHistoryInputSchema>) => historyOfPractice(store.db, input.id, input.limit, visible),
  'history.recent': (store: Store, input: z.output<typeof recentHistoryInputSchema>) => recentHistory(store.db, input.limit),
});
