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

describe('the partial redactor on a secret found in pieces', () => {
  it('shows nothing of a private key body, line by line (a review: a quarter of the key was shown)', () => {
    const scrubber = createScrubber({ redactor: { type: 'partial', keep: 16 } });
    const body = Array.from({ length: 4 }, (_, i) => `${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC'.slice(i)}${'x'.repeat(12 + i)}`);
    const pem = `-----BEGIN PRIVATE KEY-----\n${body.join('\n')}\n-----END PRIVATE KEY-----\n`;
    const out = scrubber.redactText(pem);
    for (const line of body) expect(out).not.toContain(line.slice(0, 4));
    expect(scrubber.redactText(out)).toBe(out);
  });
});

describe('the hash redactor', () => {
  const scrubber = createScrubber({ redactor: 'hash', hashKey: '0123456789abcdef0123456789abcdef' });
  const hashOf = (line: string): string | undefined => /\[REDACTED:[a-z0-9-]+:([0-9a-f]{8})\]/.exec(scrubber.redactLine(line))?.[1];

  it('hashes a secret as its bytes mean it, whatever JSON escapes spell it (a review)', () => {
    const plain = hashOf('password=Tr0ub4dor&3x');
    expect(plain).toBeDefined();
    expect(hashOf('{"password":"Tr0ub4dor&3x"}')).toBe(plain);
    expect(hashOf('{"password":"Tr0ub4dor\\u00263x"}')).toBe(plain);
    const key = 'Zq8/Lm3kW9pX2vB7nR4tY6uE1oI5aS0dF3gH8jK2';
    expect(hashOf(`{"aws_secret_access_key":"${key.replace(/\//g, '\\/')}"}`)).toBe(hashOf(`aws_secret_access_key=${key}`));
    expect(hashOf('{"password":"Contrase\\u00f1a-9xQ!"}')).toBe(hashOf('{"password":"Contraseña-9xQ!"}'));
  });

  it('still tells two secrets apart', () => {
    expect(hashOf('password=Tr0ub4dor&3x')).not.toBe(hashOf('password=Tr0ub4dor&3y'));
  });
});
