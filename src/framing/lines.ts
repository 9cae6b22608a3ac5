/**
 * Frames a byte stream into chunks of whole lines. A chunk ends at its last `\n`; the rest waits
 * for the next read. Line endings (`\n`, `\r\n`) are kept as they were. A line longer than
 * `maxLineBytes` is not held in memory forever: it is reported and dropped up to its end, so the
 * caller can write a placeholder (fail closed) and stay in step, one output line per input line.
 */

import { NEWLINE } from '../constants.js';

/** Where the line holding `pos` ends: its `\n`, or the end of the bytes. */
export function lineEndOf(bytes: Buffer, pos: number): number {
  const i = bytes.indexOf(NEWLINE, pos);
  return i < 0 ? bytes.length : i;
}

export interface LineFramer {
  /** Feeds bytes; calls `onLines` with whole lines and `onTooLong` once per oversized line. */
  push(chunk: Buffer): void;
  /** End of input: a last line without `\n` is passed on as it is. */
  end(): void;
}

export interface LineSink {
  onLines(lines: Buffer): void;
  /** A line longer than the limit was dropped; `hadNewline` says whether it ended with `\n`. */
  onTooLong(hadNewline: boolean): void;
}

/**
 * @example
 * const framer = createLineFramer(64 * 1024 * 1024, { onLines: write, onTooLong: () => write(Buffer.from('[REDACTED:line-too-long]\n')) });
 */
export function createLineFramer(maxLineBytes: number, sink: LineSink): LineFramer {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  /** Passes whole lines on; only a block bigger than the limit can hold an oversized line. */
  const emit = (block: Buffer): void => {
    if (block.length <= maxLineBytes) {
      sink.onLines(block);
      return;
    }
    let start = 0;
    let from = 0;
    while (from < block.length) {
      const nl = block.indexOf(NEWLINE, from);
      const end = nl < 0 ? block.length : nl + 1;
      if (end - from > maxLineBytes + 1) {
        if (from > start) sink.onLines(block.subarray(start, from));
        sink.onTooLong(nl >= 0);
        start = end;
      }
      from = end;
    }
    if (start < block.length) sink.onLines(block.subarray(start));
  };
  return {
    push(chunk) {
      let data = chunk;
      if (skipping) {
        const nl = data.indexOf(NEWLINE);
        if (nl < 0) return;
        skipping = false;
        sink.onTooLong(true);
        data = data.subarray(nl + 1);
      }
      const last = data.lastIndexOf(NEWLINE);
      if (last < 0) {
        pending.push(data);
        pendingBytes += data.length;
        if (pendingBytes > maxLineBytes) {
          pending = [];
          pendingBytes = 0;
          skipping = true;
        }
        return;
      }
      // One block per read, the line that straddles the boundary included: a block is the unit a
      // thread takes, and a tiny straddle block would cost a dispatch of its own.
      emit(pending.length === 0 ? data.subarray(0, last + 1) : Buffer.concat([...pending, data.subarray(0, last + 1)]));
      pending = [];
      pendingBytes = 0;
      const rest = data.subarray(last + 1);
      if (rest.length > 0) {
        pending.push(Buffer.from(rest));
        pendingBytes = rest.length;
      }
    },
    end() {
      if (skipping) {
        skipping = false;
        sink.onTooLong(false);
      } else if (pendingBytes > 0) {
        emit(Buffer.concat(pending));
      }
      pending = [];
      pendingBytes = 0;
    },
  };
}
