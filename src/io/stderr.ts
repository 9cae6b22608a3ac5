/**
 * writeStderr(): text to fd 2 now, synchronously. In a worker thread (pino's transport runs in
 * one) `process.stderr` is relayed through the main thread's event loop, which at exit is blocked
 * waiting for the worker and then gone: spilled events and warnings written that way are lost.
 */
import { writeSync } from 'node:fs';

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** @example writeStderr('logscrub: 3 events spilled\n'); */
export function writeStderr(text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(2, bytes));
    } catch (error) {
      // A non-blocking pipe that is full: wait a moment for the reader (another process), then
      // try again; a reader gone for good is EPIPE, which ends it.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}
