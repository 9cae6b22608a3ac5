import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
// The built modules: the file workers load dist/src/io/archive/file-worker.js (the suite's
// global setup builds dist/ first).
import { runFiles } from '../../../../dist/src/io/archive/run.js';
import { createScrubber } from '../../../../dist/src/index.js';

const s = createSampler(99);

describe('runFiles', () => {
  it('hands outcomes on in plan order, on threads or not, with the same results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-run-'));
    const files = Array.from({ length: 5 }, (_, i) => {
      const path = join(dir, `f${i}.log`);
      // The first file is the biggest, so it finishes last on threads.
      writeFileSync(path, `${`line ${i}\n`.repeat(i === 0 ? 200_000 : 10)}token ${s.jwt()}\n`);
      return { path, output: join(dir, 'out', `f${i}.log`), size: 1, mode: 0o644 };
    });
    const seen: string[][] = [[], []];
    const one = await runFiles(createScrubber(), files, { mode: 'scrub', format: 'auto', jobs: 1, onOutcome: (o) => seen[0]?.push(o.file) });
    const two = await runFiles(createScrubber(), files, { mode: 'scrub', format: 'auto', jobs: 2, onOutcome: (o) => seen[1]?.push(o.file) });
    expect(seen[0]).toEqual(files.map((f) => f.path));
    expect(seen[1]).toEqual(files.map((f) => f.path));
    expect(two.map((o) => o.result?.byRule)).toEqual(one.map((o) => o.result?.byRule));
    expect(readFileSync(join(dir, 'out', 'f3.log'), 'utf8')).toBe('line 3\n'.repeat(10) + 'token [REDACTED:jwt]\n');
  });

  it('hands findings on as found, each file’s after the files before it and before its outcome, on threads or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-run-'));
    const files = Array.from({ length: 4 }, (_, i) => {
      const path = join(dir, `f${i}.log`);
      // The first file is the biggest, so the others finish first on threads and their findings wait.
      writeFileSync(path, `token ${s.jwt()}\n${`line ${i}\n`.repeat(i === 0 ? 200_000 : 10)}token ${s.jwt()}\n`);
      return { path, size: 1, mode: 0o644 };
    });
    const expected = files.flatMap((f, i) => [`${f.path}:1`, `${f.path}:${(i === 0 ? 200_000 : 10) + 2}`, `done ${f.path}`]);
    for (const jobs of [1, 2]) {
      const seen: string[] = [];
      await runFiles(createScrubber(), files, {
        mode: 'check',
        format: 'auto',
        jobs,
        onFinding: (file, f) => seen.push(`${file}:${f.line}`),
        onOutcome: (o) => seen.push(`done ${o.file}`),
      });
      expect(seen, `jobs ${jobs}`).toEqual(expected);
    }
  });

  it('removes only the temp file of a worker that dies, not those other workers are still writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-run-'));
    const files = ['die.log', 'keep.log'].map((name) => {
      writeFileSync(join(dir, name), 'line\n');
      return { path: join(dir, name), output: join(dir, `out-${name}`), size: 1, mode: 0o644 };
    });
    const go = new BroadcastChannel('logscrub-dying-file-worker');
    const outcomes = await runFiles(createScrubber(), files, {
      mode: 'scrub',
      format: 'auto',
      jobs: 2,
      workerUrl: new URL('../../../support/dying-file-worker.mjs', import.meta.url),
      // The dead file's outcome comes first: only then may the other worker look at its temp file.
      onOutcome: (o) => (o.file === files[0]?.path ? go.postMessage('go') : undefined),
    });
    go.close();
    expect(outcomes.map((o) => o.failure)).toEqual(['the worker thread processing it stopped', 'its temp file was kept']);
    expect(existsSync(join(dir, `.logscrub-${process.pid}-test-0-out-die.log.tmp`))).toBe(false);
  });
});
