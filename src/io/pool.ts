/**
 * A line scrubber whose blocks are redacted by worker threads and written in input order, for any
 * adapter that reads a big stream (the CLI's `--jobs N`, the archive scrubber). Framing, the
 * too-long placeholder and the counts are the line scrubber's own (`createLineFramer`,
 * `createStreamTally`); only where a block is redacted differs.
 *
 *   chunk ──framer──▶ block ──seq──▶ the least busy worker (two queued each at most) ──▶ results by seq
 *                       │                                                                  │ in order
 *                       └─ line too long ──▶ placeholder, in order                          ▼
 *            carry differs from what the previous block left ─▶ redone here ──────────▶ write
 *
 * The only state a block hands to the next is an open PEM body or YAML value (`Carry`). A block is sent out
 * before the one before it is done, so it starts from `NO_CARRY`; in the rare case that guess was
 * wrong, the block is redone on this thread before it is written. Output is therefore byte for
 * byte what one line scrubber writes. Until `startAfterBytes` have been read, this thread redacts
 * the blocks itself, and then until a worker is ready; with threads from the start (the default
 * `startAfterBytes` 0) it only frames, hands on and writes, so the cores are the workers'.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { NO_CARRY } from '../constants.js';
import { createLineFramer, type Segment } from '../framing/lines.js';
import { createStreamTally } from '../line-scrubber.js';
import type { BlockResult, Scrubber } from '../scrubber.js';
import type { Carry, StreamStats } from '../types.js';
import type { BlockJob, BlockReply } from './pool-worker.js';

/** Loaded when threads start: most runs never do, and `worker_threads` costs start-up (issue 9). */
const loadWorkerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads');

/** Blocks waiting or in flight, per thread: bounds memory at a few MiB per job. */
const IN_FLIGHT_PER_JOB = 4;
/** Blocks queued at one worker: two, so it starts the next as soon as it answers one. */
const QUEUE_PER_WORKER = 2;

export interface PoolOptions {
  /** Worker threads, at least 1. */
  readonly jobs: number;
  /** Where redacted output goes, in input order. A returned promise is awaited (back-pressure). */
  readonly write: (bytes: Buffer) => Promise<void> | undefined;
  /** Bytes to read before starting the workers: below it they cost more than they save. Default 0. */
  readonly startAfterBytes?: number;
  /** Longest line held before it is replaced whole. Default: the scrubber's `maxLineBytes`. */
  readonly maxLineBytes?: number;
  /** Told once when a worker thread fails; its blocks are redone on this thread. */
  readonly onWarning?: (message: string) => void;
  /** @internal The worker's module, for tests of a worker that fails. */
  readonly workerUrl?: URL;
}

/** A stream's counts, and where its blocks were redacted. */
export interface PoolStats extends StreamStats {
  readonly blocksOnWorkers: number;
  readonly blocksHere: number;
}

export interface LineScrubberPool {
  /** Feeds bytes read from the stream; resolves when there is room for more. Rejects once `write` has failed. */
  push(chunk: Uint8Array): Promise<void>;
  /** End of the stream: resolves once everything is written and the workers have stopped. Always call it. */
  end(): Promise<void>;
  /** Resolves when every worker has started (or failed to). */
  ready(): Promise<void>;
  /**
   * The stream's counts. (`scrubber.stats()` counts only the blocks this thread redacted; the
   * pool's are the stream's, wherever its blocks ran.)
   */
  stats(): PoolStats;
}

interface Entry {
  readonly input: Buffer;
  /** Output decided by the framer (a placeholder line): written as it is. */
  readonly literal: boolean;
  result?: { out: Buffer; carryIn: Carry; carryOut: Carry; stats: BlockResult['stats'] };
}

interface Handle {
  readonly worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Blocks sent and not yet answered. */
  readonly busy: Set<number>;
}

const sameCarry = (a: Carry, b: Carry): boolean =>
  a.pemLinesLeft === b.pemLinesLeft &&
  a.base64Wrap?.width === b.base64Wrap?.width &&
  a.base64Wrap?.column === b.base64Wrap?.column &&
  a.base64Wrap?.ruleId === b.base64Wrap?.ruleId &&
  a.yaml?.kind === b.yaml?.kind &&
  a.yaml?.ruleId === b.yaml?.ruleId &&
  a.yaml?.column === b.yaml?.column &&
  a.yaml?.linesLeft === b.yaml?.linesLeft;

/**
 * @example
 * const pool = createLineScrubberPool(createScrubber(), { jobs: 2, write: (b) => write(b) });
 * for await (const chunk of input) await pool.push(chunk);
 * await pool.end();
 */
export function createLineScrubberPool(scrubber: Scrubber, options: PoolOptions): LineScrubberPool {
  const { jobs, write } = options;
  const startAfter = options.startAfterBytes ?? 0;
  const framer = createLineFramer(options.maxLineBytes ?? scrubber.options.maxLineBytes);
  const tally = createStreamTally();
  const entries = new Map<number, Entry>();
  const limit = IN_FLIGHT_PER_JOB * jobs;
  const handles: Handle[] = [];
  /** Blocks waiting for a worker with room, in order. */
  const backlog: number[] = [];
  let nextSeq = 0;
  let writeSeq = 0;
  /** What the last written block left. */
  let carry: Carry = NO_CARRY;
  let seen = 0;
  let blocksOnWorkers = 0;
  let blocksHere = 0;
  let flushing: Promise<void> = Promise.resolve();
  let room: (() => void) | undefined;
  let drained: (() => void) | undefined;
  let stopping = false;
  /** The first error `write` threw: every later call rejects with it. */
  let failure: unknown;
  const readyWaits: Promise<void>[] = [];

  const runHere = (input: Buffer, carryIn: Carry): NonNullable<Entry['result']> => {
    blocksHere++;
    const r = scrubber.redactBlock(input, carryIn);
    return { out: r.bytes, carryIn, carryOut: r.carry, stats: r.stats };
  };

  const flush = async (): Promise<void> => {
    for (let entry = entries.get(writeSeq); entry !== undefined && (entry.literal || entry.result !== undefined); entry = entries.get(writeSeq)) {
      if (entry.literal) {
        await write(entry.input);
      } else {
        let result = entry.result as NonNullable<Entry['result']>;
        if (!sameCarry(result.carryIn, carry)) result = runHere(entry.input, carry);
        tally.engine.add(result.stats);
        carry = result.carryOut;
        await write(result.out);
      }
      entries.delete(writeSeq);
      writeSeq++;
      if (entries.size < limit) room?.();
    }
    if (entries.size === 0) drained?.();
  };
  const scheduleFlush = (): void => {
    flushing = flushing.then(flush).catch((error: unknown) => {
      failure ??= error;
      room?.();
      drained?.();
    });
  };

  const send = (handle: Handle, seq: number): void => {
    const entry = entries.get(seq) as Entry;
    // Copied, not transferred: the block must stay here in case the worker dies with it (and the
    // caller's chunk must stay whole). Measured on 2 shared cores (issue 13): a 1 MiB round trip
    // costs 0.8-1.6 ms of CPU copied (fresh pages on both sides) against 0.06-0.09 ms transferred,
    // and redacting the MiB ~8-10 ms warm: the copy is 2-3% of a --jobs 2 run, the price of redoing
    // a dead worker's blocks here.
    const job: BlockJob = { seq, bytes: entry.input, carry: NO_CARRY };
    handle.busy.add(seq);
    handle.worker.postMessage(job);
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
  const anyAlive = (): boolean => handles.some((h) => !h.dead);
  const runBacklogHere = (): void => {
    for (const seq of backlog.splice(0)) {
      const entry = entries.get(seq) as Entry;
      entry.result = runHere(entry.input, NO_CARRY);
    }
  };
  const lost = (handle: Handle, reason: string): void => {
    if (handle.dead || stopping) return;
    handle.dead = true;
    options.onWarning?.(`a worker thread stopped (${reason}); its blocks are redacted on the main thread`);
    // Fail closed: its blocks are redone here, never written unredacted.
    for (const seq of handle.busy) {
      const entry = entries.get(seq);
      if (entry !== undefined && entry.result === undefined) entry.result = runHere(entry.input, NO_CARRY);
    }
    handle.busy.clear();
    if (!handles.some((h) => !h.dead)) runBacklogHere();
    pump();
    scheduleFlush();
  };
  const start = (): void => {
    const { Worker } = loadWorkerThreads();
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(options.workerUrl ?? new URL('./pool-worker.js', import.meta.url), { workerData: scrubber.options });
      const handle: Handle = { worker, ready: false, dead: false, busy: new Set() };
      let started: () => void = () => {};
      readyWaits.push(new Promise<void>((resolve) => (started = resolve)));
      worker.once('exit', () => started());
      worker.on('message', (message: BlockReply | 'ready') => {
        if (message === 'ready') {
          handle.ready = true;
          started();
          pump();
          return;
        }
        handle.busy.delete(message.seq);
        pump();
        const entry = entries.get(message.seq);
        if (entry !== undefined && entry.result === undefined) {
          blocksOnWorkers++;
          const out = message.out === null ? entry.input : Buffer.from(message.out.buffer, message.out.byteOffset, message.out.byteLength);
          entry.result = { out, carryIn: message.carryIn, carryOut: message.carryOut, stats: message.stats };
        }
        scheduleFlush();
      });
      worker.on('error', (error: Error) => lost(handle, error.message));
      worker.on('exit', (code) => lost(handle, `exit code ${code}`));
      handles.push(handle);
    }
  };

  // Asked for threads from the start: they compile their rules while the first bytes are read.
  if (startAfter === 0) start();

  const queue = (segment: Segment): void => {
    const seq = nextSeq++;
    if (segment.kind === 'too-long') {
      entries.set(seq, { input: tally.tooLong(segment.newline, segment.bytes), literal: true });
      return;
    }
    tally.lines(segment.bytes);
    const entry: Entry = { input: segment.bytes, literal: false };
    entries.set(seq, entry);
    // Threads asked for from the start get every block, even before they are ready: this thread
    // would pay its own lazy rule compiles and a cold JIT (~0.3 s of CPU, issue 13) for the few
    // blocks it took meanwhile, CPU the workers need on 2 cores. Once warm (after startAfterBytes)
    // it keeps redacting until a worker is ready.
    if (anyReady() || (startAfter === 0 && anyAlive())) {
      backlog.push(seq);
      pump();
    } else {
      // No worker yet: this thread takes the block, from the carry it knows if the block is next.
      entry.result = runHere(segment.bytes, seq === writeSeq ? carry : NO_CARRY);
    }
  };
  const waitForRoom = (): Promise<void> =>
    entries.size < limit ? Promise.resolve() : new Promise((resolve) => (room = resolve));

  return {
    async push(chunk) {
      if (failure !== undefined) throw failure;
      seen += chunk.byteLength;
      if (handles.length === 0 && seen > startAfter) start();
      for (const segment of framer.push(chunk)) queue(segment);
      scheduleFlush();
      await waitForRoom();
      if (failure !== undefined) throw failure;
    },
    async end() {
      for (const segment of framer.end()) queue(segment);
      scheduleFlush();
      await flushing;
      if (entries.size > 0 && failure === undefined) await new Promise<void>((resolve) => (drained = resolve));
      await flushing;
      stopping = true;
      await Promise.all(handles.map((h) => h.worker.terminate()));
      if (failure !== undefined) throw failure;
    },
    ready: async () => {
      await Promise.all(readyWaits);
    },
    stats: () => ({ ...tally.snapshot(), blocksOnWorkers, blocksHere }),
  };
}
