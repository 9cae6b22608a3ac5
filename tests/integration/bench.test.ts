import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const runner = join(import.meta.dirname, '..', '..', 'dist', 'bench', 'run.js');

it('prints the benchmark’s options on --help instead of running it', () => {
  const result = spawnSync(process.execPath, [runner, '--help']);
  expect(result.status).toBe(0);
  expect(result.stdout.toString()).toMatch(/^Usage: npm run bench/);
  expect(result.stdout.toString()).toContain('--quick');
});

it('answers an unknown option or scenario with one line, exit 2', () => {
  for (const args of [['--frob'], ['nope']]) {
    const result = spawnSync(process.execPath, [runner, ...args]);
    expect(result.status, args.join(' ')).toBe(2);
    expect(result.stderr.toString().trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
  }
});
