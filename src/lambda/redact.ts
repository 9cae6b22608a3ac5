/**
 * Every message of an invocation through the engine in one bulk call (issue 12), mapped back to
 * its message by where each ends. Failing closed: if the engine throws, or a finding crosses from
 * one message into the next (it never should: findings lie on one line), each message is redacted
 * alone instead; a message is never passed on unscanned and never merged with its neighbour.
 *
 *   messages ──joinMessages──▶ one block ──redactItems(ends)──▶ per message: redacted bytes, or unchanged
 *
 * A PEM key whose BEGIN line ends one message is followed into the next messages of the batch, as
 * it is across the lines of a file: a key logged one line per event is caught too.
 */
import { NO_CARRY } from '../constants.js';
import type { SubscriptionPayload } from '../framing/cloudwatch.js';
import { type Joined, joinBlocks, joinMessages, messageFromBytes } from '../framing/messages.js';
import type { ItemsResult, Scrubber } from '../scrubber.js';
import { createStats } from '../stats.js';
import type { StatsSnapshot } from '../types.js';

/** Redacted items and the counts of this one call (not the scrubber's running totals). */
export interface Redacted<T> {
  readonly items: readonly T[];
  readonly stats: StatsSnapshot;
}

/**
 * `spare`: memory the caller no longer needs (`decodeSubscriptionBatch`'s inflated JSON), for the
 * joined block; it is overwritten. Nothing returned refers to it.
 *
 * @example
 * const { items, stats } = redactMessages(scrubber, payload.logEvents.map((e) => e.message));
 */
export function redactMessages(scrubber: Scrubber, messages: readonly string[], spare?: Buffer): Redacted<string> {
  if (messages.length === 0) return { items: messages, stats: createStats().snapshot() };
  const result = inOneCall(scrubber, joinMessages(messages, spare));
  if (result === undefined) return one(scrubber, messages, (m) => Buffer.from(m, 'utf8'), messageFromBytes);
  const { items, stats } = result;
  // The common case at 1% secret density is a batch with nothing to replace: the very array back.
  if (items.every((item) => item === undefined)) return { items: messages, stats };
  return { items: messages.map((m, i) => { const bytes = items[i]; return bytes === undefined ? m : messageFromBytes(m, bytes); }), stats };
}

/**
 * The byte form, for Firehose records of raw lines that need not be UTF-8 (bytes that are not go
 * through untouched, except secret spans).
 *
 * @example const { items } = redactBlocks(scrubber, records.map((r) => Buffer.from(r.data, 'base64')));
 */
export function redactBlocks(scrubber: Scrubber, blocks: readonly Buffer[]): Redacted<Buffer> {
  if (blocks.length === 0) return { items: blocks, stats: createStats().snapshot() };
  const result = inOneCall(scrubber, joinBlocks(blocks));
  if (result === undefined) return one(scrubber, blocks, (b) => b, (_, b) => b);
  const { items, stats } = result;
  return { items: blocks.map((b, i) => items[i] ?? b), stats };
}

/** An event id as CloudWatch Logs writes it: decimal digits, which no rule matches, so not scanned. */
const DIGITS = /^[0-9]*$/;

/**
 * The envelope's own fields, redacted: `owner`, `logGroup`, `logStream`, `subscriptionFilters` and
 * any event `id` that is not all digits, every payload's in one engine call. They are text the
 * source chose (a log stream may be named after a session, a filter after anything) and they go
 * on: into a Firehose record, the destination stream's name, a warning, a metrics line. Payloads
 * with nothing to replace come back as the very objects; the messages are left to `redactMessages`.
 * `ids: false` leaves the ids alone, for a caller that does not pass them on (PutLogEvents takes a
 * timestamp and a message): checking 10,000 ids costs about 0.5 ms.
 *
 * @example
 * const { items: [clean] } = redactPayloadFields(scrubber, [payload]);
 * destination.streamName(clean);
 */
export function redactPayloadFields(scrubber: Scrubber, payloads: readonly SubscriptionPayload[], { ids = true }: { readonly ids?: boolean } = {}): Redacted<SubscriptionPayload> {
  const scanned = (id: string): boolean => ids && !DIGITS.test(id);
  const texts: string[] = [];
  for (const p of payloads) {
    texts.push(p.owner, p.logGroup, p.logStream, ...p.subscriptionFilters);
    if (ids) for (const e of p.logEvents) if (scanned(e.id)) texts.push(e.id);
  }
  const { items, stats } = redactMessages(scrubber, texts);
  if (items === texts) return { items: payloads, stats };
  let k = 0;
  const next = (): string => items[k++] as string;
  const out = payloads.map((p): SubscriptionPayload => {
    const from = k;
    k += 3 + p.subscriptionFilters.length;
    if (ids) for (const e of p.logEvents) if (scanned(e.id)) k++;
    let same = true;
    for (let i = from; i < k && same; i++) same = items[i] === texts[i];
    if (same) return p;
    k = from;
    const [owner, logGroup, logStream] = [next(), next(), next()];
    const subscriptionFilters = p.subscriptionFilters.map(next);
    const logEvents = ids ? p.logEvents.map((e) => (scanned(e.id) ? { ...e, id: next() } : e)) : p.logEvents;
    return { ...p, owner, logGroup, logStream, subscriptionFilters, logEvents };
  });
  return { items: out, stats };
}

/** The one bulk call, or undefined when its answer cannot be used (the caller then goes item by item). */
function inOneCall(scrubber: Scrubber, { bytes, ends }: Joined): { items: NonNullable<ItemsResult['items']>; stats: StatsSnapshot } | undefined {
  try {
    const { items, stats } = scrubber.redactItems(bytes, ends, NO_CARRY);
    return items === undefined ? undefined : { items, stats };
  } catch {
    return undefined;
  }
}

/**
 * The fallback: one engine call per item, counts added up. An open PEM body is carried from item
 * to item, as the bulk call follows it: a key logged one line per event would otherwise leave its
 * body lines unredacted whenever the bulk call failed (review3).
 */
function one<T>(scrubber: Scrubber, items: readonly T[], toBytes: (item: T) => Buffer, fromBytes: (item: T, bytes: Buffer) => T): Redacted<T> {
  const stats = createStats();
  let carry = NO_CARRY;
  const out = items.map((item) => {
    const result = scrubber.redactBlock(toBytes(item), carry);
    carry = result.carry;
    stats.add(result.stats);
    return fromBytes(item, result.bytes);
  });
  return { items: out, stats: stats.snapshot() };
}
