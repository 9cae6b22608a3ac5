/**
 * The S3 object handler (issue 14): one Lambda for the two AWS engines that run a function over
 * every object of a bucket, S3 Batch Operations and Step Functions Distributed Map.
 *
 *   S3 Batch Operations   { invocationSchemaVersion 1.0 | 2.0, invocationId, job, tasks[] }
 *     each task: s3Key (URL-encoded), s3VersionId, s3BucketArn (1.0) or s3Bucket (2.0)
 *     ──▶ { invocationSchemaVersion, treatMissingKeysAs, invocationId, results[] }, one result per
 *         task: Succeeded | TemporaryFailure (the job retries it) | PermanentFailure, with a reason
 *   Distributed Map       { Items: [{ Key, … }], BatchInput: { bucket } } (ItemBatcher), or one
 *                         item { Key, …, bucket } (no batcher)
 *     ──▶ { bucket, succeeded, failed, items[] }; when an item failed, the batch fails instead:
 *         an error named `logscrub.TemporaryFailure` (every failure may pass on a retry) or
 *         `logscrub.PermanentFailure`, for the state machine's Retry and ToleratedFailurePercentage
 *   each object ──scrubObject──▶ LOGSCRUB_DESTINATION_BUCKET / LOGSCRUB_DESTINATION_PREFIX + key,
 *     one at a time, each bounded by the invocation's deadline less a margin
 *   an object written with lines replaced whole (over maxLineBytes: fail closed) ──▶
 *     PermanentFailure naming the count and the fix, though the object is written (`failClosed`)
 *   one EMF metrics line per invocation
 *
 * Batch Operations documents both schemas and the response at
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html; the
 * Distributed Map input at https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itembatcher.html.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { Context, S3BatchEvent, S3BatchResult, S3BatchResultResult } from 'aws-lambda';
import { S3 } from '../constants.js';
import { InputError, OptionsError } from '../errors.js';
import { type ObjectResult, type S3Location, scrubObject } from '../io/s3/object.js';
import type { Scrubber } from '../scrubber.js';
import { createStats } from '../stats.js';
import type { InvocationMetrics } from './metrics.js';
import type { S3Settings } from './settings.js';

export interface S3ObjectHandlerDeps {
  readonly scrubber: Scrubber;
  /** Undefined: the handler refuses every event, saying which variable to set. */
  readonly settings: S3Settings | undefined;
  readonly client: S3Client;
  readonly onMetrics?: (metrics: InvocationMetrics) => void;
}

/** One item of a Distributed Map batch as it reports back. */
export interface MapItemResult {
  readonly key: string;
  readonly status: ObjectResult['status'];
  readonly destination: string;
  readonly reason?: string;
  readonly lines?: number;
  readonly redactions?: number;
  /** Lines replaced whole (fail closed), those over maxLineBytes included. */
  readonly failedLines?: number;
}

/** What a Distributed Map batch returns when every item succeeded. */
export interface MapBatchResult {
  readonly bucket: string;
  readonly succeeded: number;
  readonly failed: number;
  readonly items: readonly MapItemResult[];
}

/** An S3 Batch Operations event, both schemas (2.0 names the bucket, 1.0 its ARN). */
export type S3BatchOperationsEvent = Omit<S3BatchEvent, 'tasks'> & {
  readonly tasks: readonly {
    readonly taskId: string;
    readonly s3Key: string;
    readonly s3VersionId?: string | null;
    readonly s3BucketArn?: string | null;
    readonly s3Bucket?: string | null;
  }[];
};

/** A Distributed Map batch (`ItemBatcher`) of an S3 listing, or one item without a batcher. */
export interface DistributedMapEvent {
  readonly Items?: readonly { readonly Key?: string; readonly [field: string]: unknown }[];
  readonly BatchInput?: { readonly bucket?: string; readonly [field: string]: unknown };
  readonly Key?: string;
  readonly bucket?: string;
}

export type S3ObjectHandler = (event: S3BatchOperationsEvent | DistributedMapEvent, context?: Context) => Promise<S3BatchResult | MapBatchResult>;

/** A Distributed Map batch with failed items: Step Functions sees `name` as the error to retry or catch. */
export class MapBatchError extends Error {
  override readonly name: 'logscrub.TemporaryFailure' | 'logscrub.PermanentFailure';
  readonly items: readonly MapItemResult[];
  constructor(items: readonly MapItemResult[]) {
    const failed = items.filter((i) => i.status !== 'Succeeded');
    const permanent = failed.some((i) => i.status === 'PermanentFailure');
    super(`${failed.length} of ${items.length} objects failed: ${failed.map((i) => i.reason ?? i.key).join('; ')}`.slice(0, 4000));
    this.name = permanent ? 'logscrub.PermanentFailure' : 'logscrub.TemporaryFailure';
    this.items = items;
  }
}

/** Batch Operations keys are URL-encoded in the manifest and reach the function so (`unquote_plus`). */
function decodeKey(key: unknown, taskId: string): string {
  if (typeof key !== 'string' || key === '') throw new InputError(`task ${taskId} has no s3Key string (received ${key === '' ? 'an empty string' : key === null ? 'null' : typeof key})`);
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    throw new InputError(`task key "${key.slice(0, 200)}" is not valid URL encoding (S3 Batch Operations manifests hold URL-encoded keys)`);
  }
}

/** The bucket of a Batch Operations task: 2.0's `s3Bucket`, or the name in 1.0's `arn:aws:s3:::name`. */
function taskBucket(task: S3BatchOperationsEvent['tasks'][number]): string {
  if (typeof task.s3Bucket === 'string' && task.s3Bucket !== '') return task.s3Bucket;
  const arn = task.s3BucketArn;
  const name = typeof arn === 'string' ? /^arn:[^:]+:s3:::([^/]+)$/.exec(arn)?.[1] : undefined;
  if (name === undefined) throw new InputError(`task ${task.taskId} names no bucket (neither s3Bucket nor an s3BucketArn like arn:aws:s3:::bucket)`);
  return name;
}

/**
 * The version a task names, or undefined for the current one. A manifest row of an unversioned
 * object may carry an empty version, and S3 refuses `versionId=` (400 InvalidArgument: "Version
 * id cannot be the empty string"), so '' means absent, as null does.
 */
function taskVersion(task: S3BatchOperationsEvent['tasks'][number]): string | undefined {
  return typeof task.s3VersionId === 'string' && task.s3VersionId !== '' ? task.s3VersionId : undefined;
}

const redactions = (r: ObjectResult): number => Object.values(r.stats?.byRule ?? {}).reduce((sum, n) => sum + n, 0);

const lines = (n: number): string => (n === 1 ? 'a line' : `${n} lines`);

/**
 * An object written with lines replaced whole is a PermanentFailure (issue 14). The line was
 * over maxLineBytes (or a record could not be processed): it was never scanned, so it was
 * replaced by a placeholder rather than passed through (fail closed). The object is written —
 * whole, redacted, tagged with `logscrub-failed-lines` and `logscrub-lines-too-long` — but it is
 * not the faithful copy the task asked for, and a retry with the same settings would do the same:
 * so not Succeeded (which a completion report of failed tasks would hide) and not
 * TemporaryFailure (which the job would retry in vain), the way `logscrub scrub` exits 1. The
 * reason says what to change; re-running the failed tasks (the completion report is a manifest)
 * then rewrites those objects.
 */
function failClosed(r: ObjectResult, maxLineBytes: number): ObjectResult {
  const failed = r.stats?.failed ?? 0;
  if (r.status !== 'Succeeded' || failed === 0) return r;
  const tooLong = r.stats?.linesTooLong ?? 0;
  const which = tooLong === failed ? ` longer than maxLineBytes (${maxLineBytes} bytes)` : `, ${tooLong} of them longer than maxLineBytes (${maxLineBytes} bytes),`;
  const reason = `${r.source}: written to ${r.destination}, but ${lines(failed)}${which} replaced whole (fail closed: not scanned, so not kept); raise maxLineBytes in LOGSCRUB_CONFIG and run the task again. lines ${r.stats?.lines ?? 0}, redactions ${redactions(r)}`;
  return { ...r, status: 'PermanentFailure', reason: reason.length <= S3.maxReasonChars ? reason : `${reason.slice(0, S3.maxReasonChars - 1)}…` };
}

/** The resultString of a task: counts or the reason; S3 keeps it in the completion report. */
function resultString(r: ObjectResult): string {
  if (r.status !== 'Succeeded') return r.reason ?? r.status;
  const written = r.unchanged === true ? { unchanged: true } : {};
  return JSON.stringify({ destination: r.destination, ...written, lines: r.stats?.lines ?? 0, redactions: redactions(r), failedLines: r.stats?.failed ?? 0 });
}

/**
 * @example
 * export const s3ObjectHandler = createS3ObjectHandler({ scrubber, settings: settings.s3, client: new S3Client({}) });
 */
export function createS3ObjectHandler(deps: S3ObjectHandlerDeps): S3ObjectHandler {
  const run = async (locations: readonly S3Location[], context: Context | undefined, settings: S3Settings): Promise<ObjectResult[]> => {
    const remaining = typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : undefined;
    const deadline = remaining === undefined || !Number.isFinite(remaining) ? undefined : Date.now() + remaining - settings.deadlineMarginMs;
    const results: ObjectResult[] = [];
    // One object at a time: scrubbing is CPU-bound and a Lambda has one or two cores; an object
    // that cannot start before the deadline is reported as such, not begun.
    for (const location of locations) {
      const result = await scrubObject(location, {
        client: deps.client,
        scrubber: deps.scrubber,
        destination: { bucket: settings.bucket, prefix: settings.prefix, inPlace: settings.inPlace },
        deadline,
        partBytes: settings.partBytes,
      });
      results.push(failClosed(result, deps.scrubber.options.maxLineBytes));
    }
    return results;
  };

  const batchOperations = async (event: S3BatchOperationsEvent, context: Context | undefined, settings: S3Settings, results: ObjectResult[]): Promise<S3BatchResult> => {
    if (event.invocationSchemaVersion !== '1.0' && event.invocationSchemaVersion !== '2.0') {
      throw new InputError(`invocationSchemaVersion must be "1.0" or "2.0", received ${JSON.stringify(event.invocationSchemaVersion).slice(0, 20)}`);
    }
    const out: S3BatchResultResult[] = [];
    for (const [i, task] of event.tasks.entries()) {
      // Without its taskId a task can get no result: the whole invocation fails instead.
      if (typeof task !== 'object' || task === null || typeof task.taskId !== 'string') {
        throw new InputError(`tasks[${i}] is not an S3 Batch Operations task ({ taskId, s3Key, s3VersionId, s3BucketArn or s3Bucket })`);
      }
      let location: S3Location;
      try {
        location = { bucket: taskBucket(task), key: decodeKey(task.s3Key, task.taskId), versionId: taskVersion(task) };
      } catch (error) {
        out.push({ taskId: task.taskId, resultCode: 'PermanentFailure', resultString: (error as Error).message });
        continue;
      }
      const [result] = await run([location], context, settings);
      if (result === undefined) continue;
      results.push(result);
      out.push({ taskId: task.taskId, resultCode: result.status, resultString: resultString(result) });
    }
    return {
      invocationSchemaVersion: event.invocationSchemaVersion,
      // Every task gets a result; one missing would be a bug of ours, worth a retry.
      treatMissingKeysAs: 'TemporaryFailure',
      invocationId: event.invocationId,
      results: out,
    };
  };

  const distributedMap = async (event: DistributedMapEvent, context: Context | undefined, settings: S3Settings, results: ObjectResult[]): Promise<MapBatchResult> => {
    const items = event.Items ?? [event];
    // Under an ItemBatcher the bucket is BatchInput's, or else the one every item carries (an
    // ItemSelector that adds "bucket" applies to each item before they are batched).
    const carried = event.Items?.map((item) => (item as { bucket?: unknown } | null)?.bucket);
    const shared = carried?.every((b) => typeof b === 'string' && b === carried[0]) ? (carried[0] as string | undefined) : undefined;
    const bucket = event.Items === undefined ? event.bucket : (event.BatchInput?.bucket ?? shared);
    if (typeof bucket !== 'string' || bucket === '') {
      throw new InputError('the Distributed Map input names no bucket: set ItemBatcher.BatchInput.bucket (or an ItemSelector that adds the same "bucket" to each item) in the state machine');
    }
    const keys = items.map((item, i) => {
      if (typeof item?.Key !== 'string' || item.Key === '') throw new InputError(`item ${i + 1} has no Key (the Map's ItemReader should list objects with s3:listObjectsV2)`);
      return item.Key;
    });
    results.push(...(await run(keys.map((key) => ({ bucket, key })), context, settings)));
    const itemResults = results.map((r, i): MapItemResult => ({
      key: keys[i] as string,
      status: r.status,
      destination: r.destination,
      ...(r.reason === undefined ? {} : { reason: r.reason }),
      ...(r.stats === undefined ? {} : { lines: r.stats.lines, redactions: redactions(r), failedLines: r.stats.failed }),
    }));
    const failed = itemResults.filter((r) => r.status !== 'Succeeded').length;
    if (failed > 0) throw new MapBatchError(itemResults);
    return { bucket, succeeded: itemResults.length, failed: 0, items: itemResults };
  };

  return async (event, context) => {
    const started = performance.now();
    const results: ObjectResult[] = [];
    try {
      const settings = deps.settings;
      if (settings === undefined) throw new OptionsError('LOGSCRUB_DESTINATION_BUCKET is not set: the S3 object handler has nowhere to write');
      const e = event as Partial<S3BatchOperationsEvent> & DistributedMapEvent;
      if (e !== null && typeof e === 'object' && 'invocationSchemaVersion' in e && Array.isArray(e.tasks)) return await batchOperations(e as S3BatchOperationsEvent, context, settings, results);
      if (e !== null && typeof e === 'object' && (Array.isArray(e.Items) || typeof e.Key === 'string')) return await distributedMap(e, context, settings, results);
      throw new InputError('the event is neither an S3 Batch Operations job task (invocationSchemaVersion, tasks) nor a Distributed Map batch (Items, BatchInput)');
    } finally {
      const stats = createStats();
      for (const r of results) if (r.stats !== undefined) stats.add(r.stats);
      const count = (status: ObjectResult['status']): number => results.filter((r) => r.status === status).length;
      deps.onMetrics?.({
        handler: 's3',
        sourceLogGroup: '',
        events: results.reduce((sum, r) => sum + (r.stats?.lines ?? 0), 0),
        stats: stats.snapshot(),
        durationMs: performance.now() - started,
        objects: { succeeded: count('Succeeded'), temporaryFailure: count('TemporaryFailure'), permanentFailure: count('PermanentFailure') },
      });
    }
  };
}
