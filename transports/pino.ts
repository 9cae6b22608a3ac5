/**
 * logscrub/pino: redact pino's serialized lines before a byte is stored.
 *
 *   pino (main thread) ──thread-stream──▶ worker: this transport
 *     chunks ──split2 (pino-abstract-transport, no JSON.parse)──▶ the lines available now, as one text
 *       ──one LineScrubber per transport (the engine's bulk path)──▶ redacted text, clean lines as they were
 *       ──Sink──▶ stdout/stderr/file (sonic-boom) · CloudWatch Logs (one event per line) · the next pipeline stage
 *
 * Shutdown: pino ends the thread-stream on `logger.flush()`, `process.exit()` and normal exit;
 * thread-stream waits (up to 10 s) for this stream's `close`, which comes only after every line
 * accepted is redacted and written or delivered.
 *
 * `destination()` is the same in the caller's thread, for apps that cannot run worker threads.
 */
import type { Readable, Transform } from 'node:stream';
import build from 'pino-abstract-transport';
import { LogscrubError, OptionsError } from '../src/errors.js';
import { loadConfigFile } from '../src/io/config-file.js';
import { writeStderr } from '../src/io/stderr.js';
import { type Destination, type DestinationOption, openSink, resolveDestination, type Sink, type WritableLike } from '../src/io/destination.js';
import type { LogscrubConfig } from '../src/options.js';
import { createScrubber, type Scrubber } from '../src/scrubber.js';
import type { StreamStats } from '../src/types.js';

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
}

/** `destination()`'s options: the transport's, and `destination` may also be a stream of yours. */
export interface InProcessOptions extends Omit<PinoTransportOptions, 'destination'> {
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

const KEYS = new Set(['config', 'destination', 'mkdir', 'append', 'sync']);
/** What pino and thread-stream add to every transport's options. */
const PINO_KEYS = new Set(['$context', 'pinoWillSendConfig']);

interface Resolved {
  readonly scrubber: Scrubber;
  readonly destination: Destination;
}

function resolve(input: unknown, allowStream: boolean): Resolved {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) throw new OptionsError(`logscrub/pino options must be an object, received ${Array.isArray(input) ? 'an array' : typeof input}`);
  const options = input as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KEYS.has(key) && !PINO_KEYS.has(key)) throw new OptionsError(`logscrub/pino option "${key}" is unknown (known: ${[...KEYS].join(', ')})`);
  }
  const destination = resolveDestination(options, allowStream);
  const config = typeof options.config === 'string' ? loadConfigFile(options.config) : (options.config ?? {});
  try {
    return { scrubber: createScrubber(config as LogscrubConfig, process.env), destination };
  } catch (error) {
    if (error instanceof LogscrubError && typeof options.config !== 'string') {
      throw new OptionsError(`logscrub/pino option "config": ${error.message}`, error.ruleId === undefined ? {} : { ruleId: error.ruleId });
    }
    throw error;
  }
}

/** Text through one line scrubber: the same string back when nothing in it was a secret. */
function createTextScrubber(scrubber: Scrubber) {
  const lines = scrubber.stream();
  const text = (out: Buffer[], given?: Buffer, original?: string): string => {
    if (out.length === 1 && out[0] === given && original !== undefined) return original;
    return out.length === 1 ? (out[0] as Buffer).toString('utf8') : Buffer.concat(out).toString('utf8');
  };
  return {
    push(chunk: string): string {
      const bytes = Buffer.from(chunk, 'utf8');
      return text(lines.push(bytes), bytes, chunk);
    },
    end: (): string => text(lines.end()),
    stats: lines.stats,
  };
}

function reportFailures(stats: StreamStats): void {
  if (stats.failed > 0) {
    writeStderr(`logscrub/pino: ${stats.failed} line(s) could not be redacted and were replaced by a placeholder (${stats.linesTooLong} over maxLineBytes)\n`);
  }
}

/** The lines the source holds now, joined, each with its `\n`; ends with the source. */
async function* available(source: Readable): AsyncGenerator<string> {
  for (;;) {
    let text = '';
    for (let line = source.read() as string | null; line !== null; line = source.read() as string | null) text += `${line}\n`;
    if (text !== '') {
      yield text;
      continue;
    }
    if (source.readableEnded || source.destroyed) return;
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        source.off('readable', wake);
        source.off('end', wake);
        source.off('close', wake);
        resolve();
      };
      source.on('readable', wake);
      source.on('end', wake);
      source.on('close', wake);
    });
  }
}

/**
 * The pino transport. pino calls it in its worker thread with the `options` of the target.
 *
 * @example
 * const logger = pino(pino.transport({ target: 'logscrub/pino', options: { destination: '/var/log/app.log' } }));
 */
export default async function logscrubTransport(options: PinoTransportOptions = {}): Promise<Transform> {
  const { scrubber, destination } = resolve(options, false);
  const sink: Sink = openSink(destination, { closeTimeoutMs: CLOSE_TIMEOUT_MS });
  const text = createTextScrubber(scrubber);

  let pumped: Promise<void> = Promise.resolve();
  const pump = async (source: Readable): Promise<void> => {
    for await (const chunk of available(source)) {
      if (!sink.write(text.push(chunk))) await sink.drained();
    }
    const rest = text.end();
    if (rest !== '') sink.write(rest);
    await sink.close();
    reportFailures(text.stats());
  };

  return build(
    (source: Transform) => {
      pumped = pump(source);
      pumped.catch((error: unknown) => source.destroy(error as Error));
      // As a pipeline stage, the next stage reads what the sink hands on.
      return (sink.readable ?? undefined) as Transform;
    },
    {
      parse: 'lines',
      // The line as it came: no JSON.parse (pino's level routing happens before us).
      parseLine: (line: string) => line,
      metadata: false,
      enablePipelining: destination.kind === 'next',
      async close() {
        await pumped.catch(() => undefined);
        await sink.close();
      },
    } as Parameters<typeof build>[1] & { enablePipelining: true },
  ) as Transform;
}

/** In-process destinations with buffered file writes, flushed synchronously if the process exits. */
const live = new Set<Sink>();
let exitHooked = false;

/**
 * The transport in the caller's thread: a pino destination that redacts each serialized line
 * before it reaches a file, an fd, CloudWatch Logs or a stream of yours.
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
  const text = createTextScrubber(resolved.scrubber);
  live.add(sink);
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', () => {
      for (const s of live) s.flushSync();
    });
  }
  let ended: Promise<void> | undefined;
  return {
    // pino takes a first argument for a stream only when it says it is writable; without this,
    // `pino(destination(…))` would read it as options and log to stdout, unredacted.
    writable: true,
    write: (chunk) => sink.write(text.push(chunk)),
    flush(cb) {
      // A flush after end() (or any other failure) reaches the callback, never the caller as a throw.
      Promise.resolve()
        .then(() => sink.flush())
        .then(() => cb?.(), (error: Error) => cb?.(error));
    },
    flushSync: () => sink.flushSync(),
    end() {
      ended ??= (async () => {
        const rest = text.end();
        if (rest !== '') sink.write(rest);
        await sink.close();
        live.delete(sink);
        reportFailures(text.stats());
      })();
      return ended;
    },
    stats: text.stats,
  };
}
