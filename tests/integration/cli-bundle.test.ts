import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], input?: Buffer | string) =>
  spawnSync(process.execPath, [bin, ...args], { input, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * 1024 * 1024 });

describe('the logscrub command as built (one bundled file, issue 9)', () => {
  it('is the bundle, not tsc\'s module graph', () => {
    // tsc's main.js imports ../../patterns/index.js; the bundle carries the catalog inside.
    expect(readFileSync(bin, 'utf8')).not.toMatch(/from ['"]\.\.\/\.\.\/patterns\//);
  });

  it('scrubs an empty stdin to an empty stdout and exits 0', () => {
    const result = run(['scrub'], '');
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr.toString()).toBe('');
  });

  it('starts its worker threads from beside the bundle, for one stream and for a tree', () => {
    const { data } = generateCorpus({ kind: 'jsonl', bytes: 3 << 20, density: 0.05 });
    const one = run(['scrub', '--jobs', '1'], data);
    const two = run(['scrub', '--jobs', '2'], data);
    // A worker that cannot start is reported and its blocks redacted on the main thread: say so.
    expect(two.stderr.toString()).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    expect(two.stdout.equals(data)).toBe(false);

    const dir = mkdtempSync(join(tmpdir(), 'logscrub-bundle-'));
    mkdirSync(join(dir, 'in'));
    for (const name of ['a.log', 'b.log', 'c.log']) writeFileSync(join(dir, 'in', name), data.subarray(0, 1 << 20));
    const tree = run(['scrub', join(dir, 'in'), '-o', join(dir, 'out'), '--jobs', '2', '--quiet']);
    expect(tree.stderr.toString()).toBe('');
    expect(tree.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.log', 'b.log', 'c.log']);
    const first = run(['scrub', '--jobs', '1'], data.subarray(0, 1 << 20)).stdout;
    for (const name of ['a.log', 'b.log', 'c.log']) expect(readFileSync(join(dir, 'out', name)).equals(first), name).toBe(true);
  });
});
