/**
 * logscrub/pino: redact pino's serialized lines before a byte is stored.
 *
 *   pino (main thread) ──thread-stream──▶ worker: this transport's Writable
 *     chunks of serialized lines: as bytes from thread-stream's shared buffer when this is the one
 *     target (src/io/thread-stream-ring.ts), else as the text thread-stream or pino's multistream
 *     writes (no split, no JSON.parse)
 *       ──one LineScrubber per transport (the engine's bulk path, on bytes)──▶ redacted bytes, clean lines as they were
 *       ──Sink, one write per chunk──▶ stdout/stderr/file (sonic-boom, buffer mode) · CloudWatch Logs (one event per line) · the next pipeline stage
 *
 * Shutdown: pino ends the thread-stream on `logger.flush()`, `process.exit()` and normal exit;
 * thread-stream waits (up to 10 s) for this stream's `close`, which comes only after every line
 * accepted is redacted and written or delivered.
 *
 * `destination()` is the same in the caller's thread, for apps that cannot run worker threads:
 * pino writes it a line per call, which it gathers into blocks before the engine.
 *
 * Not pino-abstract-transport's `build()`: its stream is split2, which decodes every chunk, splits
 * it into a string per line and (here) had them joined and encoded again: ~2.8 µs per record of
 * the worker's ~11 (issue 11). What it adds besides is done here: `close` waits for the sink,
 * `Duplex.from` makes the pipeline stage, and `metadata` was off.
 */
import { access } from 'node:fs/promises';
import { getPriority, setPriority } from 'node:os';
import { Duplex, Writable } from 'node:stream';
import { debuglog } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { PINO_TRANSPORT } from '../src/constants.js';
import { LogscrubError, namingSource, OptionsError } from '../src/errors.js';
import { loadConfigFile } from '../src/io/config-file.js';
import { writeStderr } from '../src/io/stderr.js';
import { type Destination, type DestinationOption, openSink, resolveDestination, type Sink, type WritableLike } from '../src/io/destination.js';
import type { LogscrubConfig } from '../src/options.js';
import { createScrubber, type Scrubber } from '../src/scrubber.js';
import type { LineScrubber } from '../src/line-scrubber.js';
import type { StreamStats } from '../src/types.js';
import { threadCpuMs } from '../src/io/thread-clock.js';
import { calledByThreadStreamLoop, type RingSpan, threadStreamRing, type ThreadStreamRing } from '../src/io/thread-stream-ring.js';

export type { CloudWatchDestinationOptions, DestinationOption, WritableLike } from '../src/io/destination.js';

/** The transport's options: plain data, as pino clones them into its worker thread. */
export interface PinoTransportOptions {
  /** The logscrub config, inline, or the path of a `logscrub.config.json`. Default: the built-in rules. */
  readonly config?: LogscrubConfig | string;
  /**
   * Where redacted lines go: `1`/`'stdout'` (default), `2`/`'stderr'`, a file path, `'next'` (the
   * next stage of a pino `pipeline`) or `{ type: 'cloudwatch', logGroupName, logStreamName, … }`.
   */
  readonly destination?: DestinationOption;
  /** A file destination: create its directory. Default true. */
  readonly mkdir?: boolean;
  /** A file destination: append rather than truncate. Default true. */
  readonly append?: boolean;
  /** Write files and fds synchronously. Default false. */
  readonly sync?: boolean;
  /**
   * The CPU priority of the worker thread pino runs its targets in: `'normal'` (default) leaves
   * it as the app's. `'below-normal'` (nice 10) lets the app's own threads have a busy core
   * first, so redacting does not slow the requests it logs, and `'low'` (nice 19) yields more; but
   * a lowered thread cannot raise itself again, and when other processes keep the cores busy it
   * may not get through what is buffered in the 10 s pino waits at exit (measured: nothing of
   * 5,000 lines at nice 10 with four busy processes on 2 cores). Never above the app's own nice
   * value. Linux only, where each thread has its own priority (elsewhere it is the whole
   * process's, so nothing is changed). Other targets of the same `pino.transport()` share the thread.
   */
  readonly priority?: ThreadPriority;
}

/** The worker thread's CPU priority (see `PinoTransportOptions.priority`). */
export type ThreadPriority = 'normal' | 'below-normal' | 'low';

/** `destination()`'s options: the transport's, and `destination` may also be a stream of yours. */
export interface InProcessOptions extends Omit<PinoTransportOptions, 'destination' | 'priority'> {
  readonly destination?: Exclude<DestinationOption, 'next'> | WritableLike;
}

/** What `destination()` returns: a pino destination stream. */
export interface LogscrubDestination {
  /** Always true: how pino tells a destination stream from its options. */
  readonly writable: true;
  /** Takes a serialized line (pino writes one per call). */
  write(chunk: string): boolean;
  /** Calls back when everything written so far is written or delivered (pino's `logger.flush(cb)`). */
  flush(cb?: (error?: Error | null) => void): void;
  /** Writes what a file destination holds, now. */
  flushSync(): void;
  /** Writes the rest and releases the destination. */
  end(): Promise<void>;
  /** Lines, redactions per rule and failures so far; never values. */
  stats(): StreamStats;
}

/**
 * At exit, thread-stream waits 10 s for the worker's stream to close, then lets the process end
 * and the worker with it. CloudWatch delivery still under retry by then is spilled instead (stderr
 * by default), so it is not lost with the worker.
 */
const CLOSE_TIMEOUT_MS = 8000;

const KEYS = new Set(['config', 'destination', 'mkdir', 'append', 'sync', 'priority']);
/** `NODE_DEBUG=logscrub`: how the transport reads what pino logged. */
const debug = debuglog('logscrub');

/** Nice values of the priorities (os.constants.priority's BELOW_NORMAL and LOW). */
const NICE: Readonly<Record<ThreadPriority, number>> = { normal: 0, 'below-normal': 10, low: 19 };
/** Normal: a lowered worker can starve at exit, and what it has not written then is lost (see `priority`). */
const DEFAULT_PRIORITY: ThreadPriority = 'normal';
/** What pino and thread-stream add to every transport's options. */
const PINO_KEYS = new Set(['$context', 'pinoWillSendConfig']);

interface Resolved {
  readonly scrubber: Scrubber;
  readonly destination: Destination;
  readonly priority: ThreadPriority;
}

function resolve(input: unknown, allowStream: boolean): Resolved {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) throw new OptionsError(`logscrub/pino options must be an object, received ${Array.isArray(input) ? 'an array' : typeof input}`);
  const options = input as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KEYS.has(key) && !PINO_KEYS.has(key)) throw new OptionsError(`logscrub/pino option "${key}" is unknown (known: ${[...KEYS].join(', ')})`);
  }
  const destination = resolveDestination(options, allowStream);
  const priority = resolvePriority(options.priority, allowStream);
  const path = typeof options.config === 'string' ? options.config : undefined;
  const config = path === undefined ? (options.config === undefined ? {} : options.config) : namingSource('logscrub/pino option "config"', () => loadConfigFile(path));
  try {
    return { scrubber: createScrubber(config as LogscrubConfig, process.env, { cpuClock: threadCpuMs }), destination, priority };
  } catch (error) {
    if (error instanceof LogscrubError) {
      const source = path === undefined ? 'logscrub/pino option "config"' : `logscrub/pino option "config" (${path})`;
      throw new OptionsError(`${source}: ${error.message}`, error.ruleId === undefined ? {} : { ruleId: error.ruleId });
    }
    throw error;
  }
}

function resolvePriority(value: unknown, inProcess: boolean): ThreadPriority {
  if (value === undefined) return DEFAULT_PRIORITY;
  // destination() runs in the app's own thread: lowering it would slow the app, the opposite of the point.
  if (inProcess) throw new OptionsError('logscrub/pino option "priority" is the transport\'s worker thread\'s; destination() runs in your thread and has none');
  if (typeof value !== 'string' || !Object.hasOwn(NICE, value)) {
    throw new OptionsError(`logscrub/pino option "priority" must be one of ${Object.keys(NICE).map((k) => `"${k}"`).join(', ')}, received ${JSON.stringify(value) ?? typeof value}`);
  }
  return value as ThreadPriority;
}

/**
 * Lowers the calling thread's CPU priority, best effort: on Linux `setpriority` with pid 0 is the
 * calling thread's alone; elsewhere it would be the whole process's, so nothing is done. Measured
 * on 2 cores (issue 11: 1M request records as fast as the app can log them), the main thread's
 * event-loop time against plain pino's: 1.08× at the app's priority, 1.03× at 10, 1.02× at 19;
 * wall time 1.13× → 1.10×.
 */
async function lowerThreadPriority(priority: ThreadPriority): Promise<void> {
  if (priority === 'normal' || process.platform !== 'linux' || isMainThread) return;
  // libuv's thread pool is the whole process's, started by the first thread that needs it, and a
  // new thread takes its creator's priority: start it before this thread is lowered, or the app's
  // own fs, dns, crypto and zlib work could run at the transport's priority.
  await access(process.execPath).catch(() => {});
  try {
    // Never above the app's own: an app already run with `nice 15` keeps its worker there.
    if (getPriority() < NICE[priority]) setPriority(NICE[priority]);
  } catch {
    // A sandbox may refuse it; the transport works the same at the app's priority.
  }
}

/** Serialized lines as they arrive (strings from thread-stream and pino, Buffers from a pipe), as one block of bytes: one encode. */
function bytesOf(chunks: readonly (string | Buffer)[]): Buffer {
  if (chunks.length === 1) {
    const [chunk] = chunks as [string | Buffer];
    return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  }
  if (chunks.every((chunk) => typeof chunk === 'string')) return Buffer.from(chunks.join(''), 'utf8');
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
}

/** Writes a line scrubber's output; false when the sink asks to wait. Usually one block, so one write. */
function writeAll(sink: Sink, out: readonly Buffer[]): boolean {
  let ok = true;
  for (const bytes of out) if (bytes.length > 0) ok = sink.write(bytes) && ok;
  return ok;
}

function reportFailures(stats: StreamStats): void {
  if (stats.failed > 0) {
    writeStderr(`logscrub/pino: ${stats.failed} line(s) could not be redacted and were replaced by a placeholder (${stats.linesTooLong} over maxLineBytes)\n`);
  }
}

/**
 * The worker's stream. thread-stream writes it the text of whatever pino has logged since its last
 * write (many lines, maybe a partial last one); inside `targets`, pino's multistream writes it one
 * line per call, which `writev` gathers (the callback comes a tick later, so a burst queues up).
 * Each chunk goes through the line scrubber as bytes and on to the sink as the bytes the engine
 * returns: no per-line split, decode or re-encode (split2 in pino-abstract-transport did that).
 * Ending it writes the rest and closes the sink before 'finish', so thread-stream's wait for
 * 'close' is a wait for every accepted line to be written or delivered.
 */
function scrubbingWritable(lines: LineScrubber, sink: Sink, ring?: ThreadStreamRing): Writable {
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= sink.close());
  const scrub = (chunks: readonly (string | Buffer)[], done: (error?: Error | null) => void): void => {
    let ok: boolean;
    try {
      ok = writeAll(sink, lines.push(bytesOf(chunks)));
    } catch (error) {
      // A sink that throws (closed, or a stream of its own that failed) errors this stream, as pino expects.
      done(error as Error);
      return;
    }
    if (ok) process.nextTick(done);
    else sink.drained().then(() => done(), done);
  };
  const writable = new Writable({
    decodeStrings: false,
    highWaterMark: PINO_TRANSPORT.highWaterMarkChars,
    write(chunk: string | Buffer, _encoding, done) {
      scrub([chunk], done);
    },
    writev(entries, done) {
      scrub(
        entries.map((entry) => entry.chunk as string | Buffer),
        done,
      );
    },
    final(done) {
      try {
        writeAll(sink, lines.end());
      } catch (error) {
        done(error as Error);
        return;
      }
      close().then(() => {
        reportFailures(lines.stats());
        done();
      }, done);
    },
    destroy(error, done) {
      // Torn down without end(): what was accepted is still written before 'close'.
      close().then(
        () => done(error),
        (closeError: Error) => done(error ?? closeError),
      );
    },
  });
  if (ring !== undefined) readRingFromFirstWrite(writable, ring, lines, sink);
  return writable;
}

/**
 * thread-stream's worker decodes its shared buffer and writes the text here; the first write is
 * the proof that this stream is its target: it comes from thread-stream's loop itself
 * (`calledByThreadStreamLoop`, not a wrapper of the user's) and holds the text at the buffer's
 * read position (`ThreadStreamRing.spanOf`). From then on the stream
 * reads the buffer itself, as bytes: that write returns false and no 'drain' ever comes, which
 * parks thread-stream's own loop for good. Its end (WRITE_INDEX -1) ends this stream, whose
 * 'close' thread-stream still waits for, so shutdown is what it was. Any doubt at the first
 * write, and the stream stays the string-fed Writable it is.
 */
function readRingFromFirstWrite(writable: Writable, ring: ThreadStreamRing, lines: LineScrubber, sink: Sink): void {
  const write = writable.write.bind(writable) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const read = async (first: RingSpan): Promise<void> => {
    try {
      for (let span: RingSpan | 'end' = first; span !== 'end'; span = await ring.next()) {
        const out = lines.push(ring.data.subarray(span.start, span.end));
        // A block with nothing to redact comes back as a view of the shared bytes, which the
        // writer reuses once they are released: the sink gets its own copy.
        const owned = out.map((bytes) => (bytes.buffer === ring.data.buffer ? Buffer.from(bytes) : bytes));
        if (!writeAll(sink, owned)) await sink.drained();
        ring.release(span);
      }
      ring.close();
      writable.end();
    } catch (error) {
      ring.close();
      writable.destroy(error as Error);
    }
  };
  const firstWrite = (chunk: unknown, ...rest: unknown[]): boolean => {
    writable.write = write as Writable['write'];
    const span = typeof chunk === 'string' && calledByThreadStreamLoop(firstWrite) ? ring.spanOf(chunk) : undefined;
    if (span === undefined) {
      debug("pino transport: takes text (the first write was not thread-stream's, or not of the text in its shared buffer)");
      return write(chunk, ...rest);
    }
    debug("pino transport: reads thread-stream's shared buffer as bytes");
    void read(span);
    return false;
  };
  writable.write = firstWrite as Writable['write'];
}

/**
 * The pino transport. pino calls it in its worker thread with the `options` of the target.
 *
 * @example
 * const logger = pino(pino.transport({ target: 'logscrub/pino', options: { destination: '/var/log/app.log' } }));
 */
export default async function logscrubTransport(options: PinoTransportOptions = {}): Promise<Writable | Duplex> {
  const { scrubber, destination, priority } = resolve(options, false);
  await lowerThreadPriority(priority);
  const sink: Sink = openSink(destination, { closeTimeoutMs: CLOSE_TIMEOUT_MS });
  const writable = scrubbingWritable(scrubber.stream(), sink, threadStreamRing(options));
  // As a pipeline stage, the next stage reads what the sink hands on; pino pipes into our writable side.
  return sink.readable === undefined ? writable : Duplex.from({ writable, readable: sink.readable });
}

/** In-process destinations, written synchronously if the process exits: each drains its block, then flushes. */
const live = new Set<() => void>();
/** The same destinations' blocks, drained when the event loop empties. */
const pending = new Set<() => void>();
let exitHooked = false;
/** Set on 'exit': a line written after it is scrubbed and written at once, synchronously. */
let exiting = false;

/**
 * The transport in the caller's thread: a pino destination that redacts each serialized line
 * before it reaches a file, an fd, CloudWatch Logs or a stream of yours. pino writes it one line
 * per call; lines are gathered into blocks of `PINO_TRANSPORT.blockChars` and scrubbed together,
 * at the latest `maxWaitMs` after the first, on `flush()`/`flushSync()`, at `end()` and at exit.
 * With `sync: true` each line is scrubbed and written before `write` returns.
 *
 * @example
 * import pino from 'pino';
 * import { destination } from 'logscrub/pino';
 * const logger = pino(destination({ destination: '/var/log/app.log' }));
 * const toStdout = pino(destination({ destination: pino.destination({ sync: true }) }));
 */
export function destination(options: InProcessOptions = {}): LogscrubDestination {
  const resolved = resolve(options, true);
  if (resolved.destination.kind === 'next') throw new OptionsError(`logscrub/pino option "destination": 'next' is for a stage of a pino pipeline; destination() writes itself`);
  const sink = openSink(resolved.destination, { inProcess: true });
  const lines = resolved.scrubber.stream();
  const blockChars = options.sync === true ? 0 : PINO_TRANSPORT.blockChars;
  let block: string[] = [];
  let blockLength = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Scrubs and writes the lines gathered so far; false when the sink asks to wait. */
  const drain = (): boolean => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (blockLength === 0) return true;
    const chunks = block;
    block = [];
    blockLength = 0;
    return writeAll(sink, lines.push(bytesOf(chunks)));
  };
  const atExit = (): void => {
    drain();
    sink.flushSync();
  };
  live.add(atExit);
  pending.add(drain);
  if (!exitHooked) {
    exitHooked = true;
    // Before the sinks' own hooks: the CloudWatch writer closes on 'beforeExit', and a block left
    // for the (unref'd) timer would then be written to a closed writer, which throws.
    process.prependListener('beforeExit', () => {
      for (const hook of pending) hook();
    });
    // Before the sinks' own too: the CloudWatch writer spills what it holds on 'exit', and a block
    // handed to it after that would be lost (a review's: 500 lines before process.exit(), 0 stored).
    process.prependListener('exit', () => {
      exiting = true;
      for (const hook of live) hook();
    });
  }
  let ended: Promise<void> | undefined;
  return {
    // pino takes a first argument for a stream only when it says it is writable; without this,
    // `pino(destination(…))` would read it as options and log to stdout, unredacted.
    writable: true,
    write(chunk) {
      block.push(chunk);
      blockLength += chunk.length;
      // After end(), straight to the closed sink, whose error reaches the caller as it did.
      if (blockLength >= blockChars || ended !== undefined) return drain();
      // A line logged on 'exit' after the hook above ran (an app's own 'exit' listener): now or never.
      if (exiting) {
        atExit();
        return true;
      }
      // unref: a line waiting here never keeps the process alive; the exit hook writes it.
      timer ??= setTimeout(drain, PINO_TRANSPORT.maxWaitMs).unref();
      return true;
    },
    flush(cb) {
      // A flush after end() (or any other failure) reaches the callback, never the caller as a throw.
      Promise.resolve()
        .then(() => {
          drain();
          return sink.flush();
        })
        .then(() => cb?.(), (error: Error) => cb?.(error));
    },
    flushSync() {
      drain();
      sink.flushSync();
    },
    end() {
      ended ??= (async () => {
        drain();
        writeAll(sink, lines.end());
        await sink.close();
        live.delete(atExit);
        pending.delete(drain);
        reportFailures(lines.stats());
      })();
      return ended;
    },
    stats: lines.stats,
  };
}
