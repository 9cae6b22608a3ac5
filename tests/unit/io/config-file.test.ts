import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../src/io/config-file.js';

const configFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'logscrub-config-')), 'logscrub.config.json');
  writeFileSync(path, text);
  return path;
};

describe('loadConfigFile', () => {
  it('reads a file an editor saved with a byte order mark', () => {
    const path = configFile('\uFEFF{"redactor":"mask"}');
    expect(loadConfigFile(path)).toEqual({ redactor: 'mask' });
  });

  it('names the line and column of a JSON mistake, in one line that quotes none of the file', () => {
    const key = 'k'.repeat(8) + 'Q7pZ2xW9'.repeat(4);
    const path = configFile(`{\n  "redactor": "hash",\n  "hashKey": '${key}'\n}\n`);
    expect(() => loadConfigFile(path)).toThrow(`config file ${path} is not valid JSON: line 3, column 14: expected a value`);
    try {
      loadConfigFile(path);
    } catch (error) {
      expect((error as Error).message).not.toContain(key.slice(8, 24));
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it.each([
    ['{"a":1,}', 'line 1, column 8: expected a double-quoted property name'],
    ['{"a" 1}', 'line 1, column 6: expected ":" after the property name'],
    ['{"a":1}\n{"b":2}', 'line 2, column 1: unexpected text after the JSON value'],
    ['{"a":"x\ny"}', 'line 1, column 8: a line break or control character inside a string'],
    ['{"a":1', 'line 1, column 7: unexpected end, expected "," or "}"'],
    ['', 'line 1, column 1: unexpected end of the text'],
  ])('locates the mistake in %j', (text, where) => {
    expect(() => loadConfigFile(configFile(text))).toThrow(`is not valid JSON: ${where}`);
  });
});
