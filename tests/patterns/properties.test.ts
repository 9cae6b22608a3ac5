import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { builtinRules, createScrubber } from '../../src/index.js';

const scrubber = createScrubber();

/** Secrets planted in context, made from a seed so a failure replays. */
const planted = (seed: number): { line: string; secret: string }[] => {
  const s = createSampler(seed);
  const jwt = s.jwt();
  const hex = s.hex(64);
  const pw = s.password();
  const oat = s.oat();
  const key = s.awsAccessKeyId();
  const sess = s.uuid();
  return [
    { line: `Authorization: Bearer ${jwt}`, secret: jwt },
    { line: `{"headers":{"cookie":"adonis-session=${oat}"}}`, secret: oat },
    { line: `reset link sent, token=${hex}`, secret: hex },
    { line: `{"user":"ada","password":"${pw}"}`, secret: pw },
    { line: `AWS_ACCESS_KEY_ID=${key}`, secret: key },
    { line: `{"sessionId":"${sess}","requestId":"${s.uuid()}"}`, secret: sess },
    { line: `{"body":"{\\"apiKey\\":\\"${pw}\\"}"}`, secret: pw },
    { line: `postgres://app:${pw}@db:5432/app`, secret: pw },
    { line: `cookie: theme=dark; aws=${key}`, secret: key },
    { line: `DB_PASSWORD="${pw}\\"${pw}" next`, secret: pw },
    { line: `POST /login user=ada&password=${pw}#${pw}&remember=1`, secret: pw },
  ];
};

/** Text that cannot look like a credential: words, numbers, punctuation. */
const cleanText = fc.stringMatching(/^[a-z ,.:;()0-9-]{0,80}$/);

describe('properties of redaction', () => {
  it('never lets a planted secret survive, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), cleanText, cleanText, (seed, before, after) => {
        for (const { line, secret } of planted(seed)) {
          const out = scrubber.redactText(`${before} ${line} ${after}`);
          expect(out).not.toContain(secret);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('takes every copy: a planted secret twice on one line, and twice in a block, is gone both times', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), cleanText, (seed, between) => {
        for (const { line, secret } of planted(seed)) {
          const out = scrubber.redactText(`${line} ${between} ${line}\n${line}`);
          expect(out).not.toContain(secret);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('is idempotent: scrubbing twice gives what scrubbing once gave', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const text = planted(seed).map((p) => p.line).join('\n');
        const once = scrubber.redactText(text);
        expect(scrubber.redactText(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent with every redactor', () => {
    const key = 'k'.repeat(32);
    for (const redactor of ['label', 'mask', 'hash', 'partial'] as const) {
      const s = createScrubber({ redactor, hashKey: key });
      const text = planted(99).map((p) => p.line).join('\n');
      const once = s.redactText(text);
      expect(s.redactText(once), redactor).toBe(once);
      for (const { secret } of planted(99)) expect(once, redactor).not.toContain(secret);
    }
  });

  it('is idempotent with a mask text that rules take for a secret, after a key, inside longer values and in key bodies', () => {
    // Masks a rule matches whole or in part; the catalog's inputs put them after keys, in lists,
    // before words (`<mask> sent`), in PEM and PuTTY bodies (the probe: a second scrub nested them).
    const tokenLike = (seed: number): string[] => {
      const s = createSampler(seed);
      return [`xoxb-${s.digits(10)}-MASKED`, s.hex(40), `ghp_${s.alnum(36)}`, `AKIA${s.alnum(16).toUpperCase()}`, `\u00e9-xoxb-${s.digits(10)}-MASKED`];
    };
    const masks = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(4)).map(([seed, shape]) => tokenLike(seed)[shape] as string),
      fc.constantFrom('REDACTED', 'MASKED', '****', '[MASKED]'),
    );
    const inputs = [...builtinRules.flatMap((r) => r.examples.match.map((e) => e.input)), ...planted(7).map((p) => p.line)];
    fc.assert(
      fc.property(masks, (text) => {
        const s = createScrubber({ redactor: { type: 'mask', text } });
        for (const input of inputs) {
          const once = s.redactText(input);
          expect(s.redactText(once), `${text} on ${input}`).toBe(once);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('returns clean lines byte for byte, as the same string', () => {
    fc.assert(
      fc.property(cleanText, (text) => {
        expect(scrubber.redactText(text)).toBe(text);
      }),
    );
  });

  it('keeps a JSON line valid JSON with the same keys in the same order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.dictionary(fc.constantFrom('a', 'msg', 'n', 'traceId'), fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))), (seed, extra) => {
        const s = createSampler(seed);
        const record = { ...extra, password: s.password(), pin: 1234, nested: { token: s.hex(40), list: [s.jwt(), 'ok'] }, auth: `Bearer ${s.jwt()}` };
        const line = JSON.stringify(record);
        const out = scrubber.redactText(line);
        const parsed = JSON.parse(out) as Record<string, unknown>;
        expect(Object.keys(parsed)).toEqual(Object.keys(record));
        for (const key of Object.keys(extra)) expect(parsed[key]).toEqual(JSON.parse(JSON.stringify(record))[key]);
      }),
      { numRuns: 200 },
    );
  });

  it('passes bytes that are not UTF-8 through untouched, except secret spans', () => {
    const s = createSampler(5);
    const jwt = s.jwt();
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]);
    const input = Buffer.concat([binary, Buffer.from(`token ${jwt}\n`), binary]);
    const out = scrubber.redactBuffer(input);
    expect(out.subarray(0, binary.length)).toEqual(binary);
    expect(out.subarray(out.length - binary.length)).toEqual(binary);
    expect(out.includes(Buffer.from(jwt))).toBe(false);
  });

  it('redactObject returns a redacted copy and leaves the input alone', () => {
    const s = createSampler(8);
    const input = { user: 'ada', password: s.password(), headers: { authorization: `Bearer ${s.jwt()}` } };
    const before = JSON.stringify(input);
    const out = scrubber.redactObject(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.password).toBe('[REDACTED:sensitive-key]');
    expect(out.headers.authorization).toBe('Bearer [REDACTED:jwt]');
  });
});
