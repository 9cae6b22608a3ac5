import { brotliCompressSync, deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FirehoseTransformationResultRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { createScrubber } from '../../../src/index.js';
import { createFirehoseHandler } from '../../../src/lambda/firehose.js';
import type { InvocationMetrics } from '../../../src/lambda/metrics.js';
import { CONTROL_PAYLOAD, dataPayload, encodeRecord, firehoseEvent, lambdaContext, mixedBatch } from '../../support/lambda-events.js';

const scrubber = createScrubber();
const s = createSampler(31);

function firehose(options: { output?: 'envelope' | 'lines'; maxResponseBytes?: number } = {}) {
  const warnings: string[] = [];
  const metrics: InvocationMetrics[] = [];
  const handler = createFirehoseHandler({ scrubber, ...options, onWarning: (m) => warnings.push(m), onMetrics: (m) => metrics.push(m) });
  return { handler, warnings, metrics };
}

const decodedPayload = (record: FirehoseTransformationResultRecord): Record<string, unknown> =>
  JSON.parse(gunzipSync(Buffer.from(record.data as string, 'base64')).toString('utf8')) as Record<string, unknown>;

describe('firehoseHandler', () => {
  it('returns exactly one result per record, with its recordId, in order: Ok, Dropped or ProcessingFailed', async () => {
    const secret = s.jwt();
    const event = firehoseEvent([
      encodeRecord(dataPayload([`Bearer ${secret}`, 'plain'])),
      encodeRecord(CONTROL_PAYLOAD),
      Buffer.from(`{"messageType":"DATA_MESSAGE","token":"${secret}"`).toString('base64'),
      encodeRecord(`{"messageType":"DATA_MESSAGE","note":"${secret}"`),
      'not base64!',
    ]);
    const { handler, warnings, metrics } = firehose();
    const { records } = await handler(event, lambdaContext());

    expect(records.map((r) => r.recordId)).toEqual(event.records.map((r) => r.recordId));
    expect(records.map((r) => r.result)).toEqual(['Ok', 'Dropped', 'Ok', 'ProcessingFailed', 'ProcessingFailed']);
    const payload = decodedPayload(records[0]!);
    expect((payload.logEvents as { message: string }[]).map((e) => e.message)).toEqual(['Bearer [REDACTED:jwt]', 'plain']);
    // Not gzip: raw lines, redacted as text.
    expect(Buffer.from(records[2]!.data as string, 'base64').toString()).toBe('{"messageType":"DATA_MESSAGE","token":"[REDACTED:jwt]"');
    for (const r of records.slice(3)) expect(r.data).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^firehose record ${event.records[3]!.recordId}: ProcessingFailed: record 4 is not JSON after gunzip`));
    expect(warnings[1]).toMatch(/record 5 data is not valid base64/);
    for (const w of warnings) expect(w).not.toContain(secret);
    expect(metrics[0]).toMatchObject({ handler: 'firehose', records: { ok: 2, dropped: 1, failed: 2 } });
  });

  it("follows a key or a YAML value open at a message's end into the same stream's next record, never another stream's", async () => {
    // A review's: a batch of two log groups, the first ending in `password: |`, took the second's
    // clean, indented lines for the password's.
    const keyBody = s.base64(64);
    const event = firehoseEvent([
      encodeRecord(dataPayload(['deploying config', 'password: |'], { logGroup: '/team-a/app' })),
      encodeRecord(dataPayload(['  GET /health 200 2ms', '  GET /orders 200 13ms'], { logGroup: '/team-b/web' })),
      encodeRecord(dataPayload(['-----BEGIN PRIVATE KEY-----'], { logGroup: '/team-c/worker' })),
      encodeRecord(dataPayload([keyBody, '-----END PRIVATE KEY-----'], { logGroup: '/team-c/worker' })),
      encodeRecord(dataPayload([s.base64(64), 'done'], { logGroup: '/team-d/cron' })),
    ]);
    const { handler } = firehose();
    const { records } = await handler(event, lambdaContext());
    const messages = records.map((r) => (decodedPayload(r).logEvents as { message: string }[]).map((e) => e.message));
    expect(messages[1]).toEqual(['  GET /health 200 2ms', '  GET /orders 200 13ms']);
    expect(messages[3]?.[0]).not.toContain(keyBody);
    expect(messages[4]?.[1]).toBe('done');
    expect(messages[4]?.[0]).not.toContain('REDACTED');
  });

  it('keeps the gzip’d envelope: the same fields, ids and timestamps, only the messages redacted', async () => {
    const { messages, secrets } = mixedBatch(400_000);
    const input = dataPayload(messages, { extra: { policyLevel: 'ACCOUNT_LEVEL_POLICY' } });
    const { handler } = firehose();
    const { records } = await handler(firehoseEvent([encodeRecord(input)]), lambdaContext());
    const output = decodedPayload(records[0]!);
    const { logEvents: inEvents, policyLevel: _, ...inRest } = input as { logEvents: { id: string; timestamp: number }[]; policyLevel: string };
    const { logEvents: outEvents, ...outRest } = output as { logEvents: { id: string; timestamp: number; message: string }[] };
    expect(outRest).toEqual(inRest);
    expect(outEvents.map((e) => [e.id, e.timestamp])).toEqual(inEvents.map((e) => [e.id, e.timestamp]));
    const text = outEvents.map((e) => e.message).join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('gives every record of an invocation the bytes it gets alone, although each record’s inflated JSON is reused for the scan and for its output', async () => {
    const { messages, secrets } = mixedBatch(200_000);
    const datas = [
      encodeRecord(dataPayload(messages.slice(0, 40), { logStream: 'small' })),
      encodeRecord(dataPayload(messages, { logStream: 'large', extra: { policyLevel: 'ACCOUNT_LEVEL_POLICY' } })),
      encodeRecord(dataPayload(['東京 🎉', `Bearer ${s.jwt()}`], { logStream: 'unicode' })),
    ];
    for (const output of ['envelope', 'lines'] as const) {
      const { handler } = firehose({ output });
      const together = (await handler(firehoseEvent(datas), lambdaContext())).records.map((r) => r.data);
      const alone = await Promise.all(datas.map(async (d) => (await handler(firehoseEvent([d]), lambdaContext())).records[0]!.data));
      expect(together).toEqual(alone);
      const text = together.map((d) => (output === 'lines' ? Buffer.from(d as string, 'base64') : gunzipSync(Buffer.from(d as string, 'base64'))).toString('utf8')).join('\n');
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('writes the messages one a line, uncompressed, when output is "lines"', async () => {
    const secret = s.jwt();
    const { handler } = firehose({ output: 'lines' });
    const { records } = await handler(firehoseEvent([encodeRecord(dataPayload(['a', `b ${secret}`, 'c\nd']))]), lambdaContext());
    expect(Buffer.from(records[0]!.data as string, 'base64').toString()).toBe('a\nb [REDACTED:jwt]\nc\nd\n');
  });

  it('fails the records that would take the response over its limit, and only those', async () => {
    const big = (seed: number) => encodeRecord(dataPayload(mixedBatch(200_000, seed).messages));
    const event = firehoseEvent([big(1), big(2), encodeRecord(CONTROL_PAYLOAD), big(3)]);
    const unbounded = await firehose().handler(event, lambdaContext());
    const budget = Math.round((unbounded.records[0]!.data as string).length * 1.5);
    const { handler, warnings } = firehose({ maxResponseBytes: budget });
    const { records } = await handler(event, lambdaContext());
    expect(records.map((r) => r.result)).toEqual(['Ok', 'ProcessingFailed', 'Dropped', 'ProcessingFailed']);
    expect(JSON.stringify({ records }).length).toBeLessThanOrEqual(budget);
    expect(warnings[0]).toMatch(new RegExp(`would take the response over ${budget} bytes`));
  });

  it('fails a raw record that holds a NUL byte (deflate, brotli, a gzip after text) instead of passing it on unread', async () => {
    const secret = s.jwt();
    const lines = `{"authorization":"Bearer ${secret}"}\n`.repeat(20);
    const binary = [deflateSync(lines), brotliCompressSync(lines), Buffer.concat([Buffer.from('hello\n'), gzipSync(lines)])];
    const event = firehoseEvent([...binary.map((b) => b.toString('base64')), Buffer.from(`Bearer ${secret}\n`).toString('base64')]);
    const { handler, warnings, metrics } = firehose();

    const { records } = await handler(event, lambdaContext());

    expect(records.map((r) => r.result)).toEqual(['ProcessingFailed', 'ProcessingFailed', 'ProcessingFailed', 'Ok']);
    for (const r of records.slice(0, 3)) expect(r.data).toBeUndefined();
    expect(Buffer.from(records[3]!.data as string, 'base64').toString()).toBe('Bearer [REDACTED:jwt]\n');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/record 1 is binary \(a NUL byte at offset \d+\); not scrubbed/);
    expect(metrics[0]).toMatchObject({ records: { ok: 1, failed: 3 } });
  });

  it('redacts a secret in the envelope’s own fields (owner, logGroup, logStream, filters, an event id) and keeps clean ones as they are', async () => {
    const jwt = s.jwt();
    const dirty = dataPayload(['plain'], { logGroup: `/app/${jwt}`, logStream: `session=${jwt}`, extra: { owner: `Bearer ${jwt}`, subscriptionFilters: ['f', `Bearer ${jwt}`] } });
    (dirty.logEvents as { id: string }[])[0]!.id = `Bearer ${jwt}`;
    const clean = dataPayload(['also plain']);
    const { handler, metrics } = firehose();

    const { records } = await handler(firehoseEvent([encodeRecord(dirty), encodeRecord(clean)]), lambdaContext());

    expect(records.map((r) => r.result)).toEqual(['Ok', 'Ok']);
    const text = gunzipSync(Buffer.from(records[0]!.data as string, 'base64')).toString('utf8');
    expect(text).not.toContain(jwt);
    expect(decodedPayload(records[0]!)).toMatchObject({
      owner: 'Bearer [REDACTED:jwt]',
      logGroup: '/app/[REDACTED:jwt]',
      subscriptionFilters: ['f', 'Bearer [REDACTED:jwt]'],
      logEvents: [{ id: 'Bearer [REDACTED:jwt]', message: 'plain' }],
    });
    expect(decodedPayload(records[1]!)).toEqual(clean);
    expect(JSON.stringify(metrics)).not.toContain(jwt);
    expect(metrics[0]!.stats.byRule.jwt).toBeGreaterThanOrEqual(4);
  });

  it('passes an empty record on as an empty record: Firehose takes data of 0 bytes, and there is nothing in it to redact', async () => {
    const { handler, warnings, metrics } = firehose();

    const { records } = await handler(firehoseEvent(['', Buffer.from('plain\n').toString('base64')]), lambdaContext());

    expect(records.map((r) => [r.result, r.data])).toEqual([['Ok', ''], ['Ok', Buffer.from('plain\n').toString('base64')]]);
    expect(warnings).toEqual([]);
    expect(metrics[0]).toMatchObject({ records: { ok: 2, dropped: 0, failed: 0 } });
  });

  it('refuses an event that is not a Firehose transformation event', async () => {
    const { handler } = firehose();
    await expect(handler({} as never, lambdaContext())).rejects.toThrow(/not a Firehose transformation event/);
  });
});
