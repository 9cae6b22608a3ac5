/**
 * `npm run bench [-- <scenario…>] [--quick] [--size MiB] [--records N] [--compare FILE]`
 *
 *   seeded corpora (bench/.cache) ─▶ one worker process per row ─▶ rows ─▶ table, goals,
 *                                                                         latest.json, latest.svg
 *
 * Every row is the median of its timed runs after warm-up runs (none with --quick), with min
 * and max: in-process approaches are measured warm, as a long-lived transport or Lambda runs. Ratios are taken
 * within this run only (the machine is shared and noisy; absolute numbers move, ratios less).
 * The pino rows are apps: every run a fresh process that generates its records and times itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.js';
import { checkGoals, compareMarkdown, goalsMarkdown, markdownTable, PINO_NOTE, pinoMarkdown, svgChart } from './report.js';
import { scenarios } from './scenarios/index.js';
import type { CorpusSpec, ResultRow } from './types.js';
import type { WorkerJob, WorkerResult } from './worker.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cacheDir = join(repo, 'bench', '.cache');
const resultsDir = join(repo, 'bench', 'results');
const loghub = join(repo, '..', 'shared', 'corpus', 'loghub');

const USAGE = `Usage: npm run bench [-- [SCENARIO…] [--quick] [--size MiB] [--records N] [--compare FILE]]

Measures throughput of each scenario against its baselines; writes bench/results/latest.{json,svg,md}.

  SCENARIO        run only these scenarios (${scenarios.map((s) => s.name).join(', ')}); default: all
  --quick         small corpora, few runs: a smoke run in seconds, not a measurement
  --size MiB      size of each generated corpus (default 32; 4 with --quick)
  --records N     records the pino scenario logs per run (default 1000000; 20000 with --quick)
  --compare FILE  also print the ratio changes against a saved latest.json
  -h, --help      show this help`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      quick: { type: 'boolean' },
      compare: { type: 'string' },
      size: { type: 'string' },
      records: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  const first = (error as Error).message.split('\n')[0]?.replace(/\. To specify .*$/, '').replace(/\.$/, '');
  process.stderr.write(`bench: ${first}; see 'npm run bench -- --help'\n`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help === true) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const quick = values.quick === true;
const sizeMiB = values.size === undefined ? (quick ? 4 : 32) : Number(values.size);
if (!Number.isInteger(sizeMiB) || sizeMiB < 1) {
  process.stderr.write(`bench: --size takes a whole number of MiB, received ${values.size}\n`);
  process.exit(2);
}
const corpusBytes = sizeMiB * 1024 * 1024;
const records = values.records === undefined ? (quick ? 20_000 : 1_000_000) : Number(values.records);
if (!Number.isInteger(records) || records < 1) {
  process.stderr.write(`bench: --records takes a whole number, received ${values.records}\n`);
  process.exit(2);
}
// --quick proves the harness works: one run of each row, no warm-up (an approach's own warm-up
// count is for measuring, and nothing is measured here).
const runs = quick ? 1 : 5;
const warmups = quick ? 0 : 3;

const ALL_CORPORA: readonly CorpusSpec[] = [
  { name: 'jsonl-0', kind: 'jsonl', density: 0 },
  { name: 'jsonl-1', kind: 'jsonl', density: 0.01 },
  { name: 'jsonl-10', kind: 'jsonl', density: 0.1 },
  // A fifth of the lines with names and messages beyond ASCII: the engine's second automaton runs.
  { name: 'jsonl-intl-1', kind: 'jsonl', density: 0.01, intl: 0.2 },
  { name: 'text-1', kind: 'text', density: 0.01 },
  { name: 'loghub', kind: 'loghub', density: 0 },
  { name: 'events', kind: 'events', density: 0 },
  { name: 'adonis-1', kind: 'requests', density: 0.01, records },
  { name: 'reqlog-1', kind: 'reqlog', density: 0.01 },
  { name: 'reqlog-10', kind: 'reqlog', density: 0.1 },
  { name: 'adversarial', kind: 'adversarial', density: 0 },
];
// One corpus for each scenario (and loghub's false positives): --quick runs every approach once.
const QUICK_CORPORA = new Set(['jsonl-1', 'loghub', 'events', 'adonis-1']);

const unknown = positionals.filter((name) => !scenarios.some((s) => s.name === name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}\n`);
  process.exit(2);
}
const chosen = scenarios.filter((s) => positionals.length === 0 || positionals.includes(s.name));

/** Writes a corpus and its planted-secret sidecar to the cache; returns their paths. */
function materialise(spec: CorpusSpec): { path: string; plantedPath: string } | undefined {
  // Generated by each run in its own process, from the seed.
  if (spec.kind === 'requests') return { path: '', plantedPath: '' };
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, `${spec.name}-${corpusBytes}.log`);
  const plantedPath = `${path}.planted.json`;
  if (existsSync(path) && existsSync(plantedPath)) return { path, plantedPath };
  if (spec.kind === 'loghub') {
    if (!existsSync(loghub)) {
      process.stderr.write(`bench: skipping the loghub corpus: ${loghub} is absent (it ships beside the repository)\n`);
      return undefined;
    }
    const files = readdirSync(loghub).filter((f) => f.endsWith('.log')).sort();
    writeFileSync(path, Buffer.concat(files.map((f) => readFileSync(join(loghub, f)))));
    writeFileSync(plantedPath, '[]');
    return { path, plantedPath };
  }
  const corpus = generateCorpus({ kind: spec.kind, bytes: corpusBytes, density: spec.density, ...(spec.intl === undefined ? {} : { intl: spec.intl }) });
  writeFileSync(path, corpus.data);
  writeFileSync(plantedPath, JSON.stringify([...corpus.planted]));
  return { path, plantedPath };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const rows: ResultRow[] = [];
const started = Date.now();
for (const scenario of chosen) {
  for (const spec of ALL_CORPORA) {
    if (quick && !QUICK_CORPORA.has(spec.name)) continue;
    const approaches = scenario.approaches.filter((a) => a.corpora.includes(spec.name));
    if (approaches.length === 0) continue;
    const files = materialise(spec);
    if (files === undefined) continue;
    const group: { row: Omit<ResultRow, 'x_baseline' | 'x_limit'>; role: string | undefined }[] = [];
    for (const approach of approaches) {
      process.stderr.write(`bench: ${scenario.name} · ${spec.name} · ${approach.name} …\n`);
      const job: WorkerJob = { scenario: scenario.name, approach: approach.name, corpus: spec, ...files, runs, warmups: quick ? 0 : (approach.warmups ?? warmups) };
      const out = execFileSync(process.execPath, [join(here, 'worker.js'), JSON.stringify(job)], { maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
      const result = JSON.parse(out.toString()) as WorkerResult;
      const mb = result.bytes / 1e6;
      const seconds = median(result.seconds);
      const selfTimed = result.mainThreadMs !== null;
      group.push({
        role: approach.role,
        row: {
          scenario: scenario.name,
          approach: approach.name,
          corpus: spec.name,
          mb_s: mb / seconds,
          lines_s: result.lines / seconds,
          peak_rss_mb: result.peakRssKb / 1024,
          recall: result.recall,
          changed_clean_lines: result.changedCleanLines,
          to_rules: result.toRules,
          runs: result.seconds.length,
          min: mb / Math.max(...result.seconds),
          max: mb / Math.min(...result.seconds),
          ...(result.batchBytes === undefined ? {} : { batch_mb: result.batchBytes / 2 ** 20 }),
          ...(result.extraPeakKb === undefined ? {} : { extra_peak_mb: result.extraPeakKb / 1024 }),
          ...(selfTimed
            ? {
                seconds,
                seconds_min: Math.min(...result.seconds),
                seconds_max: Math.max(...result.seconds),
                main_thread_ms: result.mainThreadMs === null ? null : median(result.mainThreadMs),
                log_calls_ms: result.logCallsMs === null ? null : median(result.logCallsMs),
                main_thread_cpu_ms: result.mainThreadCpuMs === null ? null : median(result.mainThreadCpuMs),
                process_cpu_ms: result.processCpuMs === null ? null : median(result.processCpuMs),
              }
            : {}),
        },
      });
    }
    // Ratios of lines/s: the same records in every row of a group, so the inverse ratio of their
    // times (MB/s would differ where a row writes fewer bytes: a redaction's placeholders).
    const baseline = group.find((g) => g.role === 'baseline')?.row.lines_s;
    const limit = group.find((g) => g.role === 'limit')?.row.lines_s;
    for (const { row } of group) {
      rows.push({ ...row, x_baseline: baseline === undefined ? null : row.lines_s / baseline, x_limit: limit === undefined ? null : row.lines_s / limit });
    }
  }
}

const cpu = cpus();
const pinoRan = rows.some((r) => r.scenario === 'pino');
const machine = `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}; MB = 10^6 bytes; median of ${runs} runs after ${warmups} warm-up runs; generated corpora of ${sizeMiB} MiB${pinoRan ? `; pino: ${records.toLocaleString('en-US')} records a run, each run a fresh process, no warm-up` : ''}`;
const goals = checkGoals(rows);
const quickNote = quick ? ['', '_--quick: small corpora and few runs, a smoke check. Process start-up weighs heavily at this size; judge the goals on a full run._'] : [];
const pinoSection = pinoRan ? ['', '## pino: AdonisJS request logs into a file', '', pinoMarkdown(rows), '', PINO_NOTE] : [];
const report = [`# logscrub benchmark`, '', machine, '', markdownTable(rows), ...pinoSection, '', '## Goals', '', goalsMarkdown(goals), ...quickNote].join('\n');
process.stdout.write(`${report}\n`);

mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync(join(resultsDir, 'latest.svg'), svgChart(rows, machine));
writeFileSync(join(resultsDir, 'latest.md'), `${report}\n`);
if (values.compare !== undefined) {
  const saved = JSON.parse(readFileSync(values.compare, 'utf8')) as ResultRow[];
  process.stdout.write(`\n## Against ${values.compare}\n\n${compareMarkdown(rows, saved)}\n`);
}
process.stderr.write(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s; wrote bench/results/latest.{json,svg,md}\n`);
