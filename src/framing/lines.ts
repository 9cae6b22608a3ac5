/**
 * Frames a byte stream into blocks of whole lines. A block ends at its chunk's last `\n`; the rest
 * waits for the next chunk. Line endings (`\n`, `\r\n`) are kept as they were. A line longer than
 * `maxLineBytes` is not held in memory: it is dropped up to its end and reported as a segment of
 * its own, so the caller writes a placeholder in its place (fail closed) and stays in step, one
 * output line per input line. Pure: no I/O, no engine; the caller owns one framer per stream.
 */
import { NEWLINE } from '../constants.js';

/** A Buffer over the same memory as `bytes` (the very object when it is one): no copy. */
export const bufferView = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The parts, one after another, in a new Buffer: `Buffer.concat`'s result, at about a fifth of its
 * cost here (0.06 against 0.50 ms per MiB in 200 parts, memory already mapped): it copies with
 * `set`, where Node 20's `concat` copies part by part through a slower path. The engine joins every
 * block it redacts (`applyFindings`), the framer every chunk to the line before it.
 */
export function joinBytes(parts: readonly Uint8Array[]): Buffer {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** What a framer hands on: a block of whole lines, or the place of a line that was too long. */
export type Segment =
  | { readonly kind: 'lines'; readonly bytes: Buffer }
  /**
   * `newline`: the dropped line ended with `\n` (the last line of a stream may not). `bytes`: its
   * length, `\n` included: read though never held, it counts in what a stream read.
   */
  | { readonly kind: 'too-long'; readonly newline: boolean; readonly bytes: number };

export interface LineFramer {
  /** Feeds bytes; returns the segments they complete, in order (often one block, or none). */
  push(chunk: Uint8Array): Segment[];
  /** End of input: a last line without `\n` is handed on as it is. */
  end(): Segment[];
}

/**
 * @example
 * const framer = createLineFramer(64 * 1024 * 1024);
 * framer.push(Buffer.from('a\nb')); // [{ kind: 'lines', bytes: <'a\n'> }]
 * framer.end();                     // [{ kind: 'lines', bytes: <'b'> }]
 */
export function createLineFramer(maxLineBytes: number): LineFramer {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  /** Inside a line already over the limit: drop bytes up to its `\n`. */
  let skipping = false;
  /** The bytes of that line dropped so far. */
  let skipped = 0;

  /** Splits a block of whole lines around any line over the limit (only a big block can hold one). */
  const split = (block: Buffer, out: Segment[]): void => {
    if (block.length <= maxLineBytes) {
      out.push({ kind: 'lines', bytes: block });
      return;
    }
    let start = 0;
    for (let from = 0; from < block.length; ) {
      const nl = block.indexOf(NEWLINE, from);
      const end = nl < 0 ? block.length : nl + 1;
      if ((nl < 0 ? end : nl) - from > maxLineBytes) {
        if (from > start) out.push({ kind: 'lines', bytes: block.subarray(start, from) });
        out.push({ kind: 'too-long', newline: nl >= 0, bytes: end - from });
        start = end;
      }
      from = end;
    }
    if (start < block.length) out.push({ kind: 'lines', bytes: block.subarray(start) });
  };

  const hold = (bytes: Buffer): void => {
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes > maxLineBytes) {
      skipped = pendingBytes;
      pending = [];
      pendingBytes = 0;
      skipping = true;
    }
  };

  return {
    push(chunk) {
      const out: Segment[] = [];
      let data = bufferView(chunk);
      if (skipping) {
        const nl = data.indexOf(NEWLINE);
        if (nl < 0) {
          skipped += data.length;
          return out;
        }
        skipping = false;
        out.push({ kind: 'too-long', newline: true, bytes: skipped + nl + 1 });
        data = data.subarray(nl + 1);
      }
      const last = data.lastIndexOf(NEWLINE);
      if (last < 0) {
        if (data.length > 0) hold(Buffer.from(data));
        return out;
      }
      // One block per chunk, the line that straddles the boundary included: a block is the unit a
      // worker thread takes, and a tiny straddle block would cost a dispatch of its own.
      // The chunk itself when it ends a line: a caller can then tell a clean chunk by identity.
      const head = last + 1 === data.length ? data : data.subarray(0, last + 1);
      split(pending.length === 0 ? head : joinBytes([...pending, head]), out);
      pending = [];
      pendingBytes = 0;
      // Copied: the caller may reuse or transfer the chunk once this returns.
      if (last + 1 < data.length) hold(Buffer.from(data.subarray(last + 1)));
      return out;
    },
    end() {
      const out: Segment[] = [];
      if (skipping) out.push({ kind: 'too-long', newline: false, bytes: skipped });
      else if (pendingBytes > 0) split(pending.length === 1 ? (pending[0] as Buffer) : joinBytes(pending), out);
      skipping = false;
      pending = [];
      pendingBytes = 0;
      return out;
    },
  };
}
