/**
 * What becomes of one object's bytes (issue 14): the one seam between the S3 plumbing
 * (`object.ts`, which gets, uploads, and watches the deadline) and the scrubbing, which is the
 * archive scrubber's per-file pipeline (`scrubChunks`, issue 13) — the same formats and framing as
 * `logscrub scrub` on a local file:
 *
 *   GetObject body ──scrubChunks──▶ gzip layers off (gzip inside gzip too), format detected
 *     (JSON lines, text, CloudWatch export lines, subscription envelopes `{…}{…}`), redacted,
 *     gzip layers back on ──▶ `output` (a stream lib-storage uploads)
 *   a corrupt or truncated gzip, a binary object, a malformed envelope ──▶ `output` fails with an
 *     `InputError` (never raw bytes)
 *
 * Streaming throughout (except subscription envelopes, held whole up to the archive scrubber's
 * cap): memory is a few chunks, whatever the object's size. `output` applies back-pressure: the
 * pipeline waits while the upload has a full part queued.
 */
import { PassThrough, type Readable } from 'node:stream';
import { InputError } from '../../errors.js';
import type { Scrubber } from '../../scrubber.js';
import type { StreamStats } from '../../types.js';
import type { FormatChoice } from '../archive/format.js';
import { type FileResult, scrubChunks } from '../archive/pipeline.js';

/** One object on its way through. */
export interface ObjectTransform {
  /** The redacted bytes, in order; fails (`destroy(error)`) when the object cannot be scrubbed. */
  readonly output: Readable;
  /** Whether the object was gzip; undefined until it has been read through. */
  gzip(): boolean | undefined;
  /** Bytes read from the source (compressed, as stored). */
  bytesIn(): number;
  /** The counts: lines (log events for envelopes), secrets per rule, lines failed closed. Final once `output` ended. */
  stats(): StreamStats;
  /** The archive scrubber's own result (format, gzip layers, UTF-8): the CLI's reports need it. Undefined until `output` ended. */
  result(): FileResult | undefined;
}

export interface TransformOptions {
  /** gzip level of a re-compressed object. Default: the archive scrubber's. */
  readonly gzipLevel?: number;
  /** Source bytes as they are read (the CLI's progress line). */
  readonly onRead?: (bytes: number) => void;
  /** The object's format; default `auto` (detected from its first bytes), as the CLI's `--input-format`. */
  readonly format?: FormatChoice;
  /**
   * In place: an object with nothing to redact is not written again. `output` then fails with
   * `UnchangedObject` instead of ending, so the upload reading it is abandoned (a multipart one
   * aborted) before S3 could store a new version of the same content.
   */
  readonly onlyIfChanged?: boolean;
}

/** `output` stopped because the object had nothing to redact (`onlyIfChanged`): not a failure. */
export class UnchangedObject extends Error {
  override readonly name = 'UnchangedObject';
  constructor() {
    super('nothing to redact; left as it was');
  }
}

/** zlib's errors: what a corrupt or truncated gzip raises. */
const ZLIB_CODES = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_STREAM_ERROR', 'Z_NEED_DICT', 'ERR_BUFFER_TOO_LARGE']);

/**
 * The object's bytes could not be read as what they claim to be (a corrupt gzip, a binary
 * object, a malformed envelope): retrying will not help. `object.ts` reports it as a permanent
 * failure.
 *
 * @example if (isCorruptObject(error)) return { status: 'PermanentFailure', reason: error.message };
 */
export function isCorruptObject(error: unknown): error is Error {
  if (error instanceof InputError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ZLIB_CODES.has(code);
}

const NO_STATS: StreamStats = Object.freeze({ bytes: 0, linesRedacted: 0, byRule: Object.freeze({}), failed: 0, lines: 0, linesTooLong: 0 });

const toStreamStats = (r: FileResult): StreamStats => ({
  bytes: r.bytesScanned,
  linesRedacted: r.linesRedacted,
  byRule: r.byRule,
  failed: r.failed,
  lines: r.lines,
  linesTooLong: r.linesTooLong,
});

/**
 * @example
 * const t = transformObject(get.Body, scrubber);
 * await new Upload({ client, params: { Bucket, Key, Body: t.output } }).done();
 * t.stats().byRule // { jwt: 2 }
 */
export function transformObject(source: AsyncIterable<Uint8Array>, scrubber: Scrubber, options: TransformOptions = {}): ObjectTransform {
  const output = new PassThrough();
  let result: FileResult | undefined;
  let bytesIn = 0;

  /** Waits until the upload has taken what is queued, or the stream is gone (then stops the pipeline). */
  const drained = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        output.off('drain', done);
        output.off('close', done);
        if (output.destroyed) reject(output.errored ?? new Error('the upload stopped reading the object'));
        else resolve();
      };
      output.once('drain', done);
      output.once('close', done);
    });
  const sink = (bytes: Buffer): Promise<void> | undefined => {
    if (output.destroyed) throw output.errored ?? new Error('the upload stopped reading the object');
    return output.write(bytes) ? undefined : drained();
  };

  scrubChunks(source, sink, {
    scrubber,
    mode: 'scrub',
    onRead: (n) => {
      bytesIn += n;
      options.onRead?.(n);
    },
    ...(options.gzipLevel === undefined ? {} : { gzipLevel: options.gzipLevel }),
    ...(options.format === undefined ? {} : { format: options.format }),
  }).then(
    (r) => {
      result = r;
      if (options.onlyIfChanged === true && r.linesRedacted === 0 && r.failed === 0) output.destroy(new UnchangedObject());
      else output.end();
    },
    (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
  );

  return {
    output,
    gzip: () => (result === undefined ? undefined : result.gzipLayers > 0),
    bytesIn: () => bytesIn,
    stats: () => (result === undefined ? NO_STATS : toStreamStats(result)),
    result: () => result,
  };
}
