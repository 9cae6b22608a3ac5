/**
 * Short and letter-only tokens under token-named keys (s15, a red-team review): `randomBytes(8)` as
 * hex, 16 characters of a-z0-9, letters of both cases without a digit. Their entropy is bounded by
 * their length, so one floor for every length let most of them through (`API_TOKEN=<16 hex>`: all
 * of 600), and a key behind `0x`. Placeholders, repeated patterns, words, class names, hex numbers
 * and safe keys stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5407);

const hasTwo = (text: string, re: RegExp): boolean => (text.match(re) ?? []).length >= 2;
/** A value of `make`, drawn again until it has the shape its kind promises. */
function draw(make: () => string, ok: (text: string) => boolean): string {
  for (;;) {
    const value = make();
    if (ok(value)) return value;
  }
}
const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const kinds: readonly (readonly [string, () => string])[] = [
  ['16 hex', () => draw(() => sample.hex(16), (v) => hasTwo(v, /[a-f]/g) && hasTwo(v, /[0-9]/g))],
  ['20 hex', () => draw(() => sample.hex(20), (v) => hasTwo(v, /[a-f]/g) && hasTwo(v, /[0-9]/g))],
  ['16 of a-z0-9', () => draw(() => sample.from(LOWER_NUM, 16), (v) => hasTwo(v, /[a-z]/g) && hasTwo(v, /[0-9]/g))],
  ['16 of A-Za-z0-9', () => draw(() => sample.alnum(16), (v) => /[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v))],
  ['32 letters of both cases', () => sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)],
];
const shapes: readonly ((value: string) => string)[] = [
  (v) => `API_TOKEN=${v}`,
  (v) => `level=info token=${v} user=bob`,
  (v) => `  access_token: ${v}`,
  (v) => `export SECRET=${v}`,
  (v) => `GET /cb?invite_token=${v}&x=1 HTTP/1.1`,
  (v) => `auth_token = "${v}"`,
];

describe('a short token under a token-named key', () => {
  for (const [kind, make] of kinds) {
    it.each(
      shapes.flatMap((shape) =>
        // Eight draws a shape: the floor is about a spread of values, not one lucky string.
        Array.from({ length: 8 }, () => {
          const v = make();
          return [shape(v), v] as const;
        }),
      ),
    )(`${kind}: %s`, (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  }
});

describe('values under the same keys that are no token stay', () => {
  it.each([
    'API_TOKEN=aaaabbbb11112222',
    'API_TOKEN=deadbeefdeadbeefdead',
    'level=info token=unauthenticated user=bob',
    'secret=AbstractSingletonProxyFactoryBean',
    'access_token=NotAvailableUntilLoginCompletes',
    'access_token=undefined',
    'nextToken=9f86d081884c7d65',
    'traceId=9f86d081884c7d65 spanId=c7d65a1b9f86d081',
    'token=EOF at line 12',
    'auth_token = "${AUTH_TOKEN}"',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('an Ethereum private key (0x and 64 hex) under a key name', () => {
  // `0x[0-9a-f]+` was a trivial value (a flag, a pointer), so the key behind 0x stayed (s15).
  it.each(
    [
      (k: string) => `PRIVATE_KEY=0x${k}`,
      (k: string) => `DEPLOYER_PRIVATE_KEY="0x${k}"`,
      (k: string) => JSON.stringify({ network: 'sepolia', privateKey: `0x${k}` }),
      (k: string) => `forge script script/Deploy.s.sol --rpc-url $RPC --private-key 0x${k} --broadcast`,
    ].map((shape) => {
      const key = sample.hex(64);
      return [shape(key), `0x${key}`] as const;
    }),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    `tx hash 0x${sample.hex(64)} mined in block 19000000`,
    JSON.stringify({ blockHash: `0x${sample.hex(64)}`, from: `0x${sample.hex(40)}`, nonce: '0x1f' }),
    'password=0x1f',
    'token=0x7ffd5e8c',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});
