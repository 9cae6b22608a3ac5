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
