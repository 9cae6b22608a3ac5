/**
 * The archive CLI's rows (issue 13) as alternating whole processes, with the CPU time of each
 * beside its wall time: on a shared 2-core machine wall time moves 2–5× run to run, CPU time
 * barely, so ratios of CPU seconds are what a change can be judged by. Each round runs every row
 * once, in turn, so load spikes fall on all rows alike. `--cli` adds the rows of a second build
 * (A/B of a change: build the other commit elsewhere, point at its `dist/src/cli/main.js`).
 *
 *   node dist/bench/archive-ab.js [--size MiB] [--rounds N] [--cli OTHER_MAIN_JS]
 *
 * Input: the seeded jsonl-1 corpus (1% secret lines) repeated to `--size` (default 128 MiB) and
 * its .gz (level 6), cached in bench/.cache. MB/s are of the uncompressed bytes in every row.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, appendFileSync, renameSync, createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { generateCorpus } from './corpus.js';
import { runProcess } from './spawn.js';

const USAGE = `Usage: node dist/bench/archive-ab.js [--size MiB] [--rounds N] [--cli OTHER_MAIN_JS]

Runs the archive CLI rows (scrub plain and .gz with --jobs 1 and 2, check .gz) beside a read/write
passthrough and zlib gunzip alone, alternating, and prints wall and CPU seconds (median, min–max).
  --size MiB   input size (default 128)
  --rounds N   rounds of every row (default 5)
  --cli FILE   also run these rows with another build's dist/src/cli/main.js (A/B)
`;

let values;
try {
  ({ values } = parseArgs({ options: { size: { type: 'string' }, rounds: { type: 'string' }, cli: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  process.stderr.write(`archive-ab: ${(error as Error).message} (see --help)\n`);
  process.exit(2);
}
if (values.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const sizeMiB = Number(values.size ?? 128);
const rounds = Number(values.rounds ?? 5);
if (!(sizeMiB > 0) || !(rounds >= 1)) {
  process.stderr.write(`archive-ab: --size and --rounds take positive numbers (see --help)\n`);
  process.exit(2);
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repo, 'dist', 'src', 'cli', 'main.js');
const baselines = join(repo, 'dist', 'bench', 'baselines', 'processes.js');
const cache = join(repo, 'bench', '.cache');

/** The corpus repeated to the size, and its .gz, cached. */
async function inputs(): Promise<{ plain: string; gz: string; bytes: number }> {
  mkdirSync(cache, { recursive: true });
  const plain = join(cache, `archive-ab-jsonl-1-${sizeMiB}MiB.log`);
  const gz = `${plain}.gz`;
  if (!existsSync(plain)) {
    const corpus = generateCorpus({ kind: 'jsonl', bytes: Math.min(sizeMiB, 32) * 1024 * 1024, density: 0.01 });
    writeFileSync(`${plain}.part`, '');
    for (let done = 0; done < sizeMiB * 1024 * 1024; done += corpus.data.length) appendFileSync(`${plain}.part`, corpus.data);
    renameSync(`${plain}.part`, plain);
  }
  if (!existsSync(gz)) {
    await pipeline(createReadStream(plain), createGzip({ level: 6 }), createWriteStream(`${gz}.part`));
    renameSync(`${gz}.part`, gz);
  }
  return { plain, gz, bytes: statSync(plain).size };
}

interface Row {
  readonly name: string;
  readonly args: string[];
  readonly stdin?: string;
  readonly stdout?: string;
  readonly ok?: number[];
  readonly wall: number[];
  readonly cpu: number[];
  rss: number;
}

const { plain, gz, bytes } = await inputs();
const out = mkdtempSync(join(tmpdir(), 'logscrub-archive-ab-'));
const row = (name: string, args: string[], extra: Partial<Row> = {}): Row => ({ name, args, wall: [], cpu: [], rss: 0, ...extra });
const cliRows = (label: string, main: string): Row[] => [
  row(`${label}scrub plain --jobs 1`, [main, 'scrub', plain, '-o', join(out, 'p1.log'), '--jobs', '1', '-q']),
  row(`${label}scrub plain --jobs 2`, [main, 'scrub', plain, '-o', join(out, 'p2.log'), '--jobs', '2', '-q']),
  row(`${label}scrub .gz --jobs 1`, [main, 'scrub', gz, '-o', join(out, 'g1.log.gz'), '--jobs', '1', '-q']),
  row(`${label}scrub .gz --jobs 2`, [main, 'scrub', gz, '-o', join(out, 'g2.log.gz'), '--jobs', '2', '-q']),
  row(`${label}scrub .gz (default jobs)`, [main, 'scrub', gz, '-o', join(out, 'gd.log.gz'), '-q']),
  row(`${label}check .gz`, [main, 'check', gz, '-q'], { ok: [1] }),
];
const rows: Row[] = [
  row('passthrough (read/write)', [baselines, 'passthrough'], { stdin: plain, stdout: join(out, 'pass.log') }),
  row('zlib gunzip alone', [baselines, 'gunzip'], { stdin: gz }),
  ...cliRows('', cli),
  ...(values.cli === undefined ? [] : cliRows('B: ', values.cli)),
];

for (let round = 0; round < rounds; round++) {
  for (const r of rows) {
    const started = performance.now();
    const result = await runProcess(r.args, r.stdin ?? '/dev/null', r.stdout ?? '/dev/null', r.ok ?? [0]);
    r.wall.push((performance.now() - started) / 1000);
    r.cpu.push(result.cpuSeconds ?? Number.NaN);
    r.rss = Math.max(r.rss, (result.peakRssKb ?? 0) / 1024);
  }
  process.stderr.write(`round ${round + 1}/${rounds} done\n`);
}
rmSync(out, { recursive: true, force: true });

const median = (v: readonly number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
const range = (v: readonly number[]): string => `${Math.min(...v).toFixed(2)}–${Math.max(...v).toFixed(2)}`;
const mb = bytes / 1e6;
process.stdout.write(`${(bytes / 2 ** 20).toFixed(0)} MiB of jsonl-1, ${rounds} alternating rounds, Node ${process.version}\n\n`);
process.stdout.write('| row | wall s (min–max) | CPU s (min–max) | MB/s wall (best) | MB/s per CPU s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: |\n');
for (const r of rows) {
  process.stdout.write(
    `| ${r.name} | ${median(r.wall).toFixed(2)} (${range(r.wall)}) | ${median(r.cpu).toFixed(2)} (${range(r.cpu)}) | ${(mb / median(r.wall)).toFixed(0)} (${(mb / Math.min(...r.wall)).toFixed(0)}) | ${(mb / median(r.cpu)).toFixed(0)} | ${r.rss.toFixed(0)} |\n`,
  );
}
