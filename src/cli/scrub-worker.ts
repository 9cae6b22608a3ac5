/**
 * A worker thread of `logscrub scrub --jobs N`: redacts the blocks of whole lines the main thread
 * sends, each from the carry it is told, and sends back the result (or `null` when nothing
 * changed), the carry the block leaves, and the block's counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedOptions } from '../options.js';
import { createRedactor } from '../redactor.js';
import type { StatsSnapshot } from '../types.js';

/** A block to redact. `bytes` owns its ArrayBuffer (it was transferred). */
export interface BlockJob {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly carry: number;
}

export interface BlockResult {
  readonly seq: number;
  /** The redacted block, or null when it came out unchanged. */
  readonly out: Uint8Array | null;
  /** The block as it was sent, handed back (its memory was transferred both ways). */
  readonly input: Uint8Array;
  /** The carry the job started from, and the one it leaves. */
  readonly carryIn: number;
  readonly carryOut: number;
  readonly stats: StatsSnapshot;
}

/** Whether a Buffer's memory can be transferred: it must own its whole ArrayBuffer (not Node's pool). */
export const ownsBuffer = (bytes: Uint8Array): boolean => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

if (parentPort !== null) {
  const port = parentPort;
  const scrubber = createRedactor(workerData as ResolvedOptions);
  port.on('message', (job: BlockJob) => {
    scrubber.carry = job.carry;
    scrubber.resetStats();
    const input = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    const out = scrubber.redactBuffer(input);
    const changed = out !== input;
    const result: BlockResult = { seq: job.seq, out: changed ? out : null, input: job.bytes, carryIn: job.carry, carryOut: scrubber.carry, stats: scrubber.stats() };
    const transfer = [job.bytes.buffer as ArrayBuffer];
    if (changed && ownsBuffer(out)) transfer.push(out.buffer as ArrayBuffer);
    port.postMessage(result, transfer);
  });
  port.postMessage('ready');
}
