/**
 * A long check does not hold up the browser host (issue 13, item 11): import.check of a large file,
 * called directly over HTTP, runs in a worker, so app.info keeps answering meanwhile. Asserted by
 * order (app.info answered while the check was still running), never by a time limit; the figure
 * is printed for the closing note and measured by npm run bench.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../data/contract/contract.js';
import type { Envelope } from '../data/domain/envelope.js';
import { tempDir } from './support/tempFiles.js';
import { startHostProcess } from './support/webHostProcess.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a long check in the browser host', () => {
  it("leaves app.info answering while import.check reads a large file", { timeout: 300_000 }, async () => {
    // About 15 MB as Excel writes it in Spain: names with accents, decimal commas.
    const rows = Array.from({ length: 200_000 }, (_, i) => `Curso de mecánica eléctrica ${i};Spain;${(i % 400) + 0.5}`.replace('.', ','));
    const text = `\uFEFFNombre;País;Horas\r\n${rows.join('\r\n')}\r\n`;
    const file = { name: 'large.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
    const host = await startHostProcess(['--db', tmp.file('check.acmap')]);
    try {
      const { origin, searchParams } = new URL(host.url);
      const post = (operation: string, input: unknown) =>
        fetch(`${origin}/api/${operation}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-autocredify-token': searchParams.get('token') ?? '' },
          body: JSON.stringify(input),
        }).then((reply) => reply.json() as Promise<Envelope<unknown>>);

      let checkDone = false;
      const check = post('import.check', { file, key: 'nameCountry' }).then((envelope) => {
        checkDone = true;
        return envelope as Envelope<OperationOutput<'import.check'>>;
      });
      const answeredDuringCheck: number[] = [];
      while (!checkDone) {
        const started = performance.now();
        const info = await post('app.info', {});
        if (!checkDone) {
          expect(info.ok).toBe(true);
          answeredDuringCheck.push(performance.now() - started);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const result = await check;
      expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
      if (result.ok) expect(result.value.counts.new).toBe(200_000);
      // Several answers came while the check was still reading: the host's thread was free.
      expect(answeredDuringCheck.length).toBeGreaterThanOrEqual(20);
      console.log(`app.info answered ${answeredDuringCheck.length} times during the check, slowest ${Math.max(...answeredDuringCheck).toFixed(1)} ms`);
    } finally {
      await host.stop();
    }
  });
});
