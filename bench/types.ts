/**
 * The shapes the harness passes around. A scenario is one small file in bench/scenarios/ that
 * lists its approaches; the runner and the report know nothing else about it.
 */
import type { CorpusKind } from './corpus.js';

/** A corpus the runner generates (or loads) once and writes to the cache folder. */
export interface CorpusSpec {
  readonly name: string;
  readonly kind: CorpusKind | 'loghub';
  readonly density: number;
}

/** What an approach gets: the corpus bytes and where they are on disk. */
export interface LoadedCorpus {
  readonly spec: CorpusSpec;
  readonly data: Buffer;
  readonly path: string;
  readonly lines: number;
}

/** An approach made ready to be timed. */
export interface Prepared {
  /** One timed run over the whole corpus. */
  run(): void | Promise<void>;
  /** One untimed run that returns the output lines, for recall; undefined when there is no output. */
  output?(): string[] | Promise<string[]>;
  /** Peak RSS of the work in KiB when it ran in a child process (else the worker's own is used). */
  childPeakRssKb?(): number | undefined;
  /** How far one batch raised a warm process's peak RSS, in KiB (the lambda scenario's memory goal). */
  extraPeakKb?(): number;
  /** The batch size that memory was measured on. */
  readonly batchBytes?: number;
}

export interface Approach {
  /** Shown in the report; baselines contain `naive`, `pino-redact`, or `plumbing`. */
  readonly name: string;
  /** `baseline`: ratios are taken against it; `limit`: the plumbing limit of the scenario. */
  readonly role?: 'baseline' | 'limit';
  /** Corpus names it runs on; `--quick` keeps the ones the quick set generates. */
  readonly corpora: readonly string[];
  prepare(corpus: LoadedCorpus): Prepared | Promise<Prepared>;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly approaches: readonly Approach[];
}

/** One row of bench/results/latest.json. */
export interface ResultRow {
  readonly scenario: string;
  readonly approach: string;
  readonly corpus: string;
  readonly mb_s: number;
  readonly lines_s: number;
  readonly peak_rss_mb: number;
  /** Share of planted secrets removed; null where the corpus has none (0%, loghub). */
  readonly recall: number | null;
  /** Lines changed that held no planted secret (false positives on loghub). */
  readonly changed_clean_lines: number | null;
  readonly runs: number;
  /** Slowest and fastest run, in MB/s. */
  readonly min: number;
  readonly max: number;
  readonly x_baseline: number | null;
  readonly x_limit: number | null;
  /** Lambda rows: the batch size, and the peak RSS one batch added to a warm process (MB). */
  readonly batch_mb?: number;
  readonly extra_peak_mb?: number;
}
