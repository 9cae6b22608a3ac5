/**
 * The Lambda handlers as Lambda runs them: a fresh module per cold start (env read, rules compiled,
 * client created), many invocations per warm container, a context object, events built exactly as
 * CloudWatch Logs sends them, and delivery through the real SDK client into the local CloudWatch
 * Logs, with throttling, 5xx and dropped connections injected.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import type { InputError, OptionsError, SinkError } from '../../src/index.js';
import { type FakeCloudWatch, startFakeCloudWatch } from '../support/cloudwatch-server.js';
import { CONTROL_PAYLOAD, dataPayload, lambdaContext, mixedBatch, subscriptionEvent } from '../support/lambda-events.js';

type HandlerModule = typeof import('../../src/lambda/handler.js');

// The real SDK client signs every request; these are not credentials anywhere but here.
const SDK_ENV = { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' };
const DESTINATION = '/redacted/orders';
const SOURCE = '/aws/lambda/orders';
const SOURCE_STREAM = '2026/11/29/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const DEST_STREAM = `${SOURCE}/${SOURCE_STREAM}`;
const HOUR = 60 * 60 * 1000;

let server: FakeCloudWatch | undefined;
let savedEnv: NodeJS.ProcessEnv;
let stdout: string[];
beforeEach(() => {
  savedEnv = { ...process.env };
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.env = savedEnv;
  await server?.close();
  server = undefined;
});

/** The local CloudWatch Logs with the destination group in it (the stream is the handler's to create). */
async function cloudwatch(): Promise<FakeCloudWatch> {
  server = await startFakeCloudWatch({});
  await new CloudWatchLogsClient({ endpoint: server.url, ...{ region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } }).send(new CreateLogGroupCommand({ logGroupName: DESTINATION }));
  return server;
}

let colds = 0;
/** A cold start: the environment Lambda would set, then a fresh instance of the handler module. */
async function coldStart(env: Record<string, string>): Promise<HandlerModule> {
  Object.assign(process.env, SDK_ENV, { AWS_LAMBDA_FUNCTION_NAME: 'scrub', AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/scrub' }, env);
  const url = `${new URL('../../src/lambda/handler.ts', import.meta.url).href}?cold=${++colds}`;
  return (await import(/* @vite-ignore */ url)) as HandlerModule;
}

const deliveryEnv = (cw: FakeCloudWatch, extra: Record<string, string> = {}): Record<string, string> => ({
  AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: cw.url,
  LOGSCRUB_DESTINATION_LOG_GROUP: DESTINATION,
  ...extra,
});

/** The EMF lines written so far, parsed. */
const metricLines = (): Record<string, unknown>[] =>
  stdout.join('').split('\n').filter((l) => l.includes('"_aws"')).map((l) => JSON.parse(l) as Record<string, unknown>);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  expect(outcome).toBeInstanceOf(Error);
  return outcome as Error;
}

describe('subscription handler', () => {
  it('delivers a redacted copy of a 1 MB batch: every event, in order, original timestamps, into a stream it creates', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw));
    const { messages, secrets } = mixedBatch(1_000_000);
    const payload = dataPayload(messages, { start: Date.now() - HOUR, extra: { policyLevel: 'ACCOUNT_LEVEL_POLICY' } });

    const result = await handler(subscriptionEvent(payload), lambdaContext());

    const stored = cw.events(DESTINATION, DEST_STREAM);
    expect(result).toMatchObject({ messageType: 'DATA_MESSAGE', logStreamName: DEST_STREAM, delivered: messages.length, rejected: 0 });
    expect(stored).toHaveLength(messages.length);
    expect(stored.map((e) => e.timestamp)).toEqual((payload.logEvents as { timestamp: number }[]).map((e) => e.timestamp));
    expect(stored.map((e) => e.message.split('\n').length)).toEqual(messages.map((m) => m.split('\n').length));
    const delivered = stored.map((e) => e.message).join('\n');
    expect(secrets.length).toBeGreaterThan(100);
    for (const secret of secrets) expect(delivered).not.toContain(secret);
    expect(delivered).toContain('東京 ✓ 🎉');
    expect(cw.counts.get('CreateLogStream ok')).toBe(1);
    expect(cw.counts.get('CreateLogGroup ok')).toBe(1); // the test's own, not the handler's

    const [metrics] = metricLines();
    expect(metrics).toMatchObject({ FunctionName: 'scrub', Handler: 'subscription', SourceLogGroup: SOURCE, Events: messages.length, DeliveryRetries: 0, RejectedEvents: 0 });
    expect(metrics!.Bytes).toBeGreaterThan(1_000_000 - 26 * messages.length);
    expect(metrics!['Redactions.private-key']).toBeGreaterThan(0);
    for (const secret of secrets) expect(stdout.join('')).not.toContain(secret);
  });

  it('redacts a secret in the source’s log group or stream name before naming the destination stream, warning or metrics line after it', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw));
    const jwt = createSampler(23).jwt();
    const payload = dataPayload(['plain', 'too old'], { logGroup: `/app/${jwt}`, logStream: `session=${jwt}` });
    (payload.logEvents as { timestamp: number }[])[1]!.timestamp = Date.now() - 30 * 24 * HOUR;

    const result = await handler(subscriptionEvent(payload), lambdaContext());

    expect(result).toMatchObject({ logStreamName: '/app/[REDACTED_jwt]/session=[REDACTED_jwt]', delivered: 1, rejected: 1 });
    expect(cw.streams(DESTINATION)).toEqual(['/app/[REDACTED_jwt]/session=[REDACTED_jwt]']);
    expect(cw.events(DESTINATION, result.logStreamName!).map((e) => e.message)).toEqual(['plain']);
    expect(stdout.join('')).toMatch(/CloudWatch rejected 1 event/);
    expect(stdout.join('')).not.toContain(jwt);
    expect(metricLines()[0]).toMatchObject({ SourceLogGroup: '/app/[REDACTED:jwt]', 'Redactions.jwt': 2 });
  });

  it('loses nothing through throttling, 5xx and dropped connections over many invocations of a warm container', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw));
    const faults: Record<number, 'throttle' | 'unavailable' | 'reset'> = { 1: 'reset', 3: 'throttle', 4: 'unavailable', 6: 'reset', 9: 'unavailable' };
    cw.fault = (put) => faults[put];
    const batches = [0, 1, 2, 3, 4].map((i) => mixedBatch(300_000, 100 + i));
    const start = Date.now() - HOUR;
    for (const [i, batch] of batches.entries()) {
      await handler(subscriptionEvent(dataPayload(batch.messages, { start: start + i * 10_000 })), lambdaContext());
    }
    const stored = cw.events(DESTINATION, DEST_STREAM);
    const sent = batches.flatMap((b) => b.messages);
    expect(stored).toHaveLength(sent.length);
    for (let i = 1; i < stored.length; i++) expect(stored[i]!.timestamp).toBeGreaterThanOrEqual(stored[i - 1]!.timestamp);
    expect(stored.map((e) => e.message.split('\n')[0]!.slice(0, 12))).toEqual(sent.map((m) => m.split('\n')[0]!.slice(0, 12)));
    const delivered = stored.map((e) => e.message).join('\n');
    for (const secret of batches.flatMap((b) => b.secrets)) expect(delivered).not.toContain(secret);
    expect(cw.counts.get('PutLogEvents reset')).toBe(2);
    expect(cw.counts.get('PutLogEvents throttle')).toBe(1);
    expect(cw.counts.get('PutLogEvents unavailable')).toBe(2);
    const metrics = metricLines();
    expect(metrics).toHaveLength(5);
    expect(metrics.reduce((sum, m) => sum + (m.DeliveryRetries as number), 0)).toBe(5);
  });

  it('throws when delivery fails after the SDK’s retries, so Lambda retries; the retry delivers (at least once)', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw, { LOGSCRUB_MAX_ATTEMPTS: '2' }));
    const secret = createSampler(21).jwt();
    const event = subscriptionEvent(dataPayload(['first', `Authorization: Bearer ${secret}`, 'last']));
    cw.fault = () => 'unavailable';

    const error = await rejection(handler(event, lambdaContext()));
    expect((error as SinkError).code).toBe('ERR_SINK_REJECTED');
    expect(error.message).toMatch(/could not deliver 3 events to log group \/redacted\/orders/);
    expect(error.message).not.toContain(secret);
    expect(cw.events(DESTINATION, DEST_STREAM)).toHaveLength(0);
    expect(metricLines()[0]).toMatchObject({ Events: 3, UndeliveredEvents: 3, DeliveryRetries: 1, FailedInvocations: 1 });

    cw.fault = undefined;
    await handler(event, lambdaContext());
    expect(cw.events(DESTINATION, DEST_STREAM).map((e) => e.message)).toEqual(['first', 'Authorization: Bearer [REDACTED:jwt]', 'last']);
  });

  it('gives up on delivery before the invocation’s deadline, with an error and a metrics line instead of a timeout', async () => {
    server = await startFakeCloudWatch({ slowMs: 30_000 });
    await new CloudWatchLogsClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }).send(new CreateLogGroupCommand({ logGroupName: DESTINATION }));
    server.fault = () => 'slow';
    const { handler } = await coldStart(deliveryEnv(server));
    const context = { ...lambdaContext(), getRemainingTimeInMillis: () => 1600 };
    const error = await rejection(handler(subscriptionEvent(dataPayload(['a', 'b'])), context));
    expect((error as SinkError).code).toBe('ERR_SINK_REJECTED');
    expect(error.message).toMatch(/could not deliver 2 events/);
    expect(metricLines()[0]).toMatchObject({ Events: 2, UndeliveredEvents: 2, FailedInvocations: 1 });
  });

  it('acknowledges a control message without delivering anything', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw));
    await expect(handler(subscriptionEvent(CONTROL_PAYLOAD), lambdaContext())).resolves.toMatchObject({ messageType: 'CONTROL_MESSAGE', delivered: 0 });
    expect(cw.counts.get('PutLogEvents ok')).toBeUndefined();
    expect(metricLines()[0]).toMatchObject({ Events: 0 });
  });

  it('refuses a malformed payload with a clear error and passes nothing on', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw));
    const secret = createSampler(22).jwt();
    const raw = { awslogs: { data: Buffer.from(JSON.stringify(dataPayload([`Bearer ${secret}`]))).toString('base64') } };
    const error = await rejection(handler(raw, lambdaContext()));
    expect((error as InputError).code).toBe('ERR_INPUT');
    expect(error.message).toBe('awslogs.data is not gzip-compressed (no gzip header)');
    expect((await rejection(handler({} as never, lambdaContext()))).message).toMatch(/not a CloudWatch Logs subscription event/);
    expect(cw.counts.get('PutLogEvents ok')).toBeUndefined();
    expect(stdout.join('')).not.toContain(secret);
    expect(metricLines().map((m) => [m.Events, m.FailedInvocations])).toEqual([[0, 1], [0, 1]]);
  });

  it('refuses events from the destination group or from its own log group: a loop', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw));
    for (const logGroup of [DESTINATION, '/aws/lambda/scrub']) {
      const error = await rejection(handler(subscriptionEvent(dataPayload(['x'], { logGroup })), lambdaContext()));
      expect((error as OptionsError).code).toBe('ERR_OPTIONS');
      expect(error.message).toMatch(/a loop/);
    }
    expect(cw.counts.get('PutLogEvents ok')).toBeUndefined();
  });

  it('reports events CloudWatch rejects one by one (too old, too far ahead) and delivers the rest', async () => {
    const cw = await cloudwatch();
    const { handler } = await coldStart(deliveryEnv(cw, { LOGSCRUB_DESTINATION_LOG_STREAM: 'copy-{logStream}' }));
    const now = Date.now();
    const payload = dataPayload(['old', 'fine', 'ahead']);
    const events = payload.logEvents as { timestamp: number }[];
    events[0]!.timestamp = now - 20 * 24 * HOUR;
    events[1]!.timestamp = now;
    events[2]!.timestamp = now + 3 * HOUR;
    const result = await handler(subscriptionEvent(payload), lambdaContext());
    expect(result).toMatchObject({ delivered: 1, rejected: 2, logStreamName: `copy-${SOURCE_STREAM}` });
    expect(cw.events(DESTINATION, `copy-${SOURCE_STREAM}`).map((e) => e.message)).toEqual(['fine']);
    expect(metricLines()[0]).toMatchObject({ RejectedEvents: 2, UndeliveredEvents: 0 });
    expect(stdout.join('')).toMatch(/CloudWatch rejected 1 event of log group \/redacted\/orders/);
  });

  it('delivers split parts of an event the redaction left over the size limit, and creates the group when allowed', async () => {
    server = await startFakeCloudWatch({});
    const { handler } = await coldStart(deliveryEnv(server, { LOGSCRUB_CREATE_LOG_GROUP: 'true' }));
    await handler(subscriptionEvent(dataPayload(['z'.repeat(300_000)])), lambdaContext());
    const stored = server.events(DESTINATION, DEST_STREAM);
    expect(stored.map((e) => e.message.slice(0, 22))).toEqual(['[logscrub: part 1/2] z', '[logscrub: part 2/2] z']);
  });
});

describe('cold start configuration', () => {
  it('reads LOGSCRUB_CONFIG as a file of the bundle and the hash key from the environment', async () => {
    const cw = await cloudwatch();
    const root = mkdtempSync(join(tmpdir(), 'logscrub-lambda-'));
    writeFileSync(join(root, 'logscrub.config.json'), JSON.stringify({ redactor: 'hash' }));
    const { handler } = await coldStart(deliveryEnv(cw, { LAMBDA_TASK_ROOT: root, LOGSCRUB_CONFIG: 'logscrub.config.json', LOGSCRUB_HASH_KEY: 'k'.repeat(32) }));
    const secret = createSampler(23).jwt();
    await handler(subscriptionEvent(dataPayload([`token ${secret}`])), lambdaContext());
    expect(cw.events(DESTINATION, DEST_STREAM)[0]?.message).toMatch(/^token \[REDACTED:jwt:[0-9a-f]{8}\]$/);
  });

  it('fails the cold start with an error naming the setting', async () => {
    const key = createSampler(24).alnum(40);
    const cases: [Record<string, string>, RegExp][] = [
      [{ LOGSCRUB_CONFIG: `{"hashKey":"${key}",` }, /LOGSCRUB_CONFIG starts with "\{" but is not valid JSON/],
      [{ LOGSCRUB_CONFIG: '{"redactor":"hash"}' }, /^LOGSCRUB_CONFIG: the "hash" redactor needs a key/],
      [{ LOGSCRUB_CONFIG: '{"rules":{"disable":["nope"]}}' }, /^LOGSCRUB_CONFIG: option "rules": no rule or family is called "nope"/],
      [{ LOGSCRUB_CONFIG: 'missing.json', LAMBDA_TASK_ROOT: tmpdir() }, /^LOGSCRUB_CONFIG: cannot read config file .*missing.json/],
      [{ LOGSCRUB_DESTINATION_LOG_GROUP: 'bad:name' }, /LOGSCRUB_DESTINATION_LOG_GROUP must be a log group name/],
      [{ LOGSCRUB_DESTINATION_LOG_GROUP: '/aws/lambda/scrub' }, /this function's own log group/],
      [{ LOGSCRUB_DESTINATION_LOG_GROUP: '/d', LOGSCRUB_DESTINATION_LOG_STREAM: '{group}' }, /unknown field \{group\}/],
      [{ LOGSCRUB_FIREHOSE_OUTPUT: 'csv' }, /LOGSCRUB_FIREHOSE_OUTPUT must be "envelope" or "lines"/],
    ];
    for (const [env, message] of cases) {
      process.env = { ...savedEnv };
      const error = await rejection(coldStart(env));
      expect(error.message, JSON.stringify(env)).toMatch(message);
      expect((error as OptionsError).code).toBe('ERR_OPTIONS');
      expect(error.message).not.toContain(key);
    }
  });

  it('says which variable to set when the subscription handler has no destination', async () => {
    const { handler } = await coldStart({});
    await expect(handler(subscriptionEvent(dataPayload(['x'])), lambdaContext())).rejects.toThrow(/LOGSCRUB_DESTINATION_LOG_GROUP is not set/);
  });
});

describe('the built module in a Lambda-like process', () => {
  it('serves several invocations from one cold start and writes one metrics line for each', async () => {
    const cw = await cloudwatch();
    const module = join(import.meta.dirname, '..', '..', 'dist', 'src', 'lambda', 'handler.js');
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-lambda-'));
    const script = join(dir, 'runtime.mjs');
    const events = [0, 1, 2].map((i) => subscriptionEvent(dataPayload(mixedBatch(50_000, 40 + i).messages, { logStream: `stream-${i}` })));
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    // What the Node.js runtime does: import the handler once, then call it per event with a context.
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
       const { handler } = await import(${JSON.stringify(module)});
       for (const event of JSON.parse(readFileSync(${JSON.stringify(join(dir, 'events.json'))}, 'utf8'))) {
         await handler(event, { awsRequestId: 'r', functionName: 'scrub', getRemainingTimeInMillis: () => 60000 });
       }`,
    );
    const env = { PATH: process.env.PATH ?? '', ...SDK_ENV, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: cw.url, LOGSCRUB_DESTINATION_LOG_GROUP: DESTINATION, AWS_LAMBDA_FUNCTION_NAME: 'scrub' };
    const out = await new Promise<{ stdout: string; stderr: string; error: Error | null }>((resolve) => {
      execFile(process.execPath, [script], { env, timeout: 60_000 }, (error, so, se) => resolve({ stdout: so, stderr: se, error }));
    });
    expect(out.error, out.stderr).toBeNull();
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const [i, line] of lines.entries()) expect(line).toMatchObject({ Handler: 'subscription', Events: mixedBatch(50_000, 40 + i).messages.length });
    expect(cw.streams(DESTINATION).sort()).toEqual([0, 1, 2].map((i) => `${SOURCE}/stream-${i}`));
  });
});
