import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectories, removeEmptyDirectories } from '../../../src/io/directories.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'logscrub-dirs-'));

describe('makeDirectories', () => {
  it('creates a path and its missing parents, and leaves an existing one as it is', () => {
    const path = join(scratch(), 'a', 'b', 'c');
    makeDirectories(path);
    expect(statSync(path).isDirectory()).toBe(true);
    expect(() => makeDirectories(path)).not.toThrow();
  });

  it('returns the directories it made, outermost first, and none that were there', () => {
    const root = scratch();
    mkdirSync(join(root, 'a'));
    expect(makeDirectories(join(root, 'a', 'b', 'c'))).toEqual([join(root, 'a', 'b'), join(root, 'a', 'b', 'c')]);
    expect(makeDirectories(join(root, 'a', 'b'))).toEqual([]);
  });

  it("throws the file system's error where a directory cannot be made", () => {
    const file = join(scratch(), 'file');
    writeFileSync(file, '');
    expect(() => makeDirectories(join(file, 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it.runIf(process.platform === 'linux')("returns ENOENT under /proc, where Node's recursive mkdir loops forever", () => {
    expect(() => makeDirectories('/proc/logscrub-nope/deeper')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('removeEmptyDirectories', () => {
  it('removes the empty ones deepest first, keeps one that holds a file and its parents, and never throws', () => {
    const root = scratch();
    const made = [...makeDirectories(join(root, 'out', 'kept', 'x')), ...makeDirectories(join(root, 'out', 'gone', 'y'))];
    writeFileSync(join(root, 'out', 'kept', 'x', 'app.log'), '');
    removeEmptyDirectories([...made, join(root, 'missing')]);
    expect(existsSync(join(root, 'out', 'kept', 'x', 'app.log'))).toBe(true);
    expect(existsSync(join(root, 'out', 'gone'))).toBe(false);
  });
});
