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

});
