/**
 * runObjects(): the planned objects of an `s3://` run, `jobs` at a time, through the archive
 * scrubber's per-file core (issue 14). Outcomes are the local tree's (`FileOutcome`), handed on in
 * listing order whatever order they finish in, so the summary, `--report`, SARIF and exit codes
 * are the ones `logscrub` gives for files.
 *
 *   object ──▶ output s3    scrubObject (GetObject → scrubChunks → multipart Upload; aborted on failure)
 *          ──▶ output file  GetObject → scrubChunks → openAtomic (temp file, fsync, rename)
 *          ──▶ stdout       GetObject → scrubChunks → stdout (one object)
 *          ──▶ check        GetObject → scrubChunks, findings with their lines, nothing written
 *
 * The objects in flight share this thread: S3's latency overlaps, the scanning does not (one core).
 * A failed object is an outcome with a one-line reason; the others still run. `signal` stops every
 * object in flight: uploads are aborted and temp files removed, so no half object or file remains.
 */
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { READ_CHUNK_BYTES } from '../../constants.js';
import type { Scrubber } from '../../scrubber.js';
import { type AtomicFile, openAtomic } from '../archive/atomic.js';
import type { Sink } from '../archive/chunks.js';
import { type FileOutcome, MAX_FINDINGS_PER_FILE } from '../archive/file.js';
import type { FormatChoice } from '../archive/format.js';
import { createInOrder } from '../archive/in-order.js';
import { type FileFinding, type FileResult, scrubChunks } from '../archive/pipeline.js';
import { coalesce } from './body.js';
import { classify, scrubObject } from './object.js';
import type { PlannedObject } from './plan.js';
import { makeDirectories, removeEmptyDirectories } from '../directories.js';

export interface ObjectRunOptions {
  readonly client: S3Client;
  readonly scrubber: Scrubber;
  readonly mode: 'scrub' | 'check';
  readonly format: FormatChoice;
  /** Objects in flight at once. */
  readonly jobs: number;
  /** Where a `stdout` output goes. */
  readonly stdout?: Sink;
  readonly onRead?: (bytes: number) => void;
  /** Each object's outcome, in listing order. */
  readonly onOutcome?: (outcome: FileOutcome) => void;
  /**
   * Findings (check) as they are found (of each object, those its outcome keeps), in listing
   * order: an object's once the objects before it are done, and before its own outcome.
   */
  readonly onFinding?: (url: string, finding: FileFinding) => void;
  readonly onWarning?: (message: string) => void;
  /** Stops the run: objects in flight fail as interrupted, no new one starts. */
  readonly signal?: AbortSignal;
}

/** Local output files are written like the archive scrubber's: rw-r--r--. */
const FILE_MODE = 0o644;

/** A failure of our own side (the local disk), as opposed to S3's or the object's. */
class WriteError extends Error {}

const interrupted = (options: ObjectRunOptions): boolean => options.signal?.aborted === true;

const errno = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** A reason without the object's URL in front: the outcome names the object already. */
const withoutUrl = (reason: string, url: string): string => (reason.startsWith(`${url}: `) ? reason.slice(url.length + 2) : reason);

/** The reason of a failed object, one line. */
const reasonOf = (error: unknown, url: string): string => withoutUrl(error instanceof WriteError ? error.message : classify(error).reason, url);

/**
 * GetObject → scrubChunks into the sink `open` gives: the paths that do not upload (check, a local
 * file, stdout). The sink opens once the object has answered: no empty file for a missing key.
 */
async function readObject(object: PlannedObject, open: () => Sink, options: ObjectRunOptions, onFinding: (f: FileFinding) => void): Promise<FileResult> {
  const got = await options.client.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key }), options.signal === undefined ? {} : { abortSignal: options.signal });
  const body = got.Body as Readable;
  const stop = (): void => {
    body.destroy(new Error('interrupted'));
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    return await scrubChunks(coalesce(body, READ_CHUNK_BYTES), open(), {
      scrubber: options.scrubber,
      mode: options.mode,
      format: options.format,
      onFinding,
      ...(options.onRead === undefined ? {} : { onRead: options.onRead }),
      ...(options.onWarning === undefined ? {} : { onWarning: (m: string) => options.onWarning?.(`${object.url}: ${m}`) }),
    });
  } finally {
    options.signal?.removeEventListener('abort', stop);
    body.destroy();
  }
}

/** The writes of a local output, their failures told apart from S3's; `made` is told the directories made for it. */
function fileSink(path: string, made: ((dirs: readonly string[]) => void) | undefined): { file: AtomicFile; sink: Sink } {
  let file: AtomicFile;
  try {
    const dirs = makeDirectories(dirname(path));
    if (dirs.length > 0) made?.(dirs);
    file = openAtomic(path, FILE_MODE);
  } catch (error) {
    throw new WriteError(`cannot write ${path}: ${errno(error)}`);
  }
  const sink: Sink = (bytes) => {
    try {
      return file.write(bytes);
    } catch (error) {
      throw new WriteError(`cannot write ${path}: ${errno(error)}`);
    }
  };
  return { file, sink };
}

/** What `runObjects` hears from each object as it runs. */
export interface ObjectHooks {
  /** A finding, as it is found (those the outcome keeps). */
  readonly found?: (finding: FileFinding) => void;
  /** Directories made for a local output: those left empty are removed at the end of the run. */
  readonly madeDirectories?: (dirs: readonly string[]) => void;
}

/**
 * One object, whatever its output. Never throws: a failure is the outcome's reason.
 *
 * @example
 * const outcome = await runObject(planned, { client, scrubber, mode: 'check', format: 'auto', jobs: 1 });
 */
export async function runObject(object: PlannedObject, options: ObjectRunOptions, hooks: ObjectHooks = {}): Promise<FileOutcome> {
  const { found } = hooks;
  const started = performance.now();
  const findings: FileFinding[] = [];
  let findingsTotal = 0;
  const onFinding = (finding: FileFinding): void => {
    findingsTotal++;
    if (findings.length >= MAX_FINDINGS_PER_FILE) return;
    findings.push(finding);
    found?.(finding);
  };
  const output = object.output;
  const outputName = output === undefined || output.kind === 'stdout' ? undefined : output.kind === 'file' ? output.path : `s3://${output.bucket}/${output.key}`;
  const done = (extra: { result?: FileResult; failure?: string }): FileOutcome => ({
    file: object.url,
    ...(outputName === undefined ? {} : { output: outputName }),
    ...extra,
    findings,
    findingsTotal,
    seconds: (performance.now() - started) / 1000,
  });
  if (interrupted(options)) return done({ failure: 'not started: interrupted' });

  if (output?.kind === 's3') {
    const r = await scrubObject(
      { bucket: object.bucket, key: object.key },
      {
        client: options.client,
        scrubber: options.scrubber,
        destination: { bucket: output.bucket, prefix: '', key: output.key, inPlace: output.inPlace },
        format: options.format,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.onRead === undefined ? {} : { onRead: options.onRead }),
      },
    );
    if (r.status === 'Succeeded') return done(r.file === undefined ? {} : { result: r.file });
    return done({ failure: withoutUrl(r.reason ?? r.status, object.url) });
  }

  // Set by the sink's opener, which runs inside readObject: a holder, so TypeScript does not narrow it away.
  const local: { file?: AtomicFile | undefined } = {};
  try {
    let open = (): Sink => () => undefined;
    if (output?.kind === 'stdout' && options.stdout !== undefined) open = () => options.stdout as Sink;
    if (output?.kind === 'file') {
      open = () => {
        const opened = fileSink(output.path, hooks.madeDirectories);
        local.file = opened.file;
        return opened.sink;
      };
    }
    const result = await readObject(object, open, options, onFinding);
    if (local.file !== undefined && output?.kind === 'file') {
      try {
        local.file.commit();
      } catch (error) {
        throw new WriteError(`cannot write ${output.path}: ${errno(error)}`);
      }
      local.file = undefined;
    }
    return done({ result });
  } catch (error) {
    local.file?.abort();
    const reason = interrupted(options) ? 'stopped (interrupted); nothing written' : reasonOf(error, object.url);
    return done({ failure: reason });
  }
}

/**
 * Runs every planned object, `jobs` at a time; resolves with the outcomes in listing order.
 *
 * @example
 * const outcomes = await runObjects(plan.objects, { client, scrubber, mode: 'scrub', format: 'auto', jobs: 4 });
 */
export async function runObjects(objects: readonly PlannedObject[], options: ObjectRunOptions): Promise<FileOutcome[]> {
  const outcomes: Array<FileOutcome | undefined> = new Array(objects.length);
  const onFinding = options.onFinding;
  const order = createInOrder<FileFinding, FileOutcome>(objects.length, {
    ...(onFinding === undefined ? {} : { onFinding: (index: number, finding: FileFinding) => onFinding((objects[index] as PlannedObject).url, finding) }),
    ...(options.onOutcome === undefined ? {} : { onOutcome: options.onOutcome }),
  });
  // Directories made for local outputs: those whose objects all failed are left empty, and removed
  // at the end (not as an object fails: another object in flight may be about to write there).
  const made = new Set<string>();
  const madeDirectories = (dirs: readonly string[]): void => {
    for (const dir of dirs) made.add(dir);
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < objects.length) {
      const index = next++;
      const found = onFinding === undefined ? undefined : (finding: FileFinding): void => order.found(index, finding);
      outcomes[index] = await runObject(objects[index] as PlannedObject, options, { ...(found === undefined ? {} : { found }), madeDirectories });
      order.finished(index, outcomes[index]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, objects.length)) }, worker));
  } finally {
    removeEmptyDirectories(made);
  }
  return outcomes as FileOutcome[];
}
