/**
 * Key names: which are sensitive (their value is a secret whatever it looks like) and which are
 * safe (ids that look random but are not credentials), and the context just before a value.
 * Keys are compared as words, ignoring case and separators, so `apiKey` = `api_key` = `API-KEY`,
 * while `ssid` is not `sid` and `max_tokens` is not `token`. The word lists come from the
 * vocabulary (`patterns/vocabulary.ts`) through the resolved options.
 */

/**
 * A sensitive key at least this long also counts at the end of a key run together without
 * separators (`githubtoken`, `webhooksecret`); a shorter one only as a whole word (`spin` is not `pin`).
 */
const SUFFIX_MIN_LENGTH = 5;

/**
 * Splits a key into lower-case words: `SecretAccessKey` → secret, access, key; an acronym ends
 * before the capital that starts a word of three letters or more, `SMBPass` → smb, pass (round
 * 94), while a plural or a version stays (`JWTs`, `NTLMv2Hash`).
 */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z]{2,})/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** The key with case and separators removed: `X-Api-Key` → `xapikey`. */
export function normalizeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
}

/** Decides key questions against one config's sensitive and safe key sets. */
export interface KeyPolicy {
  isSensitive(key: string): boolean;
  isSafe(key: string): boolean;
  /** A sensitive key whose object value is metadata to walk (`session`), not a secret to wipe. */
  isContainer(key: string): boolean;
  /** Inside such an object, a member whose value is the secret (`id`). */
  isContainerSecret(key: string): boolean;
}

/**
 * @example
 * const keys = createKeyPolicy(['api key', 'token'], ['next token']);
 * keys.isSensitive('API-KEY'); // true
 * keys.isSensitive('githubToken'); // true
 * keys.isSensitive('max_tokens'); // false
 * keys.isSensitive('nextToken'); // false: safe
 * createKeyPolicy(['session'], [], ['session'], ['id']).isContainer('userSession'); // true
 */
export function createKeyPolicy(
  sensitive: readonly string[],
  safe: readonly string[],
  containers: readonly string[] = [],
  containerSecrets: readonly string[] = [],
): KeyPolicy {
  const containerSet = new Set(containers.map(normalizeKey));
  const containerSecretSet = new Set(containerSecrets.map(normalizeKey));
  const sensitiveSet = new Set(sensitive.map(normalizeKey));
  const suffixes = [...sensitiveSet].filter((k) => k.length >= SUFFIX_MIN_LENGTH);
  // A digest marker of punctuation only (`) =`, F3) is no key: as one it would make the empty key,
  // a value with no key before it (`SecretStr('…')`), safe.
  const safeSet = new Set(safe.map(normalizeKey).filter((k) => k.length > 0));
  // A key that ends in a public one names a public key too: `DISCORD_PUBLIC_KEY`, `VAPID_PUBLIC_KEY`,
  // `stripePublishableKey` (round 41); so does one where only an environment's name follows it
  // (dotenvx's `DOTENV_PUBLIC_KEY_PRODUCTION`; round 71).
  const publicTails = [...safeSet].filter((k) => k.startsWith('public') || k.startsWith('publishable'));
  const isSafe = (key: string): boolean => {
    const flat = normalizeKey(key);
    return safeSet.has(flat) || publicTails.some((tail) => {
      const at = flat.indexOf(tail);
      return at >= 0 && (at + tail.length === flat.length || ENVIRONMENT_AFTER.test(flat.slice(at + tail.length)));
    });
  };
  return {
    isSafe,
    // By the key's last word: `userSession` is a container, `sessionId` is not.
    isContainer: (key) => containerSet.has(keyWords(key).at(-1) ?? ''),
    isContainerSecret: (key) => containerSecretSet.has(normalizeKey(key)),
    isSensitive(key) {
      if (isSafe(key)) return false;
      // A number after the name names one of several (`password1`, `DB_PASSWORD_2`): the name decides.
      const numbered = NUMBER_AFTER.exec(key);
      if (numbered !== null && numbered.index > 0 && !isSafe(key.slice(0, numbered.index)) && this.isSensitive(key.slice(0, numbered.index))) return true;
      const words = keyWords(key);
      for (let take = 1; take <= Math.min(3, words.length); take++) {
        if (sensitiveSet.has(words.slice(-take).join(''))) return true;
      }
      const flat = normalizeKey(key);
      return suffixes.some((suffix) => flat.endsWith(suffix));
    },
  };
}

/** One or two digits ending a key, after a letter (not a longer number: `sha256`, `ed25519`). */
const NUMBER_AFTER = /(?<=[A-Za-z])[_-]?[0-9]{1,2}$/;

/** What may follow a public key's name in a key that still names it: an environment (`_PRODUCTION`, `_CI`). */
const ENVIRONMENT_AFTER = /^(?:prod|production|staging|stage|dev|development|test|testing|qa|ci|local|live|sandbox|preview)$/;

const KEY_CHAR = /[A-Za-z0-9_.$@-]/;
// And a list's bracket: a safe key's first item (`"invalidated_api_keys":["…"]`; round 77).
const SEPARATOR_CHAR = /[ \t"'\\:=>[]/;

/**
 * The key just before `start` on the same line, as in `"traceId":"…"`, `etag=…` or
 * `x-amzn-trace-id: …`; the empty string when there is none. Looks back at most 96 bytes.
 */
export function keyBefore(bytes: Uint8Array, start: number, lineStart: number): string {
  const limit = Math.max(lineStart, start - 96);
  let i = start;
  while (i > limit && SEPARATOR_CHAR.test(String.fromCharCode(bytes[i - 1] as number))) i--;
  const end = i;
  while (i > limit && KEY_CHAR.test(String.fromCharCode(bytes[i - 1] as number))) i--;
  return Buffer.from(bytes.buffer, bytes.byteOffset + i, end - i).toString('latin1');
}

/** Says whether the bytes just before `start` name a digest (`sha256:`, `etag`, a runtime ARN): then it is not a token. */
export type DigestContext = (bytes: Uint8Array, start: number, lineStart: number) => boolean;

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @example
 * const inDigest = createDigestContext(['sha256', 'etag']);
 * inDigest(Buffer.from('image@sha256:ab12'), 13, 0); // true
 */
export function createDigestContext(markers: readonly string[]): DigestContext {
  // A marker, then a few characters that are not letters or digits, or percent escapes
  // (`sha256%3A…` in a URL-encoded address; `\":\"` in a JSON string), then the value: the digest
  // itself, or a name joined to it by dashes (actions/cache: `Cache restored from key:
  // npm-linux-x64-<sha256>`). Between them, a DynamoDB item's type (`"contentSha256":{"S":"…"}`,
  // boto3's `{'S': '…'}`) or redis-cli's number of the reply's next line (`7) "csrf_hash" 8) "…"`;
  // round 25), or the OpenTelemetry Collector's type of an attribute's value in its debug
  // exporter (`x-amz-content-sha256: Slice(["…"])`, `Str(…)`; round 31). A word may qualify the
  // marker first: OSSEC's `Old sha256sum was: '…'`, Wazuh's `"sha256_after":"…"` (round 35), Jamf's `hashValue=…` (round 101). A
  // weak validator's `W/` may open the value (`etag: W/"<sha256>"`, GitHub's API; round 48), and
  // an XML element's attribute name it (Gradle's verification metadata `<sha256 value="…"/>`; round 50).
  // A cache's version may come before it (Yarn's lockfile, `checksum: 10c0/<sha512>`; round 81).
  const context = new RegExp(
    `(?:${markers.map(escapeForRegExp).join('|')})(?:[_-]?(?:sum|after|before|old|new|expected|actual|computed|value))?(?:[ \\t]+(?:was|is|now|value))?(?:[^a-z0-9]|%[0-9a-f]{2}){0,10}(?:w/[^a-z0-9]{1,3})?(?:(?:s|[0-9]{1,3}\\))[^a-z0-9]{1,6}|(?:str|slice|bytes)\\([^a-z0-9]{0,3})?(?:[a-z0-9_.]{1,24}-){0,6}(?:[a-z0-9]{1,8}/)?$`,
  );
  return (bytes, start, lineStart) => {
    const from = Math.max(lineStart, start - 80);
    const before = Buffer.from(bytes.buffer, bytes.byteOffset + from, start - from).toString('latin1');
    return context.test(before.toLowerCase());
  };
}
