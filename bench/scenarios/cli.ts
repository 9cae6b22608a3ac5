/**
 * `cli`: `logscrub scrub` stdin → stdout as a whole process, against the naive redactor as a
 * process and the plumbing limits (a passthrough pipe, line splitting alone).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../spawn.js';
import type { Approach, LoadedCorpus, Prepared, Scenario } from '../types.js';

/** Worker threads for the parallel row: one per core, as the CLI's default past 256 MiB. */
const JOBS = Math.min(availableParallelism(), 4);
const cli = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const baselines = fileURLToPath(new URL('../baselines/processes.js', import.meta.url));

function processApproach(name: string, args: readonly string[], role?: 'baseline' | 'limit'): Approach {
  return {
    name,
    ...(role === undefined ? {} : { role }),
    // reqlog-1: issue 9's goals are set on the request log (run with `--size 256` for its ≥ 256 MB).
    corpora: ['jsonl-1', 'jsonl-10', 'text-1', 'reqlog-1'],
    prepare(corpus: LoadedCorpus): Prepared {
      let peak: number | undefined;
      return {
        async run() {
          const result = await runProcess(args, corpus.path, '/dev/null');
          peak = Math.max(peak ?? 0, result.peakRssKb ?? 0);
        },
        async output() {
          const dir = mkdtempSync(join(tmpdir(), 'logscrub-bench-'));
          try {
            const out = join(dir, 'out');
            await runProcess(args, corpus.path, out);
            return readFileSync(out, 'utf8').replace(/\n$/, '').split('\n');
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
        childPeakRssKb: () => peak,
      };
    },
  };
}

export const cliScenario: Scenario = {
  name: 'cli',
  description: 'whole processes, stdin → stdout (/dev/null), node startup included',
  approaches: [
    processApproach('logscrub scrub', [cli, 'scrub']),
    processApproach('logscrub scrub --jobs 1', [cli, 'scrub', '--jobs', '1']),
    processApproach(`logscrub scrub --jobs ${JOBS}`, [cli, 'scrub', '--jobs', String(JOBS)]),
    processApproach('naive (process)', [baselines, 'naive'], 'baseline'),
    processApproach('plumbing: passthrough pipe', [baselines, 'passthrough'], 'limit'),
    processApproach('plumbing: line split only', [baselines, 'split']),
  ],
};
