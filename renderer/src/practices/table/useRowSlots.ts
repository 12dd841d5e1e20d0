/**
 * What each rendered item of the practice table shows: its row, a placeholder while its page is
 * loading, or, for a few frames, nothing. New rows are mounted a few per frame (`useStaggeredMount`),
 * those in view before those in the overscan.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Row } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Features, LoadedRow } from './practiceColumns';
import { useStaggeredMount } from './useStaggeredMount';

export interface RowSlot {
  item: VirtualItem;
  /** The row, once loaded and mounted. */
  row: Row<Features, LoadedRow> | undefined;
  placeholder: boolean;
}

type Range = { startIndex: number; endIndex: number } | null;

/** The indexes of the loaded rows among the items: those in view first, then those in the overscan. */
function loadedByUrgency(items: VirtualItem[], rows: Map<number, Row<Features, LoadedRow>>, visible: Range): number[] {
  const inView: number[] = [];
  const nearby: number[] = [];
  for (const { index } of items) {
    if (!rows.has(index)) continue;
    (visible && index >= visible.startIndex && index <= visible.endIndex ? inView : nearby).push(index);
  }
  return [...inView, ...nearby];
}

export function useRowSlots(items: VirtualItem[], rows: Map<number, Row<Features, LoadedRow>>, visible: Range, perFrame: number): RowSlot[] {
  // By index: a row whose data changed (a new filter, a reload) replaces the one shown there at once.
  const mounted = useStaggeredMount(loadedByUrgency(items, rows, visible), perFrame);
  // A loaded row waiting for its turn keeps the placeholder its slot had, or else leaves the slot
  // empty for those few frames: building a placeholder only to replace it (after a jump over loaded
  // rows) would cost about as much as the row itself.
  const placeholders = useRef<ReadonlySet<number>>(new Set());
  const slots = items.map((item) => {
    const row = mounted.has(item.index) ? rows.get(item.index) : undefined;
    return { item, row, placeholder: !row && (!rows.has(item.index) || placeholders.current.has(item.index)) };
  });
  useLayoutEffect(() => {
    placeholders.current = new Set(slots.flatMap((slot) => (slot.placeholder ? [slot.item.index] : [])));
  });
  return slots;
}
