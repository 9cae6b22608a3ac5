/**
 * Replaces finding spans in the original bytes. Everything outside a span is copied as it was,
 * byte for byte; with no findings the very same Buffer comes back.
 */
import type { Finding } from '../types.js';
import type { Placeholder } from './placeholder.js';

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
    parts.push(bytes.subarray(last, f.start));
    const placeholder = placeholderFor(f.ruleId)(f.ruleId, bytes.subarray(f.start, f.end));
    if (f.wrap === undefined) {
      parts.push(placeholder);
    } else {
      const quote = Buffer.from(f.wrap);
      parts.push(quote, placeholder, quote);
    }
    last = f.end;
  }
  parts.push(bytes.subarray(last));
  return Buffer.concat(parts);
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
