import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'dist', 'bench', 'archive-ab.js');

it('prints the archive A/B runner’s options on --help instead of running it', () => {
  const result = spawnSync(process.execPath, [script, '--help']);
  expect(result.status).toBe(0);
  expect(result.stdout.toString()).toMatch(/^Usage: node dist\/bench\/archive-ab\.js/);
  expect(result.stdout.toString()).toContain('--rounds');
});

it('answers an unknown option or a bad number with one line, exit 2, before generating any input', () => {
  for (const args of [['--frob'], ['--size', '0'], ['--rounds', 'x']]) {
    const result = spawnSync(process.execPath, [script, ...args]);
    expect(result.status, args.join(' ')).toBe(2);
    expect(result.stderr.toString().trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
  }
});
