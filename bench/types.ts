/**
 * The shapes the harness passes around. A scenario is one small file in bench/scenarios/ that
 * lists its approaches; the runner and the report know nothing else about it.
 */
import type { CorpusKind } from './corpus.js';

/**
 * A corpus the runner generates (or loads) once and writes to the cache folder; or, kind
 * `requests`, records each run generates itself in its own process (seeded), nothing cached.
 */
export interface CorpusSpec {
  readonly name: string;
  readonly kind: CorpusKind | 'loghub' | 'requests';
  readonly density: number;
  /** Kind `jsonl`: the share of lines that carry a person's name and a message beyond ASCII. */
  readonly intl?: number;
  /** Kind `requests`: how many records a run logs. */
  readonly records?: number;
}

/** What an approach gets: the corpus bytes and where they are on disk (kind `requests`: no bytes, no path). */
export interface LoadedCorpus {
  readonly spec: CorpusSpec;
  readonly data: Buffer;
  readonly path: string;
  readonly lines: number;
}

/**
 * What a run measured itself, when the harness's clock around `run()` would time the wrong thing
 * (a run in a fresh process times its own work, not node's start-up or its input's generation).
 */
export interface Measured {
  readonly seconds: number;
  /** Bytes the run wrote, for MB/s. */
  readonly bytes: number;
  /** Main-thread event-loop time (active, ELU) while logging, in ms. */
  readonly mainThreadMs?: number;
  /** Time inside the logging calls on the main thread, in ms. */
  readonly logCallsMs?: number;
  /** CPU time of the main thread while logging, in ms (what it used, not what it waited for a core). */
  readonly mainThreadCpuMs?: number;
  /** CPU time of the whole process, every thread, from the first log call until the file is complete, in ms. */
  readonly processCpuMs?: number;
  /** Share of planted secrets absent from what the run wrote. */
  readonly recall?: number;
}

/** An approach made ready to be timed. */
export interface Prepared {
  /** One timed run over the whole corpus; returns its own measurement if it took one. */
  run(): void | Measured | Promise<void | Measured>;
  /** One untimed run that returns the output lines, for recall; undefined when there is no output. */
  output?(): string[] | Promise<string[]>;
  /** Lines that reached the rules (tier 2), for the engine rows' share of lines woken. */
  reached?(): number;
  /** Peak RSS of the work in KiB when it ran in a child process (else the worker's own is used). */
  childPeakRssKb?(): number | undefined;
  /** How far one batch raised a warm process's peak RSS, in KiB (the lambda scenario's memory goal). */
  extraPeakKb?(): number;
  /** The batch size that memory was measured on. */
  readonly batchBytes?: number;
  /** Removes what `prepare` left on disk (an output file as big as the corpus), once measured. */
  dispose?(): void;
}

export interface Approach {
  /** Shown in the report; baselines contain `naive`, `pino-redact`, or `plumbing`. */
  readonly name: string;
  /** `baseline`: ratios are taken against it; `limit`: the plumbing limit of the scenario. */
  readonly role?: 'baseline' | 'limit';
  /** Corpus names it runs on; `--quick` keeps the ones the quick set generates. */
  readonly corpora: readonly string[];
  /** Warm-up runs, if not the harness's: 0 where every run is a fresh process (nothing to warm). */
  readonly warmups?: number;
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
  /** Share of lines the first tier sent to the rules (engine rows); null where not measured. */
  readonly to_rules?: number | null;
  readonly runs: number;
  /** Slowest and fastest run, in MB/s. */
  readonly min: number;
  readonly max: number;
  /** × the baseline's (and the limit's) lines/s: the inverse ratio of their times. */
  readonly x_baseline: number | null;
  readonly x_limit: number | null;
  /** Lambda rows: the batch size, and the peak RSS one batch added to a warm process (MB). */
  readonly batch_mb?: number;
  readonly extra_peak_mb?: number;
  /** Rows that measured themselves: median wall seconds, slowest and fastest. */
  readonly seconds?: number;
  readonly seconds_min?: number;
  readonly seconds_max?: number;
  /** Median main-thread event-loop time while logging (ELU active), and inside the logging calls, ms. */
  readonly main_thread_ms?: number | null;
  readonly log_calls_ms?: number | null;
  /** Median main-thread CPU time while logging, ms (Linux). */
  readonly main_thread_cpu_ms?: number | null;
  /** Median CPU time of the whole process (main thread, worker, I/O threads), ms. */
  readonly process_cpu_ms?: number | null;
}
