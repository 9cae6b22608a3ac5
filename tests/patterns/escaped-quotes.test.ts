/**
 * A value whose quotes are written as escapes: `\u0022…\u0022` and `\u0027…\u0027` (.NET's
 * System.Text.Json default encoder and other JSON writers that escape quotes) and `&quot;…&quot;`,
 * `&#34;…&#34;`, `&#39;…&#39;` (HTML- and XML-escaped text in logs). The bare value stops at `\`
 * and cannot start with `&`, so such a value was never read and went through whole (escq).
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xe5c9);

/** Each quoting as it appears inside a JSON string, and as plain text. */
const QUOTINGS = ['\\u0022', '\\u0027', '&quot;', '&#34;', '&#39;'] as const;

/** Keys of the password, strict-secret and token rules. */
const KEYS = ['password', 'DB_PASSWORD', 'api_key', 'client_secret', 'access_token'] as const;

const SEPARATORS = ['=', ': ', ' = ', ':'] as const;

const cases = QUOTINGS.flatMap((quote) =>
  KEYS.flatMap((key) =>
    SEPARATORS.map((sep) => {
      // Token-shaped, so every rule takes it: mixed case and digits, no symbol to escape.
      const secret = `${sample.alnum(12)}7aZ${sample.alnum(12)}`;
      return { quote, key, sep, secret };
    }),
  ),
);

describe('a value between escaped quotes', () => {
  it.each(cases)('$key$sep$quote…$quote goes in a JSON line, and a second scrub changes nothing', ({ quote, key, sep, secret }) => {
    // Arrange
    const line = JSON.stringify({ level: 'info', msg: 'x' }).replace('"x"', `"login ${key}${sep}${quote}${secret}${quote}, user ada"`);
    expect(() => JSON.parse(line)).not.toThrow();

    // Act
    const once = scrubber.redactLine(line);
    const twice = scrubber.redactLine(once);

    // Assert
    expect(once).not.toContain(secret);
    expect(once).toContain(`${key}${sep}${quote}[REDACTED:`);
    expect(once).toMatch(new RegExp(`\\]${quote.replace(/\\/g, '\\\\')}, user ada"`));
    expect(() => JSON.parse(once)).not.toThrow();
    expect(twice).toBe(once);
  });

  it.each(cases)('$quote$key$quote$sep$quote…$quote, the key quoted by escapes too, goes', ({ quote, key, sep, secret }) => {
    const line = `{"msg":"{${quote}user${quote}${sep}${quote}ada${quote}, ${quote}${key}${quote}${sep}${quote}${secret}${quote}}"}`;

    const once = scrubber.redactLine(line);

    expect(once).not.toContain(secret);
    expect(once).toContain(`${quote}${key}${quote}${sep}${quote}[REDACTED:`);
    expect(() => JSON.parse(once)).not.toThrow();
    expect(scrubber.redactLine(once)).toBe(once);
  });

  it.each(cases)('$key$sep$quote…$quote goes in a text line', ({ quote, key, sep, secret }) => {
    const line = `<td>${key}${sep}${quote}${secret}${quote}</td>`;

    const once = scrubber.redactLine(line);

    expect(once).not.toContain(secret);
    expect(once).toMatch(/^<td>.*\[REDACTED:[a-z0-9-]+\].*<\/td>$/);
    expect(scrubber.redactLine(once)).toBe(once);
  });

  it('keeps a passphrase with spaces whole between the escaped quotes', () => {
    const line = '{"msg":"password=\\u0022correct horse battery staple\\u0022"}';

    expect(scrubber.redactLine(line)).toBe('{"msg":"password=\\u0022[REDACTED:password-assignment]\\u0022"}');
  });

  it('reads other escapes inside the value as part of it', () => {
    const line = '{"msg":"password=\\u0022Hunter\\u002B2\\u0026Secret\\u0022 ok"} <b>password=&quot;a&amp;Hunter2x!&quot;</b>';

    expect(scrubber.redactLine(line)).toBe(
      '{"msg":"password=\\u0022[REDACTED:password-assignment]\\u0022 ok"} <b>password=&quot;[REDACTED:password-assignment]&quot;</b>',
    );
  });

  it('takes a value between HTML quotes whole, its trailing comma and bracket too', () => {
    const line = '<td>password=&quot;Hunter2x!,)&quot;</td> <td>password=&quot;k9,role=admin&quot;</td>';

    expect(scrubber.redactLine(line)).toBe(
      '<td>password=&quot;[REDACTED:password-assignment]&quot;</td> <td>password=&quot;[REDACTED:password-assignment]&quot;</td>',
    );
  });

  it.each([
    '{"msg":"user said \\u0022hello there\\u0022 and left"}',
    '{"msg":"password=\\u0022\\u0022"}',
    'password=&quot;&quot;',
    '<input type=&quot;password&quot; name=&quot;password&quot;>',
    '{"msg":"field \\u0027api_key\\u0027 is required"}',
  ])('leaves a line without a keyed value unchanged: %s', (line) => {
    expect(scrubber.redactLine(line)).toBe(line);
  });
});
