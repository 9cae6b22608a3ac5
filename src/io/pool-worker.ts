/**
 * A worker thread of `createLineScrubberPool`: builds the same scrubber from the resolved options,
 * redacts the blocks of whole lines the main thread sends, each from the carry it is told, and
 * sends back the result (or `null` when nothing changed), the carry the block leaves, and the
 * block's counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedOptions } from '../options.js';
import { createScrubber } from '../scrubber.js';
import type { Carry, StatsSnapshot } from '../types.js';
import { threadCpuMs } from './thread-clock.js';

/** A block to redact (a copy of the main thread's). */
export interface BlockJob {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly carry: Carry;
}

export interface BlockReply {
  readonly seq: number;
  /** The redacted block, or null when it came out unchanged. */
  readonly out: Uint8Array | null;
  /** The carry the job started from, and the one it leaves. */
  readonly carryIn: Carry;
  readonly carryOut: Carry;
  readonly stats: StatsSnapshot;
}

/** Whether a Buffer's memory can be transferred: it must own its whole ArrayBuffer (not Node's pool). */
export const ownsBuffer = (bytes: Uint8Array): boolean => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

if (parentPort !== null) {
  const port = parentPort;
  const scrubber = createScrubber(workerData as ResolvedOptions, {}, { cpuClock: threadCpuMs });
  port.on('message', (job: BlockJob) => {
    const result = scrubber.redactBlock(job.bytes, job.carry);
    const changed = result.bytes.buffer !== job.bytes.buffer;
    const reply: BlockReply = { seq: job.seq, out: changed ? result.bytes : null, carryIn: job.carry, carryOut: result.carry, stats: result.stats };
    // The redacted block is new memory of this thread: it travels without a copy when it owns it.
    port.postMessage(reply, changed && ownsBuffer(result.bytes) ? [result.bytes.buffer as ArrayBuffer] : []);
  });
  port.postMessage('ready');
}
