/**
 * `npm run build` (after tsc): the `logscrub` command as one bundled file (issue 9: start-up).
 *
 *   src/cli/main.ts ─────────esbuild (bundle, CJS)──▶ dist/src/cli/cli.js    (bin: main.js, a stub)
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
 *
 * The built-in catalog comes evaluated (issue 9, round 2): running `patterns/` (regex sources
 * built from parts, key lists from the vocabulary, seeded examples) cost ~28 ms of CPU at every
 * start, as much as the rest of the CLI. The bundle sees `patterns/index.ts` through
 * `embeddedCatalog()`: `builtinRules` is read from `builtin-rules.json`, which this script writes
 * by evaluating tsc's `dist/patterns/index.js`, so a rule added to `patterns/` reaches the next
 * build with nothing to list. `catalog(vocabulary)`, needed only when a config adds
 * `sensitiveKeys` or `safeKeys`, still runs the real modules, bundled apart into `catalog.cjs`
 * (CommonJS, so it can be required synchronously on that first call): inside the bundle they cost
 * their parse at every start even unevaluated. tests/integration/cli-bundle.test.ts checks that
 * the JSON equals what `patterns/` evaluates to, so a stale catalog cannot ship.
 *
 *   dist/patterns/index.js ──evaluated here──▶ dist/src/cli/builtin-rules.json   (read at start)
 *   patterns/index.ts ─────esbuild (bundle, CJS)──▶ dist/src/cli/catalog.cjs     (extra keys only)
 */
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { builtinRules } from '../patterns/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `builtinRules` as `patterns/` evaluates it, beside the bundle (`dist/` only, never committed). */
const RULES_FILE = 'builtin-rules.json';

/** The real `patterns/index.ts`, bundled on its own (CommonJS, so that it can load synchronously). */
const CATALOG_FILE = 'catalog.cjs';

/**
 * `patterns/index.ts` as the bundle sees it: the same exports, `builtinRules` already evaluated.
 * Frozen as `patterns/index.ts` freezes it: the array, not the specs (plain data, cloned into workers).
 */
function embeddedCatalog(projectRoot: string): Plugin {
  const index = join(projectRoot, 'patterns', 'index.ts');
  const contents = [
    "import { createRequire } from 'node:module';",
    "export { defaultVocabulary } from './vocabulary.js';",
    '// A JSON file through require: ~1 ms to read and parse, where the same JSON as a string literal',
    "// in the bundle cost ~8 ms of CPU at start (measured with bench/startup.ts).",
    `export const builtinRules = Object.freeze(createRequire(import.meta.url)('./${RULES_FILE}'));`,
    'export const builtinPatterns = builtinRules;',
    '// The rule modules load on the first call only: a config with extra keys.',
    `export function catalog(vocabulary) { return createRequire(import.meta.url)('./${CATALOG_FILE}').catalog(vocabulary); }`,
  ].join('\n');
  return {
    name: 'embedded-catalog',
    setup(b) {
      b.onResolve({ filter: /(^|[/\\])index\.js$/ }, (args) => {
        if (resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) !== index) return undefined;
        return { path: index, namespace: 'embedded-catalog' };
      });
      b.onLoad({ filter: /.*/, namespace: 'embedded-catalog' }, () => ({ contents, loader: 'ts', resolveDir: dirname(index) }));
    },
  };
}

const outdir = join(root, 'dist', 'src', 'cli');
// tsc's modules here (main.js, s3.js) are ES modules, which this directory no longer holds
// (see its package.json below), and older builds left hashed chunks: drop them all.
for (const name of readdirSync(outdir)) if (/\.(c?js)(\.map)?$/.test(name)) rmSync(join(outdir, name));
// CommonJS, not ESM (issue 9, round 2): an ES module entry costs Node its ESM loader (async
// module jobs, resolution, a facade per builtin that evaluates every lazy export: node:fs loads
// all of streams, node:util its MIME parser), ~8 ms of CPU at start. `bin` keeps its path: a
// package.json here makes every .js in this directory CommonJS.
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
writeFileSync(join(outdir, RULES_FILE), JSON.stringify(builtinRules));
await build({
  entryPoints: [
    { in: join(root, 'src', 'cli', 'main.ts'), out: 'cli' },
    { in: join(root, 'src', 'io', 'pool-worker.ts'), out: 'pool-worker' },
    { in: join(root, 'src', 'io', 'archive', 'file-worker.ts'), out: 'file-worker' },
  ],
  outdir,
  bundle: true,
  // What only some runs need (s3://, envelopes, whose fast-json-stringify schemas compile at load)
  // is reached through `await import()`, which esbuild turns into a lazy initialiser in a CommonJS
  // bundle: parsed at start (~1 ms), evaluated only when used. Evaluated at load, it cost ~350 ms.
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // `import.meta.url` (createRequire, `new URL('./pool-worker.js', …)`, package.json) is the file's URL.
  define: { 'import.meta.url': '__logscrubFileUrl' },
  // "use strict" first, or the banner would push esbuild's out of the prologue: ES modules are strict.
  banner: { js: '"use strict";const __logscrubFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  // Less to read and parse at every start; names stay, and the source map leads back.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [embeddedCatalog(root)],
});
await build({
  entryPoints: [join(root, 'patterns', 'index.ts')],
  outfile: join(outdir, CATALOG_FILE),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// `bin` turns V8's compile cache on before it loads the bundle (Node ≥ 22.1; a no-op before):
// compiling the bundle's code is most of what is left of its start-up, and a cached compile saved
// ~2.5 ms of CPU a start on Node 22 (bench/startup.ts). The cache lives in the OS temp directory
// (NODE_COMPILE_CACHE moves it, NODE_DISABLE_COMPILE_CACHE=1 turns it off) and is checked
// against each file's content, so a rebuilt bundle is compiled afresh.
writeFileSync(
  join(outdir, 'main.js'),
  ['#!/usr/bin/env node', '"use strict";', 'require("node:module").enableCompileCache?.();', 'require("./cli.js");', ''].join('\n'),
);
chmodSync(join(outdir, 'main.js'), 0o755);
