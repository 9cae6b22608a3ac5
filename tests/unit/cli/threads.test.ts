import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSizeOf, PARALLEL_AFTER_BYTES, PARALLEL_FROM_START_BYTES, startJobsAfter } from '../../../src/cli/threads.js';

describe('startJobsAfter', () => {
  it('gives an input known to be big its threads from the start, and any other only once it proves big', () => {
    expect(startJobsAfter(PARALLEL_FROM_START_BYTES)).toBe(0);
    expect(startJobsAfter(4 * PARALLEL_FROM_START_BYTES)).toBe(0);
    expect(startJobsAfter(PARALLEL_FROM_START_BYTES - 1)).toBe(PARALLEL_AFTER_BYTES);
    expect(startJobsAfter(0)).toBe(PARALLEL_AFTER_BYTES);
    expect(startJobsAfter(undefined)).toBe(PARALLEL_AFTER_BYTES);
  });
});

describe('fileSizeOf', () => {
  it('knows the size of a regular file, and not of a device or a closed descriptor', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'logscrub-threads-')), 'in.log');
    writeFileSync(file, 'a\nbc\n');
    for (const [path, size] of [[file, 5], ['/dev/null', undefined]] as const) {
      const fd = openSync(path, 'r');
      try {
        expect(fileSizeOf(fd)).toBe(size);
      } finally {
        closeSync(fd);
      }
    }
    expect(fileSizeOf(987654)).toBeUndefined();
  });
});
