/**
 * Vitest global setup: compile to `dist/` before any test runs, so the tests that run built code
 * (the CLI as a subprocess, the worker pool's threads) never run a stale build, whether the suite
 * was started by `npm test` or by `npx vitest run`. The same two steps as `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export default function build(): void {
  const root = join(import.meta.dirname, '..', '..');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  // The command as users run it: one bundled file in place of tsc's dist/src/cli/main.js.
  execFileSync(process.execPath, [join(root, 'dist', 'scripts', 'build-cli.js')], { cwd: root, stdio: 'inherit' });
}
