/**
 * `logscrub scrub|check s3://…` as a user runs them (issue 14): the built CLI as a subprocess,
 * the real @aws-sdk/client-s3 and lib-storage it loads, a local S3 (s3rver behind the fault proxy)
 * reached through AWS_ENDPOINT_URL_S3 and the credentials chain's environment variables. The
 * same objects are written to a local tree too: an S3 run must say what a local run says.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { LOCAL_S3_CREDENTIALS, type LocalS3, startLocalS3 } from '../support/s3-server.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'src', 'cli', 'main.js');
const s = createSampler(1415);

let s3: LocalS3;
let client: S3Client;
let local: string;
const secrets: string[] = [];
/** `key:line` of every planted secret, as `check` must list them. */
const planted: string[] = [];
/** Every clean line of every object, by key: they must come back byte for byte. */
const cleanLines = new Map<string, string[]>();
const CORRUPT = 'app/2026/11/30/zz-truncated.log.gz';
let objects = 0;

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI, asynchronously: the local S3 answers from this very process, so it must not block. */
function start(args: string[], env: Record<string, string> = {}, cli = bin): { child: ChildProcess; done: Promise<Ran> } {
  const child = spawn(process.execPath, [cli, ...args], {
      cwd: local,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: local,
        AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: s3.url,
        LOGSCRUB_S3_FORCE_PATH_STYLE: 'true',
        ...env,
      },
    });
  const done = new Promise<Ran>((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
  return { child, done };
}

const run = (args: string[], env: Record<string, string> = {}, cli = bin): Promise<Ran> => start(args, env, cli).done;

async function put(key: string, body: Buffer | string): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: 'logs', Key: key, Body: body }));
  const path = join(local, 'tree', ...key.split('/'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
  objects++;
}

async function get(bucket: string, key: string): Promise<Buffer> {
  const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await (r.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

async function keys(bucket: string, prefix = ''): Promise<string[]> {
  const r = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key as string);
}

const inflate = (bytes: Buffer): string => (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString();

/** Lines of a log object: some clean, one secret at a known line; `make` turns the secret into a line. */
function lines(key: string, n: number, make: (secret: string) => string, clean: (i: number) => string): string {
  const at = (n % 3) + 2;
  const out: string[] = [];
  const kept: string[] = [];
  for (let i = 1; i <= n; i++) {
    if (i === at) {
      const secret = s.jwt();
      secrets.push(secret);
      planted.push(`${key}:${i}`);
      out.push(make(secret));
    } else {
      out.push(clean(i));
      kept.push(clean(i));
    }
  }
  cleanLines.set(key, kept);
  return `${out.join('\n')}\n`;
}

beforeAll(async () => {
  local = mkdtempSync(join(tmpdir(), 'logscrub-s3cli-'));
  s3 = await startLocalS3(['logs', 'clean', 'big', 'versioned', 'unversioned', 'dirs']);
  client = s3.client();
  const puts: Promise<void>[] = [];
  // pino JSON lines: numbers, escapes and unicode that must survive byte for byte.
  for (let i = 0; i < 12; i++) {
    const key = `app/2026/11/30/${String(i).padStart(2, '0')}.jsonl`;
    puts.push(put(key, lines(key, 4 + i, (t) => `{"level":30,"msg":"login","authorization":"Bearer ${t}"}`, (j) => `{"level":30,"time":17644000${j}000,"msg":"ok \\u00e9 ${i}","n":1.50}`)));
  }
  // CloudWatch export objects: gzip, "<ISO-8601> <message>" lines.
  for (let i = 0; i < 12; i++) {
    const key = `exportedlogs/task-1/stream-${String(i).padStart(2, '0')}/000000.gz`;
    puts.push(put(key, gzipSync(lines(key, 3 + i, (t) => `2026-11-29T10:00:00.123Z token=${t}`, (j) => `2026-11-29T10:00:0${j % 10}.000Z GET /health ${i} 200`))));
  }
  // Plain text, one clean object without any secret.
  for (let i = 0; i < 6; i++) {
    const key = `app/text/${i}.log`;
    puts.push(put(key, lines(key, 5, (t) => `user logged in with Authorization: Bearer ${t}`, (j) => `line ${j} of ${i}: nothing to see`)));
  }
  puts.push(put('app/text/clean.log', 'nothing here\nat all\n'));
  // A .gz cut short: it must fail alone, with no object written for it.
  puts.push(put(CORRUPT, gzipSync('2026-11-29T10:00:00.000Z fine\n'.repeat(50)).subarray(0, 40)));
  await Promise.all(puts);
}, 60_000);

afterAll(async () => {
  await s3?.close();
}, 30_000);

describe('logscrub scrub s3://… -o s3://…', () => {
  it('scrubs every object of a prefix into another bucket, gzip kept and clean lines byte-identical, and lists the corrupt .gz as a failure with exit 1', async () => {
    const result = await run(['scrub', 's3://logs/', '-o', 's3://clean/out/', '--jobs', '4', '--report', 'scrub-report.json']);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`logscrub: s3://logs/${CORRUPT}: corrupt object: truncated gzip`);
    expect(result.stderr).toMatch(new RegExp(`logscrub scrub: ${objects} files`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const written = await keys('clean', 'out/');
    expect(written.sort()).toEqual([...cleanLines.keys(), 'app/text/clean.log'].map((k) => `out/${k}`).sort());
    for (const [key, kept] of cleanLines) {
      const bytes = await get('clean', `out/${key}`);
      expect(bytes[0] === 0x1f, key).toBe(key.endsWith('.gz'));
      const text = inflate(bytes);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text.split('\n').filter((l) => !l.includes('[REDACTED')).slice(0, -1)).toEqual(kept);
    }
    expect(s3.proxy.openUploads()).toEqual([]);
    const report = JSON.parse(readFileSync(join(local, 'scrub-report.json'), 'utf8')) as { totals: { files: number; failures: number; byRule: Record<string, number> }; failures: { file: string; reason: string }[]; files: { file: string; output?: string; status: string }[] };
    expect(report.totals.files).toBe(objects);
    expect(Object.values(report.totals.byRule).reduce((a, b) => a + b, 0)).toBe(secrets.length);
    expect(report.failures).toEqual([{ file: `s3://logs/${CORRUPT}`, reason: expect.stringMatching(/^corrupt object: truncated gzip/) }]);
    expect(report.files).toContainEqual(expect.objectContaining({ file: 's3://logs/app/text/0.log', output: 's3://clean/out/app/text/0.log', status: 'ok' }));
    expect(JSON.stringify(report)).not.toContain(secrets[0]);
  });

  it('writes a prefix to a local directory, mirroring its keys, and one object to stdout', async () => {
    const toDir = await run(['scrub', 's3://logs/exportedlogs', '-o', 'out-dir', '-q']);
    const one = await run(['scrub', 's3://logs/app/text/0.log']);

    expect(toDir.status).toBe(0);
    expect(readdirSync(join(local, 'out-dir', 'task-1')).length).toBe(12);
    const text = inflate(readFileSync(join(local, 'out-dir', 'task-1', 'stream-03', '000000.gz')));
    expect(text.split('\n').filter((l) => !l.includes('[REDACTED')).slice(0, -1)).toEqual(cleanLines.get('exportedlogs/task-1/stream-03/000000.gz'));
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('Authorization: Bearer [REDACTED');
    expect(one.stdout.split('\n').filter((l) => !l.includes('[REDACTED')).slice(0, -1)).toEqual(cleanLines.get('app/text/0.log'));
    expect(one.stderr).toBe('');
  });
});

describe('logscrub scrub s3://… -o DIR and the directories it makes', () => {
  it('makes no local directory for objects that all failed, and keeps those that hold an output', async () => {
    const cut = gzipSync('2026-11-29T10:00:00.000Z fine\n'.repeat(50)).subarray(0, 40);
    await client.send(new PutObjectCommand({ Bucket: 'dirs', Key: 'bad/deeper/cut.log.gz', Body: cut }));
    await client.send(new PutObjectCommand({ Bucket: 'dirs', Key: 'bad/cut.log.gz', Body: cut }));
    await client.send(new PutObjectCommand({ Bucket: 'dirs', Key: 'good/app.log', Body: 'nothing here\n' }));

    const result = await run(['scrub', 's3://dirs/', '-o', 'dirs-out', '--jobs', '2', '-q']);
    const none = await run(['scrub', 's3://dirs/bad/', '-o', 'dirs-none', '-q']);

    expect(result.status).toBe(1);
    expect(readdirSync(join(local, 'dirs-out'), { recursive: true }).sort()).toEqual(['good', join('good', 'app.log')]);
    expect(none.status).toBe(1);
    expect(existsSync(join(local, 'dirs-none'))).toBe(false);
  });
});

describe('logscrub scrub s3://… --in-place', () => {
  it('rewrites each object over itself on a versioned bucket, and refuses each one on a bucket that is not', async () => {
    const key = 'app/text/0.log';
    const original = await get('logs', key);
    for (const bucket of ['versioned', 'unversioned']) await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: original }));
    s3.proxy.versioning.set('versioned', 'Enabled');
    const clean = await client.send(new PutObjectCommand({ Bucket: 'versioned', Key: 'app/clean.log', Body: 'nothing here\n' }));

    const refused = await run(['scrub', 's3://unversioned/app/', '--in-place', '-q']);
    const done = await run(['scrub', 's3://versioned/app/', '--in-place', '-q']);

    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`logscrub: s3://unversioned/${key}: refusing to rewrite s3://unversioned/${key} in place: bucket unversioned is not versioned (never enabled), so the original would be lost; enable versioning first\n`);
    expect(await get('unversioned', key)).toEqual(original);
    expect(done.status).toBe(0);
    expect(inflate(await get('versioned', key)).split('\n').filter((l) => !l.includes('[REDACTED')).slice(0, -1)).toEqual(cleanLines.get(key));
    expect(inflate(await get('versioned', key))).not.toBe(original.toString());
    // Nothing to redact: left as it was, no new version of the same bytes.
    expect((await client.send(new HeadObjectCommand({ Bucket: 'versioned', Key: 'app/clean.log' }))).VersionId).toBe(clean.VersionId);
  });
});

describe('logscrub check s3://…', () => {
  it('lists each secret as s3://bucket/key:LINE: RULE at its exact line, as a local check of the same tree does, and exits 1', async () => {
    const remote = await run(['check', 's3://logs/app/', 's3://logs/exportedlogs/', '-q']);
    const tree = await run(['check', 'tree/app', 'tree/exportedlogs', '-q']);

    expect(remote.status).toBe(2); // the corrupt .gz under app/: an object that could not be read, as for a local file
    expect(tree.status).toBe(2);
    const listed = remote.stdout.trim().split('\n');
    expect(listed.map((l) => /^s3:\/\/logs\/(.+?:\d+): /.exec(l)?.[1]).sort()).toEqual([...planted].sort());
    expect(listed).toEqual(tree.stdout.trim().split('\n').map((l) => l.replace(/^tree\//, 's3://logs/')));
    expect(remote.stderr).toBe(`logscrub: s3://logs/${CORRUPT}: corrupt object: truncated gzip (the stream ends before its end marker)\n`);
    for (const secret of secrets) expect(remote.stdout + remote.stderr).not.toContain(secret);
  });

  it('exits 1 on findings alone and writes a SARIF report whose results point at s3:// objects and lines', async () => {
    const result = await run(['check', 's3://logs/app/text/', '--report', 'check.sarif', '--report-format', 'sarif']);

    expect(result.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(local, 'check.sarif'), 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]; invocations: { executionSuccessful: boolean }[] }[] };
    const found = sarif.runs[0]?.results.map((r) => `${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine}`);
    expect(found?.sort()).toEqual(planted.filter((p) => p.startsWith('app/text/')).map((p) => `s3://logs/${p}`).sort());
    expect(sarif.runs[0]?.invocations[0]?.executionSuccessful).toBe(true);
    expect(result.stderr).toMatch(/logscrub check: 7 files, .*\n  secrets found: 6 \(jwt 6\) in 6 files\n  failures: 0\n$/);
  });
});

describe('mistakes on the command line', () => {
  it('refuses with one line and exit 2: a prefix to stdout, an output inside the input, s3:// mixed with local paths, a bad bucket name', async () => {
    const cases = [
      [['scrub', 's3://logs/app/'], /s3:\/\/logs\/app\/ is a prefix: give -o/],
      [['scrub', 's3://logs/', '-o', 's3://logs/clean/'], /output s3:\/\/logs\/clean\/ is inside the input s3:\/\/logs\//],
      [['check', 's3://logs/app/', 'tree'], /s3:\/\/ and local inputs cannot be mixed/],
      [['scrub', 'tree', '-o', 's3://clean/x/'], /-o s3:\/\/… takes s3:\/\/ inputs/],
      [['check', 's3://Not_A_Bucket/x'], /is not an S3 URL/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await run([...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('names the bucket and S3\'s reason when a prefix cannot be listed, and still exits as a failed file', async () => {
    const result = await run(['check', 's3://no-such-bucket/logs/', '-q']);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe('logscrub: s3://no-such-bucket/logs/: cannot list: NoSuchBucket: The specified bucket does not exist\n');
  });

  it('says how to install the AWS SDK when it is missing, in one line', async () => {
    // The built CLI beside a node_modules with everything but @aws-sdk.
    const copy = join(local, 'no-sdk');
    mkdirSync(join(copy, 'node_modules'), { recursive: true });
    cpSync(join(root, 'dist', 'src'), join(copy, 'dist', 'src'), { recursive: true });
    cpSync(join(root, 'dist', 'patterns'), join(copy, 'dist', 'patterns'), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    for (const name of readdirSync(join(root, 'node_modules'))) if (name !== '@aws-sdk' && !existsSync(join(copy, 'node_modules', name))) symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));

    const result = await run(['check', 's3://logs/app/'], {}, join(copy, 'dist', 'src', 'cli', 'main.js'));

    expect(result.status).toBe(2);
    expect(result.stderr).toBe('logscrub: s3:// paths need the AWS SDK for S3, an optional dependency that is not installed: npm install @aws-sdk/client-s3 @aws-sdk/lib-storage\n');
  });
});

describe('an interrupted run', () => {
  it('aborts the multipart upload in flight on Ctrl-C, leaving no object and no open upload', async () => {
    // Four 8 MiB parts: the two first in flight (held back by the proxy) while the object is still being read.
    const line = `{"level":30,"msg":"request done","path":"/api/items","status":200}\n`;
    await client.send(new PutObjectCommand({ Bucket: 'big', Key: 'app/big.jsonl', Body: line.repeat(Math.ceil((25 * 1024 * 1024) / line.length)) }));
    s3.proxy.slowMs = 500;
    s3.proxy.fault = ({ action }) => (action === 'UploadPart' ? 'slow' : undefined);
    const { child, done } = start(['scrub', 's3://big/app/', '-o', 's3://clean/big/']);
    try {
      while ((s3.proxy.counts.get('UploadPart slow') ?? 0) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill('SIGINT');
      const result = await done;

      expect(result.status).toBe(130);
      expect(result.stderr).toContain('logscrub: s3://big/app/big.jsonl: stopped (interrupted); the upload was aborted\n');
      expect(result.stderr).toContain('logscrub: interrupted (SIGINT); no partial output left');
      expect(s3.proxy.aborted.size).toBeGreaterThan(0);
      expect(s3.proxy.openUploads()).toEqual([]);
      expect(await keys('clean', 'big/')).toEqual([]);
    } finally {
      s3.proxy.fault = undefined;
      s3.proxy.slowMs = 2000;
    }
  });
});
