/**
 * `npm run build` (after tsc): the `logscrub` command as one bundled file (issue 9: start-up).
 *
 *   src/cli/main.ts ─────────esbuild (bundle, ESM)──▶ dist/src/cli/main.js   (replaces tsc's)
 *   src/io/pool-worker.ts ───────────────────────────▶ dist/src/cli/pool-worker.js
 *   src/io/archive/file-worker.ts ───────────────────▶ dist/src/cli/file-worker.js
 *
 * Node resolves, reads and links each ES module on its own: the CLI's ~60 modules cost more than
 * the rest of `logscrub scrub < /dev/null` (compiles are lazy). One file keeps `bin` and every
 * path in it where tsc put them: `../../../package.json` for `--version`, and the worker threads
 * the bundled code starts with `new URL('./pool-worker.js', import.meta.url)` (and
 * `./file-worker.js`), which esbuild leaves as they are, so each worker is bundled beside it.
 * The library entry points (`dist/src/index.js`, `logscrub/pino`, …) stay tsc's modules.
 *
 * Packages stay outside (`re2` is a native addon; the AWS SDK is an optional peer, loaded only
 * for `s3://`): Node loads them from node_modules as before, so the bundle works after `npm ci`
 * and through `npx logscrub`.
 */
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'src', 'cli');
// A chunk's name carries its hash: drop the last build's chunks, or they pile up.
for (const name of readdirSync(outdir)) if (/-[A-Z0-9]{8}\.js(\.map)?$/.test(name)) rmSync(join(outdir, name));

await build({
  entryPoints: [
    { in: join(root, 'src', 'cli', 'main.ts'), out: 'main' },
    { in: join(root, 'src', 'io', 'pool-worker.ts'), out: 'pool-worker' },
    { in: join(root, 'src', 'io', 'archive', 'file-worker.ts'), out: 'file-worker' },
  ],
  outdir,
  bundle: true,
  // What only some runs need (s3://, envelopes, whose fast-json-stringify schemas compile at load)
  // stays in chunks loaded on demand: inlined, it cost ~350 ms of CPU at every start. Chunks sit
  // beside the entries: code that starts a worker (`new URL('./pool-worker.js', import.meta.url)`)
  // may land in one, and must find the worker in its own directory.
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
chmodSync(join(outdir, 'main.js'), 0o755);
