/**
 * Turns a finding into its placeholder. Placeholders hold no `"`, `\` or line break, so a JSON
 * line stays valid JSON, and they start with `[REDACTED`, which the scanner never takes for a
 * secret: scrubbing twice gives the same result as once.
 */
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { Redactor } from '../types.js';

/**
 * node:crypto, loaded when a `hash` redactor is built: loading it costs every process ~3 ms of CPU
 * (issue 9: start-up), and only hash mode needs it.
 */
let crypto: typeof Crypto | undefined;
const loadCrypto = (): typeof Crypto => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto);

/** Makes the replacement bytes for one secret found by rule `ruleId`. */
export type Placeholder = (ruleId: string, secret: Buffer) => Buffer;

/**
 * Builds the placeholder maker for one redactor. `hashKey` is required by `hash` (checked by
 * `resolveOptions`, which refuses to start hash mode without a key of at least 32 bytes).
 *
 * @example
 * createPlaceholder({ type: 'label' }, undefined)('jwt', secret).toString(); // '[REDACTED:jwt]'
 */
export function createPlaceholder(redactor: Redactor, hashKey: Uint8Array | undefined): Placeholder {
  switch (redactor.type) {
    case 'label': {
      const cache = new Map<string, Buffer>();
      return (id) => {
        let out = cache.get(id);
        if (out === undefined) {
          out = Buffer.from(`[REDACTED:${id}]`);
          cache.set(id, out);
        }
        return out;
      };
    }
    case 'mask': {
      const text = Buffer.from(redactor.text);
      return () => text;
    }
    case 'hash': {
      if (hashKey === undefined) throw new Error('hash redactor without a key');
      const { createHmac } = loadCrypto();
      return (id, secret) => {
        const digest = createHmac('sha256', hashKey).update(canonical(secret)).digest('hex').slice(0, 8);
        return Buffer.from(`[REDACTED:${id}:${digest}]`);
      };
    }
    case 'partial': {
      const { keep } = redactor;
      return (id, secret) => {
        // Never show more than a quarter of a secret, however short it is.
        const shown = safePrefix(secret, Math.min(keep, Math.floor(secret.length / 4)));
        return Buffer.concat([secret.subarray(0, shown), Buffer.from(`[REDACTED:${id}:len${secret.length}]`)]);
      };
    }
  }
}

/** JSON strings inside JSON strings are read this deep (as the scanner reads them). */
const MAX_ESCAPE_LEVELS = 6;

/** One level of JSON string escapes: `\u0026`, `\/`, `\"`, `\\`, `\n`, surrogate pairs. */
const JSON_ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A secret as its bytes mean it, for `hash`: its JSON escapes decoded, at every level, so one
 * token hashes the same in a text line, in Go's `\u0026`, PHP's `\/` and Python's `\u00f1` (a
 * review's: the HMAC of the raw bytes told one password apart from itself).
 *
 * @example canonical(Buffer.from('a\\u0026b')).toString(); // 'a&b'
 */
export function canonical(secret: Buffer): Buffer {
  if (!secret.includes(0x5c)) return secret;
  let text = secret.toString('utf8');
  for (let level = 0; level < MAX_ESCAPE_LEVELS && text.includes('\\'); level++) {
    const decoded = text.replace(JSON_ESCAPE, (_, hex: string | undefined, simple: string | undefined) =>
      hex === undefined ? (SIMPLE_ESCAPES[simple as string] as string) : String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (decoded === text) break;
    text = decoded;
  }
  return Buffer.from(text, 'utf8');
}

/**
 * How much of `secret`'s start `partial` may show, at most `shown` bytes: never part of a UTF-8
 * character or of a backslash escape (`\u00e9`, `\"`), so valid JSON and valid UTF-8 stay so.
 *
 * @example safePrefix(Buffer.from('\\u00e9abc'), 4); // 0: the escape is six bytes
 */
export function safePrefix(secret: Buffer, shown: number): number {
  let end = 0;
  for (let i = 0; i < shown; ) {
    // A backslash escape is `\uXXXX` (six bytes) or a backslash and one character.
    const step = secret[i] === 0x5c ? (secret[i + 1] === 0x75 ? 6 : 2) : 1;
    if (i + step > shown) break;
    i += step;
    end = i;
  }
  // Back to the start of a UTF-8 character: continuation bytes are 10xxxxxx.
  while (end > 0 && ((secret[end] ?? 0) & 0xc0) === 0x80) end--;
  return end;
}
