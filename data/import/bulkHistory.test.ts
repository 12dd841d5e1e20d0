/**
 * The bulk path of an import (new practices many rows per statement, data/practices/bulkInsert.ts)
 * writes the same rows and the same history as the row-by-row path (insertPractice for each),
 * byte for byte: the same file, the same store and the same clock through both, every change row
 * compared as text. Ids the import makes up (rows without one) are compared by order of appearance.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { EU_ELEMENT_IDS } from '../domain/euElements.js';
import { SELECTION_CRITERION_IDS } from '../domain/selectionCriteria.js';
import { withChangeSet } from '../history/history.js';
import { snapshot } from '../../test/support/storeSnapshot.js';
import { client } from '../../test/support/apiClient.js';
import { storeForFile } from '../../test/support/scratchStore.js';
import { openStore, type Store } from '../store/store.js';
import { applyImport, type NewRowWrites } from './apply.js';
import { planImport } from './plan.js';
import { readCsvBytes } from './readFile.js';

const { tmp } = storeForFile('unused.acmap');
let n = 0;
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  vi.useRealTimers();
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00.000Z'));
});

/** A dataset as a partner's would be before the file arrives: some practices of the file, one changed since. */
function target(): { store: Store; rater: string } {
  const store = openStore(tmp.file(`target-${n++}.acmap`));
  open.push(store);
  const api = client(store);
  const rater = api.value('raters.create', { name: 'Ana' }).id;
  api.value('practices.create', { id: 'kept', fields: { name: 'Kept as it is', country: 'Spain', provider: 'SEPE' } });
  api.value('practices.create', { id: 'changed', fields: { name: 'Old name', country: 'Finland', narratives: { governance: 'Old text' } } });
  api.value('scores.set', { practiceId: 'changed', dimension: 'pedagogy', raterId: rater, value: 1, evidence: 'kept evidence', confidence: 'low' });
  return { store, rater };
}

/** The file: the source's practice export, with a component listed before the new parent that contains it. */
function file(): Buffer {
  const source = openStore(tmp.file(`source-${n++}.acmap`));
  open.push(source);
  const api = client(source);
  api.value('practices.create', { id: 'kept', fields: { name: 'Kept as it is', country: 'Spain', provider: 'SEPE' } });
  api.value('practices.create', { id: 'changed', fields: { name: 'New name "quoted"', country: 'Finland', narratives: { governance: 'New text\nwith a line', pedagogy: 'Added' } } });
  api.value('practices.create', { id: 'parent-new', fields: { name: 'Pathway', country: 'Portugal', hours: 82.5, ects: 10, technologyDomains: ['ev_safety'] } });
  api.value('practices.create', {
    id: 'child-new',
    fields: { name: 'Módulo €1', country: 'Portugal', parentId: 'parent-new', sources: [{ document: 'D3.2', section: '§1.2' }, { document: 'Catálogo', section: '' }] },
  });
  api.value('practices.create', { id: 'under-kept', fields: { name: 'Unit\tof kept', country: 'Spain', parentId: 'kept', caseStudy: true, eqfLevel: 4, releaseYear: 2024 } });
  api.value('practices.create', { id: 'checked', fields: { name: 'With a checklist', country: 'Finland', narratives: { assessment: 'emoji 😀 and \u2028' } } });
  api.value('practices.setElements', { id: 'checked', elements: [{ element: EU_ELEMENT_IDS[0], status: 'yes', note: 'on the certificate' }, { element: EU_ELEMENT_IDS[3], status: 'partly', note: null }] });
  api.value('practices.setCriteria', { id: 'checked', criteria: { [SELECTION_CRITERION_IDS[1] as string]: true } });
  const exported = api.value('analysis.export', { view: 'practices', input: {}, format: 'csv' }) as { content: string };
  const lines = exported.content.split('\r\n');
  const header = lines[0] as string;
  const rows = lines.slice(1).filter((l) => l !== '');
  // The component first, its parent after it; and a row without an id (a new practice the import names).
  const child = rows.findIndex((l) => l.startsWith('child-new,'));
  const [childRow] = rows.splice(child, 1);
  rows.unshift(childRow as string);
  rows.push(`,No id here,${rows[0]!.split(',').slice(2).join(',')}`.replace('child-new', ''));
  return Buffer.from([header, ...rows, ''].join('\r\n'), 'utf8');
}

function importWith(store: Store, bytes: Buffer, rater: string, newRows: NewRowWrites): void {
  const db = store.db;
  withChangeSet(db, { operation: 'import.run', raterId: null }, () => {
    const plan = planImport(db, readCsvBytes(new Uint8Array(bytes)), { key: 'auto', raterId: rater });
    expect(plan.rejected).toEqual([]);
    applyImport(db, plan, rater, newRows);
  }, () => 'import');
}

/**
 * Every change row of the last change set as stored (text), and every data table's rows (sorted
 * after the made-up ids are numbered, in the order the history first names them).
 */
function written(db: Database): string {
  const made = new Map<string, string>();
  const number = (text: string) =>
    text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (uuid) => made.get(uuid) ?? (made.set(uuid, `made-up-${made.size}`), `made-up-${made.size - 1}`));
  const changes = db.prepare('SELECT seq, entity, entity_key, before, after FROM changes WHERE change_set_id = (SELECT max(id) FROM change_sets) ORDER BY seq').raw().all();
  const { change_sets: _s, changes: _c, ...data } = snapshot(db);
  const history = number(JSON.stringify(changes, null, 1));
  const tables = Object.entries(data).map(([name, rows]) => `${name}\n${rows.map((row) => number(JSON.stringify(row))).sort().join('\n')}`);
  return `${history}\n${tables.join('\n')}`;
}

it('writes the same rows and history rows as the row-by-row path, byte for byte', () => {
  const bytes = file();
  const reference = target();
  importWith(reference.store, bytes, reference.rater, 'rowByRow');
  const bulk = target();
  importWith(bulk.store, bytes, bulk.rater, 'bulk');
  const expected = written(reference.store.db);
  expect(expected).toContain('made-up-0');
  // The new component's creation is in the history (no state before it).
  expect(expected).toMatch(/"practice",\s*"\{\\"id\\":\\"child-new\\"\}",\s*null/);
  expect(written(bulk.store.db)).toBe(expected);
});

it('writes the same rows and history into a new, empty dataset, where the indexes are built at the end', () => {
  const bytes = file();
  const stores = (['rowByRow', 'bulk'] as const).map((how) => {
    const store = openStore(tmp.file(`empty-${n++}.acmap`));
    open.push(store);
    importWith(store, bytes, client(store).value('raters.create', { name: 'Ana' }).id, how);
    return store;
  });
  const [reference, bulk] = stores as [Store, Store];
  expect(written(bulk.db)).toBe(written(reference.db));
  const indexes = (db: Database) => db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
  expect(indexes(bulk.db)).toEqual(indexes(reference.db));
  expect(bulk.db.pragma('integrity_check', { simple: true })).toBe('ok');
});

it('refuses what the row-by-row path refuses, with the same message, and writes nothing', () => {
  const bytes = Buffer.from('Practice id,Name,Country,Parent practice id\r\nloop-a,A,Spain,loop-b\r\nloop-b,B,Spain,loop-a\r\n', 'utf8');
  const messages = (['rowByRow', 'bulk'] as const).map((how) => {
    const { store, rater } = target();
    const before = snapshot(store.db);
    let message = '';
    try {
      importWith(store, bytes, rater, how);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(snapshot(store.db)).toEqual(before);
    return message;
  });
  expect(messages[0]).toMatch(/component/);
  expect(messages[1]).toBe(messages[0]);
});
