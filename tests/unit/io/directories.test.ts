import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectories } from '../../../src/io/directories.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'logscrub-dirs-'));

describe('makeDirectories', () => {
  it('creates a path and its missing parents, and leaves an existing one as it is', () => {
    const path = join(scratch(), 'a', 'b', 'c');
    makeDirectories(path);
    expect(statSync(path).isDirectory()).toBe(true);
    expect(() => makeDirectories(path)).not.toThrow();
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
