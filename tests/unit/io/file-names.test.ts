import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFileName, fsPath, hasEscapedBytes, readDirectoryNames } from '../../../src/io/file-names.js';

describe('decodeFileName and fsPath', () => {
  it('keep a UTF-8 name as its text, and give it back unchanged', () => {
    const name = 'café 😀.log';
    expect(decodeFileName(Buffer.from(name))).toBe(name);
    expect(fsPath(name)).toBe(name);
    expect(hasEscapedBytes(name)).toBe(false);
  });

  it('escape each byte that is not UTF-8 as U+DC00 + byte, and give the exact bytes back', () => {
    const cases = [
      [0x61, 0xff, 0x2e, 0x6c, 0x6f, 0x67], // a lone byte
      [0xc3, 0x28], // a lead byte without its continuation
      [0xe2, 0x82], // a sequence cut short at the end
      [0xed, 0xa0, 0x80], // an encoded surrogate
      [0xc0, 0xaf], // an overlong '/'
      [0xf0, 0x9f, 0x98, 0x80, 0xff], // an emoji (a surrogate pair) then a bad byte
    ];
    for (const bytes of cases) {
      const name = decodeFileName(Buffer.from(bytes));
      expect(hasEscapedBytes(name), bytes.join(' ')).toBe(true);
      expect([...(fsPath(name) as Buffer)], bytes.join(' ')).toEqual(bytes);
    }
    expect(decodeFileName(Buffer.from([0x61, 0xff]))).toBe('a\udcff');
    expect(decodeFileName(Buffer.from([0xc3, 0x28]))).toBe('\udcc3(');
  });
});

describe('readDirectoryNames', () => {
  it('reads two names that differ only in a byte that is not UTF-8 as two names that open their own files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-names-'));
    for (const byte of [0xfe, 0xff]) writeFileSync(Buffer.concat([Buffer.from(`${dir}/a`), Buffer.from([byte])]), String(byte));
    const names = readDirectoryNames(dir).sort();
    expect(names).toEqual(['a\udcfe', 'a\udcff']);
    expect(names.map((n) => readFileSync(fsPath(join(dir, n)), 'utf8'))).toEqual(['254', '255']);
  });
});
