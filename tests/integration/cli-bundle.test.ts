import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { builtinRules } from '../../patterns/index.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], input?: Buffer | string) =>
  spawnSync(process.execPath, [bin, ...args], { input, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * 1024 * 1024 });

describe('the logscrub command as built (one bundled file, issue 9)', () => {
  it('is the bundle, not tsc\'s module graph', () => {
    // bin is a stub that turns the compile cache on and requires the bundle beside it; tsc's
    // main.js imported ../../patterns/index.js, where the bundle reads the evaluated catalog.
    expect(readFileSync(bin, 'utf8')).toMatch(/require\("\.\/cli\.js"\)/);
    expect(readFileSync(join(root, 'dist', 'src', 'cli', 'cli.js'), 'utf8')).not.toMatch(/from ['"]\.\.\/\.\.\/patterns\//);
  });

  it('carries the built-in catalog byte for byte as patterns/ evaluates it now, so a stale one cannot ship', () => {
    // Arrange: the catalog the build embedded, and the one the TypeScript sources give in this process.
    const embedded = readFileSync(join(root, 'dist', 'src', 'cli', 'builtin-rules.json'), 'utf8');
    // Act
    const parsed: unknown = JSON.parse(embedded);
    // Assert: same text, and JSON loses nothing of a spec (no undefined, no non-JSON value).
    expect(embedded).toBe(JSON.stringify(builtinRules));
    expect(isDeepStrictEqual(parsed, [...builtinRules])).toBe(true);
    const listed = run(['rules']).stdout.toString().trim().split('\n').map((line) => line.split(' ')[0]);
    expect(listed).toEqual(builtinRules.map((r) => r.id));
  });

  it('evaluates the rule modules only for a config that adds keys, and then applies them', () => {
    // Arrange: a preload that lists the CommonJS files loaded, at exit.
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-bundle-'));
    const preload = join(dir, 'loaded.cjs');
    const loaded = join(dir, 'loaded.txt');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).join('\\n')));`);
    const config = join(dir, 'keys.json');
    writeFileSync(config, JSON.stringify({ sensitiveKeys: ['favourite colour'] }));
    const line = `{"favouriteColour":"${'q7'.repeat(8)}","msg":"ok"}\n`;
    const withPreload = (args: string[], input: string) =>
      spawnSync(process.execPath, ['-r', preload, bin, ...args], { input, cwd: dir, env: { PATH: process.env.PATH ?? '' } });

    // Act
    const plain = withPreload(['scrub'], line);
    const plainLoaded = readFileSync(loaded, 'utf8');
    const keyed = withPreload(['scrub', '--config', config], line);
    const keyedLoaded = readFileSync(loaded, 'utf8');

    // Assert
    expect(plain.stdout.toString()).toBe(line);
    expect(plainLoaded).toMatch(/builtin-rules\.json/);
    expect(plainLoaded).not.toMatch(/catalog\.cjs/);
    expect(keyed.status).toBe(0);
    expect(keyed.stdout.toString()).toBe('{"favouriteColour":"[REDACTED:sensitive-key]","msg":"ok"}\n');
    expect(keyedLoaded).toMatch(/catalog\.cjs/);
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
