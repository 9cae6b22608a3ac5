/**
 * A local CloudWatch Logs for tests and benchmarks: an HTTP server on 127.0.0.1 that speaks the
 * JSON 1.1 protocol the real `@aws-sdk/client-cloudwatch-logs` client sends
 * (`X-Amz-Target: Logs_20140328.<Action>`), stores events per group and stream, enforces the
 * PutLogEvents quotas exactly with the real error shapes, and injects faults on demand:
 * throttling, 5xx, responses slower than the client's timeout, connections reset mid-request,
 * and being down altogether.
 *
 * Point a client at it with `AWS_ENDPOINT_URL_CLOUDWATCH_LOGS=<url>` or the `endpoint` option.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface StoredEvent {
  readonly timestamp: number;
  readonly message: string;
  readonly ingestionTime: number;
}

/** What to do with one PutLogEvents request (counted from 1, retries included). */
export type Fault = 'throttle' | 'unavailable' | 'reset' | 'slow' | undefined;

export interface FakeCloudWatchOptions {
  /** Largest event accepted (message bytes + 26). Default 262,144, the documented safe limit. */
  readonly maxEventBytes?: number;
  /** How long a `slow` response waits. Default 1,500 ms. */
  readonly slowMs?: number;
  /** Groups and streams exist as soon as they are written to. Default false (ResourceNotFoundException). */
  readonly autoCreate?: boolean;
  /** The server's clock, for the too-old and too-new checks. */
  readonly now?: () => number;
  /** Keep the events (default). Off for benchmarks: only counted, memory stays flat. */
  readonly store?: boolean;
}

export interface FakeCloudWatch {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Decides a fault per PutLogEvents request; undefined for none. Settable at any time. */
  fault: ((put: number) => Fault) | undefined;
  /** The events stored in one stream, in the order they were stored. */
  events(logGroupName: string, logStreamName: string): readonly StoredEvent[];
  streams(logGroupName: string): string[];
  /** Events stored so far (also when `store` is off). */
  readonly stored: number;
  /** Requests per action and outcome, e.g. `PutLogEvents ok`, `PutLogEvents throttle`, `PutLogEvents InvalidParameterException`. */
  readonly counts: Map<string, number>;
  /** Stops listening and drops open connections: clients get ECONNREFUSED until `up()`. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;
const LIMITS = { batchBytes: 1_048_576, batchEvents: 10_000, spanMs: 24 * HOUR, overhead: 26, maxAgeMs: 14 * 24 * HOUR, maxFutureMs: 2 * HOUR };

class ServiceError extends Error {
  readonly type: string;
  readonly status: number;
  constructor(type: string, message: string, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** @example const cw = await startFakeCloudWatch({ autoCreate: true }); process.env.AWS_ENDPOINT_URL_CLOUDWATCH_LOGS = cw.url; */
export async function startFakeCloudWatch(options: FakeCloudWatchOptions = {}): Promise<FakeCloudWatch> {
  const maxEventBytes = options.maxEventBytes ?? 262_144;
  const slowMs = options.slowMs ?? 1500;
  const now = options.now ?? Date.now;
  const groups = new Map<string, Map<string, StoredEvent[]>>();
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  let puts = 0;
  let stored = 0;
  const count = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };

  const group = (name: unknown): Map<string, StoredEvent[]> => {
    const g = groups.get(String(name));
    if (g !== undefined) return g;
    if (options.autoCreate === true) return groups.set(String(name), new Map()).get(String(name)) as Map<string, StoredEvent[]>;
    throw new ServiceError('ResourceNotFoundException', 'The specified log group does not exist.');
  };
  const stream = (groupName: unknown, streamName: unknown): StoredEvent[] => {
    const g = group(groupName);
    const s = g.get(String(streamName));
    if (s !== undefined) return s;
    if (options.autoCreate === true) return g.set(String(streamName), []).get(String(streamName)) as StoredEvent[];
    throw new ServiceError('ResourceNotFoundException', 'The specified log stream does not exist.');
  };

  const putLogEvents = (input: Record<string, unknown>): Record<string, unknown> => {
    const target = stream(input.logGroupName, input.logStreamName);
    const events = input.logEvents as { timestamp: number; message: string }[] | undefined;
    if (!Array.isArray(events) || events.length === 0) throw new ServiceError('InvalidParameterException', '1 validation error detected: logEvents must have at least 1 element');
    if (events.length > LIMITS.batchEvents) throw new ServiceError('InvalidParameterException', `1 validation error detected: Value at 'logEvents' failed to satisfy constraint: Member must have length less than or equal to ${LIMITS.batchEvents}`);
    let bytes = 0;
    for (const [i, e] of events.entries()) {
      if (typeof e.message !== 'string' || e.message.length === 0) {
        throw new ServiceError('InvalidParameterException', `1 validation error detected: Value '' at 'logEvents.${i + 1}.member.message' failed to satisfy constraint: Member must have length greater than or equal to 1`);
      }
      const size = Buffer.byteLength(e.message, 'utf8') + LIMITS.overhead;
      if (size > maxEventBytes) throw new ServiceError('InvalidParameterException', `Log event too large: ${size} bytes exceeds limit of ${maxEventBytes}`);
      bytes += size;
    }
    if (bytes > LIMITS.batchBytes) throw new ServiceError('InvalidParameterException', `Upload too large: ${bytes} bytes exceeds limit of ${LIMITS.batchBytes}`);
    for (let i = 1; i < events.length; i++) {
      if ((events[i] as { timestamp: number }).timestamp < (events[i - 1] as { timestamp: number }).timestamp) {
        throw new ServiceError('InvalidParameterException', 'Log events in a single PutLogEvents request must be in chronological order.');
      }
    }
    if ((events.at(-1)?.timestamp ?? 0) - (events[0]?.timestamp ?? 0) > LIMITS.spanMs) {
      throw new ServiceError('InvalidParameterException', 'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
    }
    const at = now();
    let oldEnd = 0;
    while (oldEnd < events.length && (events[oldEnd] as { timestamp: number }).timestamp < at - LIMITS.maxAgeMs) oldEnd++;
    let newStart = events.length;
    while (newStart > oldEnd && (events[newStart - 1] as { timestamp: number }).timestamp > at + LIMITS.maxFutureMs) newStart--;
    if (options.store !== false) for (const e of events.slice(oldEnd, newStart)) target.push({ timestamp: e.timestamp, message: e.message, ingestionTime: at });
    stored += newStart - oldEnd;
    const rejected: Record<string, number> = {};
    if (oldEnd > 0) rejected.tooOldLogEventEndIndex = oldEnd;
    if (newStart < events.length) rejected.tooNewLogEventStartIndex = newStart;
    return { nextSequenceToken: randomUUID().replaceAll('-', ''), ...(Object.keys(rejected).length > 0 ? { rejectedLogEventsInfo: rejected } : {}) };
  };

  const actions: Record<string, (input: Record<string, unknown>) => Record<string, unknown>> = {
    CreateLogGroup(input) {
      const name = String(input.logGroupName);
      if (groups.has(name)) throw new ServiceError('ResourceAlreadyExistsException', 'The specified log group already exists');
      groups.set(name, new Map());
      return {};
    },
    CreateLogStream(input) {
      const g = groups.get(String(input.logGroupName));
      if (g === undefined) throw new ServiceError('ResourceNotFoundException', 'The specified log group does not exist.');
      const name = String(input.logStreamName);
      if (g.has(name)) throw new ServiceError('ResourceAlreadyExistsException', 'The specified log stream already exists');
      g.set(name, []);
      return {};
    },
    DescribeLogStreams(input) {
      const prefix = String(input.logStreamNamePrefix ?? '');
      const names = [...group(input.logGroupName).keys()].filter((n) => n.startsWith(prefix)).sort();
      return { logStreams: names.map((logStreamName) => ({ logStreamName, arn: `arn:aws:logs:local:000000000000:log-group:${String(input.logGroupName)}:log-stream:${logStreamName}` })) };
    },
    GetLogEvents(input) {
      const stored = stream(input.logGroupName, input.logStreamName);
      return { events: stored.map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })), nextForwardToken: 'f/end', nextBackwardToken: 'b/start' };
    },
    PutLogEvents: putLogEvents,
  };

  const send = (res: ServerResponse, status: number, body: Record<string, unknown>, errorType?: string): void => {
    const text = JSON.stringify(errorType === undefined ? body : { __type: errorType, message: body.message });
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': randomUUID(),
      'content-length': Buffer.byteLength(text),
      ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
    });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const action = String(req.headers['x-amz-target'] ?? '').replace(/^Logs_20140328\./, '');
    const fault = action === 'PutLogEvents' ? server.fault?.(++puts) : undefined;
    if (fault === 'reset') {
      count(`${action} reset`);
      // Mid-request: the body is not read, nothing is stored.
      req.socket.destroy();
      return;
    }
    let raw = await readBody(req);
    if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
    if (fault === 'throttle') {
      count(`${action} throttle`);
      send(res, 400, { message: 'Rate exceeded' }, 'ThrottlingException');
      return;
    }
    if (fault === 'unavailable') {
      count(`${action} unavailable`);
      send(res, 503, { message: 'The service is unavailable. Please try again later.' }, 'ServiceUnavailableException');
      return;
    }
    if (fault === 'slow') {
      count(`${action} slow`);
      await new Promise((resolve) => setTimeout(resolve, slowMs));
      // The client gave up before we answered: as for a request that never arrived, store nothing.
      if (res.destroyed || req.socket.destroyed) return;
    }
    const run = actions[action];
    try {
      if (run === undefined) throw new ServiceError('UnknownOperationException', `unknown operation ${action}`);
      const out = run(JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>);
      count(`${action} ok`);
      send(res, 200, out);
    } catch (error) {
      const e = error instanceof ServiceError ? error : new ServiceError('InternalFailure', (error as Error).message, 500);
      count(`${action} ${e.type}`);
      send(res, e.status, { message: e.message }, e.type);
    }
  };

  const http: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  http.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number): Promise<number> =>
    new Promise((resolve) => http.listen(port, '127.0.0.1', () => resolve((http.address() as AddressInfo).port)));
  const port = await listen(0);

  const server: FakeCloudWatch = {
    url: `http://127.0.0.1:${port}`,
    fault: undefined,
    events: (g, s) => groups.get(g)?.get(s) ?? [],
    streams: (g) => [...(groups.get(g)?.keys() ?? [])],
    get stored() {
      return stored;
    },
    counts,
    async down() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    async up() {
      await listen(port);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
  return server;
}
