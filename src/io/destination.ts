/**
 * Where the pino transport writes redacted lines: options as plain data (they cross into pino's
 * worker thread by structured clone), checked once, then opened as a `Sink`.
 *
 *   destination option ──resolveDestination──▶ Destination (checked, frozen)
 *     1 | 'stdout' · 2 | 'stderr' · a file path ──▶ sonic-boom (mkdir, append, sync)
 *     'next'                                    ──▶ a PassThrough the next pipeline stage reads
 *     { type: 'cloudwatch', … }                 ──▶ createCloudWatchWriter, one event per line
 *     a stream (in-process only)                ──▶ its write()
 */
import { openSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import sonicBoom from 'sonic-boom';
import { NEWLINE, SINK_HIGH_WATER_BYTES } from '../constants.js';
import { OptionsError } from '../errors.js';
import { recordTime } from '../sink/record-time.js';
import { type CloudWatchWriterOptions, createCloudWatchWriter, type LogEvent } from './cloudwatch.js';
import { makeDirectories } from './directories.js';

// A CommonJS module: its class is the default export (no named export Node can see).
const { SonicBoom } = sonicBoom;
type SonicBoom = InstanceType<typeof SonicBoom>;

/** The CloudWatch Logs destination, as the transport's `destination` option gives it. */
export interface CloudWatchDestinationOptions extends Omit<CloudWatchWriterOptions, 'client' | 'onWarning'> {
  readonly type: 'cloudwatch';
}

/** Anything with a `write` that takes text, like `process.stdout` or `pino.destination()`. In-process only. */
export interface WritableLike {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  flush?(cb?: (err?: Error | null) => void): void;
  flushSync?(): void;
  end?(): unknown;
}

export type DestinationOption = 1 | 2 | 'stdout' | 'stderr' | 'next' | string | CloudWatchDestinationOptions;

export type Destination =
  | { readonly kind: 'fd'; readonly fd: 1 | 2; readonly sync: boolean }
  | { readonly kind: 'file'; readonly path: string; readonly mkdir: boolean; readonly append: boolean; readonly sync: boolean }
  | { readonly kind: 'next' }
  | { readonly kind: 'cloudwatch'; readonly options: CloudWatchWriterOptions }
  | { readonly kind: 'stream'; readonly stream: WritableLike };

/**
 * Where redacted lines go: whole lines, each ending in `\n` (the last of a stream may not), as the
 * bytes the engine returned (a string is taken too, and encoded).
 */
export interface Sink {
  /** False when the sink is over its buffer: wait for `drained()` before writing more. */
  write(chunk: Buffer | string): boolean;
  drained(): Promise<void>;
  /** Resolves when everything written so far is on disk, delivered or handed on. */
  flush(): Promise<void>;
  /** For process `exit`, where nothing async runs: files flushed now. CloudWatch spills on its own. */
  flushSync(): void;
  /** Flushes, then releases the file or writer. */
  close(): Promise<void>;
  /** The stream the next pipeline stage reads (`'next'` only). */
  readonly readable?: Readable;
}

const CLOUDWATCH_KEYS = new Set([
  'type', 'logGroupName', 'logStreamName', 'region', 'endpoint', 'createIfMissing', 'flushIntervalMs', 'maxBufferedBytes',
  'maxEventBytes', 'oversize', 'spill', 'retryMode', 'maxAttempts', 'requestTimeoutMs',
]);

const DESTINATION_HELP = "1 or 'stdout', 2 or 'stderr', a file path, 'next' (a pipeline stage) or { type: 'cloudwatch', logGroupName, logStreamName }";

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : String(value);

/**
 * Fills `{hostname}`, `{pid}` and `{date}` (UTC, YYYY-MM-DD, at start-up) in a log stream name.
 *
 * @example
 * streamName('web/{hostname}/{pid}', 'logStreamName'); // 'web/ip-10-0-0-1/4242'
 */
export function streamName(template: string, key: string): string {
  const name = template.replace(/\{([^}]*)\}/g, (_, field: string) => {
    switch (field) {
      case 'hostname':
        return hostname();
      case 'pid':
        return String(process.pid);
      case 'date':
        return new Date().toISOString().slice(0, 10);
      default:
        throw new OptionsError(`logscrub/pino option "destination.${key}" uses {${field}}; the fields are {hostname}, {pid} and {date}`);
    }
  });
  // CloudWatch refuses these in a stream name (LogStreamName pattern [^:*]*).
  return name.replace(/[:*]/g, '-');
}

function flag(input: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = input[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new OptionsError(`logscrub/pino option "${key}" must be true or false, received ${describe(value)}`);
  return value;
}

function cloudWatch(input: Record<string, unknown>): Destination {
  for (const key of Object.keys(input)) {
    if (!CLOUDWATCH_KEYS.has(key)) throw new OptionsError(`logscrub/pino option "destination.${key}" is not a CloudWatch destination option (known: ${[...CLOUDWATCH_KEYS].join(', ')})`);
  }
  for (const key of ['logGroupName', 'logStreamName']) {
    if (typeof input[key] !== 'string' || input[key] === '') throw new OptionsError(`logscrub/pino option "destination.${key}" must be a non-empty string, received ${describe(input[key])}`);
  }
  const { type: _type, ...rest } = input as unknown as CloudWatchDestinationOptions;
  return { kind: 'cloudwatch', options: { ...rest, logStreamName: streamName(rest.logStreamName, 'logStreamName') } };
}

/**
 * Checks the transport's `destination`, `mkdir`, `append` and `sync` options. Default: stdout.
 * Throws an `OptionsError` that names the option.
 *
 * @example
 * resolveDestination({ destination: '/var/log/app.log' }); // { kind: 'file', path: '/var/log/app.log', mkdir: true, append: true, sync: false }
 */
export function resolveDestination(input: Record<string, unknown>, allowStream = false): Destination {
  const value = input.destination ?? 1;
  const sync = flag(input, 'sync', false);
  const mkdir = flag(input, 'mkdir', true);
  const append = flag(input, 'append', true);
  if (value === 1 || value === 'stdout') return { kind: 'fd', fd: 1, sync };
  if (value === 2 || value === 'stderr') return { kind: 'fd', fd: 2, sync };
  if (value === 'next') return { kind: 'next' };
  if (typeof value === 'string' && value !== '') return { kind: 'file', path: value, mkdir, append, sync };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (record.type === 'cloudwatch') return cloudWatch(record);
    if (allowStream && typeof record.write === 'function') return { kind: 'stream', stream: value as WritableLike };
  }
  throw new OptionsError(`logscrub/pino option "destination" must be ${DESTINATION_HELP}${allowStream ? ' or a stream' : ''}, received ${describe(value)}`);
}

const once = (emitter: { once(event: string, listener: (arg?: unknown) => void): unknown }, event: string): Promise<void> =>
  new Promise((resolve) => emitter.once(event, () => resolve()));

const bytesOf = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
const textOf = (chunk: Buffer | string): string => (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));

function sonicSink(sonic: SonicBoom, sync: boolean): Sink {
  let closed: Promise<void> | undefined;
  // sonic-boom says "full" past 16 KiB, i.e. after every block of lines while its write is under
  // way: waiting for it then would leave the file idle while the engine works and the engine idle
  // while the file is written. Bytes handed to it and not yet written are counted here instead.
  let queued = 0;
  sonic.on('write', (n: number) => {
    queued = Math.max(0, queued - n);
  });
  // sonic-boom's own flush(cb) calls back at once when it has no minLength, with a write still
  // under way; it emits 'drain' whenever its buffer empties, so "written since the last drain" is
  // what flush() must wait out. Synchronous writes need no waiting, only the buffer written.
  let dirty = false;
  sonic.on('drain', () => {
    dirty = false;
  });
  return {
    write(chunk) {
      const bytes = bytesOf(chunk);
      dirty = !sync;
      queued += bytes.length;
      // Buffer mode (see openSonic) takes Buffers, which the sonic-boom types do not say.
      sonic.write(bytes as unknown as string);
      return queued < SINK_HIGH_WATER_BYTES;
    },
    drained: () => (queued < SINK_HIGH_WATER_BYTES ? Promise.resolve() : once(sonic, 'drain')),
    flush: () => {
      if (sync) {
        sonic.flushSync();
        return Promise.resolve();
      }
      return dirty
        ? new Promise((resolve, reject) => {
            const done = (error?: Error): void => {
              sonic.off('drain', done);
              sonic.off('error', done);
              if (error) reject(error);
              else resolve();
            };
            sonic.on('drain', done);
            sonic.on('error', done);
          })
        : Promise.resolve();
    },
    flushSync() {
      try {
        sonic.flushSync();
      } catch {
        // Already closed or not yet open: nothing of ours is waiting there.
      }
    },
    close() {
      closed ??= new Promise((resolve, reject) => {
        sonic.once('close', () => resolve());
        sonic.once('error', reject);
        sonic.end();
      });
      return closed;
    },
  };
}

/**
 * Opens a file or fd now, synchronously, so a path that cannot be opened (a directory, no
 * permission) is an `OptionsError` naming it at start-up rather than a stream error later.
 *
 * In the app's own thread, files and fds are written synchronously (`destination()` gathers lines
 * into blocks itself, before the engine): at `process.exit()` nothing can be under way
 * asynchronously, so the exit hook's flushSync cannot write after a write still in flight and
 * reorder lines (with sonic-boom's asynchronous writes it did, seen on Node 22).
 *
 * Buffer mode: the engine's output is bytes, written as they are. In utf8 mode sonic-boom measures,
 * joins and re-encodes strings, which cost 3 µs per record against 0.2 in buffer mode (issue 11).
 */
function openSonic(destination: Extract<Destination, { kind: 'fd' | 'file' }>, inProcess: boolean): { sonic: SonicBoom; sync: boolean } {
  const sync = destination.sync || inProcess;
  const buffering = { contentMode: 'buffer' as const };
  if (destination.kind === 'fd') return { sonic: new SonicBoom({ fd: destination.fd, sync, ...buffering }), sync };
  let fd: number;
  try {
    if (destination.mkdir) makeDirectories(dirname(destination.path));
    fd = openSync(destination.path, destination.append ? 'a' : 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new OptionsError(`logscrub/pino option "destination": cannot open ${destination.path} (${code})`, { file: destination.path });
  }
  return { sonic: new SonicBoom({ fd, sync, ...buffering }), sync };
}

/** One CloudWatch event per line, stamped with the record's own `time`. */
function cloudWatchSink(options: CloudWatchWriterOptions, closeTimeoutMs: number | undefined): Sink {
  const writer = createCloudWatchWriter(options);
  return {
    write(chunk) {
      const bytes = bytesOf(chunk);
      const now = Date.now();
      const events: LogEvent[] = [];
      for (let start = 0; start < bytes.length; ) {
        const nl = bytes.indexOf(NEWLINE, start);
        const end = nl < 0 ? bytes.length : nl;
        // A blank line is no record, and CloudWatch refuses an empty message.
        if (end > start) {
          const message = bytes.toString('utf8', start, bytes[end - 1] === 0x0d ? end - 1 : end);
          events.push({ timestamp: recordTime(message, now), message });
        }
        start = end + 1;
      }
      return events.length === 0 ? true : writer.write(events);
    },
    drained: () => writer.drained(),
    flush: () => writer.flush(),
    flushSync: () => undefined,
    close: () => writer.close(closeTimeoutMs === undefined ? {} : { timeoutMs: closeTimeoutMs }),
  };
}

function passThroughSink(): Sink {
  const readable = new PassThrough();
  return {
    write: (chunk) => readable.write(chunk),
    drained: () => once(readable, 'drain'),
    flush: () => Promise.resolve(),
    flushSync: () => undefined,
    close: () =>
      new Promise((resolve) => {
        readable.end(resolve);
      }),
    readable,
  };
}

function streamSink(stream: WritableLike): Sink {
  return {
    write: (chunk) => stream.write(textOf(chunk)),
    drained: () => (stream.once === undefined ? Promise.resolve() : once(stream as Parameters<typeof once>[0], 'drain')),
    flush: () => new Promise((resolve, reject) => (stream.flush === undefined ? resolve() : stream.flush((error) => (error ? reject(error) : resolve())))),
    flushSync: () => stream.flushSync?.(),
    // Not ours to end: the caller made it and may write to it after us.
    close() {
      return this.flush();
    },
  };
}

/**
 * Opens a destination. A file is open when this returns; one that cannot be is an `OptionsError`.
 * `closeTimeoutMs`: how long `close()` may take to deliver to CloudWatch before it spills the rest.
 * `inProcess`: in the app's thread, where `process.exit()` may come at any moment (see above).
 *
 * @example
 * const sink = openSink(resolveDestination({ destination: '/var/log/app.log' }));
 * if (!sink.write('{"msg":"hi"}\n')) await sink.drained();
 * await sink.close();
 */
export function openSink(destination: Destination, options: { readonly closeTimeoutMs?: number; readonly inProcess?: boolean } = {}): Sink {
  switch (destination.kind) {
    case 'fd':
    case 'file': {
      const { sonic, sync } = openSonic(destination, options.inProcess === true);
      return sonicSink(sonic, sync);
    }
    case 'next':
      return passThroughSink();
    case 'cloudwatch':
      return cloudWatchSink(destination.options, options.closeTimeoutMs);
    case 'stream':
      return streamSink(destination.stream);
  }
}
