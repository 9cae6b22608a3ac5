import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { threadStreamRing } from '../../../src/io/thread-stream-ring.js';

const MODULE = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'dist', 'src', 'io', 'thread-stream-ring.js')).href;

/**
 * What `threadStreamRing` makes of a worker started as thread-stream 3 starts one (its shared
 * buffers, the target's options in `workerData.workerData`, `$context.threadStreamVersion`), with
 * `text` at the start of the buffer and `writeIndex` where the writer stands.
 */
async function inWorker(setup: { version: string; sameOptions: boolean; text: string; writeIndex: number; asked: string }) {
  const dataBuf = new SharedArrayBuffer(64);
  const stateBuf = new SharedArrayBuffer(128);
  Buffer.from(dataBuf).write(setup.text);
  new Int32Array(stateBuf)[4] = setup.writeIndex;
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(${JSON.stringify(MODULE)}).then(async ({ threadStreamRing }) => {
      const options = workerData.sameOptions ? workerData.workerData : { ...workerData.workerData };
      const ring = threadStreamRing(options);
      if (ring === undefined) return parentPort.postMessage({ ring: false });
      const span = ring.spanOf(workerData.asked);
      const next = await ring.next();
      let released = 'released';
      try {
        // Someone else's read: a span that does not start at the read position.
        ring.release({ start: 1, end: 2 });
      } catch (error) {
        released = error.message;
      }
      if (typeof next === 'object') ring.release(next);
      const read = new Int32Array(workerData.stateBuf)[8];
      ring.close();
      parentPort.postMessage({ ring: true, span: span ?? null, next, released, read });
    });
  `;
  const worker = new Worker(code, {
    eval: true,
    workerData: { dataBuf, stateBuf, sameOptions: setup.sameOptions, asked: setup.asked, workerData: { $context: { threadStreamVersion: setup.version }, destination: 1 } },
  });
  const [message] = (await once(worker, 'message')) as [unknown];
  await worker.terminate();
  return message;
}

describe("threadStreamRing: thread-stream's shared buffer, only where it is certainly there", () => {
  it('is not there on the main thread', () => {
    expect(threadStreamRing({ $context: { threadStreamVersion: '3.2.0' } })).toBeUndefined();
  });

  it("reads thread-stream 3's buffer when the options are thread-stream's own, and finds the chunk it decoded", async () => {
    const message = await inWorker({ version: '3.2.0', sameOptions: true, text: 'a=1\nb=é\n', writeIndex: 9, asked: 'a=1\nb=é\n' });
    expect(message).toEqual({
      ring: true,
      span: { start: 0, end: 9 },
      next: { start: 0, end: 9 },
      released: "thread-stream's buffer was read elsewhere too (its read position is 0, where this reader had read to 1)",
      read: 9,
    });
  });

  it('says so when the chunk written is not what the buffer holds at the reader', async () => {
    const message = await inWorker({ version: '3.2.0', sameOptions: true, text: 'a=1\n', writeIndex: 4, asked: 'a=2\n' });
    expect(message).toMatchObject({ ring: true, span: null });
  });

  it('ends when the writer has ended (WRITE_INDEX -1)', async () => {
    const message = await inWorker({ version: '3.2.0', sameOptions: true, text: '', writeIndex: -1, asked: '' });
    expect(message).toMatchObject({ ring: true, next: 'end' });
  });

  it('is not there for options that are a copy (a target inside pino targets) or another thread-stream major', async () => {
    expect(await inWorker({ version: '3.2.0', sameOptions: false, text: 'a\n', writeIndex: 2, asked: 'a\n' })).toEqual({ ring: false });
    expect(await inWorker({ version: '4.0.0', sameOptions: true, text: 'a\n', writeIndex: 2, asked: 'a\n' })).toEqual({ ring: false });
  });
});
