import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import { processFile } from '../../../../src/io/archive/file.js';
import { createScrubber } from '../../../../src/scrubber.js';

/** Runs while the output is fsynced, the slow step between the last read and the rename: a writer appending then. */
const duringFsync = vi.hoisted(() => ({ hook: undefined as (() => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fsyncSync = (fd: number): void => {
    const hook = duringFsync.hook;
    duringFsync.hook = undefined;
    hook?.();
    fs.fsyncSync(fd);
  };
  return { ...fs, default: { ...fs, fsyncSync }, fsyncSync };
});

const s = createSampler(88);
const scrubber = createScrubber();

describe('processFile', () => {
  it('writes the scrubbed file, creating its directory, and returns its counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-file-'));
    writeFileSync(join(dir, 'in.log'), `token ${s.jwt()}\n`);
    const outcome = await processFile(scrubber, { path: join(dir, 'in.log'), output: join(dir, 'a', 'b', 'out.log'), size: 1, mode: 0o600 }, { mode: 'scrub', format: 'auto' });
    expect(outcome.failure).toBeUndefined();
    expect(outcome.result).toMatchObject({ lines: 1, byRule: { jwt: 1 } });
    expect(readFileSync(join(dir, 'a', 'b', 'out.log'), 'utf8')).toBe('token [REDACTED:jwt]\n');
  });

  it('turns a failure into a reason and leaves no output, not even a temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-file-'));
    const gz = gzipSync('line\n'.repeat(10_000));
    writeFileSync(join(dir, 'cut.gz'), gz.subarray(0, gz.length - 50));
    const outcome = await processFile(scrubber, { path: join(dir, 'cut.gz'), output: join(dir, 'out', 'cut.gz'), size: 1, mode: 0o644 }, { mode: 'scrub', format: 'auto' });
    expect(outcome.failure).toBe('truncated gzip (the stream ends before its end marker)');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('says which side failed: a missing input is a read, never an output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-file-'));
    const outcome = await processFile(scrubber, { path: join(dir, 'nope.log'), output: join(dir, 'out.log'), size: 0, mode: 0o644 }, { mode: 'scrub', format: 'auto' });
    expect(outcome.failure).toBe('cannot read: ENOENT');
    expect(existsSync(join(dir, 'out.log'))).toBe(false);
  });

  it('keeps the findings of check with their lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-file-'));
    writeFileSync(join(dir, 'in.log'), `a\nb\npassword=${s.password()}\n`);
    const outcome = await processFile(scrubber, { path: join(dir, 'in.log'), size: 1, mode: 0o644 }, { mode: 'check', format: 'auto' });
    expect(outcome.findings).toEqual([{ line: 3, ruleId: 'password-assignment' }]);
    expect(outcome.findingsTotal).toBe(1);
  });

  it('leaves a file in place that grew after it was read, rather than renaming over the lines appended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-file-'));
    const path = join(dir, 'app.log');
    const secret = `token ${s.jwt()}\n`;
    writeFileSync(path, secret);
    duringFsync.hook = () => appendFileSync(path, 'appended by the app\n');

    const outcome = await processFile(scrubber, { path, output: path, size: secret.length, mode: 0o644 }, { mode: 'scrub', format: 'auto' });

    expect(outcome.failure).toBe(`changed while it was read (${secret.length} bytes read, ${secret.length + 20} there now); left as it was: stop its writer or rotate it first`);
    expect(readFileSync(path, 'utf8')).toBe(`${secret}appended by the app\n`);
    expect(readdirSync(dir)).toEqual(['app.log']);
  });
});
