/**
 * Runs one row (scenario × approach × corpus) in its own process, so its peak RSS is its own:
 * warm-up, timed runs, then one untimed run for recall. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { recallOf } from './corpus.js';
import { scenarios } from './scenarios/index.js';
import type { CorpusSpec } from './types.js';

export interface WorkerJob {
  readonly scenario: string;
  readonly approach: string;
  readonly corpus: CorpusSpec;
  readonly path: string;
  readonly plantedPath: string;
  readonly runs: number;
  readonly warmups: number;
}

export interface WorkerResult {
  readonly seconds: number[];
  readonly bytes: number;
  readonly lines: number;
  readonly recall: number | null;
  readonly changedCleanLines: number | null;
  readonly peakRssKb: number;
  readonly extraPeakKb?: number;
  readonly batchBytes?: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as WorkerJob;
const approach = scenarios.find((s) => s.name === job.scenario)?.approaches.find((a) => a.name === job.approach);
if (approach === undefined) throw new Error(`no approach ${job.scenario}/${job.approach}`);

const data = readFileSync(job.path);
const planted = new Map<number, string[]>(JSON.parse(readFileSync(job.plantedPath, 'utf8')) as [number, string[]][]);
let lines = 0;
for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) lines++;
const prepared = await approach.prepare({ spec: job.corpus, data, path: job.path, lines });

for (let i = 0; i < job.warmups; i++) await prepared.run();
const seconds: number[] = [];
for (let i = 0; i < job.runs; i++) {
  const start = process.hrtime.bigint();
  await prepared.run();
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
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
const result: WorkerResult = {
  seconds,
  bytes: data.length,
  lines,
  recall,
  changedCleanLines,
  peakRssKb: prepared.childPeakRssKb?.() ?? process.resourceUsage().maxRSS,
  ...(prepared.extraPeakKb === undefined ? {} : { extraPeakKb: prepared.extraPeakKb() }),
  ...(prepared.batchBytes === undefined ? {} : { batchBytes: prepared.batchBytes }),
};
// Exit once the line is out: an approach may leave a helper process or sockets behind.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
