import { describe, expect, it } from 'vitest';
import { coalesce } from '../../../../src/io/s3/body.js';

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}
const collect = async (source: AsyncIterable<Buffer>): Promise<Buffer[]> => {
  const out: Buffer[] = [];
  for await (const b of source) out.push(b);
  return out;
};

describe('coalesce', () => {
  it('joins small chunks into blocks of at least the size asked, bytes in order, the last block shorter', async () => {
    const blocks = await collect(coalesce(chunks(Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101, 102]), Buffer.from('g')), 4));
    expect(blocks.map((b) => b.toString())).toEqual(['abcd', 'efg']);
  });

  it('passes a chunk that is big enough on its own through without copying it', async () => {
    const big = Buffer.from('0123456789');
    const blocks = await collect(coalesce(chunks(big, Buffer.from('x')), 4));
    expect(blocks[0]).toBe(big);
    expect(blocks.map((b) => b.toString())).toEqual(['0123456789', 'x']);
  });

  it('gives nothing for an empty body', async () => {
    expect(await collect(coalesce(chunks(), 4))).toEqual([]);
  });
});
