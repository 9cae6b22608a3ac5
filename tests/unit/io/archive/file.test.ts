import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import { processFile } from '../../../../src/io/archive/file.js';
import { createScrubber } from '../../../../src/scrubber.js';

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
});
