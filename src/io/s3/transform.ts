/**
 * What becomes of one object's bytes (issue 14): the one seam between the S3 plumbing
 * (`object.ts`, which gets, uploads, and watches the deadline) and the scrubbing. Today it
 * frames the object as lines; the archive scrubber's per-file pipeline (issue 13: format
 * detection, CloudWatch export lines, Firehose envelopes) is meant to replace the body of
 * `transformObject` and nothing else.
 *
 *   source bytes ──first 2 bytes gzip?──┬─ no ──▶ line scrubber ──────────────────────▶ output
 *                                       └─ yes ─▶ gunzip ─▶ line scrubber ─▶ gzip ───▶ output
 *   a corrupt or truncated gzip ──▶ the output fails with an `InputError` (never raw bytes)
 *   gzip inside gzip (Firehose records of CloudWatch Logs) ──▶ `InputError`: not scanned, not passed
 *   gzip members of CloudWatch envelopes (Firehose without compression of its own) are read as
 *   one gzip of `{…}{…}`: scanned as one line, written back as one member with the same bytes
 *
 * Streaming throughout: memory is a few chunks, whatever the object's size.
 */
import { PassThrough, type Readable, Readable as ReadableStream } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { READ_CHUNK_BYTES, S3 } from '../../constants.js';
import { InputError } from '../../errors.js';
import { isGzip } from '../../framing/cloudwatch.js';
import type { Scrubber } from '../../scrubber.js';
import type { StreamStats } from '../../types.js';

/** One object on its way through. */
export interface ObjectTransform {
  /** The redacted bytes, in order; fails (`destroy(error)`) when the object cannot be scrubbed. */
  readonly output: Readable;
  /** Whether the object was gzip; undefined until its first bytes were read. */
  gzip(): boolean | undefined;
  /** Bytes read from the source (compressed, as stored). */
  bytesIn(): number;
  /** The line scrubber's counts: lines, secrets per rule, lines failed closed. Final once `output` ended. */
  stats(): StreamStats;
}

export interface TransformOptions {
  /** gzip level of a re-compressed object. Default `S3.gzipLevel`. */
  readonly gzipLevel?: number;
}

/** zlib's errors: what a corrupt or truncated gzip raises. */
const ZLIB_CODES = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_STREAM_ERROR', 'Z_NEED_DICT', 'ERR_BUFFER_TOO_LARGE']);

/**
 * The object's bytes could not be read as what they claim to be (a corrupt gzip, gzip inside
 * gzip): retrying will not help. `object.ts` reports it as a permanent failure.
 *
 * @example if (isCorruptObject(error)) return { status: 'PermanentFailure', reason: error.message };
 */
export function isCorruptObject(error: unknown): error is Error {
  if (error instanceof InputError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ZLIB_CODES.has(code);
}

/**
 * @example
 * const t = transformObject(get.Body, scrubber);
 * await new Upload({ client, params: { Bucket, Key, Body: t.output } }).done();
 * t.stats().byRule // { jwt: 2 }
 */
export function transformObject(source: AsyncIterable<Uint8Array>, scrubber: Scrubber, options: TransformOptions = {}): ObjectTransform {
  const output = new PassThrough();
  const lines = scrubber.stream();
  let gzip: boolean | undefined;
  let bytesIn = 0;

  /** The source with its first bytes already read (to look for the gzip magic), counted. */
  const counted = async function* (first: Buffer, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Buffer> {
    if (first.length > 0) yield first;
    for (let r = await rest.next(); r.done !== true; r = await rest.next()) {
      bytesIn += r.value.length;
      yield Buffer.from(r.value.buffer, r.value.byteOffset, r.value.length);
    }
  };

  const scrub = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let first = true;
    // Sockets and zlib hand over 16–64 KiB at a time; the engine has a fixed cost per call, so
    // blocks of about a megabyte scan several times faster (STYLE.md §4, "scan in bulk").
    let held: Buffer[] = [];
    let heldBytes = 0;
    for await (const chunk of chunks) {
      // Firehose writes CloudWatch Logs records gzip'd, and may gzip the object again: scanning
      // the inner gzip as text would find nothing and pass secrets through.
      if (first && gzip === true && chunk.length > 0) {
        if (isGzip(chunk)) throw new InputError('the object holds gzip inside gzip (Firehose records of CloudWatch Logs), which this handler does not unpack yet; nothing was written');
        first = false;
      }
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes >= READ_CHUNK_BYTES) {
        yield* lines.push(held.length === 1 ? chunk : Buffer.concat(held, heldBytes));
        held = [];
        heldBytes = 0;
      }
    }
    if (heldBytes > 0) yield* lines.push(Buffer.concat(held, heldBytes));
    yield* lines.end();
  };

  const start = async (): Promise<void> => {
    const it = source[Symbol.asyncIterator]();
    let head = Buffer.alloc(0);
    while (head.length < 2) {
      const r = await it.next();
      if (r.done === true) break;
      bytesIn += r.value.length;
      head = Buffer.concat([head, r.value]);
    }
    gzip = isGzip(head);
    const input = ReadableStream.from(counted(head, it), { objectMode: false });
    if (gzip) await pipeline(input, createGunzip({ chunkSize: 256 * 1024 }), scrub, createGzip({ level: options.gzipLevel ?? S3.gzipLevel }), output);
    else await pipeline(input, scrub, output);
  };
  start().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));

  return { output, gzip: () => gzip, bytesIn: () => bytesIn, stats: () => lines.stats() };
}
