/**
 * One S3 object scrubbed into another (issue 14): the plumbing around `transformObject`.
 *
 *   same bucket and key as the source? ──▶ only with inPlace, on a versioned bucket; else refused
 *     in place, the current version is read, and a task naming another one refused (its scrubbed
 *     copy would bury the newer content); the write is conditional on the ETag read (If-Match),
 *     so a version written meanwhile is not replaced either
 *   GetObject (streamed) ──transformObject──▶ lib-storage Upload (multipart past one part)
 *     in place, an object with nothing to redact is not written: the upload is abandoned before
 *     its end, so no new version of the same content (its last-modified time and storage class kept)
 *     Content-Type, Content-Encoding, Cache-Control, Content-Disposition, Content-Language and user
 *     metadata copied; then the counts as object tags (they are known only at the end, and
 *     metadata cannot change once the upload has started). Not copied: the source's tags, storage
 *     class and SSE settings (the destination bucket's defaults apply: no KMS grant on the source's
 *     key is needed to write)
 *   any failure ──▶ the upload aborted (no half object), a result that says which kind:
 *     PermanentFailure  corrupt object, missing key, access denied, refused in-place write
 *     TemporaryFailure  throttling, 5xx, resets, timeouts, and the deadline
 *   the deadline ──▶ the output stream destroyed: lib-storage stops, aborts the upload, and the
 *     result is a TemporaryFailure before Lambda's timeout could kill the function mid-upload
 *   written, but the tags failed ──▶ the object stays (whole, redacted, no count tags: it claims
 *     nothing); the result is a failure that says so, with the counts: TemporaryFailure if a retry
 *     can tag it (throttling, 5xx, the deadline), PermanentFailure if not (a 4xx: AccessDenied)
 *
 * Results name the object and the reason, never its content.
 */
import { GetBucketVersioningCommand, GetObjectCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import { READ_CHUNK_BYTES, S3 } from '../../constants.js';
import type { Scrubber } from '../../scrubber.js';
import type { StreamStats } from '../../types.js';
import type { FormatChoice } from '../archive/format.js';
import type { FileResult } from '../archive/pipeline.js';
import { coalesce } from './body.js';
import { partBytesFor } from './parts.js';
import { isCorruptObject, transformObject, UnchangedObject } from './transform.js';

/** An object to read. */
export interface S3Location {
  readonly bucket: string;
  readonly key: string;
  readonly versionId?: string | undefined;
}

/** Where and how results are written. */
export interface S3Destination {
  readonly bucket: string;
  /** Put before the source key (`redacted/` + `logs/a.gz`). */
  readonly prefix: string;
  /** Allow writing over the source object itself (only on a versioned bucket). */
  readonly inPlace: boolean;
  /** The exact key to write, instead of `prefix` + the source key: the CLI mirrors a listing relative to its prefix. */
  readonly key?: string;
}

export interface ScrubObjectOptions {
  readonly client: S3Client;
  readonly scrubber: Scrubber;
  readonly destination: S3Destination;
  /** Epoch ms by which the object must be done or aborted. Undefined: no deadline. */
  readonly deadline?: number | undefined;
  readonly partBytes?: number;
  readonly queueSize?: number;
  /** Stops the object the way the deadline does (upload aborted, no object left): the CLI's Ctrl-C. */
  readonly signal?: AbortSignal;
  /** Source bytes as they are read (the CLI's progress line). */
  readonly onRead?: (bytes: number) => void;
  /** The object's format (the CLI's `--input-format`); default detected from its first bytes. */
  readonly format?: FormatChoice;
}

export type ObjectStatus = 'Succeeded' | 'TemporaryFailure' | 'PermanentFailure';

/** What became of one object. `reason` names the object and the cause, never its content. */
export interface ObjectResult {
  readonly status: ObjectStatus;
  readonly source: string;
  readonly destination: string;
  readonly reason?: string;
  /** Counts (present when the object was read through): lines, secrets per rule, failed lines. */
  readonly stats?: StreamStats;
  readonly bytesIn?: number;
  /** The archive scrubber's result for the object (format, gzip layers…), when it was read through. */
  readonly file?: FileResult;
  /** In place, nothing was redacted: the source was left as it was, no version written. */
  readonly unchanged?: true;
}

/** The deadline passed (or the caller stopped the object): a retry may well succeed. */
class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

const s3Url = (bucket: string, key: string): string => `s3://${bucket}/${key}`;

/** Network and service trouble a retry may cure. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);
const TRANSIENT_NAMES = new Set(['SlowDown', 'ThrottlingException', 'Throttling', 'RequestTimeout', 'RequestTimeoutException', 'TimeoutError', 'InternalError', 'ServiceUnavailable', 'AbortError']);

/**
 * Temporary or permanent, and why, in one line (no stack, no object content).
 *
 * @example classify(error) // { status: 'PermanentFailure', reason: 'corrupt object: unexpected end of file' }
 */
export function classify(error: unknown): { status: ObjectStatus; reason: string } {
  const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } } | null;
  const message = (e?.message ?? String(error)).split('\n')[0] ?? '';
  if (error instanceof DeadlineError) return { status: 'TemporaryFailure', reason: message };
  if (isCorruptObject(error)) return { status: 'PermanentFailure', reason: `corrupt object: ${message}` };
  const name = e?.name ?? 'Error';
  const status = e?.$metadata?.httpStatusCode;
  if (name === 'NoSuchKey' || name === 'NotFound') return { status: 'PermanentFailure', reason: 'no such key (deleted since it was listed?)' };
  const transient = TRANSIENT_NAMES.has(name) || TRANSIENT_CODES.has(e?.code ?? '') || (status !== undefined && (status >= 500 || status === 429));
  // A 4xx from S3 (AccessDenied, NoSuchBucket, InvalidObjectState for Glacier) will not change on a retry.
  const permanent = status !== undefined && status >= 400 && status < 500 && status !== 429;
  return { status: transient || !permanent ? 'TemporaryFailure' : 'PermanentFailure', reason: `${name}: ${message}` };
}

const clip = (text: string): string => (text.length <= S3.maxReasonChars ? text : `${text.slice(0, S3.maxReasonChars - 1)}…`);

/** Counts as tags: S3 allows 10 per object, keys ≤ 128 and values ≤ 256 characters. */
function countTags(stats: StreamStats): { Key: string; Value: string }[] {
  const redactions = Object.values(stats.byRule).reduce((sum, n) => sum + n, 0);
  return [
    { Key: 'logscrub-lines', Value: String(stats.lines) },
    { Key: 'logscrub-redactions', Value: String(redactions) },
    { Key: 'logscrub-failed-lines', Value: String(stats.failed) },
    // Of the failed lines, those over maxLineBytes: replaced whole, not scanned (fail closed).
    { Key: 'logscrub-lines-too-long', Value: String(stats.linesTooLong) },
  ];
}

/**
 * The object was written whole, but its count tags could not be set (issue 14). The result is a
 * failure, so no task reports counts the object does not carry: TemporaryFailure when a retry can
 * cure it (throttling, 5xx, the deadline: the retry rewrites the object, the same bytes, and tags
 * it), PermanentFailure when it cannot (a 4xx, such as a role without s3:PutObjectTagging). The
 * object stays: it is whole and redacted, and carries no counts rather than wrong ones.
 */
function untagged(cause: unknown, where: { source: string; destination: string }, interrupted: boolean): ObjectResult {
  const head = `${where.source}: written whole to ${where.destination}, but`;
  if (cause instanceof DeadlineError) {
    const why = interrupted ? 'interrupted' : "the invocation's deadline came";
    return { status: 'TemporaryFailure', ...where, reason: clip(`${head} ${why} before its count tags were set`) };
  }
  const { status, reason } = classify(cause);
  return { status, ...where, reason: clip(`${head} its count tags could not be set (${reason})`) };
}

/**
 * Refuses to write over the source unless asked to, and the bucket keeps the old version.
 * Returns a reason to refuse, or undefined.
 */
async function inPlaceRefusal(client: S3Client, source: S3Location, destination: S3Destination, destKey: string): Promise<string | undefined> {
  if (destination.bucket !== source.bucket || destKey !== source.key) return undefined;
  if (!destination.inPlace) {
    return `refusing to overwrite the source ${s3Url(source.bucket, source.key)}: set LOGSCRUB_DESTINATION_PREFIX or another LOGSCRUB_DESTINATION_BUCKET, or LOGSCRUB_IN_PLACE=true on a versioned bucket`;
  }
  const versioning = await client.send(new GetBucketVersioningCommand({ Bucket: source.bucket }));
  if (versioning.Status !== 'Enabled') {
    return `refusing to rewrite ${s3Url(source.bucket, source.key)} in place: bucket ${source.bucket} is not versioned (${versioning.Status ?? 'never enabled'}), so the original would be lost; enable versioning first`;
  }
  return undefined;
}

/**
 * User metadata naming the version an in-place rewrite was made from: a retry of the same task
 * (its first write done, its tags not) then finds its own copy current and goes on, not refused.
 */
const SOURCE_VERSION_META = 'logscrub-source-version';

/**
 * In place, the version a task names must be the current one (issue 14's in-place mode): the
 * rewrite becomes the new current version, so rewriting an older one would replace the newer
 * content with a scrubbed copy of the older, silently. The current version passes when it is
 * our own rewrite of the named one, as after a retry. Returns a reason to refuse, or undefined.
 */
function staleVersion(source: S3Location, current: { VersionId?: string | undefined; Metadata?: Record<string, string> | undefined }): string | undefined {
  const named = source.versionId;
  if (named === undefined || current.VersionId === named || current.Metadata?.[SOURCE_VERSION_META] === named) return undefined;
  return `refusing to rewrite ${s3Url(source.bucket, source.key)} in place from version ${named}: it is not the current version (${current.VersionId ?? 'none'} is), and writing it would replace the newer content with a scrubbed copy of the older; scrub the current version in place, or write this one elsewhere (LOGSCRUB_DESTINATION_PREFIX)`;
}

/** S3 refused the conditional write (412), or another conditional write on the key raced it (409). */
const lostRace = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'PreconditionFailed' || e?.name === 'ConditionalRequestConflict' || e?.$metadata?.httpStatusCode === 412;
};

/**
 * @example
 * const result = await scrubObject({ bucket: 'logs', key: 'app/2026/11/30.jsonl.gz' }, { client, scrubber, destination: { bucket: 'logs-redacted', prefix: '', inPlace: false } });
 * result.status // 'Succeeded'
 */
export async function scrubObject(source: S3Location, options: ScrubObjectOptions): Promise<ObjectResult> {
  const { client, destination } = options;
  const destKey = destination.key ?? `${destination.prefix}${source.key}`;
  const where = { source: s3Url(source.bucket, source.key), destination: s3Url(destination.bucket, destKey) };
  const inPlace = destination.bucket === source.bucket && destKey === source.key;
  const remaining = options.deadline === undefined ? Number.POSITIVE_INFINITY : options.deadline - Date.now();
  if (remaining <= 0) return { status: 'TemporaryFailure', ...where, reason: `${where.source}: not started, the invocation's time was up` };

  const abort = new AbortController();
  let body: Readable | undefined;
  let output: Readable | undefined;
  // Set once the upload has completed: a stop after that leaves a whole object, only its tags missing.
  let uploaded = false;
  const stop = (error: DeadlineError): void => {
    if (abort.signal.aborted) return;
    abort.abort(error);
    // lib-storage reads this stream: its failure stops the upload and aborts it, awaited.
    output?.destroy(error);
  };
  const timer = Number.isFinite(remaining)
    ? setTimeout(() => stop(new DeadlineError(`${where.source}: not finished before the invocation's deadline; the upload was aborted`)), remaining)
    : undefined;
  const stopped = (): void => stop(new DeadlineError(`${where.source}: stopped (interrupted); the upload was aborted`));
  if (options.signal?.aborted === true) stopped();
  options.signal?.addEventListener('abort', stopped, { once: true });
  let transform: ReturnType<typeof transformObject> | undefined;
  try {
    const refusal = await inPlaceRefusal(client, source, destination, destKey);
    if (refusal !== undefined) return { status: 'PermanentFailure', ...where, reason: refusal };
    // In place, the current version, whichever the task names: only it may be rewritten.
    const got = await client.send(new GetObjectCommand({ Bucket: source.bucket, Key: source.key, VersionId: inPlace ? undefined : source.versionId }), { abortSignal: abort.signal });
    body = got.Body as Readable;
    const stale = inPlace ? staleVersion(source, got) : undefined;
    if (stale !== undefined) return { status: 'PermanentFailure', ...where, reason: clip(stale) };
    const fromVersion = source.versionId ?? got.VersionId;
    transform = transformObject(coalesce(body, READ_CHUNK_BYTES), options.scrubber, {
      ...(options.onRead === undefined ? {} : { onRead: options.onRead }),
      ...(options.format === undefined ? {} : { format: options.format }),
      onlyIfChanged: inPlace,
    });
    output = transform.output;
    if (abort.signal.aborted) output.destroy(abort.signal.reason as Error);
    const upload = new Upload({
      client,
      partSize: partBytesFor(got.ContentLength, options.partBytes ?? S3.partBytes),
      queueSize: options.queueSize ?? S3.queueSize,
      leavePartsOnError: false,
      params: {
        Bucket: destination.bucket,
        Key: destKey,
        Body: output,
        ContentType: got.ContentType,
        ContentEncoding: got.ContentEncoding,
        CacheControl: got.CacheControl,
        ContentDisposition: got.ContentDisposition,
        ContentLanguage: got.ContentLanguage,
        Metadata: inPlace && fromVersion !== undefined ? { ...got.Metadata, [SOURCE_VERSION_META]: fromVersion } : got.Metadata,
        // S3's conditional write: refused (412) if another version became current meanwhile.
        ...(inPlace && got.ETag !== undefined ? { IfMatch: got.ETag } : {}),
      },
    });
    const done = await upload.done();
    uploaded = true;
    const stats = transform.stats();
    const file = transform.result();
    const counts = { stats, bytesIn: transform.bytesIn(), ...(file === undefined ? {} : { file }) };
    try {
      await client.send(
        new PutObjectTaggingCommand({ Bucket: destination.bucket, Key: destKey, VersionId: done.VersionId, Tagging: { TagSet: countTags(stats) } }),
        { abortSignal: abort.signal },
      );
    } catch (error) {
      return { ...untagged(abort.signal.aborted ? abort.signal.reason : error, where, options.signal?.aborted === true), ...counts };
    }
    return { status: 'Succeeded', ...where, ...counts };
  } catch (error) {
    // The deadline's error, rather than whatever it caused downstream (an AbortError, a closed stream).
    const cause = abort.signal.aborted ? abort.signal.reason : error;
    if (cause instanceof UnchangedObject && transform !== undefined) {
      const file = transform.result();
      return { status: 'Succeeded', ...where, unchanged: true, stats: transform.stats(), bytesIn: transform.bytesIn(), ...(file === undefined ? {} : { file }) };
    }
    // The parts were all in and completed before the stop: say so rather than claim an abort.
    if (uploaded) return untagged(cause, where, options.signal?.aborted === true);
    // A retry reads the new current version: scrubs it, or refuses it if the task named the older.
    if (inPlace && lostRace(cause)) return { status: 'TemporaryFailure', ...where, reason: `${where.source}: changed while it was being scrubbed (another version was written); not replaced, so the newer content stays` };
    const { status, reason } = classify(cause);
    return { status, ...where, reason: clip(reason.includes(where.source) ? reason : `${where.source}: ${reason}`) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stopped);
    body?.destroy();
    output?.destroy();
  }
}
