/**
 * Many messages → one block of lines, so that every message of a Lambda invocation goes through
 * the engine in one bulk call (issue 12: a call into RE2 has a fixed cost; one pass over a whole
 * batch beats one call per message by several times).
 *
 *   messages ──joinMessages──▶ one block of bytes: the messages joined by `\n` + where each one ends
 *   block ──scrubber.redactItems(ends)──▶ per message: its redacted bytes, or nothing (unchanged)
 *
 * A message may hold line breaks of its own (a stack trace, a PEM key): it stays one message,
 * and its lines are scanned as lines, so a multi-line PEM key inside one message is found. The
 * engine answers by the byte offsets where the messages end, so nothing is split back. Pure: no I/O.
 */
import { NEWLINE } from '../constants.js';

/** A block of joined items and where each ends. */
export interface Joined {
  /** The items' bytes joined by `\n`. */
  readonly bytes: Buffer;
  /** Per item: where it ends in `bytes` (exclusive); the next begins one byte later. */
  readonly ends: Uint32Array;
}

/**
 * Joins messages with `\n` into one buffer of UTF-8. Written straight into the buffer: going
 * through a joined string costs a copy of the batch and ~20% more time (measured on 1 MB batches,
 * issue 12). With `spare` (memory the caller no longer needs, such as the inflated JSON the
 * messages were parsed from) large enough, the block is written at its start instead of into a
 * new buffer; too small, it goes into a new buffer (and `spare` may have been written to).
 *
 * @example
 * const { bytes, ends } = joinMessages(['a', 'b\nc']); // bytes 'a\nb\nc', ends [1, 5]
 */
export function joinMessages(messages: readonly string[], spare?: Buffer): Joined {
  const joined = spare === undefined ? undefined : joinInto(messages, spare);
  if (joined !== undefined) return joined;
  const n = messages.length;
  const ends = new Uint32Array(n);
  let size = Math.max(0, n - 1);
  for (let i = 0; i < n; i++) size += Buffer.byteLength(messages[i] as string, 'utf8');
  const bytes = spare !== undefined && spare.length >= size ? spare.subarray(0, size) : Buffer.allocUnsafe(size);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) bytes[offset++] = NEWLINE;
    offset += bytes.write(messages[i] as string, offset, 'utf8');
    ends[i] = offset;
  }
  return { bytes, ends };
}

/**
 * `joinMessages` into `spare` without measuring every message first (a pass of `Buffer.byteLength`
 * over the batch, ~0.2 ms per MB): a message is measured only when the room left might not hold
 * it. `undefined` when the messages do not fit; `spare` is then partly overwritten.
 */
function joinInto(messages: readonly string[], spare: Buffer): Joined | undefined {
  const ends = new Uint32Array(messages.length);
  let offset = 0;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as string;
    if (i > 0) {
      if (offset >= spare.length) return undefined;
      spare[offset++] = NEWLINE;
    }
    // A UTF-16 unit is at most 3 bytes of UTF-8: with that much room, the write is never cut short.
    const room = spare.length - offset;
    if (message.length * 3 > room && Buffer.byteLength(message, 'utf8') > room) return undefined;
    offset += spare.write(message, offset, 'utf8');
    ends[i] = offset;
  }
  return { bytes: spare.subarray(0, offset), ends };
}

/**
 * The byte form of `joinMessages`, for records that may not be UTF-8 (a Firehose record of raw log
 * lines): joined with `\n`, bytes untouched.
 *
 * @example joinBlocks([Buffer.from('a'), Buffer.from('b\nc')]).bytes.toString() // 'a\nb\nc'
 */
export function joinBlocks(blocks: readonly Uint8Array[]): Joined {
  const ends = new Uint32Array(blocks.length);
  let size = Math.max(0, blocks.length - 1);
  for (const block of blocks) size += block.length;
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) bytes[offset++] = NEWLINE;
    bytes.set(blocks[i] as Uint8Array, offset);
    offset += (blocks[i] as Uint8Array).length;
    ends[i] = offset;
  }
  return { bytes, ends };
}

/** A surrogate code unit without its partner: no UTF-8 for it, so `joinMessages` writes U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A message back from its redacted bytes. A message with a lone surrogate (JSON may carry one as
 * `\ud800`) was written to UTF-8 as U+FFFD; decoding alone would leave U+FFFD in a message that
 * had a secret replaced, where a message with nothing to replace keeps its surrogate. Every
 * U+FFFD of the result is, in order, one of the original's (a lone surrogate or a real U+FFFD)
 * unless a replaced span held one: when the counts agree each is put back as it was; when they do
 * not, the decoded text is returned (lossy in that one corner, never unredacted).
 *
 * @example messageFromBytes('\ud800 k', Buffer.from('\ufffd [REDACTED]')) // '\ud800 [REDACTED]'
 */
export function messageFromBytes(original: string, bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!LONE_SURROGATE.test(original)) return text;
  const was: string[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c === 0xfffd) was.push('\ufffd');
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = original.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else was.push(original[i] as string);
    } else if (c >= 0xdc00 && c <= 0xdfff) was.push(original[i] as string);
  }
  let k = 0;
  const restored = text.replace(/\ufffd/g, () => was[k++] ?? '\ufffd');
  return k === was.length ? restored : text;
}
