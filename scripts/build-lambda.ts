/**
 * `npm run build:lambda [-- --out DIR] [--config FILE]`: a zip-ready folder for the Lambda
 * (issue 12). Zip its contents and deploy with the handler `index.handler` (subscription) or
 * `index.firehoseHandler` (Firehose).
 *
 *   src/lambda/handler.ts ──esbuild (bundle, ESM, node22)──▶ DIR/index.mjs
 *   node_modules/re2 (native addon, built by npm for THIS machine) ──▶ DIR/node_modules/re2
 *   --config FILE ──▶ DIR/logscrub.config.json (set LOGSCRUB_CONFIG=logscrub.config.json)
 *   DIR/BUILD.json: the architecture, Node ABI and glibc the addon needs
 *
 * re2 stays outside the bundle: a `.node` file cannot be inlined, and Node loads it from the
 * bundle's own node_modules. The addon is compiled for one CPU architecture, one Node ABI (major
 * version) and a minimum glibc: build on the Lambda's architecture with the runtime's Node major
 * (e.g. in the SAM build image), which this script checks and reports. The AWS SDK v3 is bundled,
 * so the function runs the version it was tested with, not whatever the runtime carries.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = `Usage: npm run build:lambda [-- [--out DIR] [--config FILE]]

Bundles logscrub/lambda for AWS Lambda into a folder to zip (default dist/lambda-bundle).

  --out DIR      the folder to write (emptied first)
  --config FILE  a logscrub config to ship in the bundle as logscrub.config.json
  -h, --help     show this help`;

/** Amazon Linux 2023 (the nodejs22.x and nodejs24.x runtimes) has glibc 2.34. */
const LAMBDA_GLIBC_MINOR = 34;

function fail(message: string): never {
  process.stderr.write(`build:lambda: ${message}\n`);
  process.exit(2);
}

let values: { out?: string; config?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  fail(`${(error as Error).message.split('\n')[0]}; see 'npm run build:lambda -- --help'`);
}
if (values.help === true) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const out = resolve(values.out ?? join(root, 'dist', 'lambda-bundle'));
const re2Dir = dirname(createRequire(join(root, 'package.json')).resolve('re2/package.json'));
const addon = join(re2Dir, 'build', 'Release', 're2.node');
if (!existsSync(addon)) fail(`${addon} is missing: run npm ci (re2 builds its addon on install)`);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'node_modules', 're2', 'build', 'Release'), { recursive: true });

await build({
  entryPoints: [join(root, 'src', 'lambda', 'handler.ts')],
  outfile: join(out, 'index.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['re2'],
  // CommonJS dependencies (fast-json-stringify, parts of the SDK) call require() for Node's
  // built-ins; an ES module has no require of its own.
  banner: { js: "import { createRequire as __logscrubCreateRequire } from 'node:module';\nconst require = __logscrubCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});

for (const file of ['package.json', 're2.js', 'LICENSE']) copyFileSync(join(re2Dir, file), join(out, 'node_modules', 're2', file));
copyFileSync(addon, join(out, 'node_modules', 're2', 'build', 'Release', 're2.node'));
// Debug symbols are most of the addon's size (about 20 MB of 21); strip them when binutils is here.
let stripped = true;
try {
  execFileSync('strip', ['--strip-unneeded', join(out, 'node_modules', 're2', 'build', 'Release', 're2.node')], { stdio: 'ignore' });
} catch {
  stripped = false;
}
if (values.config !== undefined) {
  try {
    JSON.parse(readFileSync(values.config, 'utf8'));
  } catch (error) {
    fail(`--config ${values.config}: ${(error as NodeJS.ErrnoException).code ?? 'not valid JSON'}`);
  }
  copyFileSync(values.config, join(out, 'logscrub.config.json'));
}

// The newest glibc symbol version the addon needs: Lambda's Amazon Linux must have it.
const glibc = Math.max(0, ...[...readFileSync(addon).toString('latin1').matchAll(/GLIBC_2\.(\d+)/g)].map((m) => Number(m[1])));
const major = Number(process.versions.node.split('.')[0]);
const arch = process.arch === 'x64' ? 'x86_64' : process.arch;
const manifest = { architecture: arch, runtime: `nodejs${major}.x`, nodeAbi: process.versions.modules, glibcRequired: `2.${glibc}`, builtWith: `node ${process.version}` };
writeFileSync(join(out, 'BUILD.json'), `${JSON.stringify(manifest, null, 2)}\n`);

process.stdout.write(`build:lambda: wrote ${out}\n  handlers: index.handler (subscription), index.firehoseHandler (Firehose), index.s3ObjectHandler (S3 Batch Operations, Distributed Map)\n  re2 addon: ${arch}, Node ABI ${process.versions.modules} (runtime ${manifest.runtime} only), glibc ≥ 2.${glibc}${stripped ? '' : ' (not stripped: no strip command)'}\n`);
if (arch !== 'x86_64' && arch !== 'arm64') process.stderr.write(`build:lambda: warning: Lambda runs x86_64 or arm64, this addon is ${arch}\n`);
if (major < 22) process.stderr.write(`build:lambda: warning: the addon is built for Node ${major}; Lambda's supported runtimes are nodejs22.x and nodejs24.x: build with that Node (see README)\n`);
if (glibc > LAMBDA_GLIBC_MINOR) process.stderr.write(`build:lambda: warning: the addon needs glibc 2.${glibc}, Lambda's Amazon Linux 2023 has 2.${LAMBDA_GLIBC_MINOR}: build in the SAM build image (see README)\n`);
