/**
 * runObjects against the local S3 (the real client and lib-storage): outcomes in listing order,
 * one-line reasons, findings with their lines. The CLI around it: tests/integration/s3-cli.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import type { PlannedObject } from '../../../../src/io/s3/plan.js';
import { runObjects } from '../../../../src/io/s3/run.js';
import { createScrubber } from '../../../../src/scrubber.js';
import { type LocalS3, startLocalS3 } from '../../../support/s3-server.js';

const scrubber = createScrubber({});
const jwt = createSampler(1416).jwt();
let s3: LocalS3;
let client: S3Client;
let dir: string;

const object = (key: string, output?: PlannedObject['output']): PlannedObject => ({ bucket: 'in', key, url: `s3://in/${key}`, size: 1, ...(output === undefined ? {} : { output }) });

beforeAll(async () => {
  s3 = await startLocalS3(['in', 'out']);
  client = s3.client();
  dir = mkdtempSync(join(tmpdir(), 'logscrub-s3run-'));
  for (const [key, body] of [
    ['a.log', `ok\nstill ok\nAuthorization: Bearer ${jwt}\n`],
    ['b.log', 'clean\n'],
    ['c.log', `x\nAuthorization: Bearer ${jwt}\n`],
  ]) {
    await client.send(new PutObjectCommand({ Bucket: 'in', Key: key as string, Body: body as string }));
  }
});
afterAll(async () => {
  await s3.close();
});

describe('runObjects', () => {
  it('hands outcomes on in listing order when a later object finishes first', async () => {
    s3.proxy.slowMs = 300;
    s3.proxy.fault = ({ action, key }) => (action === 'GetObject' && key === 'a.log' ? 'slow' : undefined);
    const seen: string[] = [];
    const outcomes = await runObjects([object('a.log'), object('b.log'), object('c.log')], { client, scrubber, mode: 'check', format: 'auto', jobs: 3, onOutcome: (o) => seen.push(o.file) });
    s3.proxy.fault = undefined;
    s3.proxy.slowMs = 2000;

    expect(seen).toEqual(['s3://in/a.log', 's3://in/b.log', 's3://in/c.log']);
    expect(outcomes.map((o) => o.findings.map((f) => f.line))).toEqual([[3], [], [2]]);
  });

  it('writes local files atomically, and fails an unwritable one alone with one line naming it', async () => {
    writeFileSync(join(dir, 'a-file'), 'not a directory');
    const outcomes = await runObjects(
      [object('a.log', { kind: 'file', path: join(dir, 'a-file', 'a.log') }), object('c.log', { kind: 'file', path: join(dir, 'ok', 'c.log') })],
      { client, scrubber, mode: 'scrub', format: 'auto', jobs: 2 },
    );

    // mkdir -p through a file: EEXIST (Node 20–24), ENOTDIR elsewhere.
    expect(outcomes[0]?.failure).toMatch(new RegExp(`^cannot write ${join(dir, 'a-file', 'a.log')}: (EEXIST|ENOTDIR)$`));
    expect(outcomes[1]?.failure).toBeUndefined();
    expect(readFileSync(join(dir, 'ok', 'c.log'), 'utf8')).toBe('x\nAuthorization: Bearer [REDACTED:jwt]\n');
  });

  it('names a missing key without the URL twice, and starts nothing once stopped', async () => {
    const [missing] = await runObjects([object('gone.log', { kind: 's3', bucket: 'out', key: 'gone.log', inPlace: false })], { client, scrubber, mode: 'scrub', format: 'auto', jobs: 1 });
    const [stopped] = await runObjects([object('a.log')], { client, scrubber, mode: 'check', format: 'auto', jobs: 1, signal: AbortSignal.abort() });

    expect(missing).toMatchObject({ file: 's3://in/gone.log', output: 's3://out/gone.log', failure: 'no such key (deleted since it was listed?)' });
    expect(stopped?.failure).toBe('not started: interrupted');
  });
});
