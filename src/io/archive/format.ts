/**
 * What a file holds, told from its first bytes once every gzip layer is off (issue 13). Pure: no
 * I/O. Each format keeps its framing on the way out, so readers of the original read the output.
 *
 *   head ─┬─ 1f 8b ...............................▶ one more gzip layer (up to MAX_GZIP_LAYERS)
 *         ├─ H4sI... (base64 of gzip) .............▶ subscription (payloads saved as base64, one a line)
 *         ├─ {"messageType":"DATA_MESSAGE"... .....▶ subscription (decoded JSON envelopes, one or
 *         │                                          several concatenated `{…}{…}` as Firehose writes them)
 *         ├─ 2026-11-29T10:00:00.000Z message .....▶ cloudwatch-export (lines; the timestamp is text
 *         │                                          the rules never match, so it stays byte-identical)
 *         └─ anything else ........................▶ lines (JSON lines, text, mixed)
 */
import { NUL } from './constants.js';

/** The formats `--input-format` names. `lines` and `cloudwatch-export` share the line scrubber. */
export const INPUT_FORMATS = ['lines', 'cloudwatch-export', 'subscription'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
/** What a user may ask for: a format, or `auto` (detected per file). */
export type FormatChoice = InputFormat | 'auto';

/** Gzip inside gzip happens (Firehose compressing gzip'd CloudWatch records); more is not a log. */
export const MAX_GZIP_LAYERS = 3;

/** An ISO-8601 UTC timestamp, then a space: the line of a CloudWatch Logs export (`CreateExportTask`). */
const EXPORT_LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z /;
/** The keys a subscription envelope opens with, as CloudWatch Logs writes it. */
const ENVELOPE_START = /^\s*\{\s*"(?:messageType|owner|logGroup|logStream|subscriptionFilters|logEvents)"\s*:/;
/**
 * And what makes it one: an app's JSON line may open with `"logGroup"` or `"owner"` too, and read
 * as envelopes it would fail whole. CloudWatch writes messageType first; other orders put it
 * after owner, logGroup and logStream (≤ 512 characters each), so the first 4 KiB are searched.
 * An envelope missed here is scanned as JSON lines, which is still safe.
 */
const ENVELOPE_TYPE = /"messageType"\s*:\s*"(?:DATA|CONTROL)_MESSAGE"/;
const ENVELOPE_TYPE_WITHIN = 4096;
/** Base64 of a gzip header (1f 8b 08): how `awslogs.data` begins. */
const BASE64_GZIP = /^\s*H4sI[A-Za-z0-9+/]/;

/** Whether the bytes start a gzip stream. @example startsGzip(gzipSync('x')) // true */
export const startsGzip = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/**
 * The format of a file, from its first decoded bytes.
 *
 * @example detectFormat(Buffer.from('2026-11-29T10:00:00.000Z GET /health\n')) // 'cloudwatch-export'
 */
export function detectFormat(head: Uint8Array): InputFormat {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 512)).toString('latin1');
  if (BASE64_GZIP.test(text)) return 'subscription';
  if (ENVELOPE_START.test(text) && ENVELOPE_TYPE.test(Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, ENVELOPE_TYPE_WITHIN)).toString('latin1'))) return 'subscription';
  if (EXPORT_LINE.test(text)) return 'cloudwatch-export';
  return 'lines';
}

/**
 * The offset of the first NUL byte, or -1. A log line never holds one; a binary file (an image, a
 * core dump, a tarball) does, and scrubbing it as lines would corrupt it.
 *
 * @example firstNul(Buffer.from([0x41, 0x00])) // 1
 */
export const firstNul = (head: Uint8Array): number => head.indexOf(NUL);
