/**
 * Runs one row (scenario × approach × corpus) in its own process, so its peak RSS is its own:
 * warm-up, timed runs, then one untimed run for recall. Prints one JSON line. A run that returns
 * its own measurement (a fresh process per run, as the pino rows) is taken at its word.
 */
import { readFileSync } from 'node:fs';
import { recallOf } from './corpus.js';
import { scenarios } from './scenarios/index.js';
import type { CorpusSpec, Measured } from './types.js';

export interface WorkerJob {
  readonly scenario: string;
  readonly approach: string;
  readonly corpus: CorpusSpec;
  readonly path: string;
  readonly plantedPath: string;
  readonly runs: number;
  /** Warm-up runs before the timed ones: the approach's own count, or none with --quick. */
  readonly warmups: number;
}

export interface WorkerResult {
  readonly seconds: number[];
  readonly bytes: number;
  readonly lines: number;
  readonly recall: number | null;
  readonly changedCleanLines: number | null;
  /** Share of lines the first tier sent to the rules, where the approach counts it. */
  readonly toRules: number | null;
  readonly peakRssKb: number;
  readonly extraPeakKb?: number;
  readonly batchBytes?: number;
  /** Runs that measured themselves (see Measured): per run, in ms; null otherwise. */
  readonly mainThreadMs: number[] | null;
  readonly logCallsMs: number[] | null;
  readonly mainThreadCpuMs: number[] | null;
  readonly processCpuMs: number[] | null;
}

const job = JSON.parse(process.argv[2] ?? '{}') as WorkerJob;
const approach = scenarios.find((s) => s.name === job.scenario)?.approaches.find((a) => a.name === job.approach);
if (approach === undefined) throw new Error(`no approach ${job.scenario}/${job.approach}`);

// Kind `requests`: each run generates its records in its own process; nothing to read here.
const generated = job.corpus.kind === 'requests';
const data = generated ? Buffer.alloc(0) : readFileSync(job.path);
const planted = new Map<number, string[]>(generated ? [] : (JSON.parse(readFileSync(job.plantedPath, 'utf8')) as [number, string[]][]));
let lines = generated ? (job.corpus.records ?? 0) : 0;
for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) lines++;
const prepared = await approach.prepare({ spec: job.corpus, data, path: job.path, lines });

const isMeasured = (value: unknown): value is Measured => typeof value === 'object' && value !== null && 'seconds' in value;
for (let i = 0; i < job.warmups; i++) await prepared.run();
const seconds: number[] = [];
const measured: Measured[] = [];
for (let i = 0; i < job.runs; i++) {
  const start = process.hrtime.bigint();
  const own = await prepared.run();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (isMeasured(own)) measured.push(own);
  seconds.push(isMeasured(own) ? own.seconds : elapsed);
}

let recall: number | null = null;
let changedCleanLines: number | null = null;
const output = prepared.output === undefined ? undefined : await prepared.output();
if (output !== undefined) {
  if (planted.size > 0) recall = recallOf(planted, output);
  if (job.corpus.kind === 'loghub') {
    const input = data.toString('utf8').replace(/\n$/, '').split('\n');
    changedCleanLines = input.filter((line, i) => output[i] !== line).length;
  }
}
prepared.dispose?.();
// Runs that checked their own output: the worst of them.
const recalls = measured.flatMap((m) => (m.recall === undefined ? [] : [m.recall]));
if (recalls.length > 0) recall = Math.min(...recalls);
const perRun = (key: 'mainThreadMs' | 'logCallsMs' | 'mainThreadCpuMs' | 'processCpuMs'): number[] | null => (measured.length > 0 && measured.every((m) => m[key] !== undefined) ? measured.map((m) => m[key] as number) : null);
const result: WorkerResult = {
  seconds,
  bytes: measured.length > 0 ? Math.max(...measured.map((m) => m.bytes)) : data.length,
  lines,
  recall,
  changedCleanLines,
  toRules: prepared.reached === undefined || lines === 0 ? null : prepared.reached() / lines,
  peakRssKb: prepared.childPeakRssKb?.() ?? process.resourceUsage().maxRSS,
  ...(prepared.extraPeakKb === undefined ? {} : { extraPeakKb: prepared.extraPeakKb() }),
  ...(prepared.batchBytes === undefined ? {} : { batchBytes: prepared.batchBytes }),
  mainThreadMs: perRun('mainThreadMs'),
  logCallsMs: perRun('logCallsMs'),
  mainThreadCpuMs: perRun('mainThreadCpuMs'),
  processCpuMs: perRun('processCpuMs'),
};
// Exit once the line is out: an approach may leave a helper process or sockets behind.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
