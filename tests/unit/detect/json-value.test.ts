import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { bracketEnd, jsonLevelAt, MAX_JSON_LEVEL, quoteAt, scanJsonValue } from '../../../src/detect/json-value.js';
import { createScrubber } from '../../../src/index.js';

const s = createSampler(707);

/** `value` serialised inside `levels` JSON strings, each the `body` of an object (SNS in SQS in a Lambda event). */
function nest(value: unknown, levels: number): string {
  let v = value;
  for (let i = 0; i < levels; i++) v = { body: JSON.stringify(v) };
  return JSON.stringify(v);
}

/** The text of each leaf, as written in the line. */
const leafTexts = (line: string, pos: number, level: number): string[] | null => {
  const bytes = Buffer.from(line);
  const value = scanJsonValue(bytes, pos, bytes.length, level);
  return value === null ? null : value.leaves.map((l) => bytes.toString('latin1', l.start, l.end));
};

describe('jsonLevelAt', () => {
  it('reads the depth of a string from the backslashes before its opening quote', () => {
    expect(jsonLevelAt(Buffer.from('{"k'), 1)).toBe(0);
    expect(jsonLevelAt(Buffer.from('{\\"k'), 2)).toBe(1);
    expect(jsonLevelAt(Buffer.from('{\\\\\\"k'), 4)).toBe(2);
    expect(jsonLevelAt(Buffer.from(`{${'\\'.repeat(7)}"k`), 8)).toBe(3);
  });

  it('says a run of backslashes that is no quote of any level is none', () => {
    expect(jsonLevelAt(Buffer.from('a\\\\"k'), 3)).toBe(-1);
    expect(jsonLevelAt(Buffer.from(`a${'\\'.repeat(2 ** (MAX_JSON_LEVEL + 1) - 1)}"k`), 2 ** (MAX_JSON_LEVEL + 1))).toBe(-1);
  });
});

describe('quoteAt', () => {
  it('writes a quote as the strings around it escape it', () => {
    expect([0, 1, 2, 3].map(quoteAt)).toEqual(['"', '\\"', '\\\\\\"', `${'\\'.repeat(7)}"`]);
  });
});

describe('scanJsonValue', () => {
  it('finds the leaves of a value at every depth, decoding each level on the fly', () => {
    const secret = s.alnum(20);
    for (let level = 0; level <= 4; level++) {
      const line = nest({ password: { a: secret, n: [12, true, null] } }, level);
      const key = `${quoteAt(level)}password${quoteAt(level)}:`;
      const leaves = leafTexts(line, line.indexOf(key) + key.length, level);
      expect(leaves).toEqual([secret, '12']);
    }
  });

  it('tags each leaf of an object with the top-level member it sits under', () => {
    const line = '{"id":"x1","meta":{"id":"y2"},"n":[3]}';
    const value = scanJsonValue(Buffer.from(line), 0, line.length, 0);
    const members = value?.leaves.map((l) => (l.member === undefined ? '' : line.slice(l.member[0], l.member[1])));
    expect(members).toEqual(['id', 'meta', 'n']);
  });

  it('ends a string at the quote of the level that holds it, never past it', () => {
    // Level 2 read inside a level-1 string that closes before the value does: not a value.
    const line = '{"m":"{\\"token\\":{\\\\\\"a\\\\\\":\\"}"}';
    expect(scanJsonValue(Buffer.from(line), line.indexOf('{\\\\'), line.length, 2)).toBeNull();
  });

  it('says a value is none when it is deeper than it reads', () => {
    expect(scanJsonValue(Buffer.from('"x"'), 0, 3, MAX_JSON_LEVEL + 1)).toBeNull();
  });

  it('reads a number only from a digit or `-` to the end of the value', () => {
    expect(leafTexts('{"a":-12.5e3,"b":7}', 5, 0)).toEqual(['-12.5e3']);
    expect(leafTexts('{"m":"{\\"a\\":42}"}', 13, 1)).toEqual(['42']);
    // A JWT left bare after a key (round 26) is no number `e`; `3600s` is no number `3600`.
    expect(leafTexts('"token": eyJhbGciOiJIUzI1NiJ9.e30.x', 9, 0)).toBeNull();
    expect(leafTexts('"ttl": 3600s', 7, 0)).toBeNull();
  });
});

describe('a bare value after a JSON key', () => {
  it('goes whole, where it once ended at the first letter of an exponent and hid a JWT from the other rules', () => {
    const jwt = `eyJhbGciOiJSUzI1NiJ9.${s.base64url(40)}.${s.base64url(43)}`;
    const out = createScrubber().redactLine(`    "token": ${jwt}`);
    expect(out).toBe('    "token": [REDACTED:sensitive-key]');
  });
});

describe('bracketEnd', () => {
  it('goes past the bracket that closes the one it starts at, strings skipped', () => {
    const line = '{"k":[NaN,"a]"],"u":1}';
    expect(bracketEnd(Buffer.from(line), 5, line.length, 0)).toBe(15);
  });

  it('stops where the string that holds the value ends, at any depth', () => {
    const inner = '[NaN,\\\\\\"a]\\\\\\"';
    const line = `{"m":"{\\"b\\":\\"{\\\\\\"k\\\\\\":${inner}\\"}"}`;
    const open = line.indexOf('[');
    expect(bracketEnd(Buffer.from(line), open, line.length, 2)).toBe(open + inner.length);
  });
});

describe('sensitive keys in JSON inside JSON strings (issue 7)', () => {
  const scrubber = createScrubber();

  it('redacts every leaf under a sensitive key at any depth, and the line stays valid JSON', () => {
    for (let level = 0; level <= 5; level++) {
      const secrets = [s.password(), s.base64url(32), s.digits(8)];
      const record = { user: 'ada', password: secrets[0], auth: { apiKey: secrets[1], pin: Number(secrets[2]) }, note: 'é "q"' };
      const out = scrubber.redactText(nest(record, level));
      for (const secret of secrets) expect(out).not.toContain(secret);
      let inner: unknown = JSON.parse(out);
      for (let i = 0; i < level; i++) inner = JSON.parse((inner as { body: string }).body);
      expect(inner).toEqual({
        user: 'ada',
        password: '[REDACTED:sensitive-key]',
        auth: { apiKey: '[REDACTED:sensitive-key]', pin: '[REDACTED:sensitive-key]' },
        note: 'é "q"',
      });
    }
  });

  it('redacts an SNS message in an SQS body in a Lambda event, three strings in', () => {
    const token = s.base64url(40);
    const message = JSON.stringify({ detail: JSON.stringify({ accessToken: token, userId: 42 }) });
    const event = JSON.stringify({ Records: [{ body: JSON.stringify({ Type: 'Notification', Message: message }) }] });
    const out = scrubber.redactText(event);
    expect(out).not.toContain(token);
    const body = JSON.parse(JSON.parse(out).Records[0].body);
    expect(JSON.parse(JSON.parse(body.Message).detail)).toEqual({ accessToken: '[REDACTED:sensitive-key]', userId: 42 });
  });

  it('fails closed on a value that is not strict JSON, deep in', () => {
    const secret = s.alnum(24);
    const line = `{"m":"{\\"b\\":\\"{\\\\\\"token\\\\\\":[NaN,\\\\\\"${secret}\\\\\\"]}\\"}"}`;
    const out = scrubber.redactText(line);
    expect(out).not.toContain(secret);
    expect(() => JSON.parse(JSON.parse(JSON.parse(out).m).b)).not.toThrow();
  });

  it('redacts an Authorization header two and three strings in', () => {
    const token = s.base64url(40);
    for (const level of [2, 3]) {
      const out = scrubber.redactText(nest({ headers: { Authorization: `Bearer ${token}` } }, level));
      expect(out).not.toContain(token);
      expect(out).toContain('Bearer [REDACTED:http-authorization]');
    }
  });
});
