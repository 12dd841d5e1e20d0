/** Timing and summaries for the benchmarks: wall-clock milliseconds, percentiles by nearest rank. */
import { spawnSync } from 'node:child_process';

export function now(): number {
  return performance.now();
}

/** The nearest-rank percentile (p in 0..100) of a list of samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface Spread {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export function spread(samples: readonly number[]): Spread {
  return { runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

/** Runs `body` `runs` times after `warmup` untimed runs; `before` runs untimed ahead of each. */
export function repeat(runs: number, body: (i: number) => unknown, options: { warmup?: number; before?: (i: number) => void } = {}): number[] {
  for (let i = 0; i < (options.warmup ?? 2); i++) {
    options.before?.(i);
    body(i);
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    options.before?.(i);
    const started = now();
    body(i);
    samples.push(now() - started);
  }
  return samples;
}

export async function timeAsync(body: () => Promise<unknown>): Promise<number> {
  const started = now();
  await body();
  return now() - started;
}

export function time(body: () => unknown): number {
  const started = now();
  body();
  return now() - started;
}

/** Runs a command to completion and returns its wall time, process start included; throws on failure. */
export function timeCommand(command: string, args: string[]): number {
  const started = now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error?.message}`);
  return elapsed;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function ratio(ours: number, reference: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference <= 0) return '–';
  const r = ours / reference;
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
