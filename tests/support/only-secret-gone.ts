/**
 * The assertion of the detection tests that plant a secret in a line of a given shape: scrubbing
 * replaced each occurrence of the secret by a placeholder and changed nothing else, a JSON line
 * stayed JSON, and a second scrub changes nothing.
 */
import { expect, it } from 'vitest';
import type { Scrubber } from '../../src/index.js';

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function expectOnlySecretGone(scrubber: Scrubber, line: string, secret: string): void {
  const once = scrubber.redactLine(line);
  expect(once, line).not.toContain(secret);
  const expected = new RegExp(`^${line.split(secret).map(escapeRegex).join(String.raw`\[REDACTED:[a-z0-9-]+\]`)}$`);
  expect(once, line).toMatch(expected);
  if (line.startsWith('{')) expect(() => JSON.parse(once), once).not.toThrow();
  expect(scrubber.redactLine(once), once).toBe(once);
}

/** Lines of the given shapes, each with a fresh secret planted: `[line, secret]` pairs for `it.each`. */
export function planted(makers: readonly ((secret: string) => string)[], secret: () => string): (readonly [string, string])[] {
  return makers.map((make) => {
    const s = secret();
    return [make(s), s] as const;
  });
}

/** A test per line that it comes back byte for byte. */
export function keepsEach(scrubber: Scrubber): (lines: readonly string[]) => void {
  return (lines) => it.each(lines)('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
}
