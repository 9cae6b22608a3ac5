/**
 * Seeded generators for the true positives in rule examples, tests and benchmarks.
 * Every "secret" in this repository comes from here: random-looking, never live, never a literal
 * that a scanner (or a reader) could take for a real credential.
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same samples everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64URL = `${ALNUM}-_`;
const B64 = `${ALNUM}+/`;

/** Sample makers bound to one seed. */
export interface Sampler {
  from(alphabet: string, length: number): string;
  alnum(length: number): string;
  hex(length: number): string;
  /** Decimal digits, the first one not 0 (ids such as Slack team ids, Telegram bot ids). */
  digits(length: number): string;
  /** RFC 4648 base32 (A–Z, 2–7), as TOTP seeds and AWS key ids use. */
  base32(length: number): string;
  base64url(length: number): string;
  base64(length: number): string;
  uuid(): string;
  /** A JWS: `eyJ…` header, a payload, a signature. */
  jwt(): string;
  /** An AdonisJS opaque access token: `oat_<id>.<secret>`. */
  oat(): string;
  /** An AdonisJS signed cookie value `s:<b64url message>.<b64url hmac>`. */
  signedCookie(): string;
  /** An AdonisJS encrypted cookie value `e:<b64url>.<b64url iv>.<b64url hmac>`. */
  encryptedCookie(): string;
  awsAccessKeyId(): string;
  awsSecretKey(): string;
  password(): string;
}

function encodeBase64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/**
 * @example
 * const s = createSampler(42);
 * s.hex(64); // 64 lower-case hex characters, the same for seed 42 every time
 */
export function createSampler(seed: number): Sampler {
  const random = createRandom(seed);
  const from = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  const hex = (length: number): string => from(HEX, length);
  const base64url = (length: number): string => from(B64URL, length);
  return {
    from,
    alnum: (length) => from(ALNUM, length),
    hex,
    digits: (length) => from('123456789', 1) + from('0123456789', length - 1),
    base32: (length) => from(UPPER_NUM, length),
    base64url,
    base64: (length) => from(B64, length),
    uuid: () => {
      const h = hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    },
    jwt: () => {
      const header = encodeBase64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const payload = encodeBase64url(
        JSON.stringify({ sub: from('0123456789', 6), iat: 1700000000 + Math.floor(random() * 1e6) }),
      );
      return `${header}.${payload}.${base64url(43)}`;
    },
    oat: () => `oat_${base64url(3)}.${base64url(54)}`,
    signedCookie: () =>
      `s:${encodeBase64url(JSON.stringify({ message: from(ALNUM, 24), purpose: 'adonis-session' }))}.${base64url(43)}`,
    encryptedCookie: () => `e:${base64url(64)}.${base64url(22)}.${base64url(43)}`,
    awsAccessKeyId: () => `AKIA${from(UPPER_NUM, 16)}`,
    awsSecretKey: () => from(B64, 40),
    password: () => `${from(ALNUM, 10)}!${from(ALNUM, 3)}`,
  };
}

/** The sampler the rule examples use. Changing the seed changes every example's expected output. */
export const sample: Sampler = createSampler(20261129);
