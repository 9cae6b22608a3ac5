/**
 * The Kinesis Data Firehose data-transformation handler (issue 12): each record redacted, exactly
 * one result per record, with its `recordId`, in order.
 *
 *   record.data ──base64──▶ bytes
 *     gzip ──decodePayloadsBatch──▶ CloudWatch Logs payloads (+ the inflated JSON, reused below)
 *        only CONTROL_MESSAGEs ──▶ Dropped
 *        DATA_MESSAGE messages ──┐
 *        not a payload ──────────┼──▶ ProcessingFailed, with the reason logged (never the data)
 *     not gzip: raw lines ───────┤
 *                                ▼
 *   the envelopes' own fields (owner, logGroup, logStream, filters, ids not all digits): one engine call
 *   every message of the invocation: one engine call per source stream (one, usually); every raw
 *   record: one engine call (no stream to tell them apart: a key body open at a record's end is
 *   followed into the next, failing closed)
 *     ──▶ Ok: the record's framing kept (a gzip'd envelope stays a gzip'd envelope, re-encoded by a
 *         serializer compiled once; raw lines stay raw lines), or the messages one a line
 *         (`output: 'lines'`)
 *   a response over 6 MB ──▶ the records that would push it over: ProcessingFailed
 *
 * Firehose sends ProcessingFailed records, as they came in, to the error output of the delivery
 * stream (its S3 `processing-failed/` prefix): that copy is Firehose's own, not ours to redact.
 */
import type { Context, FirehoseTransformationEvent, FirehoseTransformationResult, FirehoseTransformationResultRecord } from 'aws-lambda';
import { LAMBDA } from '../constants.js';
import { InputError } from '../errors.js';
import { decodeBase64, decodePayloadsBatch, encodePayloads, isGzip, linesBytes, type SubscriptionPayload } from '../framing/cloudwatch.js';
import type { Scrubber } from '../scrubber.js';
import { createStats } from '../stats.js';
import type { InvocationMetrics } from './metrics.js';
import { type Redacted, redactBlocks, redactMessages, redactPayloadFields } from './redact.js';

/** The response budget (`LAMBDA.firehoseMaxResponseBytes`, src/constants.ts: Lambda's 6 MB less room for the JSON). */
export const FIREHOSE_MAX_RESPONSE_BYTES = LAMBDA.firehoseMaxResponseBytes;

/** JSON around one record in the response: `{"recordId":"","result":"ProcessingFailed","data":""},`. */
const RECORD_OVERHEAD = 64;

export interface FirehoseHandlerDeps {
  readonly scrubber: Scrubber;
  /** `envelope` (default): a gzip'd CloudWatch Logs record stays one; `lines`: its messages, one a line, uncompressed. */
  readonly output?: 'envelope' | 'lines';
  readonly maxResponseBytes?: number;
  readonly onMetrics?: (metrics: InvocationMetrics) => void;
  /** Told why a record failed (its recordId and the reason, never its data). */
  readonly onWarning?: (message: string) => void;
}

export type FirehoseHandler = (event: FirehoseTransformationEvent, context?: Context) => Promise<FirehoseTransformationResult>;

/** What became of one record before redaction. */
type Parsed =
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'dropped' }
  /**
   * `first`: index of its first message among all the invocation's messages. `spare`: its inflated
   * JSON, which nothing references once parsed: memory for the scan's block and for the record's
   * re-encoded JSON (issue 12), let go once the record is encoded.
   */
  | { readonly kind: 'cloudwatch'; payloads: readonly SubscriptionPayload[]; readonly first: number; spare: Buffer | undefined }
  | { readonly kind: 'raw'; readonly index: number };

/**
 * @example
 * export const firehoseHandler = createFirehoseHandler({ scrubber, output: 'envelope' });
 */
export function createFirehoseHandler(deps: FirehoseHandlerDeps): FirehoseHandler {
  const output = deps.output ?? 'envelope';
  const budget = deps.maxResponseBytes ?? FIREHOSE_MAX_RESPONSE_BYTES;
  const warn = deps.onWarning ?? ((message: string) => process.stderr.write(`logscrub: ${message}\n`));
  return async (event) => {
    const started = performance.now();
    const records = (event as { records?: unknown } | null | undefined)?.records;
    if (!Array.isArray(records)) throw new InputError('the event is not a Firehose transformation event (no records array)');

    const messages: string[] = [];
    /** Each message's source stream (`group` NUL `stream`): a key body or YAML value open at one's end goes on only into the same stream's. */
    const streams: string[] = [];
    const raw: Buffer[] = [];
    /** The largest record's inflated JSON: where the messages are joined for the scan when they fit (one record, usually). */
    let spare: Buffer | undefined;
    const parsed: Parsed[] = records.map((record: { data?: unknown }, i): Parsed => {
      const what = `record ${i + 1}`;
      try {
        // Firehose takes records of 0 bytes (https://docs.aws.amazon.com/firehose/latest/APIReference/API_Record.html):
        // nothing to redact, so an empty record goes on as one, not as a failure.
        if (record?.data === '') return { kind: 'raw', index: raw.push(Buffer.alloc(0)) - 1 };
        const bytes = decodeBase64(record?.data, `${what} data`);
        if (!isGzip(bytes)) {
          // No log line holds a NUL; compressed or binary data nearly always does (deflate, zstd, a
          // gzip after a line of text). No rule can read it, so passing it on would pass on what was
          // never scrubbed: fail it, as the CLI refuses a binary file and the S3 handler a binary object.
          const nul = bytes.indexOf(0);
          if (nul >= 0) throw new InputError(`${what} is binary (a NUL byte at offset ${nul}); not scrubbed`);
          return { kind: 'raw', index: raw.push(bytes) - 1 };
        }
        const decoded = decodePayloadsBatch(bytes, what);
        const payloads = decoded.payloads.filter((p) => p.messageType === 'DATA_MESSAGE');
        if (payloads.length === 0) return { kind: 'dropped' };
        if (spare === undefined || decoded.spare.length > spare.length) spare = decoded.spare;
        const first = messages.length;
        for (const p of payloads) {
          for (const e of p.logEvents) {
            messages.push(e.message);
            streams.push(`${p.logGroup}\u0000${p.logStream}`);
          }
        }
        return { kind: 'cloudwatch', payloads, first, spare: decoded.spare };
      } catch (error) {
        if (error instanceof InputError) return { kind: 'failed', reason: error.message };
        throw error;
      }
    });

    // The envelopes' own fields (group, stream, owner, filters, odd ids) go on too: one engine call
    // for all of them, then one for all the messages, one for all the raw records.
    const envelopes = parsed.flatMap((p) => (p.kind === 'cloudwatch' ? p.payloads : []));
    const fields = redactPayloadFields(deps.scrubber, envelopes);
    const groups = new Set<string>();
    let f = 0;
    for (const p of parsed) {
      if (p.kind !== 'cloudwatch') continue;
      p.payloads = fields.items.slice(f, (f += p.payloads.length));
      for (const payload of p.payloads) groups.add(payload.logGroup);
    }
    const redacted = redactByStream(deps.scrubber, messages, streams, spare);
    spare = undefined;
    const redactedRaw = redactBlocks(deps.scrubber, raw);

    const encode = (p: Parsed): string => {
      if (p.kind === 'raw') return (redactedRaw.items[p.index] as Buffer).toString('base64');
      if (p.kind !== 'cloudwatch') return '';
      let k = p.first;
      // The scan is over (its block may have been this record's spare): the spare now takes the
      // record's new bytes, and is let go with them.
      const recordSpare = p.spare;
      p.spare = undefined;
      if (output === 'lines') {
        const lines: string[] = [];
        for (const payload of p.payloads) for (let j = 0; j < payload.logEvents.length; j++) lines.push(redacted.items[k++] as string);
        return linesBytes(lines, recordSpare).toString('base64');
      }
      const out = p.payloads.map((payload) => ({
        ...payload,
        logEvents: payload.logEvents.map((e) => ({ id: e.id, timestamp: e.timestamp, message: redacted.items[k++] as string })),
      }));
      return encodePayloads(out, recordSpare).toString('base64');
    };

    // Every record is in the response; what is left of the budget goes to Ok records in order.
    let room = budget;
    for (const record of records as { recordId?: unknown }[]) room -= RECORD_OVERHEAD + String(record?.recordId ?? '').length;
    const counts = { ok: 0, dropped: 0, failed: 0 };
    const results = parsed.map((p, i): FirehoseTransformationResultRecord => {
      const recordId = String((records[i] as { recordId?: unknown })?.recordId ?? '');
      let reason = p.kind === 'failed' ? p.reason : undefined;
      if (p.kind === 'dropped') {
        counts.dropped++;
        return { recordId, result: 'Dropped' };
      }
      if (reason === undefined) {
        const data = encode(p);
        if (data.length <= room) {
          room -= data.length;
          counts.ok++;
          return { recordId, result: 'Ok', data };
        }
        reason = `the redacted record (${data.length} base64 characters) would take the response over ${budget} bytes`;
      }
      counts.failed++;
      warn(`firehose record ${recordId}: ProcessingFailed: ${reason}`);
      return { recordId, result: 'ProcessingFailed' };
    });

    const stats = createStats();
    stats.add(fields.stats);
    stats.add(redacted.stats);
    stats.add(redactedRaw.stats);
    deps.onMetrics?.({
      handler: 'firehose',
      sourceLogGroup: groups.size === 1 ? [...groups][0] as string : '',
      events: messages.length + raw.length,
      stats: stats.snapshot(),
      durationMs: performance.now() - started,
      records: counts,
    });
    return { records: results };
  };
}

/**
 * `redactMessages` over the messages of each source stream apart (one call when, as usual, the
 * batch holds one stream), results in the batch's order. Firehose batches records of many log
 * groups: a PEM BEGIN or a YAML `password: |` ending one stream's message must not take the next
 * record's, another group's clean lines (a review's: `  GET /health 200` became a placeholder).
 */
function redactByStream(scrubber: Scrubber, messages: readonly string[], streams: readonly string[], spare: Buffer | undefined): Redacted<string> {
  const byStream = new Map<string, number[]>();
  streams.forEach((stream, i) => {
    const indexes = byStream.get(stream);
    if (indexes === undefined) byStream.set(stream, [i]);
    else indexes.push(i);
  });
  if (byStream.size <= 1) return redactMessages(scrubber, messages, spare);
  const items: string[] = [...messages];
  const stats = createStats();
  for (const indexes of byStream.values()) {
    const redacted = redactMessages(
      scrubber,
      indexes.map((i) => messages[i] as string),
      spare,
    );
    indexes.forEach((i, k) => (items[i] = redacted.items[k] as string));
    stats.add(redacted.stats);
  }
  return { items, stats: stats.snapshot() };
}
