import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../../../src/io/archive/progress.js';

describe('progressLine', () => {
  it('shows bytes done of total, rate, time left and files', () => {
    expect(progressLine(5e6, 10e6, 1, 2, 4)).toBe('5.0 of 10.0 MB  5.0 MB/s  ETA 1 s  2/4 files');
  });

  it('shows no ETA before anything was read', () => {
    expect(progressLine(0, 10e6, 0, 0, 4)).toContain('ETA –');
  });
});

describe('createProgress', () => {
  it('erases its line when stopped and writes nothing if it never drew', () => {
    const written: string[] = [];
    const progress = createProgress(100, 1, (t) => written.push(t));
    progress.read(50);
    progress.fileDone();
    progress.stop();
    expect(written).toEqual([]);
  });
});
