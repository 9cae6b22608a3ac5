import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempName, openAtomic, removeOpenTempFiles } from '../../../../src/io/archive/atomic.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'logscrub-atomic-'));

describe('openAtomic', () => {
  it('makes the target appear whole on commit, with the mode asked for', () => {
    const d = dir();
    const target = join(d, 'out.log');
    const file = openAtomic(target, 0o640);
    file.write(Buffer.from('a\n'));
    file.write(Buffer.from('b\n'));
    expect(readdirSync(d).filter(isTempName)).toHaveLength(1);
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('a\nb\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['out.log']);
  });

  it('leaves an existing target untouched and no temp file on abort', () => {
    const d = dir();
    const target = join(d, 'in.log');
    writeFileSync(target, 'original\n');
    const file = openAtomic(target, 0o644);
    file.write(Buffer.from('half'));
    file.abort();
    file.abort();
    expect(readFileSync(target, 'utf8')).toBe('original\n');
    expect(readdirSync(d)).toEqual(['in.log']);
  });

  it('removes every open temp file when the process is interrupted', () => {
    const d = dir();
    openAtomic(join(d, 'a.log'), 0o644).write(Buffer.from('x'));
    openAtomic(join(d, 'b.log'), 0o644);
    removeOpenTempFiles();
    expect(readdirSync(d)).toEqual([]);
  });

  it('writes straight into a target that is not a regular file, such as /dev/null', () => {
    const file = openAtomic('/dev/null', 0o644);
    file.write(Buffer.from('gone'));
    expect(() => file.commit()).not.toThrow();
  });
});
