/** The handlers of the `history.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { historyOfPractice, historyStatus, recentHistory, redo, undo } from './history.js';
import type { practiceHistoryInputSchema, recentHistoryInputSchema } from './schemas.js';

export const historyHandlers = {
  'history.status': (store: Store) => historyStatus(store.db),
  'history.undo': (store: Store) => undo(store.db),
  'history.redo': (store: Store) => redo(store.db),
  'history.ofPractice': (store: Store, input: z.output<typeof practiceHistoryInputSchema>) => historyOfPractice(store.db, input.id, input.limit),
  'history.recent': (store: Store, input: z.output<typeof recentHistoryInputSchema>) => recentHistory(store.db, input.limit),
};
