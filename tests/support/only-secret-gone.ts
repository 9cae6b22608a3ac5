/**
 * The assertion of the detection tests that plant a secret in a line of a given shape: scrubbing
 * replaced each occurrence of the secret by a placeholder and changed nothing else, a JSON line
 * stayed JSON, and a second scrub changes nothing.
 */
import { expect } from 'vitest';
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
