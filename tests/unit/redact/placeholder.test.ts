import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../src/index.js';
import { safePrefix } from '../../../src/redact/placeholder.js';

describe('the partial redactor', () => {
  it.each([
    ['\\u00e9\\u00e8hunter2secret', 4, 0],
    ['ab\\u00e9cd', 4, 2],
    ['a\\"bcdef', 2, 1],
    ['a\\"bcdef', 3, 3],
    ['éèhunter2', 3, 2],
    ['plain-token', 4, 4],
  ])('shows no part of an escape or a character: %s, at most %i bytes → %i', (secret, shown, want) => {
    expect(safePrefix(Buffer.from(secret), shown)).toBe(want);
  });

  it('keeps a JSON line valid JSON and valid UTF-8, whatever the secret holds', () => {
    const scrubber = createScrubber({ redactor: { type: 'partial', keep: 4 } });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 12, maxLength: 40 }), (secret) => {
        const line = JSON.stringify({ password: secret, n: 1 });
        const out = scrubber.redactText(line);
        expect(() => JSON.parse(out)).not.toThrow();
        // A cut UTF-8 character would decode as U+FFFD.
        expect(out.includes('\uFFFD')).toBe(line.includes('\uFFFD'));
        expect(scrubber.redactText(out)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
