#!/usr/bin/env node
// Entry of the `autocredify` command: builds the command line's bundle on first use, then runs it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
execFileSync(process.execPath, ['build/build.mjs', '--if-missing', '--cli-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
await import(new URL('../../dist/electron/cli.mjs', import.meta.url).href);
