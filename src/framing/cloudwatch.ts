/**
 * CloudWatch Logs subscription payloads: what a subscription filter sends to a Lambda
 * (`event.awslogs.data`) or to Firehose (each record's `data`), decoded and encoded again.
 *
 *   base64 ──▶ gzip ──▶ JSON { messageType, owner, logGroup, logStream, subscriptionFilters, logEvents }
 *
 * Decoding fails closed: anything that is not such a payload is an `InputError` that says which
 * layer was wrong (base64, gzip, JSON, a field), and never holds the payload's text. Fields we do
 * not know (`policyLevel`, …) are tolerated and dropped. Firehose may carry several payloads in one
 * record, concatenated (`{…}{…}`): `decodePayloads` returns them all. Encoding writes the
 * envelope's fixed fields only (`serializePayload`), gzip'd at a fast level. Pure: no I/O.
 */
import { isAscii } from 'node:buffer';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LAMBDA } from '../constants.js';
import { InputError } from '../errors.js';
import { ByteWriter } from './byte-writer.js';
import { parsePayloadInPieces } from './payload-pieces.js';

/** One log event as CloudWatch Logs sends it. */
export interface SubscriptionLogEvent {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  readonly message: string;
}

/** A decoded subscription payload. `CONTROL_MESSAGE`s only check that the destination is reachable. */
export interface SubscriptionPayload {
  readonly messageType: 'DATA_MESSAGE' | 'CONTROL_MESSAGE';
  readonly owner: string;
  readonly logGroup: string;
  readonly logStream: string;
  readonly subscriptionFilters: readonly string[];
  readonly logEvents: readonly SubscriptionLogEvent[];
}

/** Largest payload we inflate (`LAMBDA.maxDecodedBytes`, src/constants.ts). */
export const MAX_DECODED_BYTES = LAMBDA.maxDecodedBytes;

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The bytes start like a gzip stream. @example isGzip(gzipSync('x')) // true */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];

/**
 * Decodes strict base64 (Node's decoder skips characters it does not know, which would turn a
 * corrupt payload into a different one rather than an error).
 *
 * @example decodeBase64('H4sI…', 'awslogs.data')
 */
export function decodeBase64(text: unknown, what: string): Buffer {
  if (typeof text !== 'string' || text.length === 0) throw new InputError(`${what} must be a non-empty base64 string, received ${text === '' ? 'an empty string' : typeof text}`);
  const bytes = Buffer.from(text, 'base64');
  // Node skips what is not base64: then fewer bytes come out than the length promises.
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0 || bytes.length !== (text.length / 4) * 3 - padding) throw new InputError(`${what} is not valid base64 (${text.length} characters)`);
  return bytes;
}

/** deflate's largest ratio (about 1032:1): no honest gzip inflates to more than this many times its size. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * zlib's output chunk for one gzip payload: the size its trailer announces (ISIZE, the last 4
 * bytes), plus one byte so that zlib sees the end of the stream without asking for another chunk.
 * With the default 16 KiB chunks, a 1 MB batch is inflated into ~64 chunks and then copied into
 * one Buffer; with one chunk of the right size there is no copy (issue 12: gunzip 2.0 → 1.5 ms per
 * MiB, and one batch-sized allocation less). ISIZE is only a hint: a payload that lies about it is
 * inflated in more chunks (too small) or into a chunk bounded by deflate's ratio and by
 * `MAX_DECODED_BYTES` (too large), never wrongly.
 */
function inflateChunkSize(bytes: Uint8Array): number {
  const n = bytes.length;
  const announced = n < 18 ? 0 : ((bytes[n - 4] as number) | ((bytes[n - 3] as number) << 8) | ((bytes[n - 2] as number) << 16) | ((bytes[n - 1] as number) << 24)) >>> 0;
  return Math.max(64, Math.min(announced, n * MAX_DEFLATE_RATIO, MAX_DECODED_BYTES) + 1);
}

/** Inflates a gzip payload, bounded by `MAX_DECODED_BYTES`. */
function gunzip(bytes: Uint8Array, what: string): Buffer {
  if (!isGzip(bytes)) throw new InputError(`${what} is not gzip-compressed (no gzip header)`);
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DECODED_BYTES, chunkSize: inflateChunkSize(bytes) });
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unknown error';
    throw new InputError(`${what} is not a complete gzip stream (${code === 'ERR_BUFFER_TOO_LARGE' ? `it inflates beyond ${MAX_DECODED_BYTES} bytes` : code})`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks one parsed payload and keeps the fields we know. Exported for payloads read from disk
 * (the archive scrubber), which arrive already inflated.
 *
 * @example checkPayload(JSON.parse(text), 'app.json') // SubscriptionPayload, or an InputError
 */
export function checkPayload(value: unknown, what: string): SubscriptionPayload {
  if (!isRecord(value)) throw new InputError(`${what} is not a CloudWatch Logs subscription payload (not a JSON object)`);
  const { messageType, owner, logGroup, logStream, subscriptionFilters, logEvents } = value;
  if (messageType !== 'DATA_MESSAGE' && messageType !== 'CONTROL_MESSAGE') {
    // Its length, never its text: a field of a malformed payload may hold anything, a secret too.
    throw new InputError(`${what}: "messageType" must be "DATA_MESSAGE" or "CONTROL_MESSAGE", received ${typeof messageType === 'string' ? `a string of ${messageType.length} characters` : typeof messageType}`);
  }
  for (const [key, field] of [['owner', owner], ['logGroup', logGroup], ['logStream', logStream]] as const) {
    if (typeof field !== 'string') throw new InputError(`${what}: "${key}" must be a string, received ${typeof field}`);
  }
  if (!Array.isArray(logEvents)) throw new InputError(`${what}: "logEvents" must be an array, received ${typeof logEvents}`);
  const events = new Array<SubscriptionLogEvent>(logEvents.length);
  for (let i = 0; i < logEvents.length; i++) {
    const e: unknown = logEvents[i];
    if (!isRecord(e) || typeof e.message !== 'string' || !Number.isSafeInteger(e.timestamp) || (e.timestamp as number) < 0) {
      throw new InputError(`${what}: logEvents[${i}] must be { id, timestamp: integer ms, message: string }`);
    }
    events[i] = { id: typeof e.id === 'string' ? e.id : String(e.id ?? ''), timestamp: e.timestamp as number, message: e.message };
  }
  const filters = Array.isArray(subscriptionFilters) ? subscriptionFilters.filter((f): f is string => typeof f === 'string') : [];
  return { messageType, owner: owner as string, logGroup: logGroup as string, logStream: logStream as string, subscriptionFilters: filters, logEvents: events };
}

/**
 * Start and end (exclusive) of each top-level JSON value in `text` (`{…}{…}`, as Firehose
 * concatenates payloads), or undefined when it is not a run of them (anything but whitespace
 * between values, an unclosed string or bracket). Brackets inside strings do not count.
 *
 * @example splitJsonValues('{"a":1}{"b":2}') // [[0, 7], [7, 14]]
 */
export function splitJsonValues(text: string): Array<[number, number]> | undefined {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      if (depth === 0) return undefined;
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth++ === 0) start = i;
    } else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) spans.push([start, i + 1]);
      if (depth < 0) return undefined;
    } else if (depth === 0 && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return undefined;
  }
  return depth === 0 && !inString ? spans : undefined;
}

/** The payloads of a Firehose record's `{…}{…}`; empty when it is not a run of JSON values. */
function splitConcatenated(text: string): string[] {
  return splitJsonValues(text)?.map(([start, end]) => text.slice(start, end)) ?? [];
}

/**
 * The inflated bytes as a string for `JSON.parse`. Most log batches are ASCII (and JSON may carry
 * any other character as a `\uXXXX` escape); for ASCII bytes latin1 gives the very string UTF-8
 * would, in a fifth of the time: a copy, not a decode (1.1 → 0.2 ms of CPU per MiB, issue 12).
 * `isAscii` is one SIMD pass; a batch with one byte above 0x7f is decoded as UTF-8, as before.
 */
const jsonText = (bytes: Buffer): string => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));

/**
 * The payloads of inflated bytes: event by event when they are laid out as CloudWatch Logs writes
 * them (no batch-sized string; see parsePayloadInPieces), else the whole text at once, as before.
 */
function parseInflated(inflated: Buffer, what: string): SubscriptionPayload[] {
  const value = parsePayloadInPieces(inflated);
  return value !== undefined ? [checkPayload(value, what)] : parsePayloads(jsonText(inflated), what).map((p) => p.payload);
}

/**
 * Decodes the gzip'd JSON of one or more concatenated payloads (a Firehose record's bytes).
 *
 * @example
 * decodePayloads(gzipSync(JSON.stringify(payload)), 'record 1'); // [payload]
 */
export function decodePayloads(gzipped: Uint8Array, what: string): SubscriptionPayload[] {
  return decodePayloadValues(gzipped, what).map((p) => p.payload);
}

/**
 * `decodePayloads`, with the inflated bytes handed over for reuse (see `DecodedBatch.spare`): the
 * Firehose handler joins the messages for the scan into them, then writes the re-encoded envelope
 * into them (issue 12: peak memory).
 *
 * @example
 * const { payloads, spare } = decodePayloadsBatch(bytes, 'record 1');
 */
export function decodePayloadsBatch(gzipped: Uint8Array, what: string): { readonly payloads: SubscriptionPayload[]; readonly spare: Buffer } {
  const inflated = gunzip(gzipped, what);
  return { payloads: parseInflated(inflated, what), spare: inflated };
}

/**
 * `decodePayloads`, each payload beside the JSON value it was parsed from (unknown fields
 * included): for a caller that must scan every field, not only the ones it keeps.
 *
 * @example decodePayloadValues(gzipSync(JSON.stringify(payload)), 'line 1')[0].value
 */
export function decodePayloadValues(gzipped: Uint8Array, what: string): { payload: SubscriptionPayload; value: unknown }[] {
  return parsePayloads(jsonText(gunzip(gzipped, what)), what);
}

/** The payloads of an inflated record's text: one JSON value, or several concatenated. */
function parsePayloads(text: string, what: string): { payload: SubscriptionPayload; value: unknown }[] {
  try {
    const value: unknown = JSON.parse(text);
    return [{ payload: checkPayload(value, what), value }];
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  const parts = splitConcatenated(text);
  if (parts.length < 2) throw new InputError(`${what} is not JSON after gunzip`);
  return parts.map((part, i) => {
    let value: unknown;
    try {
      value = JSON.parse(part);
    } catch {
      throw new InputError(`${what} is not JSON after gunzip (payload ${i + 1} of ${parts.length})`);
    }
    return { payload: checkPayload(value, what), value };
  });
}

/**
 * Decodes `event.awslogs.data` of a subscription event: base64, gzip, JSON, one payload.
 *
 * @example
 * const payload = decodeSubscription(event.awslogs.data);
 * if (payload.messageType === 'CONTROL_MESSAGE') return;
 */
export function decodeSubscription(data: unknown): SubscriptionPayload {
  return decodeSubscriptionBatch(data).payload;
}

/** A decoded subscription event and memory its decoding no longer needs. */
export interface DecodedBatch {
  readonly payload: SubscriptionPayload;
  /**
   * The inflated JSON, which nothing references once it is parsed (the payload's strings are
   * copies): the caller may overwrite it. It is at least as long as the messages joined by line
   * breaks whenever the JSON is valid UTF-8 (a message's escaped form is never shorter than its
   * UTF-8), so the subscription handler joins the batch for the scan into it instead of
   * allocating a second batch-sized buffer (issue 12: peak memory).
   */
  readonly spare: Buffer;
}

/**
 * `decodeSubscription`, with the inflated bytes handed over for reuse.
 *
 * @example
 * const { payload, spare } = decodeSubscriptionBatch(event.awslogs.data);
 * redactMessages(scrubber, payload.logEvents.map((e) => e.message), spare);
 */
export function decodeSubscriptionBatch(data: unknown): DecodedBatch {
  const what = 'awslogs.data';
  const inflated = gunzip(decodeBase64(data, what), what);
  const payloads = parseInflated(inflated, what);
  if (payloads.length !== 1) throw new InputError(`${what} holds ${payloads.length} payloads; a subscription event holds one`);
  return { payload: payloads[0] as SubscriptionPayload, spare: inflated };
}

/**
 * Serialises a payload as CloudWatch Logs does: JSON with the fields of `SubscriptionPayload`, in
 * that order, and no others (an unknown field such as `policyLevel` is not written back).
 *
 * Picked into a plain object for `JSON.stringify` rather than a fast-json-stringify serializer:
 * the output is the same byte for byte (escapes, lone surrogates and U+2028 included; the unit test
 * checks them), and it takes 60% of the time on a 1 MiB batch (2.9 vs 4.9 ms of CPU on JSON
 * messages, 4.0 vs 6.6 on text; issue 12): fast-json-stringify tests each message with a regex,
 * then hands it to `JSON.stringify` anyway when it holds a quote, and builds the result by string
 * concatenation. Every field is one `checkPayload` typed, so there is nothing to coerce.
 *
 * @example JSON.parse(serializePayload(payload)).logGroup === payload.logGroup // true
 */
export const serializePayload = (payload: SubscriptionPayload): string =>
  JSON.stringify({
    messageType: payload.messageType,
    owner: payload.owner,
    logGroup: payload.logGroup,
    logStream: payload.logStream,
    subscriptionFilters: payload.subscriptionFilters,
    logEvents: payload.logEvents.map((e) => ({ id: e.id, timestamp: e.timestamp, message: e.message })),
  });

/**
 * gzip level of re-encoded records. Consumers need only a valid gzip stream (Firehose does not
 * look inside an `Ok` record; S3 readers and the CLI inflate any level), but the response must fit
 * Lambda's 6 MB, so bytes count too. CPU per MiB of 1 MB batches (issue 12, bench/lambda-stages.ts):
 * level 6 (the default) 12.8 ms on JSON messages / 19.5 on text, level 3 7.0 / 11.6, level 1
 * 6.8 / 10.3 for 3% / 8% more bytes than level 3, Z_RLE slower and 4× larger. Level 3 keeps
 * most of the saving without giving up size.
 */
const ENCODE_GZIP_LEVEL = 3;

/** `serializePayload`, written piece by piece: the fixed fields, then a run of events at a time. */
function writePayload(out: ByteWriter, payload: SubscriptionPayload): void {
  // JSON.stringify has no state between values: the pieces concatenate to exactly its whole.
  const head = JSON.stringify({
    messageType: payload.messageType,
    owner: payload.owner,
    logGroup: payload.logGroup,
    logStream: payload.logStream,
    subscriptionFilters: payload.subscriptionFilters,
  });
  out.write(`${head.slice(0, -1)},"logEvents":[`);
  out.writeArrayItems(payload.logEvents, (e) => ({ id: e.id, timestamp: e.timestamp, message: e.message }));
  out.write(']}');
}

/**
 * The bytes of `serializePayload` (payloads concatenated when there are several), written event by
 * event into `spare` (memory the caller no longer needs, such as the inflated JSON the payloads were
 * parsed from) or, when it is too small, into a buffer that grows. No batch-sized string and no
 * second copy of it as UTF-8, as `gzipSync(JSON.stringify(…))` makes (issue 12: two batch-sized
 * allocations less at the Firehose handler's peak). The result is a view of `spare` when it fit:
 * the caller must be done with what `spare` held.
 *
 * @example serializePayloadBytes([payload]).toString() === serializePayload(payload) // true
 */
export function serializePayloadBytes(payloads: readonly SubscriptionPayload[], spare?: Buffer): Buffer {
  let estimate = 256;
  for (const p of payloads) for (const e of p.logEvents) estimate += e.message.length + 64;
  const out = new ByteWriter(spare, estimate);
  for (const p of payloads) writePayload(out, p);
  return out.bytes();
}

/**
 * The lines form of a Firehose record: each message followed by a line break, written into `spare`
 * as `serializePayloadBytes` writes an envelope.
 *
 * @example linesBytes(['a', 'b']).toString() // 'a\nb\n'
 */
export function linesBytes(messages: readonly string[], spare?: Buffer): Buffer {
  let estimate = 64;
  for (const m of messages) estimate += m.length + 1;
  const out = new ByteWriter(spare, estimate);
  for (const m of messages) {
    out.write(m);
    out.write('\n');
  }
  return out.bytes();
}

/**
 * Encodes payloads back into a gzip'd record, as they came (concatenated when there were several).
 * `spare`: memory the caller no longer needs, for the JSON before it is compressed (see
 * `serializePayloadBytes`); it is overwritten.
 *
 * @example decodePayloads(encodePayloads([payload]), 'x')[0]; // payload
 */
export function encodePayloads(payloads: readonly SubscriptionPayload[], spare?: Buffer): Buffer {
  return gzipSync(serializePayloadBytes(payloads, spare), { level: ENCODE_GZIP_LEVEL });
}
