/**
 * The assertion of the detection tests that plant a secret in a line of a given shape: scrubbing
 * replaced each occurrence of the secret by a placeholder and changed nothing else, a line of JSON
 * stayed JSON, and a second scrub changes nothing.
 */
import { expect, it } from 'vitest';
import type { Scrubber } from '../../src/index.js';

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function expectOnlySecretGone(scrubber: Scrubber, line: string, secret: string): void {
  expectSecretsGone(scrubber, line, [secret]);
}

/** `expectOnlySecretGone` for a line of several secrets: every occurrence of each went for a placeholder. */
export function expectSecretsGone(scrubber: Scrubber, line: string, secrets: readonly string[]): void {
  const once = scrubber.redactLine(line);
  for (const secret of secrets) expect(once, line).not.toContain(secret);
  // Longest first, so a secret that holds another is cut whole.
  const anySecret = new RegExp([...secrets].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'));
  const expected = new RegExp(`^${line.split(anySecret).map(escapeRegex).join(String.raw`\[REDACTED:[a-z0-9-]+\]`)}$`);
  expect(once, line).toMatch(expected);
  if (isJson(line)) expect(() => JSON.parse(once), once).not.toThrow();
  expect(scrubber.redactLine(once), once).toBe(once);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Lines of the given shapes, each with a fresh secret planted: `[line, secret]` pairs for `it.each`. */
export function planted(makers: readonly ((secret: string) => string)[], secret: () => string): (readonly [string, string])[] {
  return makers.map((make) => {
    const s = secret();
    return [make(s), s] as const;
  });
}

/** A test per shape that a fresh secret planted in it goes, and only it (`planted`, `expectOnlySecretGone`). */
export function goesEach(scrubber: Scrubber): (makers: readonly ((secret: string) => string)[], secret: () => string) => void {
  return (makers, secret) => it.each(planted(makers, secret))('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));
}

/** A test per line that it comes back byte for byte. */
export function keepsEach(scrubber: Scrubber): (lines: readonly string[]) => void {
  return (lines) => it.each(lines)('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
}

/**
 * A check that each secret left the line and a placeholder came in: looser than
 * `expectSecretsGone`, for shapes where a rule rightly takes more than the secret (its key, a pair).
 */
export function secretsGoFrom(scrubber: Scrubber): (line: string, ...secrets: string[]) => void {
  return (line, ...secrets) => {
    const out = scrubber.redactLine(line);
    for (const secret of secrets) expect(out, line).not.toContain(secret);
    expect(out).toContain('[REDACTED:');
  };
}

/** A check that a line comes back byte for byte. */
export function lineKeptBy(scrubber: Scrubber): (line: string) => void {
  return (line) => expect(scrubber.redactLine(line)).toBe(line);
}
