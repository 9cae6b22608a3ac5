/**
 * Vitest global setup: compile to `dist/` before any test runs, so the tests that run built code
 * (the CLI as a subprocess, the worker pool's threads) never run a stale build, whether the suite
 * was started by `npm test` or by `npx vitest run`. The same two steps as `npm run build`.
 *
 * And one temporary directory for the run, removed at its end: the tests' workers and the
 * processes they start inherit it as `TMPDIR`, so every `mkdtempSync(tmpdir())` of theirs lands
 * there. Before, each run left ~1,800 directories in /tmp.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = join(import.meta.dirname, '..', '..');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  // The command as users run it: one bundled file in place of tsc's dist/src/cli/main.js.
  execFileSync(process.execPath, [join(root, 'dist', 'scripts', 'build-cli.js')], { cwd: root, stdio: 'inherit' });
  const temp = mkdtempSync(join(tmpdir(), 'logscrub-tests-'));
  process.env.TMPDIR = temp;
  return () => {
    try {
      rmSync(temp, { recursive: true, force: true });
    } catch (error) {
      // A test that took a directory's permissions away (as non-root, it cannot be removed).
      console.warn(`could not remove the tests' temporary directory ${temp}: ${(error as Error).message}`);
    }
  };
}
