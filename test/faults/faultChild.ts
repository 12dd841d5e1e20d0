/**
 * A process the fault tests kill: it runs one long write on a dataset and, at the point the test
 * names, says "paused" and stops moving (blocked, not exiting) until it is killed. So the SIGKILL
 * lands at a known point inside the operation, with no timing guesswork.
 *   import <db> <csv> <phase> <fraction>   import.run; pause at the first progress step of <phase>
 *                                          at or past <fraction> of the rows ("committed": after it returned)
 *   merge <db> <partner.acmap> <phase> <fraction>   merge.run, paused the same way
 *   open <db>                              open (and upgrade) the dataset; say "opened" or "failed <message>"
 *   saveAs <db> <target> <fraction>        Save As; pause once <fraction> of the pages are copied
 *                                          ("end": once the copy is complete, before it is moved into place;
 *                                          "never": run to the end and say "finished" or "failed <message>")
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dispatch } from '../../data/contract/dispatch.js';
import { setJobContext } from '../../data/jobs/context.js';
import { openStore } from '../../data/store/store.js';
import { saveStoreAs } from '../../data/store/files.js';

function pauseForever(detail: string): never {
  process.stdout.write(`paused ${detail}\n`);
  // Blocks this thread for good: the test's SIGKILL is the only way out.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

const [mode, dbPath, ...rest] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: faultChild import|merge|saveAs|open <db> ...');
if (mode === 'open') {
  try {
    openStore(dbPath).close();
    process.stdout.write('opened\n');
  } catch (error) {
    process.stdout.write(`failed ${(error as Error).message}\n`);
  }
  process.exit(0);
}
const store = openStore(dbPath);

/** Runs one operation through the dispatcher as a job would, pausing where the test asked. */
function runPaused(operation: string, input: unknown, phase: string, fraction: string): void {
  setJobContext({
    report: (progress) => {
      if (progress.phase === phase && progress.done >= Number(fraction) * progress.total) pauseForever(`${progress.phase} ${progress.done}/${progress.total}`);
    },
    cancelled: () => false,
  });
  const result = dispatch(store, operation, input);
  if (phase === 'committed' && result.ok) pauseForever('committed');
  process.stdout.write(`finished ${JSON.stringify(result).slice(0, 500)}\n`);
}

const fileAt = (path: string) => ({ name: basename(path), contentBase64: readFileSync(path).toString('base64') });

if (mode === 'import' || mode === 'merge') {
  const [filePath, phase, fraction] = rest as [string, string, string];
  if (mode === 'import') runPaused('import.run', { file: fileAt(filePath), key: 'id' }, phase, fraction);
  else runPaused('merge.run', { file: fileAt(filePath) }, phase, fraction);
} else if (mode === 'saveAs') {
  const [target, fraction] = rest as [string, string];
  try {
    await saveStoreAs(store, target, (done, total) => {
      // The copy reports pages; its last report, (1, 1), comes after the copy is complete.
      const last = done === 1 && total === 1;
      if (fraction === 'never') return;
      if (fraction === 'end' ? last : !last && done >= Number(fraction) * total) pauseForever(`${done}/${total}`);
    });
    process.stdout.write('finished\n');
  } catch (error) {
    process.stdout.write(`failed ${(error as Error).message}\n`);
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
store.close();
