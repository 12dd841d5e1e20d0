/** Everything one run measured, as the report reads it. */
import type { BrowserFigure } from './browserBench.js';
import type { MergeFigure, SaveAsFigure } from './fileBench.js';
import type { ImportFigure } from './importBench.js';
import type { Machine } from './machine.js';
import type { QueryFigure } from './queryBench.js';

export interface SizeResults {
  practices: number;
  scores: number;
  megabytes: number;
  generatedIn: number | null;
  queries: QueryFigure[];
  imports: ImportFigure[];
  saveAs: SaveAsFigure | null;
  browser: BrowserFigure | null;
  /** Measurements that failed in this run, with the error: the rest of the run goes on. */
  failures: string[];
}

export interface BenchResults {
  date: string;
  command: string;
  runs: number;
  seconds: number;
  machine: Machine;
  sizes: SizeResults[];
  merge: MergeFigure & { practices: number };
}
