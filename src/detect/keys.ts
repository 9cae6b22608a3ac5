/**
 * Key names: which are sensitive (their value is a secret whatever it looks like) and which are
 * safe (ids that look random but are not credentials). Keys are compared as words, ignoring case
 * and separators, so `apiKey` = `api_key` = `API-KEY`, while `ssid` is not `sid` and
 * `max_tokens` is not `token`.
 */

/** Key words whose values are secrets. A key is sensitive when its last 1–3 words join to one. */
export const DEFAULT_SENSITIVE_KEYS: readonly string[] = [
  'password', 'passwd', 'passphrase', 'pwd', 'passwords',
  'secret', 'secrets', 'clientsecret', 'token', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken',
  'apikey', 'privatekey', 'secretkey', 'signingkey', 'secretaccesskey', 'encryptionkey', 'masterkey',
  // Not `sid`: IAM policy statements log `"Sid": "AllowRead"`; `sid` cookies are covered by the cookie rules.
  'sessionid', 'sessiontoken', 'session',
  'credential', 'credentials', 'csrf', 'xsrf', 'csrftoken', 'xsrftoken',
  'connectionstring', 'otp', 'pin',
];

/**
 * Keys whose values look random but are not credentials. Exempt from the generic rules
 * (`hex-token-long`, `opaque-token`) and from the sensitive-key rule; never from specific
 * rules: a JWT is a JWT under any key.
 */
export const DEFAULT_SAFE_KEYS: readonly string[] = [
  'traceid', 'spanid', 'parentid', 'parentspanid', 'requestid', 'xrequestid', 'amznrequestid',
  'xamznrequestid', 'xamzntraceid', 'amzntraceid', 'awsrequestid', 'traceparent', 'tracestate',
  'correlationid', 'xcorrelationid', 'messageid', 'eventid', 'executionid', 'invocationid',
  'commit', 'commitsha', 'sha', 'gitsha', 'revision', 'digest', 'etag', 'ifnonematch', 'integrity',
  'checksum', 'hash', 'contenthash', 'md5', 'sha1', 'sha256', 'sha512',
  'ga', 'gid', 'fbp', 'gclau', 'theme', 'lang', 'locale', 'consent', 'cookieconsentstatus',
  'nexttoken', 'nextpagetoken', 'pagetoken', 'continuationtoken', 'paginationtoken',
  'tokentype', 'idempotencytoken', 'clienttoken',
  // Omaha (Google Update) client-update-protocol request hash: a SHA-256, seen in macOS logs.
  'cup2hreq',
];

/** Splits a key into lower-case words: `SecretAccessKey` → secret, access, key. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
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
}

/**
 * @example
 * const keys = createKeyPolicy(DEFAULT_SENSITIVE_KEYS, DEFAULT_SAFE_KEYS);
 * keys.isSensitive('API-KEY'); // true
 * keys.isSensitive('max_tokens'); // false
 */
export function createKeyPolicy(sensitive: readonly string[], safe: readonly string[]): KeyPolicy {
  const sensitiveSet = new Set(sensitive.map(normalizeKey));
  const safeSet = new Set(safe.map(normalizeKey));
  const isSafe = (key: string): boolean => safeSet.has(normalizeKey(key));
  return {
    isSafe,
    isSensitive(key) {
      if (isSafe(key)) return false;
      const words = keyWords(key);
      for (let take = 1; take <= Math.min(3, words.length); take++) {
        if (sensitiveSet.has(words.slice(-take).join(''))) return true;
      }
      return false;
    },
  };
}

const KEY_CHAR = /[A-Za-z0-9_.$@-]/;
const SEPARATOR_CHAR = /[ \t"'\\:=>]/;

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

const DIGEST_CONTEXT = /(?:sha(?:1|224|256|384|512)?|md5|blake2b?|digest|etag|integrity|checksum|hash|:runtime)[^a-z0-9]{0,4}$/;

/** True when the bytes before `start` name a digest (`sha256:`, `etag`, a runtime ARN): not a token. */
export function inDigestContext(bytes: Uint8Array, start: number, lineStart: number): boolean {
  const from = Math.max(lineStart, start - 40);
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + from, start - from).toString('latin1');
  return DIGEST_CONTEXT.test(before.toLowerCase());
}
