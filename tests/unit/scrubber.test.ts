import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber, InputError, NO_CARRY } from '../../src/index.js';
import { redactLineByLine } from '../../src/scrubber.js';

const s = createSampler(606);
const scrubber = createScrubber();

describe('per-call methods carry nothing from one call to the next', () => {
  it('does not let an unterminated PEM marker in one call eat the next call (issue 6)', () => {
    const one = createScrubber();
    one.redactText('{"key":"-----BEGIN PRIVATE KEY-----');
    const line = 'user 7 fetched /api/v1/orders/ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 ok';
    expect(one.redactText(line)).toBe(line);
    expect(one.redactObject({ path: '/api/v1/orders/ABCDEFGHIJKLMNOPQRSTUVWXYZ012345' })).toEqual({ path: '/api/v1/orders/ABCDEFGHIJKLMNOPQRSTUVWXYZ012345' });
    expect(one.redactBuffer(Buffer.from(line)).toString()).toBe(line);
  });

  it('gives, for any interleaving of unrelated calls, what each call gives on a fresh scrubber', () => {
    const inputs = [
      '-----BEGIN PRIVATE KEY-----',
      `{"key":"-----BEGIN RSA PRIVATE KEY-----\\n${s.base64(64)}`,
      `${s.base64(64)}`,
      'user 7 fetched /api/v1/orders/ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 ok',
      `Authorization: Bearer ${s.jwt()}`,
      `{"password":"${s.password()}"}`,
      '-----END PRIVATE KEY-----',
      'plain text',
    ];
    const fresh = new Map(inputs.map((text) => [text, createScrubber().redactText(text)]));
    const freshObject = new Map(inputs.map((text) => [text, createScrubber().redactObject({ v: text })]));
    const call = fc.record({ input: fc.constantFrom(...inputs), method: fc.constantFrom('text', 'buffer', 'object', 'block') });
    // One scrubber for every run: the calls of all runs interleave on it.
    const shared = createScrubber();
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 12 }), (calls) => {
        for (const { input, method } of calls) {
          const expected = fresh.get(input);
          if (method === 'text') expect(shared.redactText(input)).toBe(expected);
          if (method === 'buffer') expect(shared.redactBuffer(Buffer.from(input)).toString()).toBe(expected);
          if (method === 'object') expect(shared.redactObject({ v: input })).toEqual(freshObject.get(input));
          if (method === 'block') expect(shared.redactBlock(Buffer.from(input), NO_CARRY).bytes.toString()).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('carries a PEM body from one block of a stream to the next only through the carry it is given', () => {
    const body = s.base64(64);
    const first = scrubber.redactBlock(Buffer.from('-----BEGIN PRIVATE KEY-----\n'), NO_CARRY);
    expect(first.carry.pemLinesLeft).toBeGreaterThan(0);
    expect(scrubber.redactBlock(Buffer.from(`${body}\n`), first.carry).bytes.toString()).toBe('[REDACTED:private-key]\n');
    expect(scrubber.redactBlock(Buffer.from(`${body}\n`), NO_CARRY).bytes.toString()).toBe(`${body}\n`);
  });
});

describe("a config's rule examples, checked at load", () => {
  const token = `TCK-${s.alnum(12)}`;
  const rule = (examples: unknown) => ({ id: 'ticket', regex: String.raw`\b(TCK-[A-Za-z0-9]{12})\b`, keywords: ['tck-'], examples });
  /** What `createScrubber` throws for `examples`, or `undefined`. */
  const refusal = (examples: unknown) => {
    try {
      createScrubber({ customRules: [rule(examples)] as never, redactor: 'mask' });
      return undefined;
    } catch (error) {
      return error as Error & { code: string; ruleId: string };
    }
  };

  it('takes examples that come out as written, placeholders as the label redactor writes them, whatever the redactor', () => {
    expect(refusal({ match: [{ input: `ref ${token}`, output: 'ref [REDACTED:ticket]' }], noMatch: ['ref TCK-short'] })).toBeUndefined();
  });

  it('refuses a match example the rule finds nothing in, or one that comes out otherwise, naming the rule and the index, never the text', () => {
    const cases: [unknown, string][] = [
      [{ match: [{ input: `ref ${token}`, output: 'ref [REDACTED:ticket]' }, { input: `ref ${token.toLowerCase()}x`, output: 'x' }] }, 'rule "ticket": it finds nothing in examples.match[1].input'],
      [{ match: [{ input: `ref ${token}`, output: `ref ${token.slice(0, 6)}[REDACTED:ticket]` }] }, 'rule "ticket": examples.match[0].input does not come out as its output'],
    ];
    for (const [examples, message] of cases) {
      const error = refusal(examples);
      expect(error).toMatchObject({ code: 'ERR_PATTERN_COMPILE', ruleId: 'ticket' });
      expect(error?.message).toContain(message);
      expect(error?.message).not.toContain(token.slice(4));
    }
  });

  it('refuses a noMatch line the rule takes a secret from, naming the rule and the index, never the text', () => {
    const error = refusal({ match: [], noMatch: ['ref TCK-short', `ref ${token}`] });
    expect(error).toMatchObject({ code: 'ERR_PATTERN_COMPILE', ruleId: 'ticket' });
    expect(error?.message).toContain('rule "ticket": it takes a secret from examples.noMatch[1]');
    expect(error?.message).not.toContain(token.slice(4));
  });
});

describe('one block or a line at a time', () => {
  const pem = `-----BEGIN EC PRIVATE KEY-----\n${s.base64(64)}\n${s.base64(64)}\n${s.base64(20)}\n-----END EC PRIVATE KEY-----\n`;
  // As `base64 key.pem` prints it: 76 columns, the last line shorter.
  const wrapped = (Buffer.from(pem).toString('base64').match(/.{1,76}/g) ?? []).join('\n');

  it('redacts a block as it redacts its lines one by one with the carry, PEM bodies between secrets included', () => {
    const lines = [
      wrapped,
      `Public-Lines: 1\n${s.base64(44)}\nPrivate-Lines: 2\n${s.base64(64)}\n${s.base64(24)}\nPrivate-MAC: ${s.hex(40)}`,
      `12:00:01 ci | ${wrapped.split('\n').join('\n12:00:01 ci | ')}`,
      '-----BEGIN PRIVATE KEY-----',
      s.base64(64),
      s.base64(40),
      '-----END PRIVATE KEY-----',
      `{"key":"-----BEGIN RSA PRIVATE KEY-----\\n${s.base64(64)}\\n-----END RSA PRIVATE KEY-----"}`,
      `Authorization: Bearer ${s.jwt()}`,
      `{"password":"${s.password()}"}`,
      `GET /login?token=${s.hex(40)} 200`,
      'user 7 fetched /api/v1/orders/ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 ok',
      'plain text',
      // YAML values over lines: a block scalar, and a name whose value: comes lines later.
      `db:\n  password: |\n    ${s.password()}\n\n    ${s.password()}\n  user: ada`,
      `env:\n- name: DB_PASSWORD\n  # from vault\n  description: the database's\n  value: ${s.password()}\n- name: LOG_LEVEL\n  value: debug`,
      `- name: API_TOKEN\n  value: "${s.alnum(12)}7Qz${s.alnum(12)}"`,
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 24 }), (picked) => {
        const text = `${picked.join('\n')}\n`;
        let carry = NO_CARRY;
        let byLine = '';
        for (const line of text.slice(0, -1).split('\n')) {
          const out = scrubber.redactBlock(Buffer.from(`${line}\n`), carry);
          byLine += out.bytes.toString();
          carry = out.carry;
        }
        expect(scrubber.redactBlock(Buffer.from(text), NO_CARRY).bytes.toString()).toBe(byLine);
      }),
      { numRuns: 300 },
    );
  });

  it('follows a YAML value into the next block: a block scalar, and a name whose value: is on the next line', () => {
    const pw = s.password();
    const opened = scrubber.redactBlock(Buffer.from('db:\n  password: |\n'), NO_CARRY);
    expect(opened.carry.yaml).toMatchObject({ kind: 'block', ruleId: 'secret-block-scalar', column: 2 });
    expect(scrubber.redactBlock(Buffer.from(`    ${pw}\n  user: ada\n`), opened.carry).bytes.toString()).toBe('    [REDACTED:secret-block-scalar]\n  user: ada\n');
    const named = scrubber.redactBlock(Buffer.from('- name: DB_PASSWORD\n'), NO_CARRY);
    expect(named.carry.yaml).toMatchObject({ kind: 'named', ruleId: 'yaml-named-secret', column: 2 });
    const next = scrubber.redactBlock(Buffer.from(`  value: ${pw}\n- name: LOG_LEVEL\n`), named.carry);
    expect(next.bytes.toString()).toBe('  value: [REDACTED:yaml-named-secret]\n- name: LOG_LEVEL\n');
    expect(next.carry).toEqual(NO_CARRY);
    // Without the carry the value is a line like any other.
    expect(scrubber.redactBlock(Buffer.from(`  value: ${pw}\n`), NO_CARRY).bytes.toString()).toBe(`  value: ${pw}\n`);
  });

  it('follows a base64-encoded key wrapped over lines into the next block, and no further than its last line', () => {
    const [first, ...rest] = wrapped.split('\n');
    const opened = scrubber.redactBlock(Buffer.from(`${first}\n`), NO_CARRY);
    expect(opened.bytes.toString()).toBe('[REDACTED:private-key-base64]\n');
    expect(opened.carry.base64Wrap).toEqual({ width: 76, column: 0, ruleId: 'private-key-base64' });
    const next = scrubber.redactBlock(Buffer.from(`${rest.join('\n')}\nAbCd1234\n`), opened.carry);
    expect(next.bytes.toString()).toBe(`${rest.map(() => '[REDACTED:private-key-base64]').join('\n')}\nAbCd1234\n`);
    expect(next.carry).toBe(NO_CARRY);
    // Without the carry, the lines after the first are no key to the engine.
    expect(scrubber.redactBlock(Buffer.from(`${rest.join('\n')}\n`), NO_CARRY).bytes.toString()).toBe(`${rest.join('\n')}\n`);
  });
});

describe('redactBuffer', () => {
  it('redacts a plain Uint8Array, not only a Buffer', () => {
    const jwt = s.jwt();
    const bytes = new Uint8Array(Buffer.from(`token ${jwt}`));
    expect(scrubber.redactBuffer(bytes).toString()).toBe('token [REDACTED:jwt]');
  });

  it('returns the same Buffer when nothing matched, and a view of the same memory for a Uint8Array', () => {
    const buffer = Buffer.from('nothing here');
    expect(scrubber.redactBuffer(buffer)).toBe(buffer);
    const plain = new Uint8Array(buffer);
    expect(scrubber.redactBuffer(plain).buffer).toBe(plain.buffer);
  });
});

describe('wrong argument types', () => {
  it('throws a TypeError naming our function, with Node’s code', () => {
    expect(() => scrubber.redactText(42 as never)).toThrow(TypeError);
    expect(() => scrubber.redactText(42 as never)).toThrow(/redactText\(text\) takes a string, received number/);
    expect(() => scrubber.redactBuffer('abc' as never)).toThrow(/redactBuffer\(bytes\) takes a Buffer or Uint8Array, received string/);
    expect(() => scrubber.redactBuffer(null as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('names redactLine and stream().push, not the function or Node call behind them', () => {
    expect(() => scrubber.redactLine(42 as never)).toThrow(/^logscrub: redactLine\(line\) takes a string, received number$/);
    const lines = scrubber.stream();
    expect(() => lines.push('text\n' as never)).toThrow(/^logscrub: stream\(\)\.push\(chunk\) takes a Buffer or Uint8Array, received string$/);
    expect(() => lines.push(undefined as never)).toThrow(expect.objectContaining({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }));
  });
});

describe('redactObject', () => {
  const inputError = (value: unknown): InputError => {
    try {
      scrubber.redactObject(value);
    } catch (error) {
      return error as InputError;
    }
    throw new Error('no error');
  };

  it('throws an InputError (ERR_INPUT) for what JSON cannot hold, never a raw JSON or stack error', () => {
    const circular: Record<string, unknown> = { password: s.password() };
    circular.self = circular;
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    for (const [value, reason] of [
      [circular, /circular reference/],
      [{ n: 10n }, /BigInt/],
      [deep, /nested too deeply/],
    ] as const) {
      const error = inputError(value);
      expect(error).toBeInstanceOf(InputError);
      expect(error.code).toBe('ERR_INPUT');
      expect(error.message).toMatch(reason);
      expect(error.message).not.toContain(String(circular.password));
    }
  });

  it('treats Buffer, Date, Map and Set as JSON does, as documented', () => {
    const at = new Date(0);
    const out = scrubber.redactObject({ at, buf: Buffer.from('ab'), map: new Map([['password', 'x']]), set: new Set([1]) });
    expect(out).toEqual({ at: '1970-01-01T00:00:00.000Z', buf: { type: 'Buffer', data: [97, 98] }, map: {}, set: {} });
    expect(scrubber.redactObject(undefined)).toBeUndefined();
  });
});

describe('failing closed', () => {
  it('redoes a failed block line by line, replaces a line that fails again, and counts it', () => {
    let failed = 0;
    const out = redactLineByLine(
      Buffer.from('ok 1\nboom\r\nok 2'),
      (line) => {
        if (line.includes('boom')) throw new Error('engine bug');
        return line;
      },
      { failed: () => failed++ },
    );
    expect(out.toString()).toBe('ok 1\n[REDACTED:engine-error]\r\nok 2');
    expect(failed).toBe(1);
  });
});

describe('deprecated names', () => {
  it('keeps createRedactor as an alias of createScrubber', async () => {
    const { createRedactor } = await import('../../src/index.js');
    expect(createRedactor).toBe(createScrubber);
  });
});

describe('scanBlock', () => {
  it('finds what redactBlock replaces, spans and ids only, following a PEM body from the carry', () => {
    const first = scrubber.scanBlock(Buffer.from(`token ${s.jwt()}\n-----BEGIN PRIVATE KEY-----\n`), NO_CARRY);
    expect(first.findings.map((f) => f.ruleId)).toEqual(['jwt']);
    expect(first.carry.pemLinesLeft).toBeGreaterThan(0);
    const body = Buffer.from(`${s.base64(64)}\n`);
    expect(scrubber.scanBlock(body, first.carry).findings.map((f) => [f.ruleId, f.start])).toEqual([['private-key', 0]]);
    expect(scrubber.scanBlock(body, NO_CARRY).findings).toEqual([]);
  });
});

describe('redactItems', () => {
  /** Items joined by line breaks, and where each ends. */
  const join = (items: readonly string[]): { bytes: Buffer; ends: Uint32Array } => {
    const ends = new Uint32Array(items.length);
    let end = -1;
    items.forEach((item, i) => (ends[i] = end = end + 1 + Buffer.byteLength(item)));
    return { bytes: Buffer.from(items.join('\n')), ends };
  };

  it('gives each item what redactBlock gives the joined block there, and nothing for an item left as it was', () => {
    const values = [() => s.jwt(), () => `AKIA${s.alnum(16).toUpperCase()}`, () => 'plain words', () => 'é 東京', () => ''];
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(values.length - 1), { maxLength: 3 }), { minLength: 1, maxLength: 12 }), (shapes) => {
        const items = shapes.map((picks) => picks.map((p, k) => `${k % 2 === 0 ? 'auth' : 'x\ny'} ${(values[p] as () => string)()}`).join(' '));
        const { bytes, ends } = join(items);
        const result = scrubber.redactItems(bytes, ends, NO_CARRY);
        const whole = scrubber.redactBlock(bytes, NO_CARRY);
        expect(result.items).toBeDefined();
        const out = items.map((item, i) => result.items?.[i]?.toString('utf8') ?? item);
        expect(out.join('\n')).toBe(whole.bytes.toString('utf8'));
        expect(result.stats).toEqual(whole.stats);
        for (const [i, item] of items.entries()) if (scrubber.redactText(item) === item) expect(result.items?.[i]).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('follows a PEM key from one item into the next, as redactBlock does across lines', () => {
    const body = s.base64(64);
    const { bytes, ends } = join(['-----BEGIN PRIVATE KEY-----', body, 'done']);
    const { items } = scrubber.redactItems(bytes, ends, NO_CARRY);
    expect(items?.[1]?.toString()).not.toContain(body);
    expect(items?.[2]).toBeUndefined();
  });

  it('answers undefined, and counts nothing, when a finding crosses from one item into the next', () => {
    // Item ends that cut through the token: no item can hold its placeholder.
    const token = s.jwt();
    const bytes = Buffer.from(`Bearer ${token}`);
    const before = scrubber.stats().byRule.jwt ?? 0;
    const result = scrubber.redactItems(bytes, Uint32Array.of(20, bytes.length), NO_CARRY);
    expect(result.items).toBeUndefined();
    expect(scrubber.stats().byRule.jwt ?? 0).toBe(before);
  });
});
