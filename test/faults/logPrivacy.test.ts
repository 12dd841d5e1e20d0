/**
 * The local log never holds research data (security review, issue 13): a marker string travels
 * through every failure path of the browser host (an open refused, a merge refused, an import that
 * fails, operations that fail, an unknown operation), each error message quotes it back to the
 * user, and the log, which records each failure, never contains it.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../data/store/store.js';
import { saveStoreAs } from '../../data/store/files.js';
import { client } from '../support/apiClient.js';
import { tempDir } from '../support/tempFiles.js';
import { hostsForFile, startHostProcess, type RunningHost } from '../support/webHostProcess.js';

const tmp = tempDir();
const { env, host: startHost } = hostsForFile(tmp);

const MARKER = 'Zq7MarkerPracticeNote';
const logText = () => readFileSync(join(tmp.dir, 'logs', 'autocredify.log'), 'utf8');

/** Calls an operation and returns its error message (the call must fail). */
async function failure(host: RunningHost, operation: string, input: unknown): Promise<string> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const reply = await fetch(`${host.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-autocredify-token': token },
    body: JSON.stringify(input),
  });
  const envelope = (await reply.json()) as { ok: boolean; error?: { message: string } };
  expect(envelope.ok, operation).toBe(false);
  return envelope.error?.message ?? '';
}

/** A dataset file holding the marker as a practice name, with a trigger we never create: refused on open. */
function refusedFile(): string {
  const path = tmp.file(`${MARKER}-refused.acmap`.replace(MARKER, 'crafted'));
  const store = openStore(path);
  client(store).value('practices.create', { id: 'p', fields: { name: MARKER, country: 'Spain', notes: MARKER } });
  store.close();
  const db = new Database(path);
  db.exec(`CREATE TRIGGER ${MARKER} AFTER UPDATE ON practices BEGIN DELETE FROM narratives; END; PRAGMA journal_mode = DELETE;`);
  db.close();
  return path;
}

/** A partner's file whose practice (named with the marker) the app could not have written. */
async function refusedPartnerFile(): Promise<{ name: string; contentBase64: string }> {
  const path = tmp.file('partner.acmap');
  const store = openStore(path);
  client(store).value('practices.create', { id: 'bad', fields: { name: MARKER, country: 'Finland' } });
  store.db.prepare(`UPDATE practices SET practice_type = 'ransomware' WHERE id = 'bad'`).run();
  const sent = tmp.file('sent.acmap');
  await saveStoreAs(store, sent);
  store.close();
  return { name: 'partner.acmap', contentBase64: readFileSync(sent).toString('base64') };
}

describe('the local log on every failure path', () => {
  it('records each failure without the practice names, evidence or notes the messages quote', async () => {
    // An open refused: the host stops and says why, naming the trigger.
    const crafted = refusedFile();
    const refused = await startHostProcess(['--db', crafted], env).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(refused).toContain(`trigger "${MARKER}"`);

    const host = await startHost(['--db', tmp.file('ours.acmap')]);
    const messages = [
      // A merge refused.
      await failure(host, 'merge.check', { file: await refusedPartnerFile() }),
      // An import that fails: a file that is not a table of practices.
      await failure(host, 'import.check', { file: { name: `${MARKER}.csv`, contentBase64: Buffer.from(`${MARKER}\n`).toString('base64') } }),
      // Operations that fail.
      await failure(host, 'practices.get', { id: MARKER }),
      await failure(host, 'practices.update', { id: MARKER, fields: { notes: MARKER } }),
      await failure(host, 'practices.create', { fields: { name: MARKER, country: 'Spain', notes: MARKER, eqfLevel: 42 } }),
      await failure(host, 'scores.set', { practiceId: MARKER, dimension: 'governance', raterId: MARKER, value: 3, evidence: MARKER }),
      await failure(host, `${MARKER}.run`, {}),
    ];
    // The marker went through each path: the user is told what it is about.
    expect(messages.filter((m) => m.includes(MARKER)).length).toBeGreaterThanOrEqual(5);
    await host.stop();

    const log = logText();
    expect(log).toMatch(/Could not open .*: StoreOpenError \(foreign_objects\)/);
    expect(log).toMatch(/merge\.check failed \(invalid_input\)/);
    expect(log).toMatch(/import\.check failed \(/);
    expect(log).toMatch(/practices\.get failed \(not_found\)/);
    expect(log).toMatch(/\(an unknown operation\) failed \(unknown_operation\)/);
    expect(log).not.toContain(MARKER);
    expect(log.toLowerCase()).not.toContain(MARKER.toLowerCase());
  });
});
