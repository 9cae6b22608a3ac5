/**
 * The S3 object handler as S3 Batch Operations and Step Functions Distributed Map invoke it
 * (issue 14): a fresh module per cold start, events in the exact shapes of the AWS docs, the real
 * @aws-sdk/client-s3 and lib-storage against a local S3 (s3rver) behind a fault-injecting proxy.
 */
import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import type { MapBatchError } from '../../src/lambda/s3.js';
import { lambdaContext } from '../support/lambda-events.js';
import { LOCAL_S3_CREDENTIALS, type LocalS3, startLocalS3 } from '../support/s3-server.js';

type HandlerModule = typeof import('../../src/lambda/handler.js');

const sampler = createSampler(1414);
const secrets: string[] = [];
const secret = (): string => {
  const s = sampler.jwt();
  secrets.push(s);
  return s;
};

let s3: LocalS3;
let client: S3Client;
let savedEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  s3 = await startLocalS3(['source', 'redacted', 'inplace']);
  client = s3.client();
});
afterAll(async () => {
  await s3.close();
});
afterEach(() => {
  s3.proxy.fault = undefined;
  if (savedEnv !== undefined) process.env = savedEnv;
});

let colds = 0;
/** A cold start: the environment Lambda would set, then a fresh instance of the handler module. */
async function coldStart(env: Record<string, string> = {}): Promise<HandlerModule> {
  savedEnv = { ...process.env };
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: s3.url,
    AWS_LAMBDA_FUNCTION_NAME: 'scrub-s3',
    LOGSCRUB_S3_FORCE_PATH_STYLE: 'true',
    LOGSCRUB_DESTINATION_BUCKET: 'redacted',
    LOGSCRUB_DESTINATION_PREFIX: 'out/',
    LOGSCRUB_S3_PART_BYTES: String(5 * 1024 * 1024),
    LOGSCRUB_METRICS: 'off',
    ...env,
  });
  const url = `${new URL('../../src/lambda/handler.ts', import.meta.url).href}?cold=${++colds}`;
  return (await import(/* @vite-ignore */ url)) as HandlerModule;
}

async function put(bucket: string, key: string, body: Buffer, extra: { ContentType?: string; ContentEncoding?: string; Metadata?: Record<string, string> } = {}): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ...extra }));
}

async function get(bucket: string, key: string): Promise<{ body: Buffer; contentType?: string | undefined; contentEncoding?: string | undefined; metadata?: Record<string, string> | undefined }> {
  const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return { body: Buffer.from(await (r.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray()), contentType: r.ContentType, contentEncoding: r.ContentEncoding, metadata: r.Metadata };
}

async function exists(bucket: string, key: string): Promise<boolean> {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(() => true, () => false);
}

async function tags(bucket: string, key: string): Promise<Record<string, string>> {
  const r = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  return Object.fromEntries((r.TagSet ?? []).map((t) => [t.Key, t.Value]));
}

const cleanLine = (i: number, j: number): string => `{"time":${1764490000000 + j},"level":30,"msg":"request done","reqId":"r-${i}-${j}","ms":${j}.50,"note":"caf\\u00e9 ☕"}`;
const dirtyJson = (): string => `{"level":40,"msg":"auth","headers":{"authorization":"Bearer ${secret()}"}}`;
const dirtyText = (): string => `2026-11-30T08:00:00.000Z INFO login for ada with Authorization: Bearer ${secret()}`;

/** One object's lines: clean ones (byte-identical after) and some with a planted secret. */
function objectLines(i: number, text: boolean): { lines: string[]; clean: Set<number> } {
  const lines: string[] = [];
  const clean = new Set<number>();
  for (let j = 0; j < 12; j++) {
    if (j % 4 === 1) lines.push(text ? dirtyText() : dirtyJson());
    else {
      clean.add(lines.length);
      lines.push(text ? `2026-11-30T08:00:${String(j).padStart(2, '0')}.000Z INFO request ${i}/${j} done in ${j} ms` : cleanLine(i, j));
    }
  }
  return { lines, clean };
}

/** Secrets gone, clean lines byte-identical, as many lines as before. */
function expectScrubbed(out: string, source: { lines: string[]; clean: Set<number> }): void {
  for (const s of secrets) expect(out.includes(s)).toBe(false);
  const lines = out.split('\n');
  expect(lines).toHaveLength(source.lines.length + 1);
  for (const j of source.clean) expect(lines[j]).toBe(source.lines[j]);
}

describe('the local S3 the tests run against', () => {
  it('gives back what was put, byte for byte, also through a multipart upload with the default checksums', async () => {
    const small = randomBytes(3000);
    const big = randomBytes(11 * 1024 * 1024);
    await put('source', 'probe/small.bin', small, { ContentType: 'application/octet-stream', Metadata: { team: 'core' } });
    await new Upload({ client, params: { Bucket: 'source', Key: 'probe/big.bin', Body: big }, partSize: 5 * 1024 * 1024 }).done();
    const a = await get('source', 'probe/small.bin');
    expect(a.body.equals(small)).toBe(true);
    expect(a.metadata).toEqual({ team: 'core' });
    expect((await get('source', 'probe/big.bin')).body.equals(big)).toBe(true);
    expect(s3.proxy.counts.get('UploadPart 200')).toBe(3);
  });
});

describe('s3ObjectHandler over a few hundred objects', () => {
  const objects = new Map<string, { lines: string[]; clean: Set<number>; gzip: boolean }>();

  beforeAll(async () => {
    for (let i = 0; i < 300; i++) {
      const kind = i % 3;
      const text = kind === 2;
      const source = objectLines(i, text);
      const bytes = Buffer.from(`${source.lines.join('\n')}\n`);
      const key = kind === 0 ? `logs/app/${i}.jsonl` : kind === 1 ? `logs/app/${i}.jsonl.gz` : `logs/text/${i}.log`;
      objects.set(key, { ...source, gzip: kind === 1 });
      await put('source', key, kind === 1 ? gzipSync(bytes) : bytes, {
        ContentType: text ? 'text/plain; charset=utf-8' : 'application/x-ndjson',
        ...(kind === 1 ? { ContentEncoding: 'gzip' } : {}),
        Metadata: { source: 'orders', shard: String(i % 5) },
      });
    }
  }, 120_000);

  it('writes every object redacted, through SlowDown throttling, as Distributed Map batches', async () => {
    const mod = await coldStart();
    // Requests throttled now and then: the SDK's retries ride it out (each costs a backoff of
    // half a second or more, hence only a dozen).
    let throttled = 0;
    s3.proxy.fault = ({ n }) => (n % 13 === 0 && throttled++ < 12 ? 'slowdown' : undefined);
    const keys = [...objects.keys()];
    for (let b = 0; b < keys.length; b += 50) {
      const batch = keys.slice(b, b + 50);
      const result = await mod.s3ObjectHandler(
        { Items: batch.map((Key) => ({ Etag: '"0f"', Key, LastModified: 1764490000, Size: 1, StorageClass: 'STANDARD' })), BatchInput: { bucket: 'source' } },
        lambdaContext('scrub-s3'),
      );
      expect(result).toMatchObject({ bucket: 'source', succeeded: batch.length, failed: 0 });
    }
    expect(s3.proxy.counts.get('GetObject slowdown') ?? 0).toBeGreaterThan(0);
    for (const [key, source] of objects) {
      const out = await get('redacted', `out/${key}`);
      expectScrubbed((source.gzip ? gunzipSync(out.body) : out.body).toString('utf8'), source);
      expect(out.contentType).toBe(key.endsWith('.log') ? 'text/plain; charset=utf-8' : 'application/x-ndjson');
      expect(out.contentEncoding).toBe(source.gzip ? 'gzip' : undefined);
      expect(out.metadata).toMatchObject({ source: 'orders' });
    }
    expect(await tags('redacted', 'out/logs/app/0.jsonl')).toEqual({ 'logscrub-lines': '12', 'logscrub-redactions': '3', 'logscrub-failed-lines': '0', 'logscrub-lines-too-long': '0' });
  }, 240_000);
});

describe('s3ObjectHandler with S3 Batch Operations', () => {
  it('answers a schema 1.0 task, key URL-encoded and bucket by ARN, in the documented response shape', async () => {
    const source = objectLines(1, false);
    await put('source', 'batch/app 1.jsonl', Buffer.from(`${source.lines.join('\n')}\n`));
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(
      {
        invocationSchemaVersion: '1.0',
        invocationId: 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo',
        job: { id: 'f3cc4f60-61f6-4a2b-8a21-d07600c373ce' },
        tasks: [{ taskId: 'dGFza2lkZ29lc2hlcmUK', s3Key: 'batch/app+1.jsonl', s3VersionId: null, s3BucketArn: 'arn:aws:s3:::source' }],
      },
      lambdaContext('scrub-s3'),
    );
    expect(Object.keys(response)).toEqual(['invocationSchemaVersion', 'treatMissingKeysAs', 'invocationId', 'results']);
    expect(response).toMatchObject({ invocationSchemaVersion: '1.0', invocationId: 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo' });
    const [result] = (response as { results: { taskId: string; resultCode: string; resultString: string }[] }).results;
    expect(Object.keys(result ?? {})).toEqual(['taskId', 'resultCode', 'resultString']);
    expect(result).toMatchObject({ taskId: 'dGFza2lkZ29lc2hlcmUK', resultCode: 'Succeeded' });
    expect(JSON.parse(result?.resultString ?? '')).toEqual({ destination: 's3://redacted/out/batch/app 1.jsonl', lines: 12, redactions: 3, failedLines: 0 });
    expectScrubbed((await get('redacted', 'out/batch/app 1.jsonl')).body.toString('utf8'), source);
  });

  it('answers a schema 2.0 task, bucket by name and user arguments, streaming a multipart object', async () => {
    const parts: string[] = [];
    const planted = secret();
    for (let j = 0; j < 120_000; j++) parts.push(j === 60_000 ? `{"msg":"auth","token":"Bearer ${planted}"}` : `${cleanLine(2, j)}`);
    const big = Buffer.from(`${parts.join('\n')}\n`);
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    await put('source', 'batch/big.jsonl', big, { ContentType: 'application/x-ndjson' });
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(
      {
        invocationSchemaVersion: '2.0',
        invocationId: 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo',
        job: { id: 'f3cc4f60-61f6-4a2b-8a21-d07600c373ce', userArguments: { k1: 'v1' } } as { id: string },
        tasks: [{ taskId: 'dGFza2lkZ29lc2hlcmUK', s3Key: 'batch/big.jsonl', s3VersionId: null, s3Bucket: 'source' }],
      },
      lambdaContext('scrub-s3'),
    );
    expect(response).toMatchObject({ invocationSchemaVersion: '2.0', results: [{ resultCode: 'Succeeded' }] });
    const out = (await get('redacted', 'out/batch/big.jsonl')).body;
    expect(out.includes(planted)).toBe(false);
    const outLines = out.toString('utf8').split('\n');
    expect(outLines[59_999]).toBe(parts[59_999]);
    expect(outLines).toHaveLength(parts.length + 1);
    expect(s3.proxy.counts.get('CompleteMultipartUpload 200') ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('fails a corrupt .gz permanently, naming the key, and writes nothing', async () => {
    const gz = gzipSync(Buffer.from(`${objectLines(3, false).lines.join('\n')}\n`));
    gz.fill(0x41, 12, 60);
    await put('source', 'batch/corrupt.jsonl.gz', gz);
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(
      { invocationSchemaVersion: '1.0', invocationId: 'inv', job: { id: 'job' }, tasks: [{ taskId: 't1', s3Key: 'batch/corrupt.jsonl.gz', s3VersionId: null, s3BucketArn: 'arn:aws:s3:::source' }] },
      lambdaContext('scrub-s3'),
    );
    const [result] = (response as { results: { resultCode: string; resultString: string }[] }).results;
    expect(result?.resultCode).toBe('PermanentFailure');
    expect(result?.resultString).toContain('s3://source/batch/corrupt.jsonl.gz');
    expect(result?.resultString).toMatch(/corrupt object/);
    expect(await exists('redacted', 'out/batch/corrupt.jsonl.gz')).toBe(false);
  });

  it('fails a missing key permanently', async () => {
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(
      { invocationSchemaVersion: '2.0', invocationId: 'inv', job: { id: 'job' }, tasks: [{ taskId: 't1', s3Key: 'batch/nothing-here.log', s3VersionId: null, s3Bucket: 'source' }] },
      lambdaContext('scrub-s3'),
    );
    expect(response).toMatchObject({ results: [{ taskId: 't1', resultCode: 'PermanentFailure' }] });
    expect((response as { results: { resultString: string }[] }).results[0]?.resultString).toMatch(/no such key/);
  });

  it('writes an object with a line over maxLineBytes replaced whole, and fails its task permanently saying so', async () => {
    const source = objectLines(5, false);
    const long = `{"msg":"${'x'.repeat(3000)}","authorization":"Bearer ${secret()}"}`;
    await put('source', 'batch/long.jsonl', Buffer.from(`${source.lines.join('\n')}\n${long}\n`));
    const mod = await coldStart({ LOGSCRUB_CONFIG: '{"maxLineBytes":1024}' });
    const response = await mod.s3ObjectHandler(
      { invocationSchemaVersion: '2.0', invocationId: 'inv', job: { id: 'job' }, tasks: [{ taskId: 't1', s3Key: 'batch/long.jsonl', s3VersionId: null, s3Bucket: 'source' }] },
      lambdaContext('scrub-s3'),
    );
    const [result] = (response as { results: { resultCode: string; resultString: string }[] }).results;
    expect(result?.resultCode).toBe('PermanentFailure');
    expect(result?.resultString).toBe(
      's3://source/batch/long.jsonl: written to s3://redacted/out/batch/long.jsonl, but a line longer than maxLineBytes (1024 bytes) replaced whole (fail closed: not scanned, so not kept); raise maxLineBytes in LOGSCRUB_CONFIG and run the task again. lines 13, redactions 3',
    );
    const out = (await get('redacted', 'out/batch/long.jsonl')).body.toString('utf8');
    expectScrubbed(out.split('\n').slice(0, 12).join('\n') + '\n', source);
    expect(out.split('\n')[12]).toBe('[REDACTED:line-too-long]');
    expect(await tags('redacted', 'out/batch/long.jsonl')).toMatchObject({ 'logscrub-failed-lines': '1', 'logscrub-lines-too-long': '1' });
    // A Distributed Map item the same: failed, permanently.
    const error = await mod.s3ObjectHandler({ Items: [{ Key: 'batch/long.jsonl' }], BatchInput: { bucket: 'source' } }, lambdaContext('scrub-s3')).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('logscrub.PermanentFailure');
    expect(error?.message).toMatch(/a line longer than maxLineBytes \(1024 bytes\) replaced whole/);
  });
});

describe('s3ObjectHandler when things go wrong', () => {
  const bigSource = async (key: string): Promise<void> => {
    const lines: string[] = [];
    for (let j = 0; j < 140_000; j++) lines.push(cleanLine(4, j));
    await put('source', key, Buffer.from(`${lines.join('\n')}\n`));
  };
  const task = (key: string) => ({ invocationSchemaVersion: '2.0', invocationId: 'inv', job: { id: 'job' }, tasks: [{ taskId: 't1', s3Key: key, s3VersionId: null, s3Bucket: 'source' }] });

  it('leaves no object and no open upload when a part upload keeps failing, and says retry', async () => {
    await bigSource('faults/reset.jsonl');
    const mod = await coldStart();
    const abortedBefore = s3.proxy.aborted.size;
    s3.proxy.fault = ({ action }) => (action === 'UploadPart' ? 'reset' : undefined);
    const response = await mod.s3ObjectHandler(task('faults/reset.jsonl'), lambdaContext('scrub-s3'));
    s3.proxy.fault = undefined;
    expect(response).toMatchObject({ results: [{ resultCode: 'TemporaryFailure' }] });
    expect(await exists('redacted', 'out/faults/reset.jsonl')).toBe(false);
    expect(s3.proxy.openUploads()).toEqual([]);
    expect(s3.proxy.aborted.size).toBe(abortedBefore + 1);
  }, 120_000);

  it('retries a download cut off halfway as a temporary failure, writing nothing', async () => {
    await bigSource('faults/cut.jsonl');
    const mod = await coldStart();
    s3.proxy.fault = ({ action }) => (action === 'GetObject' ? 'reset-body' : undefined);
    const response = await mod.s3ObjectHandler(task('faults/cut.jsonl'), lambdaContext('scrub-s3'));
    s3.proxy.fault = undefined;
    expect(response).toMatchObject({ results: [{ resultCode: 'TemporaryFailure' }] });
    expect(await exists('redacted', 'out/faults/cut.jsonl')).toBe(false);
    expect(s3.proxy.openUploads()).toEqual([]);
  }, 120_000);

  it('aborts an object that cannot finish before the deadline and reports it failed, not half-done', async () => {
    await bigSource('faults/slow.jsonl');
    const mod = await coldStart({ LOGSCRUB_DEADLINE_MARGIN_MS: '0' });
    s3.proxy.slowMs = 2500;
    s3.proxy.fault = ({ action }) => (action === 'UploadPart' ? 'slow' : undefined);
    const context = { ...lambdaContext('scrub-s3'), getRemainingTimeInMillis: () => 1000 };
    const error = (await mod.s3ObjectHandler({ Items: [{ Key: 'faults/slow.jsonl' }], BatchInput: { bucket: 'source' } }, context).then(
      () => undefined,
      (e: unknown) => e,
    )) as MapBatchError;
    s3.proxy.fault = undefined;
    expect(error.name).toBe('logscrub.TemporaryFailure');
    expect(error.message).toMatch(/s3:\/\/source\/faults\/slow\.jsonl: not finished before the invocation's deadline/);
    expect(error.items).toMatchObject([{ key: 'faults/slow.jsonl', status: 'TemporaryFailure' }]);
    expect(await exists('redacted', 'out/faults/slow.jsonl')).toBe(false);
    expect(s3.proxy.openUploads()).toEqual([]);
  }, 120_000);
});

describe('s3ObjectHandler writing over its source', () => {
  const source = objectLines(9, false);
  const body = Buffer.from(`${source.lines.join('\n')}\n`);
  const item = { Items: [{ Key: 'same.jsonl' }], BatchInput: { bucket: 'inplace' } };
  const same = { LOGSCRUB_DESTINATION_BUCKET: 'inplace', LOGSCRUB_DESTINATION_PREFIX: '' };

  it('refuses when in-place was not asked for', async () => {
    await put('inplace', 'same.jsonl', body);
    const mod = await coldStart(same);
    const error = (await mod.s3ObjectHandler(item, lambdaContext('scrub-s3')).then(() => undefined, (e: unknown) => e)) as MapBatchError;
    expect(error.name).toBe('logscrub.PermanentFailure');
    expect(error.message).toMatch(/refusing to overwrite the source s3:\/\/inplace\/same\.jsonl/);
    expect((await get('inplace', 'same.jsonl')).body.equals(body)).toBe(true);
  });

  it('refuses in place on a bucket without versioning', async () => {
    const mod = await coldStart({ ...same, LOGSCRUB_IN_PLACE: 'true' });
    const error = (await mod.s3ObjectHandler(item, lambdaContext('scrub-s3')).then(() => undefined, (e: unknown) => e)) as MapBatchError;
    expect(error.message).toMatch(/not versioned/);
    expect((await get('inplace', 'same.jsonl')).body.equals(body)).toBe(true);
  });

  it('rewrites in place when asked and the bucket is versioned', async () => {
    s3.proxy.versioning.set('inplace', 'Enabled');
    const mod = await coldStart({ ...same, LOGSCRUB_IN_PLACE: 'true' });
    await expect(mod.s3ObjectHandler(item, lambdaContext('scrub-s3'))).resolves.toMatchObject({ succeeded: 1 });
    expectScrubbed((await get('inplace', 'same.jsonl')).body.toString('utf8'), source);
  });

  const versionTask = (s3Key: string, s3VersionId: string | null) => ({
    invocationSchemaVersion: '2.0',
    invocationId: 'inv',
    job: { id: 'job' },
    tasks: [{ taskId: 't1', s3Key, s3VersionId, s3Bucket: 'inplace' }],
  });
  const putVersion = async (key: string, content: Buffer): Promise<string> => {
    const r = await client.send(new PutObjectCommand({ Bucket: 'inplace', Key: key, Body: content }));
    expect(r.VersionId).toBeDefined();
    return r.VersionId as string;
  };

  it('refuses a task naming an older version, leaving the newer current version as it is', async () => {
    s3.proxy.versioning.set('inplace', 'Enabled');
    const older = await putVersion('versions/old.jsonl', body);
    const newer = Buffer.from(`${objectLines(10, false).lines.join('\n')}\n`);
    const current = await putVersion('versions/old.jsonl', newer);
    const mod = await coldStart({ ...same, LOGSCRUB_IN_PLACE: 'true' });
    const response = await mod.s3ObjectHandler(versionTask('versions/old.jsonl', older), lambdaContext('scrub-s3'));
    const [result] = (response as { results: { resultCode: string; resultString: string }[] }).results;
    expect(result?.resultCode).toBe('PermanentFailure');
    expect(result?.resultString).toBe(
      `refusing to rewrite s3://inplace/versions/old.jsonl in place from version ${older}: it is not the current version (${current} is), and writing it would replace the newer content with a scrubbed copy of the older; scrub the current version in place, or write this one elsewhere (LOGSCRUB_DESTINATION_PREFIX)`,
    );
    expect((await get('inplace', 'versions/old.jsonl')).body.equals(newer)).toBe(true);
  });

  it('rewrites a task naming the current version, and again when the job retries it after the write', async () => {
    s3.proxy.versioning.set('inplace', 'Enabled');
    const version = await putVersion('versions/current.jsonl', body);
    const mod = await coldStart({ ...same, LOGSCRUB_IN_PLACE: 'true' });
    // The retry names the version the first attempt replaced: its scrubbed copy is now current.
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await mod.s3ObjectHandler(versionTask('versions/current.jsonl', version), lambdaContext('scrub-s3'));
      expect(response).toMatchObject({ results: [{ taskId: 't1', resultCode: 'Succeeded' }] });
      expectScrubbed((await get('inplace', 'versions/current.jsonl')).body.toString('utf8'), source);
    }
  });

  it('leaves an object with nothing to redact as it was: no new version, no upload left open', async () => {
    s3.proxy.versioning.set('inplace', 'Enabled');
    // One small object (a single PutObject never sent) and one past a part (a multipart upload
    // aborted); random hex in groups of 8 keeps the gzip'd output past 5 MiB, and is no secret.
    const small = Buffer.from(`${Array.from({ length: 12 }, (_, j) => cleanLine(30, j)).join('\n')}\n`);
    const large = gzipSync(Buffer.from(`${Array.from({ length: 60_000 }, (_, j) => `${cleanLine(31, j)} ${randomBytes(96).toString('hex').replace(/.{8}/g, '$& ')}`).join('\n')}\n`), { level: 0 });
    expect(large.length).toBeGreaterThan(5 * 1024 * 1024);
    const mod = await coldStart({ ...same, LOGSCRUB_IN_PLACE: 'true' });
    for (const [key, content] of [['clean/small.jsonl', small], ['clean/large.jsonl.gz', large]] as const) {
      const version = await putVersion(key, content);
      const abortedBefore = s3.proxy.aborted.size;
      const response = await mod.s3ObjectHandler(versionTask(key, version), lambdaContext('scrub-s3'));
      const [result] = (response as { results: { resultCode: string; resultString: string }[] }).results;
      expect(result?.resultCode).toBe('Succeeded');
      expect(JSON.parse(result?.resultString ?? '')).toMatchObject({ unchanged: true, redactions: 0, failedLines: 0 });
      const head = await client.send(new HeadObjectCommand({ Bucket: 'inplace', Key: key }));
      expect(head.VersionId).toBe(version);
      expect((await get('inplace', key)).body.equals(content)).toBe(true);
      expect(s3.proxy.openUploads()).toEqual([]);
      expect(s3.proxy.aborted.size - abortedBefore).toBe(content === large ? 1 : 0);
    }
  });

  it('does not replace a version written while the object was being scrubbed', async () => {
    s3.proxy.versioning.set('inplace', 'Enabled');
    const version = await putVersion('versions/raced.jsonl', body);
    const newer = Buffer.from(`${objectLines(12, false).lines.join('\n')}\n`);
    const mod = await coldStart({ ...same, LOGSCRUB_IN_PLACE: 'true' });
    // The handler's write held at the proxy until another writer's version is in.
    let held = false;
    s3.proxy.fault = ({ action, key }) => (action === 'PutObject' && key === 'versions/raced.jsonl' && !held ? ((held = true), 'hold') : undefined);
    const pending = mod.s3ObjectHandler(versionTask('versions/raced.jsonl', version), lambdaContext('scrub-s3'));
    await vi.waitUntil(() => held, { timeout: 30_000, interval: 20 });
    await putVersion('versions/raced.jsonl', newer);
    s3.proxy.release();
    const [result] = ((await pending) as { results: { resultCode: string; resultString: string }[] }).results;
    expect(result?.resultCode).toBe('TemporaryFailure');
    expect(result?.resultString).toBe('s3://inplace/versions/raced.jsonl: changed while it was being scrubbed (another version was written); not replaced, so the newer content stays');
    expect((await get('inplace', 'versions/raced.jsonl')).body.equals(newer)).toBe(true);
  });
});

describe('s3ObjectHandler on awkward objects', () => {
  const task = (s3Key: string) => ({ invocationSchemaVersion: '1.0', invocationId: 'inv', job: { id: 'job' }, tasks: [{ taskId: 't1', s3Key, s3VersionId: null, s3BucketArn: 'arn:aws:s3:::source' }] });

  it('decodes a Batch Operations key with unicode, a space and an encoded plus', async () => {
    const source = objectLines(11, false);
    await put('source', 'odd/café 1+2.jsonl', Buffer.from(`${source.lines.join('\n')}\n`));
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(task('odd/caf%C3%A9+1%2B2.jsonl'), lambdaContext('scrub-s3'));
    expect(response).toMatchObject({ results: [{ taskId: 't1', resultCode: 'Succeeded' }] });
    expectScrubbed((await get('redacted', 'out/odd/café 1+2.jsonl')).body.toString('utf8'), source);
  });

  it('reads the current object for a task whose s3VersionId is empty, as a manifest of unversioned objects gives', async () => {
    const source = objectLines(13, false);
    await put('source', 'odd/unversioned.jsonl', Buffer.from(`${source.lines.join('\n')}\n`));
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(
      { invocationSchemaVersion: '1.0', invocationId: 'inv', job: { id: 'job' }, tasks: [{ taskId: 't1', s3Key: 'odd/unversioned.jsonl', s3VersionId: '', s3BucketArn: 'arn:aws:s3:::source' }] },
      lambdaContext('scrub-s3'),
    );
    expect(response).toMatchObject({ results: [{ taskId: 't1', resultCode: 'Succeeded' }] });
    expectScrubbed((await get('redacted', 'out/odd/unversioned.jsonl')).body.toString('utf8'), source);
  });

  it('fails a malformed saved payload permanently without quoting it in the result string', async () => {
    const password = sampler.password();
    const payload = { messageType: `password=${password}`, owner: '1', logGroup: 'g', logStream: 's', subscriptionFilters: [], logEvents: [] };
    await put('source', 'odd/payload.b64', Buffer.from(`${gzipSync(JSON.stringify(payload)).toString('base64')}\n`));
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(task('odd/payload.b64'), lambdaContext('scrub-s3'));
    const [result] = (response as { results: { resultCode: string; resultString: string }[] }).results;
    expect(result?.resultCode).toBe('PermanentFailure');
    expect(result?.resultString).toContain('s3://source/odd/payload.b64');
    expect(result?.resultString).not.toContain(password);
    expect(await exists('redacted', 'out/odd/payload.b64')).toBe(false);
  });

  it('redacts a secret in the logGroup of a Firehose object of envelopes', async () => {
    const jwt = secret();
    const envelope = JSON.stringify({ messageType: 'DATA_MESSAGE', owner: '1', logGroup: `/app/token=${jwt}`, logStream: 's', subscriptionFilters: [], logEvents: [{ id: '1', timestamp: 1764400000000, message: 'ok' }] });
    await put('source', 'odd/firehose-1', Buffer.from(envelope));
    const mod = await coldStart();
    const response = await mod.s3ObjectHandler(task('odd/firehose-1'), lambdaContext('scrub-s3'));
    expect(response).toMatchObject({ results: [{ resultCode: 'Succeeded' }] });
    const out = (await get('redacted', 'out/odd/firehose-1')).body.toString('utf8');
    expect(out).not.toContain(jwt);
    expect(JSON.parse(out).logEvents).toEqual([{ id: '1', timestamp: 1764400000000, message: 'ok' }]);
  });
});
