/**
 * createCloudWatchWriter(): delivery of redacted events to one CloudWatch Logs stream with
 * `PutLogEvents`, that loses nothing. The pino transport and the subscription Lambda both end here.
 *
 *   write(events) ──fitEvent──▶ queue (≤ maxBufferedBytes, else the caller is back-pressured)
 *        on size, every flushIntervalMs, on flush()/close()
 *   queue ──batchEvents (sorted, every quota)──▶ PutLogEvents, one request at a time
 *        ok ─────────────────────────────────▶ delivered (minus rejectedLogEventsInfo: spilled, counted)
 *        ResourceNotFound + createIfMissing ──▶ CreateLogGroup/CreateLogStream, then again
 *        the SDK's retries exhausted, or refused ──▶ spilled as JSON lines (stderr or a file), counted
 *                                  or, onFailure 'throw' ──▶ counted, the rest not sent, flush()/close() reject
 *
 * Retries are the SDK's own (`retryMode` standard or adaptive, with jitter; `maxAttempts`); there
 * is no loop of ours around them. Sequence tokens are not used (CloudWatch ignores them).
 * Delivery is at least once: when a response is lost after CloudWatch stored a batch (a reset or a
 * timeout at the wrong moment), the SDK's retry stores it again, as with every PutLogEvents client.
 */
import { appendFileSync } from 'node:fs';
import {
  type CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  type PutLogEventsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import fastJson from 'fast-json-stringify';
import { CLOUDWATCH } from '../constants.js';
import { OptionsError, SinkError } from '../errors.js';
import { type Batch, type BatchLimits, batchEvents, DEFAULT_LIMITS, eventBytes, fitEvent, type LogEvent, type Oversize } from '../sink/batch.js';
import { withBodySpare } from '../sink/put-body.js';
import { createCloudWatchLogsClient } from './cloudwatch-client.js';
import { writeStderr } from './stderr.js';

/** The one use we make of a command's middleware stack: a handler that sees every attempt. */
interface AttemptStack {
  add(
    middleware: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>,
    options: { step: 'finalizeRequest'; priority: 'low'; name: string },
  ): void;
}

export type { LogEvent } from '../sink/batch.js';
export { createCloudWatchLogsClient } from './cloudwatch-client.js';

export interface CloudWatchWriterOptions {
  readonly logGroupName: string;
  readonly logStreamName: string;
  /** A client of your own. Default: one per process and configuration, from the SDK's standard configuration. */
  readonly client?: CloudWatchLogsClient;
  /** Default: the SDK's (`AWS_REGION`, the shared config file). */
  readonly region?: string;
  /** Default: the SDK's (`AWS_ENDPOINT_URL_CLOUDWATCH_LOGS`, `AWS_ENDPOINT_URL`, then AWS). */
  readonly endpoint?: string;
  /**
   * Create the log group and stream when CloudWatch says they do not exist (`true`), only the
   * stream (`'stream'`: the group is someone else's, and the IAM policy need not allow
   * `logs:CreateLogGroup`), or neither (default false).
   */
  readonly createIfMissing?: boolean | 'stream';
  /**
   * What happens to a batch that cannot be delivered: `spill` it (default), or `throw`: counted in
   * `failed`, later batches are not sent, and `flush()`/`close()` reject with a `SinkError`
   * (`ERR_SINK_REJECTED`). For callers that retry the whole of their input and have nowhere to
   * spill, such as a Lambda (issue 12). Events CloudWatch rejects one by one (too old, too far
   * ahead) are counted and reported either way, since sending them again cannot help.
   */
  readonly onFailure?: 'spill' | 'throw';
  /** Send what is buffered at least this often. Default 1000 ms. */
  readonly flushIntervalMs?: number;
  /** Bytes buffered (waiting or in flight) past which `write` says to wait. Default 16 MiB. */
  readonly maxBufferedBytes?: number;
  /** Largest event (message bytes + 26). Default 262,144, the safe value; CloudWatch now takes up to 1 MiB. */
  readonly maxEventBytes?: number;
  /** An event over `maxEventBytes`: `split` into marked parts (default) or `truncate` with a marker. */
  readonly oversize?: Oversize;
  /** Where events go that cannot be delivered: `stderr` (default) or `{ path }` of a file to append to. */
  readonly spill?: 'stderr' | { readonly path: string };
  /** The SDK's retry mode. Default `standard` (exponential backoff with jitter). */
  readonly retryMode?: 'standard' | 'adaptive';
  /** The SDK's attempts per request, the first included. Default 8 (about 25 s of backoff at most). */
  readonly maxAttempts?: number;
  /** Abandon (and retry) a request after this long. Default 10,000 ms. */
  readonly requestTimeoutMs?: number;
  /** Told about rejected and spilled events (counts and names only). Default: a line on stderr. */
  readonly onWarning?: (message: string) => void;
  /**
   * Memory the caller no longer needs (the subscription handler's inflated batch), for the request
   * bodies: each is written into it in turn (requests go one at a time), instead of a new
   * batch-sized buffer. Only logscrub's own client uses it (see `createCloudWatchLogsClient`).
   */
  readonly bodySpare?: Buffer;
}

/** What a writer did. Numbers only. */
export interface CloudWatchStats {
  readonly eventsDelivered: number;
  /** Bytes delivered, counted as CloudWatch counts them (message bytes + 26 per event). */
  readonly bytesDelivered: number;
  readonly batches: number;
  /** Attempts the SDK repeated after a throttle, a 5xx, a timeout or a reset. */
  readonly retries: number;
  /** Events CloudWatch refused one by one (too old, too new, expired); they are spilled too. */
  readonly rejected: number;
  /** Events written to the spill destination instead of CloudWatch. */
  readonly spilled: number;
  /** With `onFailure: 'throw'`: events not delivered (their batch failed, or a batch before them did). */
  readonly failed: number;
  /** Events over `maxEventBytes` that were split into parts, or truncated. */
  readonly split: number;
  readonly truncated: number;
  /** Bytes accepted and not yet delivered or spilled. */
  readonly buffered: number;
}

export interface CloudWatchWriter {
  /**
   * Accepts events (never drops one). Returns false when the buffer is over `maxBufferedBytes`:
   * wait for `drained()` before writing more.
   */
  write(events: LogEvent | readonly LogEvent[]): boolean;
  /** Resolves when the buffer is back under `maxBufferedBytes`. */
  drained(): Promise<void>;
  /** Resolves when everything accepted so far is delivered or spilled. */
  flush(): Promise<void>;
  /**
   * Flushes, stops the timer; `write` after it throws. With `timeoutMs`, what is not delivered by
   * then (a request under retry included) is spilled, so a process that must exit in time loses
   * nothing: pino's thread-stream, for one, waits 10 s for its worker at exit.
   */
  close(options?: { readonly timeoutMs?: number }): Promise<void>;
  stats(): CloudWatchStats;
}

const DEFAULTS = {
  flushIntervalMs: 1000,
  maxBufferedBytes: 16 * 1024 * 1024,
  maxAttempts: 8,
  requestTimeoutMs: 10_000,
};

const spillLine = fastJson({
  title: 'logscrub spilled event',
  type: 'object',
  properties: {
    logGroupName: { type: 'string' },
    logStreamName: { type: 'string' },
    timestamp: { type: 'integer' },
    message: { type: 'string' },
  },
  required: ['logGroupName', 'logStreamName', 'timestamp', 'message'],
});

const clients = new Map<string, CloudWatchLogsClient>();

/** What stands for an empty message, which CloudWatch refuses (its minimum length is 1). */
const EMPTY_MESSAGE = '[logscrub: empty message]';

const eventCount = (n: number): string => (n === 1 ? '1 event' : `${n} events`);

/**
 * One client per process and configuration, as AWS recommends (a Lambda keeps it across
 * invocations). Region, endpoint and credentials come from the SDK's standard chain unless given.
 */
function sharedClient(config: { region?: string; endpoint?: string; maxAttempts: number; retryMode: string; requestTimeoutMs: number }): CloudWatchLogsClient {
  const key = JSON.stringify(config);
  let client = clients.get(key);
  if (client === undefined) {
    client = createCloudWatchLogsClient({
      ...(config.region === undefined ? {} : { region: config.region }),
      ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
      maxAttempts: config.maxAttempts,
      retryMode: config.retryMode,
      // Without throwOnRequestTimeout the handler only logs a slow request and waits on.
      requestHandler: { requestTimeout: config.requestTimeoutMs, connectionTimeout: Math.min(config.requestTimeoutMs, 5000), throwOnRequestTimeout: true },
    });
    clients.set(key, client);
  }
  return client;
}

function positiveInteger(value: unknown, key: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new OptionsError(`cloudwatch option "${key}" must be a whole number ≥ ${min}, received ${typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value)}`);
  }
  return value;
}

function nonEmpty(value: unknown, key: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new OptionsError(`cloudwatch option "${key}" must be a non-empty string, received ${typeof value}`);
  return value;
}

/**
 * Writers not yet closed, by the hook that closes each when the event loop empties, so an exit
 * without close() loses nothing. One closed so is opened again by its next write: the process went
 * on (a 'beforeExit' listener's own work), and so does the writer.
 */
const open = new Set<() => void>();
/**
 * Writers holding events not yet delivered. `process.exit()` runs no more async work: on `exit`
 * these events are spilled synchronously instead (at least once: a batch in flight may also have
 * reached CloudWatch).
 */
const undelivered = new Set<() => void>();
let exitHooked = false;
/** Set on `exit`: what a writer takes after it (an app's own 'exit' listener logging) is spilled at once. */
let exiting = false;

/**
 * @example
 * const writer = createCloudWatchWriter({ logGroupName: '/app/redacted', logStreamName: 'web-1', createIfMissing: true });
 * if (!writer.write({ timestamp: Date.now(), message: line })) await writer.drained();
 * await writer.close();
 */
export function createCloudWatchWriter(options: CloudWatchWriterOptions): CloudWatchWriter {
  const logGroupName = nonEmpty(options.logGroupName, 'logGroupName');
  const logStreamName = nonEmpty(options.logStreamName, 'logStreamName');
  const flushIntervalMs = positiveInteger(options.flushIntervalMs, 'flushIntervalMs', DEFAULTS.flushIntervalMs);
  const maxBufferedBytes = positiveInteger(options.maxBufferedBytes, 'maxBufferedBytes', DEFAULTS.maxBufferedBytes, CLOUDWATCH.maxBatchBytes);
  const maxEventBytes = positiveInteger(options.maxEventBytes, 'maxEventBytes', CLOUDWATCH.maxEventBytes, 1024);
  if (maxEventBytes > CLOUDWATCH.maxBatchBytes) throw new OptionsError(`cloudwatch option "maxEventBytes" must be at most ${CLOUDWATCH.maxBatchBytes}, received ${maxEventBytes}`);
  const oversize = options.oversize ?? 'split';
  if (oversize !== 'split' && oversize !== 'truncate') throw new OptionsError(`cloudwatch option "oversize" must be "split" or "truncate", received ${String(oversize)}`);
  const retryMode = options.retryMode ?? 'standard';
  if (retryMode !== 'standard' && retryMode !== 'adaptive') throw new OptionsError(`cloudwatch option "retryMode" must be "standard" or "adaptive", received ${String(retryMode)}`);
  const onFailure = options.onFailure ?? 'spill';
  if (onFailure !== 'spill' && onFailure !== 'throw') throw new OptionsError(`cloudwatch option "onFailure" must be "spill" or "throw", received ${String(onFailure)}`);
  const createIfMissing = options.createIfMissing ?? false;
  if (createIfMissing !== true && createIfMissing !== false && createIfMissing !== 'stream') {
    throw new OptionsError(`cloudwatch option "createIfMissing" must be true, false or "stream", received ${String(createIfMissing)}`);
  }
  if (options.spill !== undefined && options.spill !== 'stderr' && (typeof options.spill !== 'object' || options.spill === null)) {
    throw new OptionsError(`cloudwatch option "spill" must be "stderr" or { path: "…" }, received ${JSON.stringify(options.spill)}`);
  }
  const spillPath = options.spill === undefined || options.spill === 'stderr' ? undefined : nonEmpty(options.spill.path, 'spill.path');
  if (options.region !== undefined) nonEmpty(options.region, 'region');
  if (options.endpoint !== undefined) nonEmpty(options.endpoint, 'endpoint');
  const limits: BatchLimits = { ...DEFAULT_LIMITS, maxEventBytes };
  const client =
    options.client ??
    sharedClient({
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      maxAttempts: positiveInteger(options.maxAttempts, 'maxAttempts', DEFAULTS.maxAttempts),
      retryMode,
      requestTimeoutMs: positiveInteger(options.requestTimeoutMs, 'requestTimeoutMs', DEFAULTS.requestTimeoutMs),
    });
  const warn = options.onWarning ?? ((message: string) => writeStderr(`logscrub: cloudwatch: ${message}\n`));
  const where = `log group ${logGroupName}, stream ${logStreamName}`;

  let queue: LogEvent[] = [];
  /** Per queued event, its size as CloudWatch counts it: counted once, when written. */
  let queueSizes: number[] = [];
  /** Batches taken from the queue and not yet settled (the first is in flight): spilled too if the process exits. */
  let sending: readonly Batch[] = [];
  /** Bytes accepted and not yet delivered or spilled (queued and in flight). */
  let buffered = 0;
  let queuedBytes = 0;
  /** A drainQueue() is running; set and cleared inside it, so no window lets a second one start or none run. */
  let draining = false;
  let closed = false;
  /** Closed by the event loop's emptying (`open`), not by its owner: a write opens it again. */
  let closedAtExit = false;
  /** Set when a batch failed during close(), or at all with onFailure 'throw': the rest is not sent. */
  let giveUp = false;
  /** With onFailure 'throw': why the first batch failed, for the SinkError flush() and close() reject with. */
  let failure: string | undefined;
  /** Aborted when close()'s time is up: the request under way fails at once, and is spilled. */
  const aborter = new AbortController();
  let drainWaiters: (() => void)[] = [];
  /** Events (parts of split events counted one by one) accepted, and those delivered or spilled since. */
  let accepted = 0;
  let settled = 0;
  let settleWaiters: (() => void)[] = [];
  const counts = { eventsDelivered: 0, bytesDelivered: 0, batches: 0, retries: 0, rejected: 0, spilled: 0, failed: 0, split: 0, truncated: 0 };

  const release = (bytes: number): void => {
    buffered -= bytes;
    if (buffered < maxBufferedBytes && drainWaiters.length > 0) {
      const waiters = drainWaiters;
      drainWaiters = [];
      // After the next request is on the wire: a producer woken at once would run its burst of
      // writes first and hold that request back (measured: ~15% of throughput).
      setImmediate(() => {
        for (const resolve of waiters) resolve();
      });
    }
  };

  const spill = (events: readonly LogEvent[]): void => {
    if (events.length === 0) return;
    if (onFailure === 'throw') {
      counts.failed += events.length;
      return;
    }
    let text = '';
    for (const e of events) text += `${spillLine({ logGroupName, logStreamName, timestamp: e.timestamp, message: e.message })}\n`;
    if (spillPath === undefined) writeStderr(text);
    else appendFileSync(spillPath, text);
    counts.spilled += events.length;
  };

  /**
   * Sends a command, abortable by close(), counting its retries. Counted by a middleware that runs
   * once per attempt (after the SDK's retry middleware), not from `$metadata.attempts`: a request
   * that close() aborts mid-retry ends in an AbortError that carries no `$metadata`, and its
   * retries would go uncounted.
   */
  const send = async <Output>(command: { middlewareStack: unknown }): Promise<Output> => {
    let attempts = 0;
    (command.middlewareStack as AttemptStack).add(
      (next) => (args) => {
        attempts++;
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'logscrubAttemptCounter' },
    );
    try {
      return (await client.send(command as never, { abortSignal: aborter.signal })) as Output;
    } finally {
      counts.retries += Math.max(0, attempts - 1);
    }
  };

  const createTarget = async (): Promise<void> => {
    const group = createIfMissing === true ? [new CreateLogGroupCommand({ logGroupName })] : [];
    for (const command of [...group, new CreateLogStreamCommand({ logGroupName, logStreamName })]) {
      try {
        await send(command);
      } catch (error) {
        if ((error as Error).name !== 'ResourceAlreadyExistsException') throw error;
      }
    }
  };

  const put = async (batch: LogEvent[]): Promise<PutLogEventsCommandOutput> => {
    const command = new PutLogEventsCommand(withBodySpare({ logGroupName, logStreamName, logEvents: batch }, options.bodySpare));
    try {
      return await send<PutLogEventsCommandOutput>(command);
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException' || createIfMissing === false) throw error;
      await createTarget();
      return send<PutLogEventsCommandOutput>(new PutLogEventsCommand(withBodySpare({ logGroupName, logStreamName, logEvents: batch }, options.bodySpare)));
    }
  };

  /** Sends one batch; whatever is not delivered is spilled. Never throws. */
  const deliver = async ({ events: batch, bytes }: Batch): Promise<void> => {
    try {
      if (giveUp) {
        spill(batch);
        // With onFailure 'throw' the caller learns of it from the SinkError, not from a warning.
        if (onFailure === 'spill') warn(`closing: ${eventCount(batch.length)} for ${where} spilled without another attempt`);
        return;
      }
      const out = await put(batch);
      counts.batches++;
      const info = out.rejectedLogEventsInfo;
      const oldEnd = Math.max(info?.tooOldLogEventEndIndex ?? 0, info?.expiredLogEventEndIndex ?? 0);
      const newStart = Math.min(info?.tooNewLogEventStartIndex ?? batch.length, batch.length);
      const rejected = [...batch.slice(0, oldEnd), ...batch.slice(Math.max(oldEnd, newStart))];
      const delivered = batch.length - rejected.length;
      counts.eventsDelivered += delivered;
      counts.bytesDelivered += bytes - rejected.reduce((sum, e) => sum + eventBytes(e), 0);
      if (rejected.length > 0) {
        counts.rejected += rejected.length;
        if (onFailure === 'spill') spill(rejected);
        warn(`CloudWatch rejected ${eventCount(rejected.length)} of ${where} (${oldEnd} too old or expired, ${batch.length - Math.max(oldEnd, newStart)} more than 2 h ahead)${onFailure === 'spill' ? '; spilled' : ''}`);
      }
    } catch (error) {
      spill(batch);
      const name = (error as Error).name ?? 'Error';
      if (onFailure === 'throw') {
        giveUp = true;
        failure ??= `${name}: ${(error as Error).message}`;
      } else {
        if (closed) giveUp = true;
        warn(`could not deliver ${eventCount(batch.length)} to ${where} (${name}: ${(error as Error).message}); spilled`);
      }
    } finally {
      release(bytes);
      settled += batch.length;
      const waiters = settleWaiters;
      settleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  /** flush() calls under way (the timer's, close()'s, a caller's): while any runs, partly filled batches go too. */
  let flushers = 0;
  /**
   * Sends what is queued, one batch at a time. Woken by size, only full batches go: the rest
   * waits for more events or the timer, rather than costing a request of its own.
   */
  const drainQueue = async (): Promise<void> => {
    draining = true;
    try {
      while (queue.length > 0 && (flushers > 0 || queuedBytes >= CLOUDWATCH.maxBatchBytes)) {
        const batches = batchEvents(queue, limits, queueSizes);
        const last = batches.at(-1) as Batch;
        // The last batch could still take another event: keep it for later (unless flushing).
        const roomLeft = last.bytes + CLOUDWATCH.eventOverheadBytes < limits.maxBatchBytes && last.events.length < limits.maxBatchEvents;
        const held = flushers === 0 && !last.full && roomLeft ? batches.pop() : undefined;
        queue = held === undefined ? [] : held.events;
        queueSizes = held === undefined ? [] : held.sizes;
        queuedBytes = held === undefined ? 0 : held.bytes;
        if (batches.length === 0) break;
        sending = batches;
        for (let i = 0; i < batches.length; i++) {
          await deliver(batches[i] as Batch);
          sending = batches.slice(i + 1);
        }
      }
    } finally {
      // In the same step as the last check of the loop: no moment where a flush finds it running and it is not.
      draining = false;
    }
  };
  const kick = (): void => {
    if (!draining) void drainQueue();
  };

  /** Resolves once every event accepted before the call is delivered or spilled; later writes do not hold it up. */
  const flush = async (): Promise<void> => {
    const target = accepted;
    flushers++;
    try {
      while (settled < target) {
        const progress = new Promise<void>((resolve) => settleWaiters.push(resolve));
        kick();
        await progress;
      }
    } finally {
      flushers--;
    }
    if (failure !== undefined) {
      throw new SinkError(`could not deliver ${eventCount(counts.failed)} to ${where} (${failure}); nothing after the first failed batch was sent`);
    }
  };
  const startTimer = (): ReturnType<typeof setInterval> =>
    setInterval(() => {
      // A failure (onFailure 'throw') is the caller's to see through its own flush() or close().
      if (queue.length > 0 && flushers === 0) flush().catch(() => {});
    }, flushIntervalMs).unref();
  let timer = startTimer();
  const closeAtExit = (): void => {
    writer.close().catch(() => {});
    closedAtExit = true;
  };

  const spillAtExit = (): void => {
    const pending = [...sending.flatMap((b) => b.events), ...queue];
    sending = [];
    queue = [];
    queueSizes = [];
    if (pending.length === 0) return;
    spill(pending);
    warn(`the process exited before ${eventCount(pending.length)} reached ${where}; ${onFailure === 'spill' ? 'spilled' : 'not delivered'}`);
  };
  const enqueue = (event: LogEvent, size: number): void => {
    undelivered.add(spillAtExit);
    queue.push(event);
    queueSizes.push(size);
    queuedBytes += size;
    buffered += size;
    accepted++;
  };

  const writer: CloudWatchWriter = {
    write(input) {
      if (closed && !closedAtExit) throw new Error(`logscrub: the CloudWatch writer for ${where} is closed`);
      if (closed) {
        closed = false;
        closedAtExit = false;
        // What the at-exit close gave up on was spilled; what comes now is sent as ever.
        giveUp = false;
        timer = startTimer();
        open.add(closeAtExit);
      }
      const events = Array.isArray(input) ? (input as readonly LogEvent[]) : [input as LogEvent];
      // All or nothing: a caller that retries after a TypeError must not send the first events twice.
      for (const event of events) {
        if (typeof event?.message !== 'string' || !Number.isSafeInteger(event.timestamp) || event.timestamp < 0) {
          throw new TypeError('logscrub: CloudWatch writer.write() takes events { timestamp: integer ms since the epoch, message: string }');
        }
      }
      for (const given of events) {
        // CloudWatch refuses an empty message, and with it the whole batch: send a marker instead.
        const event = given.message.length === 0 ? { timestamp: given.timestamp, message: EMPTY_MESSAGE } : given;
        const size = eventBytes(event);
        if (size <= limits.maxEventBytes) {
          enqueue(event, size);
          continue;
        }
        counts[oversize === 'split' ? 'split' : 'truncated']++;
        for (const part of fitEvent(event, limits, oversize)) enqueue(part, eventBytes(part));
      }
      // process.exit() runs no more async work, and this writer's own exit hook has run.
      if (exiting) spillAtExit();
      else if (queuedBytes >= CLOUDWATCH.maxBatchBytes) kick();
      return buffered < maxBufferedBytes;
    },
    drained: () => (buffered < maxBufferedBytes ? Promise.resolve() : new Promise((resolve) => drainWaiters.push(resolve))),
    flush,
    async close(closeOptions = {}) {
      closedAtExit = false;
      if (!closed) {
        closed = true;
        clearInterval(timer);
        open.delete(closeAtExit);
      }
      const timeoutMs = closeOptions.timeoutMs;
      const deadline =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              giveUp = true;
              aborter.abort();
            }, timeoutMs);
      try {
        await flush();
      } finally {
        clearTimeout(deadline);
        // Also when flush() rejects (onFailure 'throw'): everything is settled, nothing is left to
        // spill at exit; unless a write reopened the writer meanwhile (an at-exit close) and queued more.
        if (queue.length === 0 && sending.length === 0) undelivered.delete(spillAtExit);
      }
    },
    stats: () => ({ ...counts, buffered }),
  };
  open.add(closeAtExit);
  if (!exitHooked) {
    exitHooked = true;
    // Closed rather than flushed: a destination that is gone then costs one batch's retries, not every batch's.
    process.on('beforeExit', () => {
      for (const closeNow of open) closeNow();
    });
    process.on('exit', () => {
      exiting = true;
      for (const spillNow of undelivered) spillNow();
    });
  }
  return writer;
}
