import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createCloudWatchWriter, type CloudWatchWriterOptions, type LogEvent } from '../../src/io/cloudwatch.js';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { OptionsError, SinkError } from '../../src/index.js';
import { type FakeCloudWatch, startFakeCloudWatch } from '../support/cloudwatch-server.js';

// The real SDK client signs every request; these are not credentials anywhere but here.
const SDK_ENV = { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' };
beforeAll(() => Object.assign(process.env, SDK_ENV));

const GROUP = '/logscrub/test';
const HOUR = 60 * 60 * 1000;
const PART = /^\[logscrub: part (\d+)\/(\d+)\] /;

let server: FakeCloudWatch | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Parameters<typeof startFakeCloudWatch>[0] = { autoCreate: true }): Promise<FakeCloudWatch> {
  server = await startFakeCloudWatch(options);
  return server;
}

function writer(cw: FakeCloudWatch, stream: string, extra: Partial<CloudWatchWriterOptions> = {}) {
  const warnings: string[] = [];
  const w = createCloudWatchWriter({ logGroupName: GROUP, logStreamName: stream, endpoint: cw.url, onWarning: (m) => warnings.push(m), ...extra });
  return { w, warnings };
}

async function writeAll(w: ReturnType<typeof createCloudWatchWriter>, events: readonly LogEvent[]): Promise<void> {
  for (const e of events) if (!w.write(e)) await w.drained();
}

/** The stored messages with split events put back together. */
function reassemble(stored: readonly { message: string }[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { message } of stored) {
    const m = message.match(PART);
    if (m === null) {
      out.push(message);
      continue;
    }
    pending += message.slice(m[0].length);
    if (m[1] === m[2]) {
      out.push(pending);
      pending = '';
    }
  }
  return out;
}

describe('CloudWatch writer against a local CloudWatch Logs', () => {
  it('delivers 100,000 mixed events exactly once, in order, through throttles, 5xx and resets, never breaking a quota', async () => {
    const cw = await start();
    cw.fault = (put) => (put % 3 === 0 ? 'throttle' : put % 10 === 1 && put > 1 ? 'unavailable' : put % 13 === 5 ? 'reset' : undefined);
    const s = createSampler(10);
    const t0 = Date.now() - HOUR;
    const events: LogEvent[] = Array.from({ length: 100_000 }, (_, i) => {
      const message =
        i % 20_011 === 7 ? `near the limit ${'ü'.repeat(131_000)}`
        : i % 25_013 === 11 ? `over the limit ${'日本語'.repeat(60_000)}`
        : i % 3 === 0 ? `{"level":30,"msg":"request completed","user":"ünïcødé ✓","traceId":"${s.hex(32)}"}`
        : `GET /api/v1/orders/${i} 200 ${s.alnum(40 + (i % 200))}`;
      return { timestamp: t0 + Math.floor(i / 10), message };
    });
    const { w, warnings } = writer(cw, 'mixed', { maxAttempts: 6 });
    await writeAll(w, events);
    await w.close();

    const stored = cw.events(GROUP, 'mixed');
    expect(reassemble(stored)).toEqual(events.map((e) => e.message));
    for (let i = 1; i < stored.length; i++) expect((stored[i] as LogEvent).timestamp).toBeGreaterThanOrEqual((stored[i - 1] as LogEvent).timestamp);
    expect(cw.counts.get('PutLogEvents InvalidParameterException')).toBeUndefined();
    expect((cw.counts.get('PutLogEvents throttle') ?? 0) + (cw.counts.get('PutLogEvents unavailable') ?? 0)).toBeGreaterThan(5);
    expect(cw.counts.get('PutLogEvents reset')).toBeGreaterThan(0);
    const stats = w.stats();
    expect(stats).toMatchObject({ eventsDelivered: stored.length, spilled: 0, rejected: 0, buffered: 0 });
    expect(stats.split).toBeGreaterThanOrEqual(4);
    expect(stats.retries).toBeGreaterThan(5);
    expect(warnings).toEqual([]);
  });

  it('sorts events that arrive out of order over three days into batches of at most 24 hours', async () => {
    const cw = await start();
    const now = Date.now();
    const events = Array.from({ length: 3000 }, (_, i) => ({ timestamp: now - 3 * 24 * HOUR + ((i * 7919) % 3000) * 86_000, message: `event ${i}` }));
    const { w } = writer(cw, 'days');
    await writeAll(w, events);
    await w.flush();
    const stored = cw.events(GROUP, 'days');
    expect(stored.map((e) => e.timestamp)).toEqual(events.map((e) => e.timestamp).sort((a, b) => a - b));
    expect(cw.counts.get('PutLogEvents InvalidParameterException')).toBeUndefined();
    expect(cw.counts.get('PutLogEvents ok')).toBeGreaterThanOrEqual(3);
    await w.close();
  });

  it('buffers while CloudWatch is down for a while, back-pressures the caller at the cap, then delivers everything', async () => {
    const cw = await start();
    const { w } = writer(cw, 'outage', { maxBufferedBytes: 1_048_576, maxAttempts: 10, flushIntervalMs: 50 });
    await cw.down();
    const line = 'x'.repeat(1000);
    const events = Array.from({ length: 3000 }, (_, i) => ({ timestamp: Date.now(), message: `${i} ${line}` }));
    let refused = 0;
    const writing = (async () => {
      for (const e of events) {
        if (!w.write(e)) {
          refused++;
          await w.drained();
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(w.stats().buffered).toBeGreaterThanOrEqual(1_048_576);
    await cw.up();
    await writing;
    await w.close();
    expect(cw.events(GROUP, 'outage').map((e) => e.message)).toEqual(events.map((e) => e.message));
    expect(w.stats()).toMatchObject({ spilled: 0, eventsDelivered: 3000 });
  });

  it('retries a response slower than the client’s timeout and stores the batch once', async () => {
    const cw = await start({ autoCreate: true, slowMs: 1500 });
    cw.fault = (put) => (put === 1 ? 'slow' : undefined);
    const { w } = writer(cw, 'slow', { requestTimeoutMs: 400 });
    w.write([{ timestamp: Date.now(), message: 'a' }, { timestamp: Date.now(), message: 'b' }]);
    await w.close();
    expect(cw.counts.get('PutLogEvents slow')).toBe(1);
    expect(cw.events(GROUP, 'slow').map((e) => e.message)).toEqual(['a', 'b']);
    expect(w.stats().retries).toBeGreaterThanOrEqual(1);
  });

  it('creates the group and stream when asked, and spills with a warning naming the error when not', async () => {
    const cw = await start({});
    const spill = join(mkdtempSync(join(tmpdir(), 'logscrub-cw-')), 'spill.jsonl');
    const refused = writer(cw, 'missing', { spill: { path: spill } });
    refused.w.write({ timestamp: Date.now(), message: 'kept' });
    await refused.w.close();
    expect(refused.w.stats()).toMatchObject({ spilled: 1, eventsDelivered: 0 });
    expect(refused.warnings.join('\n')).toMatch(/could not deliver 1 event to log group \/logscrub\/test, stream missing \(ResourceNotFoundException/);
    expect(JSON.parse(readFileSync(spill, 'utf8'))).toMatchObject({ logGroupName: GROUP, logStreamName: 'missing', message: 'kept' });

    const created = writer(cw, 'created', { createIfMissing: true });
    created.w.write({ timestamp: Date.now(), message: 'delivered' });
    await created.w.close();
    expect(cw.events(GROUP, 'created').map((e) => e.message)).toEqual(['delivered']);
  });

  it('counts and spills the events CloudWatch rejects for being too old or too far ahead', async () => {
    const cw = await start();
    const spill = join(mkdtempSync(join(tmpdir(), 'logscrub-cw-')), 'spill.jsonl');
    const { w, warnings } = writer(cw, 'ages', { spill: { path: spill } });
    const now = Date.now();
    w.write([
      { timestamp: now - 20 * 24 * HOUR, message: 'old' },
      { timestamp: now, message: 'fine' },
      { timestamp: now + 3 * HOUR, message: 'ahead' },
    ]);
    await w.close();
    expect(cw.events(GROUP, 'ages').map((e) => e.message)).toEqual(['fine']);
    expect(w.stats()).toMatchObject({ eventsDelivered: 1, rejected: 2, spilled: 2 });
    expect(readFileSync(spill, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as LogEvent).message)).toEqual(['old', 'ahead']);
    // 20 days apart, the two cannot share a batch: two warnings, one event each.
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) expect(warning).toMatch(/^CloudWatch rejected 1 event of log group \/logscrub\/test, stream ages/);
  });

  it('does not spin on events that fill a batch to the exact byte', async () => {
    const cw = await start({ autoCreate: true, maxEventBytes: 262_144 });
    const { w } = writer(cw, 'exact', { flushIntervalMs: 60_000 });
    // Four events of 262,144 bytes each (message + 26): exactly 1,048,576.
    for (let i = 0; i < 4; i++) w.write({ timestamp: Date.now(), message: 'a'.repeat(262_144 - 26) });
    await w.close();
    expect(cw.events(GROUP, 'exact')).toHaveLength(4);
  }, 20_000);

  it('resolves flush() once what was written before it is out, however busy the writer stays', async () => {
    const cw = await start();
    const { w } = writer(cw, 'busy', { flushIntervalMs: 10 });
    w.write({ timestamp: Date.now(), message: 'before the flush' });
    let writing = true;
    const producer = (async () => {
      for (let i = 0; writing; i++) {
        if (!w.write({ timestamp: Date.now(), message: `later ${i} ${'z'.repeat(500)}` })) await w.drained();
        if (i % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await w.flush();
    writing = false;
    await producer;
    expect(cw.events(GROUP, 'busy')[0]?.message).toBe('before the flush');
    await w.close();
    expect(w.stats()).toMatchObject({ buffered: 0, spilled: 0 });
  });

  it('sends an empty message as a marker, since CloudWatch refuses empty ones with the whole batch', async () => {
    const cw = await start();
    const { w } = writer(cw, 'empty');
    w.write([{ timestamp: Date.now(), message: '' }, { timestamp: Date.now(), message: 'next' }]);
    await w.close();
    expect(cw.events(GROUP, 'empty').map((e) => e.message)).toEqual(['[logscrub: empty message]', 'next']);
  });

  it('takes all of an array of events or none of it', async () => {
    const cw = await start();
    const { w } = writer(cw, 'atomic');
    expect(() => w.write([{ timestamp: Date.now(), message: 'ok' }, { timestamp: -1, message: 'bad' }])).toThrow(TypeError);
    await w.close();
    expect(w.stats().eventsDelivered).toBe(0);
  });

  it('with onFailure "throw", rejects close() with a SinkError, spills nothing and sends nothing after the failed batch', async () => {
    const cw = await start();
    cw.fault = () => 'unavailable';
    const spill = join(mkdtempSync(join(tmpdir(), 'logscrub-cw-')), 'spill.jsonl');
    const { w, warnings } = writer(cw, 'throw', { onFailure: 'throw', maxAttempts: 2, spill: { path: spill } });
    const line = 'q'.repeat(100_000);
    w.write(Array.from({ length: 30 }, (_, i) => ({ timestamp: Date.now(), message: `${i} ${line}` })));
    const error = await w.close().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SinkError);
    expect((error as SinkError).code).toBe('ERR_SINK_REJECTED');
    expect((error as Error).message).toMatch(/could not deliver 30 events to log group \/logscrub\/test, stream throw \(ServiceUnavailableException/);
    expect((error as Error).message).not.toContain(line);
    expect(w.stats()).toMatchObject({ failed: 30, spilled: 0, eventsDelivered: 0, buffered: 0 });
    // The first batch's two attempts, then nothing more.
    expect(cw.counts.get('PutLogEvents unavailable')).toBe(2);
    expect(existsSync(spill)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('counts the retries of a request that close() aborts at its deadline', async () => {
    const cw = await start();
    cw.fault = () => 'throttle';
    const { w } = writer(cw, 'aborted', { onFailure: 'throw', maxAttempts: 50 });
    w.write({ timestamp: Date.now(), message: 'never delivered' });
    await expect(w.close({ timeoutMs: 1500 })).rejects.toThrow(SinkError);
    const throttled = cw.counts.get('PutLogEvents throttle') ?? 0;
    expect(throttled).toBeGreaterThanOrEqual(2);
    // Every attempt after the first is a retry, also those of the request the abort cut short.
    expect(w.stats().retries).toBeGreaterThanOrEqual(throttled - 1);
    expect(w.stats()).toMatchObject({ failed: 1, eventsDelivered: 0 });
  });

  it('with createIfMissing "stream", creates the stream but never the group', async () => {
    const cw = await start({});
    const missingGroup = writer(cw, 'no-group', { createIfMissing: 'stream', onFailure: 'throw' });
    missingGroup.w.write({ timestamp: Date.now(), message: 'x' });
    await expect(missingGroup.w.close()).rejects.toThrow(/ResourceNotFoundException/);
    expect(cw.counts.get('CreateLogGroup ok')).toBeUndefined();

    await new CloudWatchLogsClient({ endpoint: cw.url }).send(new CreateLogGroupCommand({ logGroupName: GROUP }));
    const created = writer(cw, 'on-demand', { createIfMissing: 'stream' });
    created.w.write({ timestamp: Date.now(), message: 'delivered' });
    await created.w.close();
    expect(cw.events(GROUP, 'on-demand').map((e) => e.message)).toEqual(['delivered']);
    expect(cw.counts.get('CreateLogGroup ok')).toBe(1);
  });

  it('refuses bad options with an OptionsError naming the option', () => {
    expect(() => createCloudWatchWriter({ logGroupName: '', logStreamName: 's' })).toThrow(OptionsError);
    expect(() => createCloudWatchWriter({ logGroupName: 'g', logStreamName: 's', oversize: 'drop' as never })).toThrow(/"oversize" must be "split" or "truncate"/);
    expect(() => createCloudWatchWriter({ logGroupName: 'g', logStreamName: 's', maxBufferedBytes: 10 })).toThrow(/"maxBufferedBytes" must be a whole number ≥ 1048576/);
    expect(() => createCloudWatchWriter({ logGroupName: 'g', logStreamName: 's', flushIntervalMs: '1000' as never })).toThrow('received the string "1000"');
    expect(() => createCloudWatchWriter({ logGroupName: 'g', logStreamName: 's', spill: '/tmp/x' as never })).toThrow(/"spill" must be "stderr" or \{ path/);
    expect(() => createCloudWatchWriter({ logGroupName: 'g', logStreamName: 's', region: 5 as never })).toThrow(/"region" must be a non-empty string/);
  });
});

describe('CloudWatch writer in a process that exits', () => {
  const writerModule = join(import.meta.dirname, '..', '..', 'dist', 'src', 'io', 'cloudwatch.js');
  /**
   * Runs a script using the built writer in its own process, pointed at the local CloudWatch Logs
   * through AWS_ENDPOINT_URL_CLOUDWATCH_LOGS. Asynchronously: the server lives in this process.
   */
  function runScript(endpoint: string, script: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-cw-'));
    const file = join(dir, 'writer.mjs');
    writeFileSync(file, `import { createCloudWatchWriter } from ${JSON.stringify(writerModule)};\n${script}`);
    return new Promise((resolve) => {
      const env = { PATH: process.env.PATH ?? '', ...SDK_ENV, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: endpoint };
      execFile(process.execPath, [file], { env, timeout: 60_000 }, (error, stdout, stderr) => {
        resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
      });
    });
  }

  it('delivers everything pending when close() is awaited right before process.exit()', async () => {
    const cw = await start();
    const result = await runScript(
      cw.url,
      `const w = createCloudWatchWriter({ logGroupName: '${GROUP}', logStreamName: 'exit', flushIntervalMs: 60000 });
       for (let i = 0; i < 5000; i++) w.write({ timestamp: Date.now(), message: 'event ' + i });
       await w.close();
       process.exit(0);`,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(cw.events(GROUP, 'exit')).toHaveLength(5000);
  });

  it('delivers what is pending when the program just ends without close()', async () => {
    const cw = await start();
    const result = await runScript(
      cw.url,
      `const w = createCloudWatchWriter({ logGroupName: '${GROUP}', logStreamName: 'no-close', flushIntervalMs: 60000 });
       for (let i = 0; i < 100; i++) w.write({ timestamp: Date.now(), message: 'event ' + i });`,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(cw.events(GROUP, 'no-close')).toHaveLength(100);
  });

  it('with onFailure "throw", a writer whose close() rejected has nothing left to spill at exit', async () => {
    const cw = await start();
    await cw.down();
    const result = await runScript(
      cw.url,
      `const w = createCloudWatchWriter({ logGroupName: '${GROUP}', logStreamName: 'thrown', maxAttempts: 1, onFailure: 'throw' });
       w.write({ timestamp: Date.now(), message: 'not spilled' });
       const error = await w.close().then(() => undefined, (e) => e);
       process.stdout.write(JSON.stringify({ code: error?.code, stats: w.stats() }));
       process.exit(0);`,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ code: 'ERR_SINK_REJECTED', stats: { failed: 1, spilled: 0 } });
    expect(result.stderr).not.toContain('not spilled');
    expect(result.stderr).not.toMatch(/process exited before/);
  });

  // A review's: a write during the close the emptied event loop started reopens the writer; the
  // close's end then dropped the writer's exit hook (the new event lost at process.exit()), and a
  // batch that failed during that close left the reopened writer spilling everything after.
  it('reopened while its at-exit close is still sending, spills at process.exit() what it took', async () => {
    const cw = await start({ autoCreate: true, slowMs: 300 });
    cw.fault = (put) => (put === 1 ? 'slow' : undefined);
    const spill = join(mkdtempSync(join(tmpdir(), 'logscrub-cw-')), 'spill.jsonl');
    const result = await runScript(
      cw.url,
      `const w = createCloudWatchWriter({ logGroupName: '${GROUP}', logStreamName: 'reopened', spill: { path: ${JSON.stringify(spill)} } });
       w.write({ timestamp: Date.now(), message: 'a' });
       process.once('beforeExit', () => setTimeout(() => {
         w.write({ timestamp: Date.now(), message: 'b' });
         setTimeout(() => process.exit(0), 500);
       }, 50));`,
    );
    expect(result.status, result.stderr).toBe(0);
    const spilled = readFileSync(spill, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as LogEvent).message);
    expect([...cw.events(GROUP, 'reopened').map((e) => e.message), ...spilled]).toEqual(['a', 'b']);
  });

  it('reopened after a batch failed during its at-exit close, sends again', async () => {
    const cw = await start();
    cw.fault = (put) => (put === 1 ? 'unavailable' : undefined);
    const spill = join(mkdtempSync(join(tmpdir(), 'logscrub-cw-')), 'spill.jsonl');
    const result = await runScript(
      cw.url,
      `const w = createCloudWatchWriter({ logGroupName: '${GROUP}', logStreamName: 'again', maxAttempts: 1, spill: { path: ${JSON.stringify(spill)} } });
       w.write({ timestamp: Date.now(), message: 'a' });
       process.once('beforeExit', () => setTimeout(() => { for (const m of ['b', 'c']) w.write({ timestamp: Date.now(), message: m }); }, 100));`,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(cw.events(GROUP, 'again').map((e) => e.message)).toEqual(['b', 'c']);
    expect(readFileSync(spill, 'utf8')).toContain('"message":"a"');
  });

  it('spills and counts everything when CloudWatch is down for good, and exits cleanly', async () => {
    const cw = await start();
    await cw.down();
    const spill = join(mkdtempSync(join(tmpdir(), 'logscrub-cw-')), 'spill.jsonl');
    const result = await runScript(
      cw.url,
      `const w = createCloudWatchWriter({ logGroupName: '${GROUP}', logStreamName: 'gone', maxAttempts: 3, spill: { path: ${JSON.stringify(spill)} } });
       const line = 'y'.repeat(2000);
       for (let i = 0; i < 2000; i++) w.write({ timestamp: Date.now(), message: i + ' ' + line });
       await w.close();
       process.stdout.write(JSON.stringify(w.stats()));`,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ spilled: 2000, eventsDelivered: 0, buffered: 0 });
    const lines = readFileSync(spill, 'utf8').trim().split('\n');
    expect(lines.map((l) => Number((JSON.parse(l) as LogEvent).message.split(' ')[0])).sort((a, b) => a - b)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(result.stderr).toMatch(/could not deliver \d+ events to log group \/logscrub\/test, stream gone/);
  });
});
