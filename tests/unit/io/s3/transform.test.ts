import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import { InputError } from '../../../../src/errors.js';
import { decodePayloads } from '../../../../src/framing/cloudwatch.js';
import { isCorruptObject, transformObject } from '../../../../src/io/s3/transform.js';
import { createScrubber } from '../../../../src/scrubber.js';
import { dataPayload } from '../../../support/lambda-events.js';

const scrubber = createScrubber({});
const sampler = createSampler(1401);

/** An object's bytes as S3 hands them over: in chunks of `size`. */
const chunks = (bytes: Buffer, size = 7): AsyncIterable<Uint8Array> =>
  Readable.from((function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })());

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const t = transformObject(source, scrubber);
  const parts: Buffer[] = [];
  for await (const part of t.output) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function failure(source: AsyncIterable<Uint8Array>): Promise<unknown> {
  return collect(source).then(() => undefined, (error: unknown) => error);
}

const jwt = sampler.jwt();
const clean = '{"level":30,"msg":"caf\\u00e9 ☕","n":1.50,"req":{"id":"7f3a"}}\n';
const dirty = `{"level":40,"msg":"login","authorization":"Bearer ${jwt}"}\n`;
const log = Buffer.from(`${clean}${dirty}plain text line\n${clean}`);

describe('transformObject', () => {
  it('redacts a plain object and leaves every clean line byte-identical', async () => {
    const out = (await collect(chunks(log))).toString('utf8');
    const lines = out.split('\n');
    expect(out).not.toContain(jwt);
    expect(lines[0]).toBe(clean.trimEnd());
    expect(lines[2]).toBe('plain text line');
    expect(lines[3]).toBe(clean.trimEnd());
    expect(lines).toHaveLength(5);
  });

  it('gives gzip back for gzip, with the same redacted lines inside', async () => {
    const plain = await collect(chunks(log));
    const gz = await collect(chunks(gzipSync(log), 5));
    expect(gz[0]).toBe(0x1f);
    expect(gunzipSync(gz).equals(plain)).toBe(true);
  });

  it('reads a gzip of several members (concatenated .gz files) whole', async () => {
    const out = await collect(chunks(Buffer.concat([gzipSync(clean), gzipSync(dirty)])));
    expect(gunzipSync(out).toString('utf8')).toBe(`${clean}${(await collect(chunks(Buffer.from(dirty)))).toString('utf8')}`);
  });

  it('counts lines and secrets, and says whether the object was gzip', async () => {
    const t = transformObject(chunks(gzipSync(log)), scrubber);
    for await (const _ of t.output) void _;
    expect(t.gzip()).toBe(true);
    expect(t.stats().lines).toBe(4);
    expect(Object.values(t.stats().byRule).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(t.bytesIn()).toBe(gzipSync(log).length);
  });

  it('turns an empty object into an empty object', async () => {
    expect((await collect(chunks(Buffer.alloc(0)))).length).toBe(0);
  });

  it('fails a corrupt gzip as corrupt, writing none of it', async () => {
    const gz = gzipSync(log);
    gz.fill(0x41, 12, 40);
    const error = await failure(chunks(gz));
    expect(isCorruptObject(error)).toBe(true);
  });

  it('fails a truncated gzip as corrupt', async () => {
    const gz = gzipSync(log);
    const error = await failure(chunks(gz.subarray(0, gz.length - 20)));
    expect(isCorruptObject(error)).toBe(true);
  });

  it('redacts a Firehose object of gzip\'d CloudWatch envelopes (no compression of its own), keeping every envelope', async () => {
    const payloads = [dataPayload([dirty.trimEnd(), 'clean line']), dataPayload([`token: Bearer ${jwt}`])];
    const object = Buffer.concat(payloads.map((p) => gzipSync(JSON.stringify(p))));
    const out = await collect(chunks(object, 64));
    expect(gunzipSync(out).includes(jwt)).toBe(false);
    const back = decodePayloads(out, 'the output');
    expect(back.map((p) => p.logEvents.map((e) => [e.id, e.timestamp]))).toEqual(payloads.map((p) => (p.logEvents as { id: string; timestamp: number }[]).map((e) => [e.id, e.timestamp])));
    expect(back[0]?.logEvents[1]?.message).toBe('clean line');
  });

  it('unpacks gzip inside gzip (Firehose compressing gzip\'d records) and packs it back the same way', async () => {
    const object = gzipSync(Buffer.concat([gzipSync(dirty), gzipSync(clean)]));
    const out = await collect(chunks(object, 64));
    const inner = gunzipSync(gunzipSync(out)).toString('utf8');
    expect(inner).not.toContain(jwt);
    expect(inner.endsWith(clean)).toBe(true);
  });

  it('fails a binary object as corrupt rather than pass it through', async () => {
    const error = await failure(chunks(Buffer.from([0x41, 0x00, 0x42, 0x0a])));
    expect(error).toBeInstanceOf(InputError);
    expect(isCorruptObject(error)).toBe(true);
  });

  it('fails an object that turns binary past its first 64 KiB (a .gz appended to a log) rather than pass it through', async () => {
    const joined = Buffer.concat([Buffer.from(clean.repeat(4000)), gzipSync(dirty)]);
    const error = await failure(chunks(joined, 16 * 1024));
    expect(isCorruptObject(error)).toBe(true);
    expect((error as Error).message).toMatch(/^binary file \(a NUL byte at offset \d+\); not scrubbed$/);
  });

  it('redacts a secret in the logGroup of a Firehose object of envelopes', async () => {
    const envelope = JSON.stringify({ ...dataPayload(['nothing here']), logGroup: `/app/token=${jwt}` });
    const out = (await collect(chunks(Buffer.from(envelope)))).toString();
    expect(out).not.toContain(jwt);
    expect(JSON.parse(out).logGroup).toBe('/app/token=[REDACTED:jwt]');
  });

  it('does not take a network error for a corrupt object', () => {
    expect(isCorruptObject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(false);
  });
});
