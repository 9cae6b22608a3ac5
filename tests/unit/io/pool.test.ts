import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
// The built modules: the pool's workers load dist/src/io/pool-worker.js. The suite's global setup
// builds dist/ first, so this is never a stale build.
import { createLineScrubberPool } from '../../../dist/src/io/pool.js';
import { createScrubber } from '../../../dist/src/index.js';

const s = createSampler(77);

/** Chunks of a stream; the first ends on a PEM BEGIN line, so the second depends on its carry. */
function chunks(): Buffer[] {
  const line = (i: number) => `{"i":${i},"password":"${s.password()}","traceId":"${s.hex(32)}"}\n`;
  const body = Array.from({ length: 3 }, () => `${s.base64(64)}\n`).join('');
  return [
    Buffer.from(`${line(0)}${line(1)}-----BEGIN PRIVATE KEY-----\n`),
    Buffer.from(`${body}-----END PRIVATE KEY-----\n${line(2)}`),
    Buffer.from(`token ${s.jwt()}\n${line(3)}${'x'.repeat(3000)}\n`),
    Buffer.from(line(4)),
  ];
}

const scrubber = createScrubber({ maxLineBytes: 2048 });

function viaLineScrubber(input: Buffer[]) {
  const lines = scrubber.stream();
  const out = Buffer.concat([...input.flatMap((c) => lines.push(c)), ...lines.end()]);
  return { out, stats: lines.stats() };
}

async function viaPool(input: Buffer[], jobs: number, workerUrl?: URL) {
  const written: Buffer[] = [];
  const warnings: string[] = [];
  const pool = createLineScrubberPool(scrubber, {
    jobs,
    write: (b: Buffer) => {
      written.push(Buffer.from(b));
      return undefined;
    },
    onWarning: (w: string) => warnings.push(w),
    ...(workerUrl === undefined ? {} : { workerUrl }),
  });
  // Let the workers start, so blocks really go to them.
  await pool.ready();
  for (const chunk of input) await pool.push(Buffer.from(chunk));
  await pool.end();
  return { out: Buffer.concat(written), stats: pool.stats(), warnings };
}

describe('createLineScrubberPool', () => {
  it('writes what one line scrubber writes, in order, with the same counts, redoing a block whose PEM carry was guessed wrong', async () => {
    const input = chunks();
    const expected = viaLineScrubber(input);
    expect(expected.out.toString()).not.toMatch(/^[A-Za-z0-9+/]{64}$/m);
    expect(expected.out.toString()).toContain('[REDACTED:line-too-long]\n');
    const { out, stats, warnings } = await viaPool(input, 2);
    expect(out.toString()).toBe(expected.out.toString());
    const { blocksOnWorkers, blocksHere, ...counts } = stats;
    expect(counts).toEqual(expected.stats);
    expect(warnings).toEqual([]);
    // The blocks were redacted by the worker threads, not silently on this one.
    expect(blocksOnWorkers).toBeGreaterThanOrEqual(3);
    expect(blocksHere).toBeLessThanOrEqual(1);
  });

  it('leaves every block to threads started from the outset, even the blocks framed before one is ready', async () => {
    // Without the PEM key: no block is redone here for a carry guessed wrong.
    const input = chunks().slice(2);
    const expected = viaLineScrubber(input).out.toString();
    const written: Buffer[] = [];
    const pool = createLineScrubberPool(scrubber, { jobs: 2, write: (b: Buffer) => void written.push(Buffer.from(b)) });
    // No wait for ready(): this thread would otherwise redact these blocks itself, cold.
    for (const chunk of input) await pool.push(Buffer.from(chunk));
    await pool.end();
    expect(pool.stats()).toMatchObject({ blocksHere: 0, blocksOnWorkers: 2 });
    expect(Buffer.concat(written).toString()).toBe(expected);
  });

  it('redacts on this thread until startAfterBytes have been read', async () => {
    const input = chunks();
    const expected = viaLineScrubber(input).out.toString();
    const written: Buffer[] = [];
    const pool = createLineScrubberPool(scrubber, { jobs: 2, startAfterBytes: 1 << 30, write: (b: Buffer) => void written.push(b) });
    for (const chunk of input) await pool.push(chunk);
    await pool.end();
    expect(pool.stats().blocksOnWorkers).toBe(0);
    expect(Buffer.concat(written).toString()).toBe(expected);
  });

  it('redoes on this thread, never loses, the blocks of a worker that dies with them', async () => {
    // Blocks over 4 KiB own their memory: the kind a transfer to the worker would have taken away.
    const big = chunks().map((c) => Buffer.concat([c, Buffer.from(`${'{"pad":"x"}\n'.repeat(600)}`)]));
    const expected = viaLineScrubber(big);
    const dying = new URL('../../support/dying-pool-worker.mjs', import.meta.url);
    const { out, stats, warnings } = await viaPool(big, 2, dying);
    expect(out.toString()).toBe(expected.out.toString());
    expect(stats.lines).toBe(expected.stats.lines);
    expect(stats.blocksOnWorkers).toBe(0);
    expect(warnings[0]).toMatch(/a worker thread stopped \(exit code 3\); its blocks are redacted on the main thread/);
  });

  it('rejects push and end with the error write threw, instead of crashing the process', async () => {
    const broken = new Error('EPIPE: the reader went away');
    let calls = 0;
    const pool = createLineScrubberPool(scrubber, {
      jobs: 1,
      startAfterBytes: 1 << 30,
      write: () => (++calls === 2 ? Promise.reject(broken) : undefined),
    });
    const pushes = (async () => {
      for (let i = 0; i < 50; i++) await pool.push(Buffer.from(`line ${i}\n`));
    })();
    await expect(pushes).rejects.toBe(broken);
    await expect(pool.end()).rejects.toBe(broken);
  });
});
