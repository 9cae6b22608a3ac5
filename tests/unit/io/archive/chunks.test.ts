import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createGzipSink, gunzipChunks, peek } from '../../../../src/io/archive/chunks.js';

async function* from(...parts: Buffer[]): AsyncGenerator<Buffer> {
  yield* parts;
}
async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of source) parts.push(c);
  return Buffer.concat(parts);
}

describe('peek', () => {
  it('returns the first bytes and the whole source again, nothing lost', async () => {
    const { head, source } = await peek(from(Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef')), 3);
    expect(head.toString()).toBe('abcd');
    expect((await collect(source)).toString()).toBe('abcdef');
  });

  it('stops at the end of a short source', async () => {
    const { head, source } = await peek(from(Buffer.from('a')), 100);
    expect(head.toString()).toBe('a');
    expect((await collect(source)).toString()).toBe('a');
  });
});

describe('gunzipChunks', () => {
  it('inflates concatenated gzip members as one stream, as Firehose writes them', async () => {
    const out = await collect(gunzipChunks(from(gzipSync('{"a":1}'), gzipSync('{"b":2}'))));
    expect(out.toString()).toBe('{"a":1}{"b":2}');
  });

  it('rejects a truncated gzip with a reason that says so', async () => {
    const whole = gzipSync('x'.repeat(10_000));
    await expect(collect(gunzipChunks(from(whole.subarray(0, whole.length - 10))))).rejects.toThrow(/truncated gzip/);
  });

  it('rejects corrupt gzip data as corrupt', async () => {
    const bad = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]), Buffer.from('not deflate at all')]);
    await expect(collect(gunzipChunks(from(bad)))).rejects.toThrow(/corrupt gzip data/);
  });
});

describe('createGzipSink', () => {
  it('deflates what it is given, in order, into the next sink', async () => {
    const parts: Buffer[] = [];
    const gz = createGzipSink((b) => void parts.push(b), 6);
    await gz.write(Buffer.from('hello '));
    await gz.write(Buffer.from('world'));
    await gz.end();
    expect(gunzipSync(Buffer.concat(parts)).toString()).toBe('hello world');
  });

  it('rejects a write once the next sink has failed', async () => {
    const gz = createGzipSink(() => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    }, 1);
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    await expect((async () => {
      for (let i = 0; i < 8; i++) await gz.write(big);
      await gz.end();
    })()).rejects.toThrow(/disk full/);
  });
});
