/**
 * Replaces finding spans in the original bytes. Everything outside a span is copied as it was,
 * byte for byte; with no findings the very same Buffer comes back.
 */
import { joinBytes } from '../framing/lines.js';
import type { Finding } from '../types.js';
import type { Placeholder } from './placeholder.js';

const BACKSLASH = 0x5c;
const LETTER_U = 0x75;
/** The letters JSON allows after a backslash: `\" \\ \/ \b \f \n \r \t \uXXXX`. */
const ESCAPE_LETTERS = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));
const isHex = (byte: number | undefined): boolean => byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66));

/** Whether the byte at `at` is escaped: an odd run of backslashes stands right before it. */
function escaped(bytes: Buffer, at: number): boolean {
  let run = 0;
  while (at - run - 1 >= 0 && bytes[at - run - 1] === BACKSLASH) run++;
  return run % 2 === 1;
}

/** Whether a JSON `\uXXXX` escape has its `u` at `u`. */
const unicodeEscapeAt = (bytes: Buffer, u: number): boolean =>
  bytes[u] === LETTER_U && escaped(bytes, u) && isHex(bytes[u + 1]) && isHex(bytes[u + 2]) && isHex(bytes[u + 3]) && isHex(bytes[u + 4]);

/**
 * Where the JSON escape that `at` lies inside of begins (`\f`, `\"`, `\u0041`), or `at` when it
 * is inside none. A rule reads the letters of an escape as text (`\fdeadbeef` as hex, `\u0041…`
 * as a token): replacing from there would leave a backslash without its letter, or an escaped quote
 * unescaped, and a JSON line would stop being JSON. The whole escape goes instead.
 */
function escapeStart(bytes: Buffer, at: number): number {
  if (escaped(bytes, at) && ESCAPE_LETTERS.has(bytes[at] as number)) return at - 1;
  // One of the four hex digits of a `\uXXXX`.
  for (let digit = 1; digit <= 4 && at - digit >= 1; digit++) {
    if (unicodeEscapeAt(bytes, at - digit)) return at - digit - 1;
  }
  return at;
}

/** Where the escape that a span ending at `end` cuts through ends, or `end`. */
function escapeEnd(bytes: Buffer, end: number): number {
  if (end >= bytes.length) return end;
  const start = escapeStart(bytes, end);
  if (start === end) return end;
  return Math.min(bytes.length, bytes[start + 1] === LETTER_U ? start + 6 : start + 2);
}

/**
 * @example
 * applyFindings(bytes, [], placeholderFor) === bytes; // true: nothing found, nothing copied
 */
export function applyFindings(bytes: Buffer, findings: readonly Finding[], placeholderFor: (ruleId: string) => Placeholder): Buffer {
  if (findings.length === 0) return bytes;
  const parts: Buffer[] = [];
  let last = 0;
  for (const f of findings) {
    if (f.start < last) continue;
    const start = Math.max(last, escapeStart(bytes, f.start));
    const end = escapeEnd(bytes, f.end);
    parts.push(bytes.subarray(last, start));
    const placeholder = placeholderFor(f.ruleId)(f.ruleId, bytes.subarray(start, end));
    if (f.wrap === undefined) {
      parts.push(placeholder);
    } else {
      const quote = Buffer.from(f.wrap);
      parts.push(quote, placeholder, quote);
    }
    last = end;
  }
  parts.push(bytes.subarray(last));
  return joinBytes(parts);
}

/**
 * `applyFindings` for each item of a block of items joined by line breaks (`ends[i]`: where item
 * `i` ends, exclusive; the next starts one byte later): each item's redacted bytes, `undefined` for
 * an item nothing was found in. Nothing is copied for those, and no redacted copy of the whole block
 * is made (issue 12: that copy was a third of what a Lambda batch adds to memory). `undefined` as a
 * whole when a finding does not lie inside one item: it cannot be given to either.
 *
 * @example
 * // 'a\nkey=SECRET' with a finding on SECRET: [undefined, <'key=[REDACTED:…]'>]
 * applyFindingsPerItem(bytes, Uint32Array.of(1, 12), findings, placeholderFor);
 */
export function applyFindingsPerItem(
  bytes: Buffer,
  ends: Uint32Array,
  findings: readonly Finding[],
  placeholderFor: (ruleId: string) => Placeholder,
): (Buffer | undefined)[] | undefined {
  const out = new Array<Buffer | undefined>(ends.length).fill(undefined);
  let next = 0;
  let start = 0;
  for (let i = 0; i < ends.length && next < findings.length; i++) {
    const end = ends[i] as number;
    let stop = next;
    while (stop < findings.length && (findings[stop] as Finding).start < end) stop++;
    if (stop > next) {
      if ((findings[next] as Finding).start < start || (findings[stop - 1] as Finding).end > end) return undefined;
      const own = findings.slice(next, stop).map((f) => ({ ...f, start: f.start - start, end: f.end - start }));
      out[i] = applyFindings(bytes.subarray(start, end), own, placeholderFor);
    }
    next = stop;
    start = end + 1;
  }
  return next < findings.length ? undefined : out;
}
