import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
// The built module: its workers load dist/src/cli/scrub-worker.js (npm test builds first).
import { createParallelScrub } from '../../../dist/src/cli/parallel.js';
import { createRedactor, resolveOptions } from '../../../dist/src/index.js';

const s = createSampler(77);

/** Blocks of whole lines; block 1 ends on a PEM BEGIN line, so block 2 depends on its carry. */
function blocks(): Buffer[] {
  const line = (i: number) => `{"i":${i},"password":"${s.password()}","traceId":"${s.hex(32)}"}\n`;
  const body = Array.from({ length: 3 }, () => `${s.base64(64)}\n`).join('');
  return [
    Buffer.from(`${line(0)}${line(1)}-----BEGIN PRIVATE KEY-----\n`),
    Buffer.from(`${body}-----END PRIVATE KEY-----\n${line(2)}`),
    Buffer.from(`token ${s.jwt()}\n${line(3)}`),
    Buffer.from('[REDACTED:line-too-long]\n'),
    Buffer.from(line(4)),
  ];
}

async function viaPool(jobs: number, input: Buffer[]): Promise<{ out: Buffer; stats: unknown }> {
  const options = resolveOptions({});
  const written: Buffer[] = [];
  const pool = createParallelScrub(options, createRedactor(options), jobs, (b: Buffer) => {
    written.push(Buffer.from(b));
    return undefined;
  });
  // Let the workers start, so blocks really go to them.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const [i, block] of input.entries()) await (i === 3 ? pool.pushLiteral(block) : pool.push(block));
  await pool.finish();
  return { out: Buffer.concat(written), stats: pool.stats() };
}

describe('createParallelScrub', () => {
  it('writes what one scrubber writes in order, redoing a block whose PEM carry was guessed wrong', async () => {
    const input = blocks();
    const one = createRedactor();
    const expected = Buffer.concat(input.map((b, i) => (i === 3 ? b : one.redactBuffer(b))));
    expect(expected.toString()).not.toMatch(/^[A-Za-z0-9+/]{64}$/m);
    const { out, stats } = await viaPool(2, input);
    expect(out.toString()).toBe(expected.toString());
    expect(stats).toEqual(one.stats());
  });
});
