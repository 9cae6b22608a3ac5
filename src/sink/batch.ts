/**
 * Pure batching for CloudWatch Logs `PutLogEvents`: events in, batches that CloudWatch accepts
 * out. No I/O; the writer (`src/io/cloudwatch.ts`) sends what this makes.
 *
 *   events ──fitEvent (split or truncate an oversize message)──▶ events ≤ maxEventBytes
 *          ──batchEvents (stable sort by timestamp, cut at every quota)──▶ batches
 *
 * Quotas (src/constants.ts, from the PutLogEvents reference): ≤ 1,048,576 bytes counted as the
 * UTF-8 bytes of each message + 26, ≤ 10,000 events, ≤ 24 h between the first and last event,
 * events in ascending timestamp order.
 */
import { CLOUDWATCH } from '../constants.js';

/** One log event: milliseconds since the epoch, and the (already redacted) message. */
export interface LogEvent {
  readonly timestamp: number;
  readonly message: string;
}

/** The limits a batch must respect. The defaults are CloudWatch's (`CLOUDWATCH`). */
export interface BatchLimits {
  readonly maxBatchBytes: number;
  readonly maxBatchEvents: number;
  readonly maxSpanMs: number;
  /** Largest event, counted as message bytes + the per-event overhead. */
  readonly maxEventBytes: number;
}

export const DEFAULT_LIMITS: BatchLimits = Object.freeze({
  maxBatchBytes: CLOUDWATCH.maxBatchBytes,
  maxBatchEvents: CLOUDWATCH.maxBatchEvents,
  maxSpanMs: CLOUDWATCH.maxBatchSpanMs,
  maxEventBytes: CLOUDWATCH.maxEventBytes,
});

/** What CloudWatch counts for an event: its message's UTF-8 bytes plus 26. @example eventBytes({ timestamp: 0, message: 'é' }) // 28 */
export const eventBytes = (event: LogEvent): number => Buffer.byteLength(event.message, 'utf8') + CLOUDWATCH.eventOverheadBytes;

/** What to do with an event over `maxEventBytes`: cut it into marked parts, or keep its head. */
export type Oversize = 'split' | 'truncate';

const partMarker = (i: number, n: number): string => `[logscrub: part ${i}/${n}] `;
const truncatedMarker = (dropped: number): string => ` [logscrub: truncated, ${dropped} bytes dropped]`;

/** The longest prefix of `bytes` of at most `max` bytes that does not cut a UTF-8 character. */
function utf8Prefix(bytes: Buffer, from: number, max: number): number {
  let end = Math.min(bytes.length, from + max);
  // Back off over continuation bytes (10xxxxxx) so the cut falls between characters.
  if (end < bytes.length) while (end > from && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return end;
}

/**
 * Makes an event fit `maxEventBytes`. `split`: parts of the message, each starting with
 * `[logscrub: part i/n] `, same timestamp, in order; concatenated without their markers they are
 * the message again. `truncate`: the head of the message and a marker saying how much was dropped.
 * Never cuts a UTF-8 character. An event that fits comes back as it is (`[event]`).
 *
 * @example
 * fitEvent({ timestamp: 1, message: 'x'.repeat(300_000) }, DEFAULT_LIMITS, 'split').length; // 2
 */
export function fitEvent(event: LogEvent, limits: BatchLimits, oversize: Oversize): LogEvent[] {
  if (eventBytes(event) <= limits.maxEventBytes) return [event];
  const bytes = Buffer.from(event.message, 'utf8');
  const room = limits.maxEventBytes - CLOUDWATCH.eventOverheadBytes;
  if (oversize === 'truncate') {
    const end = utf8Prefix(bytes, 0, room - Buffer.byteLength(truncatedMarker(bytes.length)));
    return [{ timestamp: event.timestamp, message: `${bytes.toString('utf8', 0, end)}${truncatedMarker(bytes.length - end)}` }];
  }
  // Size the marker for the part count it will show: more parts can mean a longer marker.
  let n = 2;
  for (;;) {
    const chunk = room - Buffer.byteLength(partMarker(n, n));
    const needed = Math.ceil(bytes.length / Math.max(1, chunk - 3));
    if (needed <= n) break;
    n = needed;
  }
  const parts: string[] = [];
  for (let from = 0; from < bytes.length; ) {
    const end = utf8Prefix(bytes, from, room - Buffer.byteLength(partMarker(n, n)));
    parts.push(bytes.toString('utf8', from, end));
    from = end;
  }
  return parts.map((text, i) => ({ timestamp: event.timestamp, message: `${partMarker(i + 1, parts.length)}${text}` }));
}

/** One PutLogEvents request's events, and their size as CloudWatch counts it. */
export interface Batch {
  readonly events: LogEvent[];
  /** Per event, its size as CloudWatch counts it (`eventBytes`). */
  readonly sizes: number[];
  readonly bytes: number;
  /** Cut because the next event would have broken a quota (not because the input ended). */
  readonly full: boolean;
}

/** The order in which to take events: by timestamp, stable; `undefined` when they already are. */
function timestampOrder(events: readonly LogEvent[]): number[] | undefined {
  for (let i = 1; i < events.length; i++) {
    if ((events[i] as LogEvent).timestamp < (events[i - 1] as LogEvent).timestamp) {
      // Array.prototype.sort is stable: equal timestamps keep their order.
      return Array.from(events.keys()).sort((a, b) => (events[a] as LogEvent).timestamp - (events[b] as LogEvent).timestamp);
    }
  }
  return undefined;
}

/**
 * Sorts events by timestamp (stable: equal timestamps keep their order) and cuts them into
 * batches that respect every quota. Every event must already fit (`fitEvent`). `sizes`, when the
 * caller has them (the writer counts each event as it is written), are each event's
 * `eventBytes`: a message's UTF-8 length is then not counted twice (issue 12). Events already in
 * order, as a subscription's are, are not sorted.
 *
 * @example
 * batchEvents(events).every((b) => b.events.length <= 10_000); // true
 */
export function batchEvents(events: readonly LogEvent[], limits: BatchLimits = DEFAULT_LIMITS, sizes?: ArrayLike<number>): Batch[] {
  const order = timestampOrder(events);
  const batches: Batch[] = [];
  let batch: LogEvent[] = [];
  let batchSizes: number[] = [];
  let bytes = 0;
  for (let k = 0; k < events.length; k++) {
    const i = order === undefined ? k : (order[k] as number);
    const event = events[i] as LogEvent;
    const size = sizes === undefined ? eventBytes(event) : (sizes[i] as number);
    const first = batch[0];
    if (
      first !== undefined &&
      (bytes + size > limits.maxBatchBytes || batch.length >= limits.maxBatchEvents || event.timestamp - first.timestamp > limits.maxSpanMs)
    ) {
      batches.push({ events: batch, sizes: batchSizes, bytes, full: true });
      batch = [];
      batchSizes = [];
      bytes = 0;
    }
    batch.push(event);
    batchSizes.push(size);
    bytes += size;
  }
  if (batch.length > 0) batches.push({ events: batch, sizes: batchSizes, bytes, full: false });
  return batches;
}
