/**
 * One run of a `pino` row, as its own process (`node pino-app.js '<PinoAppJob JSON>'`): an app
 * that logs AdonisJS requests through pino into a file, timed from the first log call until the
 * file is complete (the transport closed), then the file checked: every record there, and which
 * planted secrets survived. Prints one JSON line, a PinoAppResult.
 *
 *   seeded requests (generated here, before the clock) ──▶ batches of BATCH log calls, one per
 *   event-loop turn, waiting for 'drain' when thread-stream asks ──▶ transport ──▶ file
 *
 * Waiting for 'drain' keeps the app at the rate the pipeline sustains: without it thread-stream
 * holds everything not yet taken by the worker in one string on the main thread, which no app
 * logging at a sustainable rate does.
 */
import { once } from 'node:events';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import pino, { type Logger } from 'pino';
import { destination } from '../transports/pino.js';
import { adonisRequests, type AdonisRequest } from './corpus.js';

export type PinoForm = 'logscrub-transport' | 'plain' | 'pino-redact' | 'logscrub-destination';

export interface PinoAppJob {
  readonly form: PinoForm;
  /** Records to log. */
  readonly records: number;
  /** Distinct requests generated; record i is request i % pool with its own request id and time. */
  readonly pool: number;
  readonly density: number;
  readonly seed: number;
  /** The log file (its directory exists). */
  readonly file: string;
}

export interface PinoAppResult {
  readonly seconds: number;
  readonly mainThreadMs: number;
  readonly logCallsMs: number;
  /** CPU time of the main thread while logging (Linux; null elsewhere): ELU counts time the thread waited for a core too. */
  readonly mainThreadCpuMs: number | null;
  /** CPU time of every thread of the process, first log call to complete file: on a shared machine, what the work cost, whatever the wait for a core. */
  readonly processCpuMs: number;
  readonly bytes: number;
  readonly lines: number;
  readonly recall: number;
  readonly planted: number;
}

/** Log calls per event-loop turn: a busy app's requests finishing between two turns. */
const BATCH = 100;

/**
 * The paths an AdonisJS user would give pino's `redact` for these logs: the credential headers,
 * the cookies, the cookies set on login. Paths cannot reach into a URL or a string.
 */
export const PINO_REDACT_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'];

interface Started {
  readonly logger: Logger;
  /** The thread-stream, to wait on its 'drain'; undefined in-process. */
  readonly paced?: NodeJS.EventEmitter & { readonly writableNeedDrain: boolean };
  /** Ends the destination; resolves when the file is complete. */
  readonly finish: () => Promise<void>;
}

/** Transports being ended, held until their 'close' (see `finish`). */
const ending = new Set<object>();

/** The logger of a row, with its transport ready (started at boot, as an app starts it). */
async function start(job: PinoAppJob): Promise<Started> {
  if (job.form === 'logscrub-destination') {
    const dest = destination({ destination: job.file });
    // pino({}, dest), not pino(dest): pino takes a first argument without `writable` for options.
    return { logger: pino({}, dest), finish: () => dest.end() };
  }
  const stream = pino.transport(
    job.form === 'logscrub-transport' ? { target: 'logscrub/pino', options: { destination: job.file } } : { target: 'pino/file', options: { destination: job.file } },
  );
  await once(stream, 'ready');
  const logger = job.form === 'pino-redact' ? pino({ redact: PINO_REDACT_PATHS }, stream) : pino(stream);
  return {
    logger,
    paced: stream,
    async finish() {
      // thread-stream's worker holds its stream by a WeakRef: held here until 'close', or a stream
      // collected meanwhile never emits it.
      ending.add(stream);
      const closed = once(stream, 'close');
      // pino unrefs its worker: without a ref this process could exit before the worker's 'close'.
      stream.ref();
      stream.end();
      await closed;
      ending.delete(stream);
    },
  };
}

/** CPU time of the main thread so far in ms, from /proc (10 ms ticks); null where there is no /proc. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5); the slice starts at field 3. USER_HZ is 100 on Linux.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Lines in the file, and how many of the planted secrets appear on the line of their record. */
async function check(file: string, pool: readonly AdonisRequest[]): Promise<{ lines: number; planted: number; survived: number }> {
  let lines = 0;
  let planted = 0;
  let survived = 0;
  let rest = Buffer.alloc(0);
  const line = (bytes: Buffer): void => {
    const secrets = (pool[lines % pool.length] as AdonisRequest).secrets;
    lines++;
    if (secrets.length === 0) return;
    const text = bytes.toString('utf8');
    for (const secret of secrets) {
      planted++;
      if (text.includes(secret)) survived++;
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const data = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer]);
    let from = 0;
    for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, from)) {
      line(data.subarray(from, nl));
      from = nl + 1;
    }
    rest = Buffer.from(data.subarray(from));
  }
  if (rest.length > 0) line(rest);
  return { lines, planted, survived };
}

const job = JSON.parse(process.argv[2] ?? '{}') as PinoAppJob;
const pool = adonisRequests({ count: Math.min(job.records, job.pool), density: job.density, seed: job.seed });
const { logger, paced, finish } = await start(job);

const cpu0 = mainThreadCpuMs();
const processCpu = process.cpuUsage();
const elu = performance.eventLoopUtilization();
const t0 = performance.now();
let logCallsMs = 0;
for (let i = 0; i < job.records; ) {
  const b0 = performance.now();
  for (const stop = Math.min(job.records, i + BATCH); i < stop; i++) {
    const r = pool[i % pool.length] as AdonisRequest;
    // As AdonisJS does: a child logger per request, bound to its id.
    logger
      .child({ request_id: `${r.idPrefix}${i.toString(16).padStart(12, '0')}` })
      .info({ req: r.req, res: r.res, responseTime: ((i * 7919) % 25000) / 100 }, 'request completed');
  }
  logCallsMs += performance.now() - b0;
  if (paced?.writableNeedDrain === true) await once(paced, 'drain');
  else await nextTurn();
}
const mainThreadMs = performance.eventLoopUtilization(elu).active;
const cpu1 = mainThreadCpuMs();
await finish();
const seconds = (performance.now() - t0) / 1000;
const { user, system } = process.cpuUsage(processCpu);

const { lines, planted, survived } = await check(job.file, pool);
if (lines !== job.records) throw new Error(`${job.form}: the file holds ${lines} lines, ${job.records} were logged`);
const result: PinoAppResult = {
  seconds,
  mainThreadMs,
  logCallsMs,
  mainThreadCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
  processCpuMs: (user + system) / 1000,
  bytes: statSync(job.file).size,
  lines,
  recall: planted === 0 ? 1 : (planted - survived) / planted,
  planted,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
