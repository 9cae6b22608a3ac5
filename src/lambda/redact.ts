/**
 * Every message of an invocation through the engine in one bulk call (issue 12), mapped back to
 * its message. Failing closed: if the redacted block does not split back the way it was joined
 * (it always should: placeholders hold no line break), each message is redacted alone instead;
 * a message is never passed on unscanned and never merged with its neighbour.
 *
 *   messages ──joinMessages──▶ one block ──redactBlock──▶ redacted block ──splitRedacted──▶ messages
 *                                                   └─ nothing matched ──▶ the same messages
 *
 * A PEM key whose BEGIN line ends one message is followed into the next messages of the batch, as
 * it is across the lines of a file: a key logged one line per event is caught too.
 */
import { NO_CARRY } from '../constants.js';
import { joinBlocks, joinMessages, splitBlocks, splitRedacted } from '../framing/messages.js';
import type { Scrubber } from '../scrubber.js';
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
  const { bytes, layout } = joinMessages(messages, spare);
  const result = scrubber.redactBlock(bytes, NO_CARRY);
  // The common case at 1% secret density is a batch with nothing to replace: no copy at all.
  if (result.bytes === bytes) return { items: messages, stats: result.stats };
  const items = splitRedacted(messages, bytes, result.bytes, layout);
  if (items !== undefined) return { items, stats: result.stats };
  return one(scrubber, messages, (m) => Buffer.from(m, 'utf8'), (b) => b.toString('utf8'));
}

/**
 * The byte form, for Firehose records of raw lines that need not be UTF-8 (bytes that are not go
 * through untouched, except secret spans).
 *
 * @example const { items } = redactBlocks(scrubber, records.map((r) => Buffer.from(r.data, 'base64')));
 */
export function redactBlocks(scrubber: Scrubber, blocks: readonly Buffer[]): Redacted<Buffer> {
  if (blocks.length === 0) return { items: blocks, stats: createStats().snapshot() };
  const { bytes, layout } = joinBlocks(blocks);
  const result = scrubber.redactBlock(bytes, NO_CARRY);
  if (result.bytes === bytes) return { items: blocks, stats: result.stats };
  const items = splitBlocks(result.bytes, layout);
  if (items !== undefined) return { items, stats: result.stats };
  return one(scrubber, blocks, (b) => b, (b) => b);
}

/** The fallback: one engine call per item, counts added up. */
function one<T>(scrubber: Scrubber, items: readonly T[], toBytes: (item: T) => Buffer, fromBytes: (bytes: Buffer) => T): Redacted<T> {
  const stats = createStats();
  const out = items.map((item) => {
    const result = scrubber.redactBlock(toBytes(item), NO_CARRY);
    stats.add(result.stats);
    return fromBytes(result.bytes);
  });
  return { items: out, stats: stats.snapshot() };
}
