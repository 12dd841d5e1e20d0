// Electronegativity on the Electron code: every finding must be explained in
// build/electronegativity-allowlist.json, or this exits non-zero. The tool is fetched with npx
// (it pulls in an old TypeScript and eslint, so it is no dependency of ours) and told the Electron
// version, or it waits on the network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const allowlist = JSON.parse(readFileSync(join(root, 'build', 'electronegativity-allowlist.json'), 'utf8'));
// SARIF (JSON) rather than the tool's CSV, whose rows it does not always quote consistently.
const out = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'findings.sarif');

const run = spawnSync('npx', ['-y', '-p', '@doyensec/electronegativity@1.10.3', 'electronegativity', '-i', join(root, 'electron'), '-e', electronVersion, '-o', out], {
  cwd: root,
  encoding: 'utf8',
  timeout: 300_000,
});
if (run.status !== 0 || !existsSync(out)) {
  console.error(`Electronegativity could not run (exit ${run.status}): ${run.stderr?.slice(-500) ?? ''}`);
  console.error('WARNING: the Electron security scan did not run; nothing was checked.');
  process.exit(process.env.ELECTRONEGATIVITY_REQUIRED === '1' ? 1 : 0);
}
const sarif = JSON.parse(readFileSync(out, 'utf8'));
const findings = (sarif.runs ?? []).flatMap((run) =>
  (run.results ?? []).map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    return {
      issue: result.ruleId ?? '(no rule id)',
      level: result.level ?? 'unknown',
      filename: location?.artifactLocation?.uri ?? '',
      location: location?.region ? `${location.region.startLine}:${location.region.startColumn ?? 0}` : '?',
      description: result.message?.text ?? '',
    };
  }),
);
let unexplained = 0;
for (const f of findings) {
  const file = f.filename ? relative(root, f.filename.replace(/^file:\/\//, '')) : '';
  const reason = allowlist.find((a) => a.issue === f.issue && a.file === file)?.reason;
  console.log(`${reason ? 'explained  ' : 'UNEXPLAINED'} ${f.issue} (${f.level}) ${file}:${f.location}`);
  if (reason) console.log(`            ${reason}`);
  else {
    console.log(`            ${f.description}`);
    unexplained++;
  }
}
console.log(`Electronegativity: ${findings.length} findings, ${unexplained} unexplained.`);
process.exit(unexplained > 0 ? 1 : 0);
