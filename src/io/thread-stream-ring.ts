/**
 * thread-stream's shared buffer, read as bytes: for the pino transport when it is the one target
 * of `pino.transport({ target })`, so thread-stream's worker hands it what the app logged.
 *
 * thread-stream (pino's worker-thread plumbing) copies each serialized line as UTF-8 into a
 * SharedArrayBuffer; its worker decodes `[READ_INDEX, WRITE_INDEX)` into one string per wake-up
 * and writes that to the target, which encodes it back to bytes for the engine. The decoded
 * string is usually 0.25-4 MiB, which V8 puts in its large-object space: fresh pages each time,
 * measured at 3.5-4 ms per MiB here against 0.2 for strings under 100 KiB. That decode was a third
 * of the transport's worker (issue 11). Read in place, the bytes go to the engine as they are.
 *
 * The protocol, as thread-stream 3 writes it (lib/indexes.js, index.js):
 *   state: Int32Array over a 128-byte SharedArrayBuffer; [2] SEQ, odd while the writer updates,
 *     bumped and notified after every update; [4] WRITE_INDEX, where written bytes end, -1 once
 *     the stream ended; [8] READ_INDEX, where the reader is, -2 when it failed.
 *   data: the bytes, whole UTF-8 characters, written from WRITE_INDEX on. The writer reuses bytes
 *     only after READ_INDEX has caught up with WRITE_INDEX (then it resets both to 0), so bytes
 *     before WRITE_INDEX stay as they are until READ_INDEX passes them.
 *
 * The reader takes over only when every sign says it is thread-stream 3's direct target (see
 * `threadStreamRing`, `calledByThreadStreamLoop` and `spanOf`); anywhere else (pino's `targets` and `pipeline` forms, another major) the
 * transport takes the strings thread-stream or pino's multistream write it.
 */
import { isMainThread, workerData } from 'node:worker_threads';

const SEQ_INDEX = 2;
const WRITE_INDEX = 4;
const READ_INDEX = 8;
/** The thread-stream major whose layout this reads. */
const MAJOR = '3';
/** How long one wait for the writer lasts before its state is read again, in ms. */
const WAIT_MS = 1000;

/** Bytes thread-stream has written and not yet handed on: `[start, end)` of `ThreadStreamRing.data`. */
export interface RingSpan {
  readonly start: number;
  readonly end: number;
}

export interface ThreadStreamRing {
  /** The shared bytes. A view stays valid until `release` passes it. */
  readonly data: Buffer;
  /**
   * The span of the chunk thread-stream's own loop just decoded and wrote (`text`): it starts at
   * READ_INDEX. `undefined` when the bytes there are not `text`'s, so the caller keeps to strings.
   */
  spanOf(text: string): RingSpan | undefined;
  /** The next written span, waiting for the writer; `'end'` once the stream has ended. */
  next(): Promise<RingSpan | 'end'>;
  /**
   * Hands `span`'s bytes back to the writer (which may be waiting for them). Throws when the read
   * position is no longer the span's start: another reader took bytes too, and reading on could
   * only skip or repeat lines.
   */
  release(span: RingSpan): void;
  /** Stops keeping the thread alive for `next()`. */
  close(): void;
}

/** thread-stream's worker loop, the one caller whose `false` parks it (its lib/worker.js `run`). */
const THREAD_STREAM_LOOP = /thread-stream[\\/]lib[\\/]worker\.js$/;

/**
 * Whether `fn` was called by thread-stream's own worker loop: only then does `fn` returning false
 * park that loop. A target of the user's own that wraps the transport's stream and writes it
 * what thread-stream wrote it (a tee) passes every other test, and then two readers would share
 * the buffer. Read from the call stack, once, at the first write.
 *
 * @example if (calledByThreadStreamLoop(write)) takeOver();
 */
export function calledByThreadStreamLoop(fn: (...args: never[]) => unknown): boolean {
  const prepare = Error.prepareStackTrace;
  const holder: { stack?: unknown } = {};
  try {
    Error.prepareStackTrace = (_, sites) => sites;
    Error.captureStackTrace(holder, fn);
    const caller = (holder.stack as NodeJS.CallSite[] | undefined)?.[0];
    return caller?.getFunctionName() === 'run' && THREAD_STREAM_LOOP.test(caller.getFileName() ?? '');
  } finally {
    Error.prepareStackTrace = prepare;
  }
}

interface ThreadStreamWorkerData {
  readonly dataBuf?: unknown;
  readonly stateBuf?: unknown;
  readonly workerData?: unknown;
}

/**
 * The ring when `options` (what the transport was called with) is thread-stream 3's own
 * `workerData.workerData` (the same object: pino's multistream passes each target a copy of its
 * options instead) and the shared buffers are there; otherwise `undefined`.
 *
 * @example
 * export default async function transport(options) { const ring = threadStreamRing(options); … }
 */
export function threadStreamRing(options: unknown): ThreadStreamRing | undefined {
  if (isMainThread || typeof options !== 'object' || options === null) return undefined;
  const shared = workerData as ThreadStreamWorkerData | undefined;
  if (shared?.workerData !== options) return undefined;
  const version = (options as { $context?: { threadStreamVersion?: unknown } }).$context?.threadStreamVersion;
  if (typeof version !== 'string' || version.split('.')[0] !== MAJOR) return undefined;
  const { dataBuf, stateBuf } = shared;
  if (!(dataBuf instanceof SharedArrayBuffer) || !(stateBuf instanceof SharedArrayBuffer) || stateBuf.byteLength < 4 * (READ_INDEX + 1)) return undefined;
  return openRing(Buffer.from(dataBuf), new Int32Array(stateBuf));
}

/** `Atomics.waitAsync` (Node 16+; in TypeScript's lib from ES2024 on). */
const waitAsync = (Atomics as unknown as {
  waitAsync(array: Int32Array, index: number, value: number, timeoutMs: number): { async: false } | { async: true; value: Promise<string> };
}).waitAsync;

function openRing(data: Buffer, state: Int32Array): ThreadStreamRing {
  // Atomics.waitAsync holds no handle: without one, the thread would end while it waits.
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  /** READ_INDEX and WRITE_INDEX as of one SEQ, as thread-stream's own reader takes them. */
  const readState = (): { current: number; end: number; seq: number } => {
    for (;;) {
      const seq = Atomics.load(state, SEQ_INDEX);
      if ((seq & 1) !== 0) continue;
      const current = Atomics.load(state, READ_INDEX);
      const end = Atomics.load(state, WRITE_INDEX);
      if (seq === Atomics.load(state, SEQ_INDEX)) return { current, end, seq };
    }
  };
  return {
    data,
    spanOf(text) {
      const start = Atomics.load(state, READ_INDEX);
      const end = start + Buffer.byteLength(text, 'utf8');
      if (start < 0 || end > Atomics.load(state, WRITE_INDEX) || end > data.length) return undefined;
      // Once, on the first chunk: the proof that the bytes at READ_INDEX are the chunk written.
      return data.toString('utf8', start, end) === text ? { start, end } : undefined;
    },
    async next() {
      keepAlive ??= setInterval(() => {}, 1 << 30);
      for (;;) {
        const { current, end, seq } = readState();
        // -1: the app ended the stream; -2 (READ_INDEX too): this thread failed and said so.
        if (end < 0 || current < 0) return 'end';
        if (end !== current) return { start: current, end };
        const wait = waitAsync(state, SEQ_INDEX, seq, WAIT_MS);
        if (wait.async) await wait.value;
      }
    },
    release({ start, end }) {
      const was = Atomics.compareExchange(state, READ_INDEX, start, end);
      if (was !== start) throw new Error(`thread-stream's buffer was read elsewhere too (its read position is ${was}, where this reader had read to ${start})`);
      Atomics.notify(state, READ_INDEX);
    },
    close() {
      if (keepAlive !== undefined) clearInterval(keepAlive);
      keepAlive = undefined;
    },
  };
}
