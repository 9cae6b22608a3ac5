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

/** A block to redact. `bytes` owns its ArrayBuffer (it was transferred). */
export interface BlockJob {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly carry: Carry;
}

export interface BlockReply {
  readonly seq: number;
  /** The redacted block, or null when it came out unchanged. */
  readonly out: Uint8Array | null;
  /** The block as it was sent, handed back (its memory was transferred both ways). */
  readonly input: Uint8Array;
  /** The carry the job started from, and the one it leaves. */
  readonly carryIn: Carry;
  readonly carryOut: Carry;
  readonly stats: StatsSnapshot;
}

/** Whether a Buffer's memory can be transferred: it must own its whole ArrayBuffer (not Node's pool). */
export const ownsBuffer = (bytes: Uint8Array): boolean => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

if (parentPort !== null) {
  const port = parentPort;
  const scrubber = createScrubber(workerData as ResolvedOptions);
  port.on('message', (job: BlockJob) => {
    const result = scrubber.redactBlock(job.bytes, job.carry);
    const changed = result.bytes.buffer !== job.bytes.buffer;
    const reply: BlockReply = { seq: job.seq, out: changed ? result.bytes : null, input: job.bytes, carryIn: job.carry, carryOut: result.carry, stats: result.stats };
    const transfer = [job.bytes.buffer as ArrayBuffer];
    if (changed && ownsBuffer(result.bytes)) transfer.push(result.bytes.buffer as ArrayBuffer);
    port.postMessage(reply, transfer);
  });
  port.postMessage('ready');
}
