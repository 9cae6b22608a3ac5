/**
 * `archive` (issue 13): `logscrub scrub FILE -o OUT` on one big JSONL file (≥ 128 MiB: the corpus
 * repeated) and on its .gz, with --jobs 1 and 2, and `logscrub check` on the .gz, beside a
 * read/write passthrough of the same file and node's zlib inflating the .gz alone. Whole
 * processes, node start-up included; MB/s are of the uncompressed bytes in every row, so the .gz
 * rows compare with the gunzip row.
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync, createGzip } from 'node:zlib';
import { runProcess } from '../spawn.js';
import type { Approach, LoadedCorpus, Measured, Prepared, Scenario } from '../types.js';

const cli = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const baselines = fileURLToPath(new URL('../baselines/processes.js', import.meta.url));
/** The issue asks for ≥ 100 MB; a --quick run (4 MiB corpora) makes 16 MiB instead. */
const MIN_BYTES = 128 * 1024 * 1024;
const QUICK_BYTES = 16 * 1024 * 1024;

interface BigFiles {
  readonly plain: string;
  readonly gz: string;
  readonly bytes: number;
}

/** The corpus repeated to the size, and its .gz (gzip level 6, as most tools write), cached beside it. */
async function bigFiles(corpus: LoadedCorpus): Promise<BigFiles> {
  const target = corpus.data.length < QUICK_BYTES ? QUICK_BYTES : Math.max(MIN_BYTES, corpus.data.length);
  const copies = Math.ceil(target / corpus.data.length);
  const plain = join(dirname(corpus.path), `archive-${basename(corpus.path, '.log')}-x${copies}.log`);
  const gz = `${plain}.gz`;
  if (!existsSync(plain)) {
    writeFileSync(`${plain}.part`, '');
    for (let i = 0; i < copies; i++) appendFileSync(`${plain}.part`, corpus.data);
    renameSync(`${plain}.part`, plain);
  }
  if (!existsSync(gz)) {
    await pipeline(createReadStream(plain), createGzip({ level: 6 }), createWriteStream(`${gz}.part`));
    renameSync(`${gz}.part`, gz);
  }
  return { plain, gz, bytes: statSync(plain).size };
}

type Input = 'plain' | 'gz';

function approach(name: string, input: Input, argsFor: (file: string, out: string) => { args: string[]; stdin?: string; stdout?: string }, options: { role?: 'baseline' | 'limit'; okCodes?: number[]; recall?: boolean } = {}): Approach {
  return {
    name,
    ...(options.role === undefined ? {} : { role: options.role }),
    corpora: ['jsonl-1'],
    // Every run is a fresh process reading a file from the page cache: one warm-up fills the cache.
    warmups: 1,
    async prepare(corpus: LoadedCorpus): Promise<Prepared> {
      const files = await bigFiles(corpus);
      const file = input === 'plain' ? files.plain : files.gz;
      const dir = mkdtempSync(join(tmpdir(), 'logscrub-bench-archive-'));
      const out = join(dir, basename(file));
      let peak: number | undefined;
      const once = async (): Promise<Measured> => {
        rmSync(out, { force: true });
        const { args, stdin, stdout } = argsFor(file, out);
        const started = performance.now();
        const result = await runProcess(args, stdin ?? '/dev/null', stdout ?? '/dev/null', options.okCodes ?? [0]);
        const seconds = (performance.now() - started) / 1000;
        peak = Math.max(peak ?? 0, result.peakRssKb ?? 0);
        return { seconds, bytes: files.bytes };
      };
      return {
        run: once,
        ...(options.recall === true
          ? {
              async output() {
                await once();
                let bytes = readFileSync(out);
                if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
                // The first copy of the corpus: its planted secrets are listed by line.
                return bytes.subarray(0, corpus.data.length).toString('utf8').replace(/\n$/, '').split('\n');
              },
            }
          : {}),
        childPeakRssKb: () => peak,
        dispose: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  };
}

const scrub = (jobs: number) => (file: string, out: string) => ({ args: [cli, 'scrub', file, '-o', out, '--jobs', String(jobs), '-q'] });

export const archiveScenario: Scenario = {
  name: 'archive',
  description: 'logscrub scrub FILE -o OUT on a ≥ 128 MiB JSONL file and its .gz, whole processes',
  approaches: [
    approach('logscrub scrub file --jobs 1', 'plain', scrub(1), { recall: true }),
    approach('logscrub scrub file --jobs 2', 'plain', scrub(2), { recall: true }),
    approach('logscrub scrub .gz --jobs 1', 'gz', scrub(1), { recall: true }),
    approach('logscrub scrub .gz --jobs 2', 'gz', scrub(2), { recall: true }),
    approach('logscrub check .gz', 'gz', (file) => ({ args: [cli, 'check', file, '-q'], stdout: '/dev/null' }), { okCodes: [1] }),
    approach('plumbing: read/write passthrough', 'plain', (file, out) => ({ args: [baselines, 'passthrough'], stdin: file, stdout: out }), { role: 'limit' }),
    approach('plumbing: zlib gunzip only', 'gz', (file) => ({ args: [baselines, 'gunzip'], stdin: file }), { role: 'baseline' }),
  ],
};
