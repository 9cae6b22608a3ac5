import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFiles } from '../../../../src/io/archive/walk.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'logscrub-walk-'));
  mkdirSync(join(root, 'in', 'b', 'c'), { recursive: true });
  writeFileSync(join(root, 'in', 'a.log'), 'a\n');
  writeFileSync(join(root, 'in', 'b', 'c', '000000.gz'), 'x');
  writeFileSync(join(root, 'in', 'b', '.logscrub-1-2-3-x.log.tmp'), 'stale temp file');
  return root;
}

describe('planFiles', () => {
  it('mirrors a directory tree under the output directory, in name order, skipping our temp files', () => {
    const root = tree();
    const { files, failures } = planFiles([join(root, 'in')], { kind: 'path', path: join(root, 'out') });
    expect(files.map((f) => [f.path.slice(root.length), f.output?.slice(root.length)])).toEqual([
      ['/in/a.log', '/out/a.log'],
      ['/in/b/c/000000.gz', '/out/b/c/000000.gz'],
    ]);
    expect(failures).toEqual([]);
  });

  it('puts each of several inputs under its own name', () => {
    const root = tree();
    const { files } = planFiles([join(root, 'in', 'a.log'), join(root, 'in', 'b')], { kind: 'path', path: join(root, 'out') });
    expect(files.map((f) => f.output?.slice(root.length))).toEqual(['/out/a.log', '/out/b/c/000000.gz']);
  });

  it('reports a missing path and a directory symlink loop, and plans the rest', () => {
    const root = tree();
    symlinkSync('..', join(root, 'in', 'b', 'loop'));
    const { files, failures } = planFiles([join(root, 'nope'), join(root, 'in')], { kind: 'none' });
    expect(files).toHaveLength(2);
    expect(failures.map((f) => [f.file.slice(root.length), f.reason])).toEqual([
      ['/nope', 'cannot read: ENOENT'],
      ['/in/b/loop', 'directory symlink loop (it leads back to a directory being walked); skipped'],
    ]);
  });

  it('refuses an output inside an input tree, and one that would overwrite an input', () => {
    const root = tree();
    expect(() => planFiles([join(root, 'in')], { kind: 'path', path: join(root, 'in', 'clean') })).toThrow(/inside the input tree/);
    expect(() => planFiles([join(root, 'in', 'a.log')], { kind: 'path', path: join(root, 'in', 'a.log') })).toThrow(/would overwrite the input/);
  });

  it('makes each file its own output in place', () => {
    const root = tree();
    const { files } = planFiles([join(root, 'in')], { kind: 'in-place' });
    expect(files.every((f) => f.output === f.path)).toBe(true);
  });
});
