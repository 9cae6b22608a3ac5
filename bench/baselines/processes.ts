/**
 * Whole-process baselines for the `cli` scenario, each run as `node processes.js <mode>` with
 * stdin → stdout, like `logscrub scrub`:
 * - `naive`: split lines, `naiveRedactLine` each, write;
 * - `passthrough`: stdin piped to stdout (the plumbing limit);
 * - `split`: split into lines as strings and write them back (framing cost alone);
 * - `gunzip`: stdin inflated by node's zlib to stdout (decompression alone, for the archive scenario).
 */
import { createGunzip } from 'node:zlib';
import { naiveRedactLine } from './naive.js';

const mode = process.argv[2];

async function lineWise(transform: (line: string) => string): Promise<void> {
  let rest = '';
  for await (const chunk of process.stdin) {
    const text = rest + (chunk as Buffer).toString('utf8');
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    if (!process.stdout.write(`${lines.map(transform).join('\n')}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  if (rest.length > 0) process.stdout.write(transform(rest));
}

if (mode === 'passthrough') process.stdin.pipe(process.stdout);
else if (mode === 'gunzip') process.stdin.pipe(createGunzip()).pipe(process.stdout);
else if (mode === 'split') await lineWise((line) => line);
else if (mode === 'naive') await lineWise(naiveRedactLine);
else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
