/**
 * `logscrub scrub --jobs N`: blocks of whole lines are redacted by N worker threads and written
 * in input order. This thread reads, dispatches and writes; it redacts a block itself only while
 * no worker has started yet (a small input is done before they are).
 *
 *   block ──seq──▶ the least busy worker (two blocks queued each at most) ──▶ results by seq ──in order──▶ write
 *                                                          │
 *            carry differs from what the previous block left ─▶ redo here with the right carry
 *
 * The only state a block hands to the next is an open PEM body (`Scrubber.carry`). A block is
 * sent out before the one before it is done, so it starts from "no open PEM body"; in the rare
 * case that guess was wrong, the block is redone on this thread before it is written. Output is
 * therefore byte for byte what `--jobs 1` writes.
 */
import { Worker } from 'node:worker_threads';
import type { ResolvedOptions } from '../options.js';
import type { Scrubber } from '../redactor.js';
import type { StatsSnapshot } from '../types.js';
import { type BlockJob, type BlockResult, ownsBuffer } from './scrub-worker.js';

/** Blocks waiting or in flight, per thread: bounds memory at a few MiB per job. */
const IN_FLIGHT_PER_JOB = 4;

interface Entry {
  input: Buffer;
  /** A line the framer already decided (too long): written as it is. */
  readonly literal: boolean;
  result?: { out: Buffer | null; carryIn: number; carryOut: number; stats: StatsSnapshot };
}

interface Handle {
  readonly worker: Worker;
  ready: boolean;
  /** Blocks sent and not yet answered. */
  readonly busy: Set<number>;
  dead: boolean;
}

/** Blocks queued at one worker: two, so it starts the next as soon as it answers one. */
const QUEUE_PER_WORKER = 2;

export interface ParallelScrub {
  /** Queues a block of whole lines; resolves when there is room for more. */
  push(block: Buffer): Promise<void>;
  /** Queues output that needs no redaction (a placeholder line), in order. */
  pushLiteral(bytes: Buffer): Promise<void>;
  /** Waits until every block is written, then stops the workers. */
  finish(): Promise<void>;
  stats(): StatsSnapshot;
}

/** The counts of one block: a snapshot after it minus the one before (this thread's scrubber keeps running totals). */
function subtractStats(after: StatsSnapshot, before: StatsSnapshot): StatsSnapshot {
  const byRule: Record<string, number> = Object.create(null);
  for (const [id, n] of Object.entries(after.byRule)) {
    const d = n - (before.byRule[id] ?? 0);
    if (d > 0) byRule[id] = d;
  }
  return { bytes: after.bytes - before.bytes, linesRedacted: after.linesRedacted - before.linesRedacted, failed: after.failed - before.failed, byRule };
}

/** Adds counts: `a` + `b`. */
export function addStatsSnapshots(a: StatsSnapshot, b: StatsSnapshot): StatsSnapshot {
  const byRule: Record<string, number> = Object.create(null);
  for (const s of [a, b]) for (const [id, n] of Object.entries(s.byRule)) byRule[id] = (byRule[id] ?? 0) + n;
  return { bytes: a.bytes + b.bytes, linesRedacted: a.linesRedacted + b.linesRedacted, failed: a.failed + b.failed, byRule };
}

/**
 * @example
 * const pool = createParallelScrub(options, scrubber, 2, (b) => write(b));
 * for (const block of blocks) await pool.push(block);
 * await pool.finish();
 */
export function createParallelScrub(
  options: ResolvedOptions,
  main: Scrubber,
  /** Worker threads, at least 1. */
  jobs: number,
  write: (bytes: Buffer) => Promise<void> | undefined,
): ParallelScrub {
  const entries = new Map<number, Entry>();
  let total: StatsSnapshot = { bytes: 0, linesRedacted: 0, failed: 0, byRule: {} };
  const limit = IN_FLIGHT_PER_JOB * jobs;
  let nextSeq = 0;
  let writeSeq = 0;
  // The pool may take over a stream midway: it goes on from the state the blocks before left.
  let carry = main.carry;
  let flushing: Promise<void> = Promise.resolve();
  let room: (() => void) | undefined;
  let drained: (() => void) | undefined;
  let finishing = false;

  const runHere = (input: Buffer, carryIn: number): NonNullable<Entry['result']> => {
    main.carry = carryIn;
    const before = main.stats();
    const out = main.redactBuffer(input);
    return { out: out === input ? null : out, carryIn, carryOut: main.carry, stats: subtractStats(main.stats(), before) };
  };

  const flush = async (): Promise<void> => {
    for (let entry = entries.get(writeSeq); entry !== undefined && (entry.literal || entry.result !== undefined); entry = entries.get(writeSeq)) {
      if (entry.literal) {
        await write(entry.input);
      } else {
        let result = entry.result as NonNullable<Entry['result']>;
        if (result.carryIn !== carry) result = runHere(entry.input, carry);
        total = addStatsSnapshots(total, result.stats);
        carry = result.carryOut;
        await write(result.out ?? entry.input);
      }
      entries.delete(writeSeq);
      writeSeq++;
      if (entries.size < limit) room?.();
    }
    if (entries.size === 0) drained?.();
  };
  const scheduleFlush = (): void => {
    flushing = flushing.then(flush);
  };

  const handles: Handle[] = [];
  /** Blocks waiting for a worker with room, in order. */
  const backlog: number[] = [];
  const send = (handle: Handle, seq: number): void => {
    const entry = entries.get(seq) as Entry;
    // A block that owns its memory travels without a copy and comes back with the answer.
    const bytes = ownsBuffer(entry.input) ? entry.input : new Uint8Array(entry.input);
    const job: BlockJob = { seq, bytes, carry: 0 };
    handle.busy.add(seq);
    handle.worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
  };
  const pump = (): void => {
    for (;;) {
      const live = handles.filter((h) => h.ready && !h.dead && h.busy.size < QUEUE_PER_WORKER);
      if (backlog.length === 0 || live.length === 0) return;
      const handle = live.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
      send(handle, backlog.shift() as number);
    }
  };
  const anyReady = (): boolean => handles.some((h) => h.ready && !h.dead);
  const takeBack = (handle: Handle): void => {
    // The worker is gone: its blocks are redone here (fail closed: never written unredacted).
    for (const seq of handle.busy) {
      const entry = entries.get(seq);
      if (entry !== undefined && entry.result === undefined) entry.result = runHere(entry.input, 0);
    }
    handle.busy.clear();
    if (!anyReady()) for (const seq of backlog.splice(0)) (entries.get(seq) as Entry).result = runHere((entries.get(seq) as Entry).input, 0);
    pump();
    scheduleFlush();
  };
  for (let i = 0; i < jobs; i++) {
    const worker = new Worker(new URL('./scrub-worker.js', import.meta.url), { workerData: options });
    const handle: Handle = { worker, ready: false, busy: new Set(), dead: false };
    worker.on('message', (message: BlockResult | 'ready') => {
      if (message === 'ready') {
        handle.ready = true;
        pump();
        return;
      }
      handle.busy.delete(message.seq);
      pump();
      const entry = entries.get(message.seq);
      if (entry !== undefined) {
        entry.input = Buffer.from(message.input.buffer, message.input.byteOffset, message.input.byteLength);
        const out = message.out === null ? null : Buffer.from(message.out.buffer, message.out.byteOffset, message.out.byteLength);
        entry.result = { out, carryIn: message.carryIn, carryOut: message.carryOut, stats: message.stats };
      }
      scheduleFlush();
    });
    const lost = (): void => {
      if (handle.dead || finishing) return;
      handle.dead = true;
      takeBack(handle);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    handles.push(handle);
  }

  const waitForRoom = (): Promise<void> =>
    entries.size < limit ? Promise.resolve() : new Promise((resolve) => (room = resolve));

  return {
    async push(block) {
      const seq = nextSeq++;
      entries.set(seq, { input: block, literal: false });
      if (anyReady()) {
        backlog.push(seq);
        pump();
      } else {
        // No worker has started yet: this thread takes the block, from the carry it knows if it is next.
        (entries.get(seq) as Entry).result = runHere(block, seq === writeSeq ? carry : 0);
      }
      scheduleFlush();
      await waitForRoom();
    },
    async pushLiteral(bytes) {
      entries.set(nextSeq++, { input: bytes, literal: true });
      scheduleFlush();
      await waitForRoom();
    },
    async finish() {
      scheduleFlush();
      await flushing;
      if (entries.size > 0) await new Promise<void>((resolve) => (drained = resolve));
      await flushing;
      finishing = true;
      await Promise.all(handles.map((h) => h.worker.terminate()));
    },
    stats: () => total,
  };
}
