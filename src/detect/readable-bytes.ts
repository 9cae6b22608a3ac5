/**
 * readableBytes(): bytes that are not UTF-8 → bytes RE2 can read, offset for offset. RE2 reads a
 * Buffer as UTF-8, and a byte of an invalid sequence matches no character class, not even
 * `[^\s"]`: in a Latin-1 log, `password=\xe9tienne…` matched nothing and went out whole. Each such
 * byte is scanned as an ASCII letter instead (one byte for one byte, so findings keep their
 * offsets), and the spans found are replaced in the original bytes.
 */
import { isUtf8 } from 'node:buffer';

/** What a byte of an invalid sequence is read as: a letter, a part of any value, no delimiter. */
const STAND_IN = 0x78; // 'x'

/** How many bytes the valid UTF-8 sequence at `at` has, or 0 (RFC 3629: no overlongs, no surrogates). */
function sequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] as number;
  if (lead < 0x80) return 1;
  const cont = (i: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[at + i];
    return b !== undefined && b >= low && b <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = lead === 0xe0 ? cont(1, 0xa0) : lead === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = lead === 0xf0 ? cont(1, 0x90) : lead === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * `bytes` itself when it is valid UTF-8 (one fast check); otherwise a copy of the same length in
 * which each byte of an invalid sequence is an ASCII letter.
 *
 * @example
 * readableBytes(Buffer.from('a\xe9b', 'latin1')).toString(); // 'axb'
 */
export function readableBytes(bytes: Buffer): Buffer {
  if (isUtf8(bytes)) return bytes;
  const out = Buffer.from(bytes);
  for (let at = 0; at < out.length; ) {
    const length = sequenceLength(out, at);
    if (length === 0) out[at++] = STAND_IN;
    else at += length;
  }
  return out;
}
