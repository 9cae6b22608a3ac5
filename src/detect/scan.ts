/**
 * The scan loop, two tiers:
 *
 *   chunk ──prefilter (keywords, one RE2 DFA pass)──▶ a hit's line
 *     line ──the rules its keywords name, each its own RE2──▶ leftmost match (ties: catalog order)
 *       post-check (entropy, placeholders, safe keys, digest context)
 *         accepted ──▶ Finding[]; every rule moves past it
 *         rejected ──▶ only that rule searches on
 *
 * A rule's kind decides what an accepted match becomes: its secret group (`span`), every leaf of
 * the JSON value after a sensitive key (`json-key`), each secret pair of a Cookie header
 * (`cookie-header`), the one cookie of a Set-Cookie header by the same policy (`set-cookie`), or a PEM key body (`pem-begin`, or a key base64-encoded again and wrapped,
 * `pem-base64`; see `pem.ts`), which may go on over the following lines and, through the
 * caller's `ScanState`, the following blocks of one stream.
 */
import type { Finding, MoreSecret, RuleKind, Vocabulary } from '../types.js';
import { type CompiledRule, type Detector, execRule, type HitCursor, type RuleMatch } from './compile.js';
import { shannonEntropy } from './entropy.js';
import { bracketEnd, type JsonLeaf, jsonLevelAt, quoteAt, scanJsonValue } from './json-value.js';
import { createDigestContext, createKeyPolicy, type DigestContext, type KeyPolicy, keyBefore, normalizeKey } from './keys.js';
import { BACKSLASH, NEWLINE, QUOTE, SHORT_MIXED_MIN_ENTROPY, SHORT_ONE_CASE_MIN_ENTROPY, SHORT_TOKEN_CHARS, SMALL_ALPHABET_MIN_ENTROPY } from '../constants.js';
import { lineEndOf, lineStartOf } from './lines.js';
import { acceptBase64Pem, acceptPem, acceptPpkPrivateLines, continueBase64Pem, continuePem, type ScanState } from './pem.js';
import { acceptBlockScalar, continueYaml, namedValueSpan } from './block-scalar.js';
import { boundSecrets } from './sql-bindings.js';
import { decodeStrings, type DecodedStrings, jsonRecord, jsonTokens, type JsonToken } from './json-strings.js';
import { expressionSecrets, expressionWindow, nextValuesKey, type WindowCursor } from './dynamodb-expression.js';
import { createOwnValuePolicy, createValuePolicy } from './values.js';
import { type AuditText, decodeAuditText, recordSpans } from './audit-hex.js';

export type { ScanState } from './pem.js';


/** What the post-checks need besides the rules; built once per scrubber by `createScanContext`. */
export interface ScanContext {
  readonly detector: Detector;
  readonly keys: KeyPolicy;
  readonly inDigest: DigestContext;
  /** False for values that are not worth redacting (empty, trivial, placeholders, allowlisted). */
  readonly isCandidateValue: (text: string) => boolean;
  /** The same for a config's own rules (`createOwnValuePolicy`). */
  readonly isOwnValue: (text: string) => boolean;
  /** True when a cookie's name says its value is a credential. */
  readonly isSecretCookieName: (name: string) => boolean;
  readonly thresholds: Vocabulary['thresholds'];
  /** Words that, after `key: `, start a sentence rather than a value. */
  readonly proseWords: ReadonlySet<string>;
  /** The config's `mask` texts as bytes: what a rule finds inside one is the mask's, not a secret. */
  readonly masks: readonly Buffer[];
  /** Whether a JSON record's strings are read as lines of their own, decoded (`withinJsonStrings`). */
  readonly jsonStrings: boolean;
}

/**
 * @example
 * const ctx = createScanContext(compileRules(builtinRules), defaultVocabulary, [], new Set());
 */
export function createScanContext(
  detector: Detector,
  vocabulary: Vocabulary,
  allowlist: readonly string[],
  maskTexts: ReadonlySet<string>,
  { jsonStrings = true }: { readonly jsonStrings?: boolean } = {},
): ScanContext {
  const nameParts = vocabulary.secretCookieNameParts.map((p) => p.toLowerCase());
  return {
    detector,
    keys: createKeyPolicy(vocabulary.sensitiveKeys, vocabulary.safeKeys, vocabulary.containerKeys, vocabulary.containerSecretKeys),
    inDigest: createDigestContext(vocabulary.digestMarkers),
    isCandidateValue: createValuePolicy(vocabulary, allowlist, maskTexts),
    isOwnValue: createOwnValuePolicy(allowlist, maskTexts),
    isSecretCookieName: (name) => {
      const lower = name.toLowerCase();
      return nameParts.some((part) => lower.includes(part));
    },
    thresholds: vocabulary.thresholds,
    proseWords: new Set(vocabulary.proseWords),
    masks: [...maskTexts].map((text) => Buffer.from(text, 'utf8')),
    jsonStrings,
  };
}

function latin1(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', start, end);
}

/** A dotted identifier such as a Java class, `android.os.BinderProxy@2bd79ce`. */
const DOTTED_NAME = /^[a-z][a-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*){2,}/;

/** A UUID, any version: what many services issue as an API key or session token. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/**
 * Six groups of hex or more joined by `-`, more than a UUID's five (Bunny's two UUIDs run together;
 * round 103). Not a UUID with hex run on (Stripe's `__stripe_mid=<uuid><6 hex>`, a device's id).
 */
const HEX_GROUPS = /^[0-9a-fA-F]+(?:-[0-9a-fA-F]+){5,}$/;

/** A UUID, or hex groups with more hex than a UUID holds: keys services issue, not a version or a date. */
function isUuidLike(text: string): boolean {
  if (UUID.test(text)) return true;
  if (!HEX_GROUPS.test(text) || !/[a-fA-F]/.test(text) || !/[0-9].*[0-9]/.test(text)) return false;
  return text.length - (text.match(/-/g)?.length ?? 0) > 32;
}
/**
 * One run of letters and digits in one case, 16 or more: a lower-case or upper-case random key.
 * 16 hex is `randomBytes(8)`, the shortest key services issue (s15: `API_TOKEN=<16 hex>` and
 * `token=<16 of a-z0-9>` leaked every time at 20).
 */
const ONE_CASE_KEY = /^(?:[a-z0-9]{16,}|[A-Z0-9]{16,})$/;
/** Runs of letters and digits in one case, joined by `-` or `_`. */
const ONE_CASE_GROUPS = /^(?:[a-z0-9]+(?:[-_][a-z0-9]+)+|[A-Z0-9]+(?:[-_][A-Z0-9]+)+)$/;
/** Two runs in one case joined by one `/`, the first a key's length (Carbon Black's `<secret>/<id>`, round 94); a path has more, or shorter. */
const SLASHED_KEY = /^(?:[a-z0-9]{16,}\/[a-z0-9]{8,}|[A-Z0-9]{16,}\/[A-Z0-9]{8,})$/;
/** A run of `ONE_CASE_GROUPS` that reads as random: 8 or more, two letters and two digits at least. */
const RANDOM_GROUP = /^(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])(?=[a-z0-9]*[0-9][a-z0-9]*[0-9])[a-z0-9]{8,}$/i;

/**
 * A one-case key in groups (Viber's auth token, `<16>-<16>-<16>` of a-z0-9, round 55): two random
 * runs or more, and letters past hex. Build names, versions and pod names hold one at most
 * (`20231105-1234-5678-release`, `api-7d9f8c6b5-x2k4m`), slugs none, and ids of hex groups
 * (Stripe's `__stripe_mid`, a UUID and 6 hex) are ids as UUIDs are.
 */
function isGroupedKey(text: string): boolean {
  if ((!ONE_CASE_GROUPS.test(text) && !SLASHED_KEY.test(text)) || !/[g-z]/i.test(text)) return false;
  let random = 0;
  if (SLASHED_KEY.test(text)) return text.split('/').every((group) => RANDOM_GROUP.test(group));
  for (const group of text.split(/[-_]/)) if (RANDOM_GROUP.test(group)) random++;
  return random >= 2;
}
/**
 * A vendor's short prefix before a random key in one case or a UUID (`t_730c…`, Lumigo's tracer
 * token; `xaat-<uuid>`, Axiom's; round 76), of up to three words (`tr_pat_…`, Trigger.dev's; round 93):
 * the prefix is a name, the rest 20 or more of what `ONE_CASE_KEY`
 * or `UUID` takes, so a pod's or a build's name (`api-7d9f8c6b5-x2k4m`) stays none. Only where a
 * key names the value (the generic rules): a vendor's own rule says which prefixes and lengths are
 * its keys, and its look-alikes stay.
 */
const PREFIXED_KEY = /^[A-Za-z][A-Za-z0-9]{0,7}(?:[-_][A-Za-z][A-Za-z0-9]{0,7}){0,2}[-_]((?:[a-z0-9]{20,}|[A-Z0-9]{20,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}))$/;

/**
 * A one-case key in dotted parts (Infisical's service token, `st.<uuid>.<32 hex>.<32 hex>`;
 * round 102): two random parts or more (a UUID, or letters and digits, 8 or more), at least half
 * of them. A host's or a class's name holds one at most (`a2c8130c.cloudfront.net`).
 */
function isDottedKey(text: string): boolean {
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$|^[A-Z0-9-]+(?:\.[A-Z0-9-]+)+$/.test(text)) return false;
  const parts = text.split('.');
  const random = parts.filter((part) => UUID.test(part) || RANDOM_GROUP.test(part)).length;
  return random >= 2 && 2 * random >= parts.length;
}

/**
 * A dotted value with a random part of 24 or more (VK's `vk1.a.<~200 of base64url>`; round 106):
 * capitals, small letters and digits, mixed as random ones are. A class's or a host's name has
 * none (`com.example.AbstractSingletonProxyFactoryBean` has no digit).
 */
function hasRandomPart(text: string): boolean {
  return text.split('.').some((part) => RANDOM_PART.test(part) && /[0-9].*[0-9]/.test(part) && mixedAsRandom(part.replace(/[^A-Za-z]/g, '')));
}
const RANDOM_PART = /^(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])[A-Za-z0-9_-]{24,}$/;

function isPrefixedKey(text: string): boolean {
  const rest = PREFIXED_KEY.exec(text)?.[1];
  if (rest === undefined) return false;
  return UUID.test(rest) || (/[A-Za-z].*[A-Za-z]/.test(rest) && /[0-9].*[0-9]/.test(rest));
}

/**
 * A key in parts joined by `:`, the last one random and the others short names or numbers
 * (Dagster Cloud's `agent:<org>:<32 hex>`, Asana's `2/<user>/<app>:<32 hex>`; round 99); not a
 * digest (`sha256:<hex>`). Only where a key names the value, as `PREFIXED_KEY`. Linear: no part holds `:`.
 */
const COLON_KEY = /^(?:[A-Za-z0-9_./-]{1,40}:){1,3}([0-9a-f]{32,}|[0-9A-F]{32,}|[A-Za-z0-9_-]{24,})$/;
const DIGEST_NAME = /(?:^|:)(?:sha[0-9-]*|md5|blake[0-9a-z]*|xxh[0-9]*|crc32c?|sum):/i;

function isColonKey(text: string): boolean {
  const key = COLON_KEY.exec(text)?.[1];
  // Not a digest anywhere in it (`registry:sha256:<hex>`), nor a URN (`urn:uuid:…`).
  if (key === undefined || DIGEST_NAME.test(text) || /^urn:/i.test(text)) return false;
  return /^[0-9a-fA-F]+$/.test(key) || looksLikeToken(key);
}

/** Letters only, 20 or more, a quarter of them capitals and a quarter small: a random token. */
const LETTERS_KEY = /^[A-Za-z]{20,}$/;

/**
 * What a random token looks like, not a path, not a class name: upper, lower and digits; or a
 * UUID; or one run of 16 or more letters and digits in one case; or letters of both cases, mixed
 * as random ones are. The UUID and one-case keys are what many services issue
 * (`SNYK_TOKEN=<uuid>`, `access_token=<uuid>`, an Algolia key in lower case), which the mixed-case
 * test alone let through (issue 8: other scanners' suites assign them to token-named keys).
 * Versions and build names (`20231105-1234-5678-release`) are neither, nor is a class name in
 * camel case (`AbstractSingletonProxyFactoryBean`: one capital in six letters).
 */
function looksLikeToken(text: string, keyed = false): boolean {
  if (isSymbolRich(text) || (keyed && isColonKey(text)) || ID_THEN_HEX.test(text)) return true;
  if (!/[0-9]/.test(text)) return LETTERS_KEY.test(text) && mixedAsRandom(text);
  if (DOTTED_NAME.test(text) && !(keyed && hasRandomPart(text))) return false;
  if (isUuidLike(text)) return true;
  if (ONE_CASE_KEY.test(text)) return /[A-Za-z].*[A-Za-z]/.test(text) && /[0-9].*[0-9]/.test(text);
  if (isGroupedKey(text) || (keyed && (isPrefixedKey(text) || isDottedKey(text)))) return true;
  if (!/[A-Z]/.test(text) || !/[a-z]/.test(text)) return false;
  return !readsAsPath(text) && !FIELDS.test(text);
}

/**
 * A numeric id, then 32 hex digits or more after a `:`: Asana's personal tokens
 * (`1/5940425023763:1285d54a…`, `2/<user>/<app>:<hex>`; round 120), all one case. Not a digest's
 * algorithm before its hex (`sha256:…`).
 */
const ID_THEN_HEX = /^[0-9]+(?:\/[0-9]+)*:[0-9a-f]{32,}$/;

/** An expression in code: a name, then members, subscripts or calls (`req.headers['x-token']`). */
const CODE_CHAIN = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\]]*\]|\([^)]*\))+[!;,]?$/;

/** One name in brackets, a template's or a format's placeholder (`%{http_token}`, `<token_here>`). */
const WRAPPED = /^[%$#@&]?[{(<[][^{}()<>[\]]*[})>\]]$/;

/** A field with its name inside a value (`(request_id=201b…)`): a message's text, not a secret. */
const NAMED_FIELD = /(?:^|[^\w.-])[A-Za-z_][\w.-]*=/;

/**
 * A value no word, name or number is written as: 12 characters or more, four letters at least and
 * three different symbols among them, two of them no bracket (`%[req.hdr(x-key)]` is HAProxy's
 * expression), not counting those of names and paths (`._:/-`: `com.apple.xpc.activity/4505:`
 * is a name); no expression of code, placeholder or named field. What detect-secrets' keyword
 * tests assign (`m{{h}o)p${e]nob(ody[finds>-_$#thisone}`) and what a generated password looks
 * like when it has no digit (round 7).
 */
function isSymbolRich(text: string): boolean {
  if (text.length < 12 || /\s/.test(text) || CODE_CHAIN.test(text) || text.includes('://') || NAMED_FIELD.test(text)) return false;
  if (WRAPPED.test(text)) return false;
  const symbols = new Set(text.replace(/[A-Za-z0-9._:/-]/g, ''));
  const besideBrackets = [...symbols].filter((c) => !'()[]{}<>'.includes(c)).length;
  return symbols.size >= 3 && besideBrackets >= 2 && (text.match(/[A-Za-z]/g)?.length ?? 0) >= 4;
}

/**
 * A connection string's fields (`…;SharedAccessKey=…`, `…;AccountKey=…`): no token holds them. Its
 * secret fields are the connection-string rules' to take, and the rest stays.
 */
const FIELDS = /;[ \t]*[A-Za-z][A-Za-z ]*=/;

/** A path's segment: a name, capitalised or not (`config`, `App2`, `Secrets.json`, `v1.2`). */
const PATH_SEGMENT = /^[A-Za-z0-9]?[a-z0-9._-]*$/;

/**
 * Whether a value of more than two `/` reads as a path: half its segments at least are names
 * (`src/main/java/com/Example/UserService.java`). Base64 has a `/` in every 64 characters on
 * average, between runs that mix cases at random (`7OEArnfy/rQR6hR/wYg1fnN7S/907xI4`): a key's
 * value of that kind went through whole when three `/` alone made it a path (s17, review2).
 */
function readsAsPath(text: string): boolean {
  let slashes = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x2f) slashes++;
  if (slashes <= 2) return false;
  const segments = text.split('/').filter((segment) => segment.length > 0);
  return segments.filter((segment) => PATH_SEGMENT.test(segment)).length * 2 >= segments.length;
}

/** Whether a run of letters holds capitals and small letters a quarter each at least. */
function mixedAsRandom(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0x5a) capitals++;
  return capitals * 4 >= text.length && (text.length - capitals) * 4 >= text.length;
}

/**
 * A token-shaped value in a small alphabet (a UUID, a one-case key), or a short one, carries fewer
 * bits per character however random it is: its floor is lower, or random keys would leak by chance.
 */
function entropyFloor(minEntropy: number, tokenShaped: boolean, text: string): number {
  if (!tokenShaped) return minEntropy;
  const short = text.length < SHORT_TOKEN_CHARS;
  // A person's password (`Summer2026!`, `Winter#2025`): capitals, small letters, digits and a
  // symbol, repeated letters and all, under a secret's key (round 7: `secret = Summer2026!`).
  if (short && text.length >= 8 && PASSWORD_CLASSES.every((c) => c.test(text))) return Math.min(minEntropy, PASSWORD_MIN_ENTROPY);
  if (ONE_CASE_KEY.test(text) || isGroupedKey(text) || isPrefixedKey(text)) return Math.min(minEntropy, short ? SHORT_ONE_CASE_MIN_ENTROPY : SMALL_ALPHABET_MIN_ENTROPY);
  if (isUuidLike(text)) return Math.min(minEntropy, SMALL_ALPHABET_MIN_ENTROPY);
  return short ? Math.min(minEntropy, SHORT_MIXED_MIN_ENTROPY) : minEntropy;
}

/** The four classes a person's password mixes, each present at least once. */
const PASSWORD_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
/** The floor for such a password: `Summer2026!` carries 3.1 bits a character, `Password1!` 3.3. */
const PASSWORD_MIN_ENTROPY = 2.8;

/** The secret group's span: the first group from `secretGroup` on that took part. */
function secretSpan(m: RuleMatch): readonly [number, number] | undefined {
  const { rule, match } = m;
  if (rule.secretGroup === 0) return match.groups[0];
  for (let g = rule.secretGroup; g < match.groups.length; g++) {
    const span = match.groups[g];
    if (span !== undefined) return span;
  }
  return undefined;
}

const APOSTROPHE = 0x27; // '

const OPENER: Readonly<Record<number, number>> = { 0x29: 0x28, 0x5d: 0x5b, 0x7d: 0x7b }; // ) ] } → ( [ {

const isKeyChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x2d || c === 0x2e;

/** A `,` that starts the next field (`,role=admin`, `, user: x`): where a bare value ends. Base64's padding is no `=` of a field. */
function nextFieldAt(bytes: Buffer, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (bytes[i] !== 0x2c) continue;
    let k = i + 1;
    while (k < end && bytes[k] === 0x20) k++;
    const keyStart = k;
    while (k < end && isKeyChar(bytes[k] as number)) k++;
    if (k > keyStart && (bytes[k] === 0x3a || (bytes[k] === 0x3d && !isPadding(bytes, k, end)))) return i;
  }
  return end;
}

/** Whether the `=` at `at` is base64's padding (`…DA==`, `…DA=,`), not a key's: a list of keys (`APP_KEYS=a==,b==`; round 71). */
function isPadding(bytes: Buffer, at: number, end: number): boolean {
  const next = at + 1 < end ? bytes[at + 1] : undefined;
  return next === undefined || next === 0x3d || next === 0x2c;
}

/**
 * An HTML/XML character reference for a quote, in the spellings `ESCAPED_QUOTE` (patterns/parts.ts)
 * reads: `&quot;`, `&#34;`, `&#x22;`, `&#X22;`, `&#034;`, `&#x0022;`, `&QUOT;`, and `'`'s.
 */
const HTML_QUOTE = /^&(?:quot|QUOT|apos|#0*3[49]|#[xX]0*2[27]);/;
/** Longer than any reference `HTML_QUOTE` is meant for, with a few zeros of padding (`&#x0022;`). */
const HTML_QUOTE_REACH = 12;

/** Whether an HTML/XML character reference for a quote starts at `at`. */
function htmlQuoteAt(bytes: Buffer, at: number): boolean {
  return bytes[at] === 0x26 && HTML_QUOTE.test(latin1(bytes, at, Math.min(bytes.length, at + HTML_QUOTE_REACH))); // &
}

/**
 * Whether the value `[start, end)` is one quoted by HTML character references (`&quot;…&quot;`):
 * one opens right before it and one closes right after. A bare value never follows a `;`.
 */
function closesHtmlQuote(bytes: Buffer, start: number, end: number): boolean {
  return bytes[start - 1] === 0x3b && htmlQuoteAt(bytes, end); // ;
}

const isLetter = (c: number | undefined): boolean => c !== undefined && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a));
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isCapital = (c: number | undefined): boolean => c !== undefined && c >= 0x41 && c <= 0x5a;

/**
 * Whether a field starts at `at`, after a `;` or `|` inside a bare value: `user=bob`, `host:db`
 * (a name of letters: `xY9:kQ7z` is more of a password), or a connection string's name in
 * capitalised words (`Persist Security Info=True`, `User Id=sa`).
 */
function fieldAt(bytes: Buffer, at: number): boolean {
  if (!isLetter(bytes[at]) && bytes[at] !== 0x5f) return false;
  let k = at;
  let digits = false;
  for (; isKeyChar(bytes[k] as number); k++) if (isDigit(bytes[k])) digits = true;
  if (bytes[k] === 0x3d) return true; // =
  if (bytes[k] === 0x3a) return !digits; // :
  let words = isCapital(bytes[at]) && !digits;
  while (words && bytes[k] === 0x20 && isCapital(bytes[k + 1])) {
    k++;
    while (isLetter(bytes[k])) k++;
    if (bytes[k] === 0x3d) return true;
    words = bytes[k] === 0x20;
  }
  return false;
}

/** An HTML tag's name as markup writes it before its attributes: `span`, `a`, `h1`. */
const HTML_TAG_NAME = /^[a-z]+[1-6]?$/;

/**
 * Whether markup starts at the `<` at `at`: a closing tag, a comment or a declaration (`</`, `<!`,
 * `<?`), a tag closed at once (`<br>`, `<ns:Password/>`), or an HTML tag and its attributes
 * (`<span class=…`: a name of small letters and a space).
 */
function markupAt(bytes: Buffer, at: number): boolean {
  const first = bytes[at + 1];
  if (first === 0x2f || first === 0x21 || first === 0x3f) return true; // / ! ?
  if (!isLetter(first)) return false;
  let k = at + 1;
  while (isKeyChar(bytes[k] as number) || bytes[k] === 0x3a) k++;
  const after = bytes[k];
  if (after === 0x3e || after === 0x2f) return true; // > /
  return (after === 0x20 || after === 0x09) && HTML_TAG_NAME.test(latin1(bytes, at + 1, k));
}

/** Whether the `\` at `at` (or `\\`, one escaped in a JSON string) opens an escape: `\n`, `\"`, `\u0022`, `\x22`. */
function escapeAt(bytes: Buffer, at: number): boolean {
  const k = bytes[at + 1] === BACKSLASH ? at + 2 : at + 1;
  const c = bytes[k];
  if (c === 0x75) return [1, 2, 3, 4].every((d) => isHex(bytes[k + d] as number)); // u
  if (c === 0x78) return isHex(bytes[k + 1] as number) && isHex(bytes[k + 2] as number); // x
  // n r t " ' \ /
  return c === 0x6e || c === 0x72 || c === 0x74 || c === QUOTE || c === 0x27 || c === BACKSLASH || c === 0x2f;
}

/**
 * Where a bare value ends inside the run the regex gave it (`BARE_VALUE`, patterns/parts.ts): at
 * the first `;` or `|` that starts a field, `<` that starts markup, `>` before a path (a
 * redirect, `>/dev/null`) or `\` that opens an escape but `\/`. Any other is the value's: `Ab3;xY9;kQ7z`,
 * `Ab3|xY9<kQ7z`, `Ab3\xY9>kQ7z` are passwords whole (leaks3). Linear.
 */
const SLASH = 0x2f;

function cutInside(bytes: Buffer, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if ((c === 0x3b || c === 0x7c) && fieldAt(bytes, i + 1)) return i; // ; |
    if (c === 0x3c && markupAt(bytes, i)) return i; // <
    if (c === 0x3e && bytes[i + 1] === 0x2f) return i; // >/
    // JSON's escaped slash is a value's own `/` (PHP's `json_encode`: `mysql:\/\/app:ab\/cd@db`).
    if (c === BACKSLASH) {
      if (escapeAt(bytes, i) && bytes[i + 1] !== SLASH) return i;
      if (bytes[i + 1] === BACKSLASH) i++;
    }
  }
  return end;
}

/**
 * Whether the value `[start, end)` is quoted, plain or with quotes written as escapes (`"`, `'`,
 * `\u0022`, `\x22`, `%22`, `&quot;`), or is a literal that holds its quotes (Python's `b'…'`): it
 * ends at its closing quote, and no cut inside applies.
 */
function isQuotedValue(bytes: Buffer, start: number, end: number): boolean {
  const before = bytes[start - 1];
  const last = bytes[end - 1];
  return (
    before === QUOTE || before === 0x27 || before === 0x3b || last === QUOTE || last === 0x27 ||
    (bytes[start - 6] === BACKSLASH && bytes[start - 5] === 0x75) ||
    (bytes[start - 4] === BACKSLASH && bytes[start - 3] === 0x78) ||
    bytes[start - 3] === 0x25
  );
}

/**
 * The end of a bare value without what belongs to its surroundings: the fields after it
 * (`password=x,role=admin`, `password=x;user=bob`), markup, a redirect or an escape after it
 * (`cutInside`), a trailing comma, and closing brackets it did not open
 * (`(password=abc)`, `User{password=abc}`). A value may hold commas and brackets
 * (`password=(BnNV,a}`); a quoted one (followed by its quote) is left as it is. Linear.
 */
function trimBareEnd(bytes: Buffer, start: number, valueEnd: number): number {
  const end = isQuotedValue(bytes, start, valueEnd) ? valueEnd : cutInside(bytes, start, valueEnd);
  const next = bytes[end];
  // A value in quotes is left whole; a bare one before the quote of a string it sits in loses the
  // brackets it did not open (logfmt's `secureJsonData="map[password:…]"`, review3 W1).
  const enclosed = (next === QUOTE || next === 0x27) && bytes[start - 1] === next;
  if (enclosed || next === BACKSLASH || closesHtmlQuote(bytes, start, end)) return end;
  let e = nextFieldAt(bytes, start, end);
  // Openers and closers of each kind inside the value, counted once.
  const opened = new Map<number, number>();
  for (let i = start; i < e; i++) {
    const c = bytes[i] as number;
    if (c === 0x28 || c === 0x5b || c === 0x7b) opened.set(c, (opened.get(c) ?? 0) + 1);
    else if (OPENER[c] !== undefined) opened.set(OPENER[c] as number, (opened.get(OPENER[c] as number) ?? 0) - 1);
  }
  while (e - 1 > start) {
    const last = bytes[e - 1] as number;
    if (last === 0x2c) {
      e--;
      continue;
    }
    // A sentence's full stop after a closer the value did not open: `(Environment=KEY=…).` (review3 W1).
    const before = OPENER[bytes[e - 2] as number];
    if (last === 0x2e && e - 2 > start && before !== undefined && (opened.get(before) ?? 0) < 0) {
      e--;
      continue;
    }
    const open = OPENER[last];
    // A closer the value opened itself stays; one it did not open is its surroundings'.
    if (open === undefined || (opened.get(open) ?? 0) >= 0) return e;
    opened.set(open, (opened.get(open) ?? 0) + 1);
    e--;
  }
  return e;
}

/**
 * Prose after a key, not a value: `password: must be at least 12 characters`. After `: `, one of
 * the vocabulary's prose words that more words follow. Any other word is a value, however it
 * reads (`password: letmein failed`).
 */
function isProse(ctx: ScanContext, bytes: Buffer, start: number, end: number): boolean {
  if (bytes[start - 1] !== 0x20 || end - start > 16) return false;
  let p = start - 1;
  while (p > 0 && bytes[p - 1] === 0x20) p--;
  if (bytes[p - 1] !== 0x3a) return false; // ':'
  // A contraction: the bare value ends at its apostrophe (`password: can't be blank`).
  if (bytes[end] === 0x27 && bytes[end + 1] === 0x74) end += 2; // 't
  const word = ctx.proseWords.has(latin1(bytes, start, end).toLowerCase());
  // A status word alone at the end of the line (`api_key: missing`) is prose as well.
  if (end === bytes.length || bytes[end] === 0x0a || bytes[end] === 0x0d) return word;
  if (bytes[end] !== 0x20) return false;
  const after = bytes[end + 1] as number;
  return after >= 0x61 && after <= 0x7a && word;
}

/** Trailing punctuation after a word in a sentence (`Missing --secret-key argument.`). */
const SENTENCE_END = /[.,;:!?]+$/;

/**
 * A long flag named, not given a value: in prose (docker login's `WARNING! Using --password via
 * the CLI is insecure`, `The --client-secret option is required`, `use --api-key or set API_KEY`)
 * the next word is one of the vocabulary's prose words; in help text (argparse, cobra) it is the
 * flag's own name in capitals, its metavar (`--api-key API_KEY`, `--password PASSWORD`). A quoted
 * value is a value whatever it reads (`--password 'the quick'`), and so is any other word.
 */
function isFlagProse(ctx: ScanContext, bytes: Buffer, start: number, end: number): boolean {
  if ((bytes[start - 1] !== 0x20 && bytes[start - 1] !== 0x09) || end - start > 40) return false;
  let p = start - 1;
  while (p > 0 && (bytes[p - 1] === 0x20 || bytes[p - 1] === 0x09)) p--;
  let f = p;
  while (f > 0 && isKeyChar(bytes[f - 1] as number)) f--;
  if (bytes[f] !== 0x2d || bytes[f + 1] !== 0x2d) return false; // --
  const word = latin1(bytes, start, end).replace(SENTENCE_END, '');
  if (/^[A-Za-z]+$/.test(word) && ctx.proseWords.has(word.toLowerCase())) return true;
  const bare = (name: string): string => name.toLowerCase().replace(/[-_.]/g, '');
  return /^[A-Z][A-Z0-9_-]*$/.test(word) && bare(word) === bare(latin1(bytes, f + 2, p));
}

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * A hex value that is a file's digest by its place: `sha256sum` output (`<hex>  <path>` or
 * `<hex> *<path>` opening the line, or after a log's prefix when a file's name ends the line:
 * a CI step's `2025-03-18T03:38:15Z <hex>  dist/app_linux_amd64.tar.gz`, round 43) or a
 * fingerprinted asset name (`app-<hex>.js`).
 */
function isFileDigest(bytes: Buffer, start: number, end: number, lineStart: number): boolean {
  for (let i = start; i < end; i++) if (!isHex(bytes[i] as number)) return false;
  if (bytes[end] === 0x20 && (bytes[end + 1] === 0x20 || bytes[end + 1] === 0x2a)) {
    if (start === lineStart) return true;
    const before = bytes[start - 1];
    // Or a JSON string's (`{"log":"<sha256>  dist/app.tar.gz\n"}`, Docker's log of sha256sum; review).
    if ((before === 0x20 || before === 0x09 || before === QUOTE) && endsInFileName(bytes, end + 2)) return true;
  }
  const before = bytes[start - 1];
  if (before !== 0x2d && before !== 0x2e && before !== 0x5f) return false; // - . _
  if (bytes[end] !== 0x2e) return false;
  let ext = end + 1;
  while (ext < bytes.length && ext - end <= 6 && isAlnum(bytes[ext] as number)) ext++;
  return ext - end >= 2 && ext - end <= 6 && (ext === bytes.length || !isAlnum(bytes[ext] as number));
}

/** Whether the line from `pos` is one file's name to its end: no space, a `.` or `/` in it. */
function endsInFileName(bytes: Buffer, pos: number): boolean {
  let p = bytes[pos] === 0x2a ? pos + 1 : pos;
  const from = p;
  let dotOrSlash = false;
  for (; p < bytes.length && bytes[p] !== 0x0a && bytes[p] !== 0x0d; p++) {
    const c = bytes[p] as number;
    // A JSON string's end, or its escaped line break, ends the name as the line's end does.
    if ((c === 0x22 && bytes[p - 1] !== BACKSLASH) || (c === BACKSLASH && (bytes[p + 1] === 0x6e || bytes[p + 1] === 0x72))) break;
    if (c === 0x20 || c === 0x09 || c === 0x22 || c === 0x27) return false;
    if (c === 0x2e || c === 0x2f) dotOrSlash = true;
  }
  return p > from && dotOrSlash;
}

/**
 * A call that wraps the secret, cut at its quote (`Some(`, `SecretStr(`): Rust's `Option` and
 * Pydantic's `SecretStr` as their Debug and repr print them, and any other call whose first
 * argument is quoted (the OpenTelemetry collector's debug exporter's `Slice(["…"])`, `String("…")`,
 * SQL's `crypt('…', gen_salt('bf'))`): the quoted argument is the value. Cut at the name, the
 * value had been the name, and the argument stayed (review3, L2).
 */
const WRAPPER_CALL = /^[A-Za-z_][A-Za-z0-9_.:]*(?:<[^<>()]*>)?\(\[?$/;
/** The wrappers that only ever hold the secret itself. */
const SECRET_WRAPPER = /^(?:Some|Secret[A-Za-z]*|Sensitive|Redacted|Masked|Protected)(?:<[^<>()]*>)?\(\[?$/;
/**
 * What another call's argument is when it names where the secret is rather than being it: an
 * environment variable (`os.environ.get("DB_PASSWORD")`), a lower-case key or path
 * (`get_secret("prod/api-key")`), or a lookup's camelCase name (`CAMEL_NAME`). The call then stays whole.
 */
const NAME_ARGUMENT = /^(?:[A-Z][A-Z0-9_]*|[a-z0-9]+(?:[-_./:][a-z0-9]+)*)$/;
/** A camelCase name of letters: a name only as a lookup's argument (`findProperty('nexusPassword')`); `String("correctHorse")` holds a value. */
const CAMEL_NAME = /^[a-z]+(?:[A-Z][a-z]+)+$/;
const LOOKUP_CALL = /(?:get|find|prop|env|read|load|fetch|lookup|config|param|secret)\w*\(\[?$/i;

/**
 * The quoted argument of a wrapper call the bare value `[start, end)` opens (`Some("…")`), as its
 * span; `null` when that argument is no candidate (`Some("[REDACTED]")`, `SecretStr('*****')`): the
 * call stays whole. `undefined` when the value is no such call (F6).
 */
function wrappedArgument(ctx: ScanContext, bytes: Buffer, start: number, end: number): readonly [number, number] | null | undefined {
  // Rust's secrecy crate prints its wrapper, a type and a mask (`SecretBox<str>([REDACTED])`,
  // `Secret([REDACTED alloc::string::String])`; round 40): nothing of the secret is there.
  if ((bytes[end] === 0x3c || bytes[end] === 0x28) && SECRECY_MASK.test(latin1(bytes, start, Math.min(lineEndOf(bytes, start), start + 160)))) return null;
  // A token key's bare value stops before a `(` (`token: Some("…")` gave `Some`): the call's
  // parenthesis and bracket are read here.
  let open = end;
  // A generic wrapper's type arguments (`SecretBox<str>("…")`, `Secret<String>("…")`).
  if (bytes[open] === 0x3c) {
    const closing = bytes.indexOf(0x3e, open);
    if (closing > open && closing - open <= 60 && bytes[closing + 1] === 0x28) open = closing + 1;
  }
  if (bytes[open] === 0x28 && bytes[open - 1] !== 0x28) {
    open++;
    if (bytes[open] === 0x5b) open++;
  }
  const call = latin1(bytes, start, open);
  // The argument's quotes may be escaped, as a line quoted in a JSON string has them
  // (`requireEnv(\"JWT_SECRET\")`; round 104): then `\"` opens and closes it.
  const escaped = bytes[open] === 0x5c && bytes[open + 1] === QUOTE;
  const first = escaped ? open + 2 : open + 1;
  const quote = bytes[first - 1];
  if ((quote !== QUOTE && quote !== 0x27) || !WRAPPER_CALL.test(call)) return undefined;
  const lineEnd = lineEndOf(bytes, open);
  const close = escaped ? bytes.indexOf('\\"', first) : bytes.indexOf(quote, first);
  const after = bytes[close + (escaped ? 2 : 1)];
  if (close < 0 || close >= lineEnd || (after !== 0x29 && after !== 0x5d && after !== 0x2c)) return undefined; // ) ] ,
  const argument = latin1(bytes, first, close);
  const named = !SECRET_WRAPPER.test(call) && (NAME_ARGUMENT.test(argument) || (CAMEL_NAME.test(argument) && LOOKUP_CALL.test(call)));
  return close > first && !named && ctx.isCandidateValue(argument) ? [first, close] : null;
}

/** A wrapper named in capitals, its type's arguments, then a mask in brackets as its one field. */
const SECRECY_MASK = /^[A-Z][A-Za-z0-9_]*(?:<[^<>()]{1,60}>)?\(\[REDACTED[^\]]*\]\)/;

const TEMPLATE_OPEN = Buffer.from('{{');
const TEMPLATE_CLOSE = Buffer.from('}}');

/**
 * Whether `[start, end)` lies inside a template expression on its line, or is a shell's message for
 * an unset variable: `{{resolve:secretsmanager:…:SecretString:password}}` (CloudFormation's dynamic
 * reference), `{{ .Values.db.password }}`, `${API_KEY:?API_KEY must be set}` (F6). What a template
 * fills in is not in the log.
 */
function inTemplate(bytes: Buffer, start: number, end: number): boolean {
  if (bytes[start] === 0x3f && bytes[start - 1] === 0x3a) return true; // `:?` of ${VAR:?message}
  const lineStart = lineStartOf(bytes, start, Math.max(0, start - 256));
  const before = bytes.subarray(lineStart, start);
  const open = before.lastIndexOf(TEMPLATE_OPEN);
  if (open < 0 || before.indexOf(TEMPLATE_CLOSE, open) >= 0) return false;
  const close = bytes.indexOf(TEMPLATE_CLOSE, start);
  return close >= 0 && close < lineEndOf(bytes, end);
}

/** Go's test result line before a value: `--- PASS: TestLogin (0.00s)` names a test, not a password. */
const GO_TEST_PASS = Buffer.from('--- PASS: ');

function isGoTestResult(bytes: Buffer, start: number): boolean {
  return start >= GO_TEST_PASS.length && bytes.subarray(start - GO_TEST_PASS.length, start).equals(GO_TEST_PASS);
}

/**
 * A field of logfmt or an env dump: `name=`, after an optional diff's `+` or `-`; or a command
 * line's next option (`--port`, `-jar`, `--host=db`).
 */
const FIELD_START = /^(?:[+-]?[A-Za-z_][A-Za-z0-9_.-]*=(?:[^=]|$)|--?[A-Za-z][A-Za-z0-9_.-]*(?:=|$))/;

const isBlank = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x09;

/**
 * Whether the value at `start` is the next field after a key left empty: `smtp_password= smtp_host=…`,
 * or one left empty too (`DB_PASSWORD= REDIS_PASSWORD=`; round 9),
 * a diff's `-SONAR_TOKEN= +SONAR_TOKEN=…` (round 4), the next option of a command line
 * (`--client-secret= --port 8443`, `-Dapp.apiKey= -jar app.jar`; round 5). Only after an `=`
 * glued to its key and blanks: `key = B=x…` (properties, INI) and YAML's `password: abc=def`
 * have values that hold an `=`.
 */
function isNextField(bytes: Buffer, start: number, text: string): boolean {
  let p = start - 1;
  if (!isBlank(bytes[p])) return false;
  while (isBlank(bytes[p])) p--;
  return bytes[p] === 0x3d && p > 0 && !isBlank(bytes[p - 1]) && FIELD_START.test(text);
}

/** An environment entry, `NAME=…`, as a list of them holds each (Docker's `"Env": ["A=1", …]`). */
const ENV_ENTRY = /^[A-Z_][A-Z0-9_]*=/;
/** How far back the list's previous item may open. */
const PREVIOUS_ITEM_REACH = 256;

/** The text of the quoted string that closes at `close` (its quote), if it opens within reach on its line. */
function stringClosingAt(bytes: Buffer, close: number): string | undefined {
  const quote = bytes[close];
  const from = Math.max(0, close - PREVIOUS_ITEM_REACH);
  for (let p = close - 1; p >= from; p--) {
    if (bytes[p] === quote) return latin1(bytes, p + 1, close);
    if (bytes[p] === NEWLINE) return undefined;
  }
  return undefined;
}

/**
 * Whether the quoted value at `[start, end)` is the next member of a list or object that the pair
 * shape of code (`put("password", "…")`) read as the value of the string before it: a key after a
 * sensitive key's name written as a value (`"#t":"password","#u":"updatedAt"`, a DynamoDB
 * expression's names; round 25), or an environment list's next entry after one
 * (`"POSTGRES_PASSWORD_FILE=/run/secrets/pg_password", "PGDATA=/var/lib/postgresql/data"`; round
 * 26). Only after such a string: a token used as a key (`{"a":"b","AKIA…":"ci"}`) is a token.
 */
function isNextMember(ctx: ScanContext, bytes: Buffer, start: number, end: number, text: string): boolean {
  let after = end;
  while (bytes[after] === BACKSLASH) after++;
  if (bytes[after] !== QUOTE && bytes[after] !== APOSTROPHE) return false;
  after++;
  while (isBlank(bytes[after])) after++;
  const key = bytes[after] === 0x3a;
  if (!key && !ENV_ENTRY.test(text)) return false;
  let before = start - 1;
  if (bytes[before] !== QUOTE && bytes[before] !== APOSTROPHE) return false;
  before--;
  while (bytes[before] === BACKSLASH) before--;
  while (isBlank(bytes[before])) before--;
  if (bytes[before] !== 0x2c) return false;
  before--;
  while (isBlank(bytes[before])) before--;
  if (bytes[before] !== QUOTE && bytes[before] !== APOSTROPHE) return false;
  const previous = stringClosingAt(bytes, before);
  if (previous === undefined) return false;
  return key ? ctx.keys.isSensitive(previous.replace(/\\+$/, '')) : ENV_ENTRY.test(previous);
}

/** A vendor's prefix (`SG.`, `ghp_`, `xoxb-`). */
const VENDOR_PREFIX = /^[A-Za-z0-9]{1,10}[._-]$/;

/**
 * Whether the bare value at `[start, end)` is a vendor's prefix before a name in angle brackets,
 * as docs write a key to fill in (`SENDGRID_API_KEY=SG.<key>`; round 29): a bare value stops at `<`.
 */
function isPrefixOfPlaceholder(bytes: Buffer, end: number, text: string): boolean {
  if (bytes[end] !== 0x3c || !VENDOR_PREFIX.test(text)) return false;
  // Within the name's reach only: a search to the buffer's end could repeat for every candidate.
  const close = bytes.subarray(end + 1, end + 35).indexOf(0x3e);
  return close > 0;
}

/**
 * Whether the value at `[start, end)` is the shown head of a masked one: a short head, then
 * three or more `*`, two or more `•` (UTF-8, as latin1 reads it) or `...`, then at most a short
 * tail (`sk-stLBu************y2qB`, `e8d•••••c2f2`, `3a1d03b7...424b`: SDKs' and HTTP clients'
 * masks; round 37). The rules' value classes stop at the mask, which a redaction would have
 * left standing with the tail: the line changed, nothing hidden.
 */
function isMaskedHead(bytes: Buffer, start: number, end: number): boolean {
  if (end - start > 24) return false;
  let at = end;
  if (bytes[at] === 0x2a) {
    while (bytes[at] === 0x2a) at++;
    if (at - end < 3) return false;
  } else if (bytes[at] === 0xe2 && bytes[at + 1] === 0x80 && bytes[at + 2] === 0xa2 && bytes[at + 3] === 0xe2) {
    while (bytes[at] === 0xe2 && bytes[at + 1] === 0x80 && bytes[at + 2] === 0xa2) at += 3;
  } else if (bytes[at] === 0x2e && bytes[at + 1] === 0x2e && bytes[at + 2] === 0x2e) {
    at += 3;
  } else if (bytes[at] === 0xe2 && bytes[at + 1] === 0x80 && bytes[at + 2] === 0xa6) {
    // One `…`, as a dashboard shows a key's first characters (`Bearer SG.cFjI…`, round 41).
    at += 3;
  } else {
    return false;
  }
  const tail = at;
  while (at < bytes.length && at - tail <= 8 && isWordByte(bytes[at] as number)) at++;
  return at - tail <= 8;
}

const isWordByte = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x2d;

const BYTES_WORD = Buffer.from(' bytes');

/**
 * Whether the value at `[start, end)` is a size: `kubectl describe secret` prints each key of a
 * Secret's data with its length, `password:  37 bytes`, never its value (round 4).
 */
function isByteCount(bytes: Buffer, end: number, text: string): boolean {
  if (!/^[0-9]+$/.test(text) || !bytes.subarray(end, end + BYTES_WORD.length).equals(BYTES_WORD)) return false;
  const after = bytes[end + BYTES_WORD.length];
  return after === undefined || !/[A-Za-z0-9_]/.test(String.fromCharCode(after));
}

/**
 * Whether the "key" before a value set off by blanks alone is a path's last name: Docker's
 * `POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password POSTGRES_USER=app` names a file, and
 * what follows is the env dump's next variable, not the secret (round 35).
 */
function namesPath(bytes: Buffer, start: number, lineStart: number): boolean {
  let i = start;
  while (i > lineStart && (bytes[i - 1] === 0x20 || bytes[i - 1] === 0x09)) i--;
  if (i === start) return false;
  const limit = Math.max(lineStart, i - 96);
  while (i > limit && isKeyByte(bytes[i - 1] as number)) i--;
  return i > lineStart && bytes[i - 1] === 0x2f;
}

const isKeyByte = (b: number): boolean => isWordByte(b) || b === 0x2e;

/**
 * Whether the value follows a shell's empty assignment, `NAME=` then a blank: the shell sets NAME
 * to nothing, and the word after is the command (`+ PGPASSWORD= psql -h db`; round 115). Only a
 * name in capitals, as environments spell them, at a word's start (`password= hunter2` in a log's
 * own words is a value), and only before a command with flags (`isCommandWithFlags`).
 */
function isEmptyShellAssignment(bytes: Buffer, start: number): boolean {
  let i = start;
  while (i > 0 && (bytes[i - 1] === 0x20 || bytes[i - 1] === 0x09)) i--;
  if (i === start || bytes[i - 1] !== 0x3d) return false;
  let k = i - 1;
  let letters = 0;
  while (k > 0) {
    const b = bytes[k - 1] as number;
    if (b >= 0x41 && b <= 0x5a) letters++;
    else if (!((b >= 0x30 && b <= 0x39) || b === 0x5f)) break;
    k--;
  }
  const before = bytes[k - 1];
  return letters >= 2 && k < i - 1 && (k === 0 || before === 0x20 || before === 0x09 || before === 0x3b || before === 0x0a);
}

/** Whether a value reads as a command given flags: a program's name or path, then a blank and a `-` (`psql -h db`). */
function isCommandWithFlags(bytes: Buffer, end: number, text: string): boolean {
  if (!/^(?:\.{0,2}\/)?(?:[a-z0-9_.-]+\/)*[a-z][a-z0-9_.-]*$/.test(text)) return false;
  let i = end;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  return i > end && bytes[i] === 0x2d;
}

/** The rule-level checks for a span: newline, value, entropy, generic context. */
function acceptsSpan(ctx: ScanContext, rule: CompiledRule, bytes: Buffer, start: number, end: number): boolean {
  if (end <= start) return false;
  // Within the span only: to the line's end, on a line of megabytes with many candidates, this
  // search was the scan's cost, quadratic (5 MB: ~14–28 s).
  if (bytes.subarray(start, end).indexOf(NEWLINE) >= 0) return false;
  // A placeholder of ours, a part of one, or the characters `partial` shows before one
  // (`687X[REDACTED:one-time-code:len50]`) is never a secret: a second scrub changes nothing.
  if (insidePlaceholder(bytes, start) || bytes.subarray(Math.max(0, start - PLACEHOLDER_OPENING.length + 1), end + PLACEHOLDER_OPENING.length).includes(PLACEHOLDER_OPENING)) return false;
  // Nor what a first scrub left glued after one (the rest of an auditd hex field it cut).
  if (bytes[start - 1] === 0x5d && insidePlaceholder(bytes, start - 1)) return false;
  const text = latin1(bytes, start, end);
  const { spec } = rule;
  // A config's own rule: its value policy is its author's (`isOwnValue`), its shape checks its own.
  if (rule.custom) return ctx.isOwnValue(text) && shapeAccepts(ctx, rule, bytes, start, end, text);
  if (!ctx.isCandidateValue(text) || isNextField(bytes, start, text) || isByteCount(bytes, end, text) || isNextMember(ctx, bytes, start, end, text) || isPrefixOfPlaceholder(bytes, end, text) || isMaskedHead(bytes, start, end)) return false;
  if (spec.family === 'generic' && isEmptyShellAssignment(bytes, start) && isCommandWithFlags(bytes, end, text)) return false;
  // A count under a secret key's plural (`max_tokens=100`, `{"total_tokens":42}`, `sessions: 3`):
  // a config's keys are strict in text, and `{"vault_tokens":42}` lost its count, JSON and all (a review's).
  if (NUMBER.test(text) && isPluralOfSecretKey(ctx, keyBefore(bytes, start, lineStartOf(bytes, start, Math.max(0, start - 128))))) return false;
  return shapeAccepts(ctx, rule, bytes, start, end, text);
}

const NUMBER = /^[0-9]+$/;

/** Whether `key` is a secret key's plural (`tokens`, `api_keys`) and no secret key itself. */
const isPluralOfSecretKey = (ctx: ScanContext, key: string): boolean =>
  key.length > 1 && /s$/i.test(key) && !ctx.keys.isSensitive(key) && ctx.keys.isSensitive(key.slice(0, -1));

/** A rule's own shape checks on a value: its token shape, entropy floor, and a generic rule's context. */
function shapeAccepts(ctx: ScanContext, rule: CompiledRule, bytes: Buffer, start: number, end: number, text: string): boolean {
  const { spec } = rule;
  if (spec.tokenShape === true && !looksLikeToken(text, spec.generic === true)) return false;
  if (spec.minEntropy !== undefined && shannonEntropy(bytes, start, end) < entropyFloor(spec.minEntropy, spec.tokenShape === true, text)) return false;
  if (spec.generic === true) {
    const lineStart = lineStartOf(bytes, start, Math.max(0, start - 128));
    if (isFileDigest(bytes, start, end, lineStart)) return false;
    if (ctx.keys.isSafe(keyBefore(bytes, start, lineStart))) return false;
    if (namesPath(bytes, start, lineStart)) return false;
    if (ctx.inDigest(bytes, start, lineStart)) return false;
  }
  return true;
}

/**
 * A secret found by its context (`token=…`, a JSON key) may be a known token shape: label it
 * with the specific rule when that rule's match covers the whole value. The span stays the same.
 */
function labelFor(ctx: ScanContext, rule: CompiledRule, bytes: Buffer, start: number, end: number, lineSet: readonly number[]): string {
  const value = latin1(bytes, start, end);
  // A value's rules are among its line's: screen them by keyword in JS before asking RE2.
  return labelAmong(ctx, rule, value, ctx.detector.shapesIn(lineSet, value));
}

/** `labelFor` among the value's rules already screened (`shapes`). */
function labelAmong(ctx: ScanContext, rule: CompiledRule, value: string, shapes: readonly number[]): string {
  for (const i of shapes) {
    const candidate = ctx.detector.rules[i] as CompiledRule;
    if (candidate === rule) continue;
    // Only whether its match is the whole value: no groups, no result (issue 9).
    if (candidate.regex.coversWhole(value)) return candidate.id;
  }
  return rule.id;
}

/**
 * Where a value that cannot be read as JSON ends (Python's `NaN`, a trailing comma, nesting past
 * the parser's depth, a record cut short): a bare run; a quoted value to its closing quote; an
 * object or array to the bracket that closes it, strings skipped, else to the end of the line.
 * Fail closed: all of it goes, so nothing of a secret inside it survives. A quoted string that a
 * word introduces (`Value "…"`) is marked so: the string is the value, whatever it holds.
 */
function failClosedSpan(bytes: Buffer, pos: number, level: number): readonly [number, number] | readonly [number, number, 'introduced'] | undefined {
  const lineEnd = lineEndOf(bytes, pos);
  let p = pos;
  while (p < lineEnd && (bytes[p] === 0x20 || bytes[p] === 0x09)) p++;
  if (bytes[p] === 0x7b || bytes[p] === 0x5b) return [p, bracketEnd(bytes, p, lineEnd, level)];
  // The value's opening quote, at any level (`"`, `\"`, `\\\"`).
  let q = p;
  while (bytes[q] === BACKSLASH) q++;
  if (bytes[q] === QUOTE) p = q + 1;
  let end = p;
  while (end < lineEnd) {
    const c = bytes[end] as number;
    if (c === QUOTE || c === BACKSLASH || c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20) break;
    end++;
  }
  // A call (`String("…")`, Go's `Slice(["…"])`): its arguments go with it, to its closing
  // parenthesis, not just its name, which left the argument in place (review3, L2).
  if (bytes[end - 1] === 0x28) return [p, callEnd(bytes, end, lineEnd)];
  // A word that introduces the value, in prose after the key (round 24: `"APP_KEY": Value "…"`,
  // `field "password": value="…"`): the quoted string after it goes, not the word.
  if (q === p) {
    const introduced = introducedString(bytes, p, end, lineEnd);
    if (introduced !== undefined) return [...introduced, 'introduced'];
  }
  return end > p ? [p, end] : undefined;
}

/** Words that say what follows them is the value. */
const INTRODUCING_WORDS: ReadonlySet<string> = new Set(['value', 'val', 'is', 'was']);

/**
 * The quoted string that the bare word at [`start`, `end`) introduces, when the word says it is
 * the value (`value`, `is`, `was`): after blanks, a `:` or an `=` (`Value "…"`, `value="…"`,
 * `value: '…'`, `value = "…"`). The string's quote may be written as an escape (`\\"`); it
 * closes where the same escape does.
 */
function introducedString(bytes: Buffer, start: number, end: number, lineEnd: number): readonly [number, number] | undefined {
  const last = bytes[end - 1];
  const assigned = last === 0x3d || last === 0x3a;
  if (!INTRODUCING_WORDS.has(bytes.toString('latin1', start, assigned ? end - 1 : end).toLowerCase())) return undefined;
  let open = end;
  const skipBlanks = (): void => {
    while (open < lineEnd && (bytes[open] === 0x20 || bytes[open] === 0x09)) open++;
  };
  skipBlanks();
  if (!assigned && (bytes[open] === 0x3d || bytes[open] === 0x3a)) {
    open++;
    skipBlanks();
  }
  if (open === end && !assigned) return undefined;
  let at = open;
  while (bytes[at] === BACKSLASH) at++;
  const quote = bytes[at];
  if (quote !== QUOTE && quote !== 0x27) return undefined;
  const escapes = at - open;
  for (let c = at + 1; c < lineEnd; c++) {
    if (bytes[c] !== quote) continue;
    let b = c;
    while (b > at + 1 && bytes[b - 1] === BACKSLASH) b--;
    if (c - b === escapes) return [at + 1, c - escapes];
  }
  return undefined;
}

/** Where the call whose `(` ends before `pos` closes: after its `)`, strings skipped; the line's end if it does not. */
function callEnd(bytes: Buffer, pos: number, lineEnd: number): number {
  let depth = 1;
  let quote = 0;
  for (let i = pos; i < lineEnd; i++) {
    const c = bytes[i] as number;
    if (c === BACKSLASH) i++;
    else if (quote !== 0) quote = c === quote ? 0 : quote;
    else if (c === QUOTE || c === 0x27) quote = c;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return lineEnd;
}

/** A YAML block scalar's indicator with its optional chomping and indentation: `|`, `>-`, `|2+`. */
const BLOCK_INDICATOR = /^[|>](?:[+-][1-9]?|[1-9][+-]?)?$/;

/** The first byte at or after `pos` that is not a space or tab. */
function firstByte(bytes: Buffer, pos: number): number | undefined {
  let p = pos;
  while (bytes[p] === 0x20 || bytes[p] === 0x09) p++;
  return bytes[p];
}

/** Shorter strings in a plural container (`"tokens": [...]`) are words, not credentials. */
const PLURAL_LEAF_MIN_LENGTH = 8;

/** `tokens`, `apiKeys`: a sensitive key's plural, before an array or an object. */
function isPluralContainer(ctx: ScanContext, key: string, first: number | undefined): boolean {
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x73 && last !== 0x53) return false; // s S
  // Not a safe plural itself (SES's `"DkimTokens":[…]`, public DNS names; round 75).
  return (first === 0x5b || first === 0x7b) && !ctx.keys.isSafe(key) && ctx.keys.isSensitive(key.slice(0, -1));
}

/** A safe key that names an id (`kid`, `keyId`, `tokenId`): the safe keys whose last letters say so. */
const isSafeId = (ctx: ScanContext, key: string): boolean => /id$/.test(normalizeKey(key)) && ctx.keys.isSafe(key);

/** A sensitive JSON key: every leaf of its value goes. Returns where scanning resumes, or −1. */
function acceptJsonKey(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[], lineSet: readonly number[]): number {
  const keySpan = m.match.groups[1];
  if (keySpan === undefined) return -1;
  const key = latin1(bytes, keySpan[0], keySpan[1]);
  // The key's opening quote tells how many JSON strings hold it (issue 7: any depth).
  const level = jsonLevelAt(bytes, keySpan[0] - 1);
  if (level < 0) return -1;
  const valueStart = m.match.end;
  // A plural (`"tokens"`, `"apiKeys"`) holds secrets only as a container: `"max_tokens":4096` is a count.
  const plural = !ctx.keys.isSensitive(key);
  if (plural && !isPluralContainer(ctx, key, bytes[valueStart])) return -1;
  const value = scanJsonValue(bytes, valueStart, bytes.length, level);
  const { rule } = m;
  if (value === null) {
    // Not JSON after all (prose, or a truncated record): fail closed on what follows the key.
    const span = failClosedSpan(bytes, valueStart, level);
    if (span === undefined) return -1;
    // A string a word introduced that is no candidate (a placeholder, ours too) is still the
    // value: the word stays for other rules to take as one, so a second run changes nothing.
    if (!ctx.isCandidateValue(latin1(bytes, span[0], span[1]))) return span.length > 2 ? span[1] : -1;
    // A YAML block indicator (`"password": |`) opens a value on the next lines: the block-scalar
    // rule's, which a match here would hide (review-leaks).
    if (BLOCK_INDICATOR.test(latin1(bytes, span[0], span[1]))) return -1;
    // An object or array gone whole becomes a string placeholder, so valid JSON stays valid.
    const whole = bytes[span[0]] === 0x7b || bytes[span[0]] === 0x5b;
    findings.push(whole ? { ruleId: rule.id, start: span[0], end: span[1], wrap: quoteAt(level) } : { ruleId: rule.id, start: span[0], end: span[1] });
    return span[1];
  }
  const quote = quoteAt(level);
  // An object of metadata under `session` or `csrf` is walked (issue 7): its `id` goes, and the
  // scan resumes inside it, where nested sensitive keys are found on their own. So is an object
  // of metadata under any sensitive key, one with a member that names metadata (an OAuth token
  // response's `expires_in`, CloudTrail's `"credentials":{…,"expiration":…}`, a secret's `name`
  // and `version`): there a member of a name of its own goes only when it looks like a random
  // token, and numbers stay numbers (review3: every member went, `3600` became a string).
  // So is a list of such objects (Microsoft Graph's `"passwordCredentials":[{"displayName":…,
  // "endDateTime":…,"keyId":…}]`, an application's secrets described; round 45).
  const opening = firstByte(bytes, valueStart);
  const object = opening === 0x7b || (opening === 0x5b && firstByte(bytes, bytes.indexOf(0x5b, valueStart) + 1) === 0x7b);
  // A list of such objects under `session` too: a Cognito trigger's `"session":[{"challengeName":…,
  // "challengeResult":…}]` is the sign-in's history (round 75).
  const container = !plural && object && ctx.keys.isContainer(key);
  const walk = container || (object && hasMetadataMember(bytes, value.leaves));
  const before = findings.length;
  for (const leaf of value.leaves) {
    const member = leaf.member === undefined ? undefined : latin1(bytes, leaf.member[0], leaf.member[1]);
    if (member !== undefined && !container && DESCRIBING_MEMBERS.has(normalizeKey(member))) continue;
    // A leaf of a nested object that a safe key names as an id: a key's (`"credentials":{"signing":
    // {"kid":…}}`, Okta's app; round 112). Not a member of the value itself (a password's
    // `{"digest":…}` goes), nor one under a sensitive member (`{"password":{"sha256":…}}`), nor a
    // safe key that names no id (`"client_token"` in a credentials object is a token; a review's).
    if (leaf.key !== undefined && member !== undefined && !ctx.keys.isSensitive(member) && isSafeId(ctx, latin1(bytes, leaf.key[0], leaf.key[1]))) continue;
    if (walk && (member === undefined || !ctx.keys.isContainerSecret(member))) {
      if (container || leaf.isNumber || (member !== undefined && (METADATA_MEMBERS.has(normalizeKey(member)) || ctx.keys.isSafe(member))) || !looksRandom(bytes, leaf.start, leaf.end)) continue;
    }
    // A leaf of a nested object that its own key names as metadata: n8n's credentials of a node,
    // `"credentials":{"slackApi":{"id":"8","name":"Slack account"}}` (round 87), unless it reads as a token.
    if (leaf.key !== undefined && !leaf.isNumber && METADATA_MEMBERS.has(normalizeKey(latin1(bytes, leaf.key[0], leaf.key[1]))) && !looksRandom(bytes, leaf.start, leaf.end)) continue;
    if (!ctx.isCandidateValue(latin1(bytes, leaf.start, leaf.end))) continue;
    // In a plural container, counts (`"tokens":{"input":12}`) and words (a tokenizer's `["the","cat"]`) stay.
    if (plural && (leaf.isNumber || leaf.end - leaf.start < PLURAL_LEAF_MIN_LENGTH)) continue;
    // A number under an id's name is an id: Snowflake's and Amplitude's `"sessionId": 20417283096180`
    // (rounds 46 and 48), a row's `"session_id": 42`. A token is never written as a JSON number.
    if (leaf.isNumber && NUMBER_ID_KEY.test(normalizeKey(member ?? key))) continue;
    if (leaf.isNumber) {
      findings.push({ ruleId: rule.id, start: leaf.start, end: leaf.end, wrap: quote });
    } else {
      findings.push({ ruleId: labelFor(ctx, rule, bytes, leaf.start, leaf.end, lineSet), start: leaf.start, end: leaf.end });
    }
  }
  // A lone string that is no candidate here (a URL) is left to the other rules, as under any
  // other key: `"secret":"https://hooks.slack.com/services/…"` hid the webhook's rule (round 120).
  // So is an empty `[]` or `{}` that a word follows: no JSON, but Go's `[]string{"…"}` (round 117).
  if (findings.length === before && ((opening !== 0x7b && opening !== 0x5b) || (value.leaves.length === 0 && isWordByte(bytes[value.end] ?? 0)))) return -1;
  return walk ? valueStart : value.end;
}

/**
 * Members that name metadata, not a secret: an object under a sensitive key that holds one is
 * described, not a map of secrets (`"secrets":{"DB_URL":…}` has none, and every member goes).
 */
const METADATA_MEMBERS: ReadonlySet<string> = new Set(
  // `origin`: Spring Boot's /actuator/env and /actuator/configprops print each property as
  // `{"value":…,"origin":"class path resource [application.yml] - 66:26"}` (round 28).
  // Microsoft Graph's credentials of an application (`displayName`, `startDateTime`, `hint`: a
  // secret's first three characters; round 45) and a JSON Schema's description of a field
  // (`"api_key":{"type":"string","pattern":"^pw_live_[A-Za-z0-9]{32}$"}`; round 49).
  [
    'expires in', 'expires at', 'expires', 'expiration', 'expiry', 'expiry date', 'token type', 'type', 'scope', 'name', 'version', 'version id', 'arn',
    'created', 'created at', 'created date', 'updated at', 'last used', 'status', 'kind', 'ttl', 'length', 'issuer', 'audience', 'origin',
    'display name', 'start date time', 'end date time', 'hint', 'usage', 'pattern', 'format', 'description', 'min length', 'max length', 'read only', 'write only',
    // A passkey's public credential as a registration logs it (`{"id":…,"publicKey":…,"aaguid":…,"signCount":0}`; round 52).
    'aaguid', 'sign count', 'transports',
  ].map((k) => normalizeKey(k)),
);

/**
 * Members that say who holds or issues a credential, never the credential: Okta's user
 * `"credentials":{"password":{},"provider":{"type":"OKTA","name":"OKTA"}}` (round 78). Their
 * leaves stay; unlike `METADATA_MEMBERS` they do not make the object one of metadata, so its other
 * members (a recovery question's answer) still go.
 */
const DESCRIBING_MEMBERS: ReadonlySet<string> = new Set(['provider'].map((k) => normalizeKey(k)));

/** A key whose number is an id (`sessionId`, `session_id`, `sid`), by its normalized name. */
const NUMBER_ID_KEY = /id$/;

function hasMetadataMember(bytes: Buffer, leaves: readonly JsonLeaf[]): boolean {
  return leaves.some((leaf) => leaf.member !== undefined && METADATA_MEMBERS.has(normalizeKey(latin1(bytes, leaf.member[0], leaf.member[1]))));
}

/** A member value that reads as a random token (the shape and entropy a token-named key asks for). */
function looksRandom(bytes: Buffer, start: number, end: number): boolean {
  const text = latin1(bytes, start, end);
  return text.length >= 16 && !/[\s:]/.test(text) && looksLikeToken(text) && shannonEntropy(bytes, start, end) >= entropyFloor(3.5, true, text);
}

/**
 * A cookie whose value is a URL with no user in it, plain or percent-encoded: where to go back to
 * after a login (`next-auth.callback-url=http%3A%2F%2F…`, round 54), named like an auth cookie but
 * opening nothing. A token in its query is still found by the query's own rules.
 */
const COOKIE_URL = /^https?(?::|%3A)(?:\/\/|%2F%2F)(?![^/?#]*(?:@|%40))/i;

function isCookieSecret(ctx: ScanContext, name: string, bytes: Buffer, start: number, end: number): boolean {
  const t = ctx.thresholds;
  if (end - start < t.cookieMinLength || ctx.keys.isSafe(name)) return false;
  const value = latin1(bytes, start, end);
  if (!ctx.isCandidateValue(value) || COOKIE_URL.test(value)) return false;
  if (ctx.isSecretCookieName(name)) return shannonEntropy(bytes, start, end) >= t.sessionCookieMinEntropy;
  return hasTokenRun(bytes, start, end, t.tokenCookieMinLength) && looksLikeToken(value) && shannonEntropy(bytes, start, end) >= t.tokenCookieMinEntropy;
}

/**
 * Whether `bytes[start, end)` holds `length` letters, digits, `_` or `-` in a row: a cookie value
 * is a token only with such a run, as the rule's anchor says (tier 1 wakes the rule on nothing
 * less; fast-check found `Path=/password=(L2C4DrYm6A!Vfz=h` taken without one).
 */
function hasTokenRun(bytes: Buffer, start: number, end: number, length: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    run = isAlnum(c) || c === 0x5f || c === 0x2d ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

/**
 * A Cookie header: each `name=value` pair on its own. Returns the end of the header's name, not of
 * its value: every other rule still reads the pairs (an AWS key or a JWT in any cookie).
 */
function acceptCookieHeader(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[], lineSet: readonly number[]): number {
  const lineEnd = lineEndOf(bytes, m.match.end);
  let end = m.match.end;
  // The header's value ends at its closing quote, also one written as a reference (`&quot;`, escq2):
  // its `;` would end a pair, and the pair's value would take the `&quot` before it. A header opened
  // by a single quote (`curl -H 'Cookie: …' https://…`, Python's `{'Cookie': '…'}`) ends at the next
  // one: its last value took the quote and the URL after it (W1).
  const closer = bytes[m.match.start - 1] === APOSTROPHE || bytes.subarray(m.match.start, m.match.end).includes(APOSTROPHE) ? APOSTROPHE : QUOTE;
  while (end < lineEnd && bytes[end] !== QUOTE && bytes[end] !== closer && bytes[end] !== BACKSLASH && bytes[end] !== 0x0d && !htmlQuoteAt(bytes, end)) end++;
  let pair = m.match.end;
  while (pair < end) {
    let next = bytes.indexOf(0x3b, pair); // ';'
    if (next < 0 || next > end) next = end;
    while (pair < next && bytes[pair] === 0x20) pair++;
    // Within this pair only: a header of many pairs without '=' stays linear.
    const at = bytes.subarray(pair, next).indexOf(0x3d); // '='
    const eq = at < 0 ? -1 : pair + at;
    // A name holds no blank: where a pair's text has one (a command line's `--cookie=` and the rest
    // of the line), the name is the word before its `=`, as the rule's anchor reads it.
    // Blanks before the `=` are no part of it (`remember_me =…`).
    let nameEnd = eq;
    while (nameEnd > pair && (bytes[nameEnd - 1] === 0x20 || bytes[nameEnd - 1] === 0x09)) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > pair && bytes[nameStart - 1] !== 0x20 && bytes[nameStart - 1] !== 0x09) nameStart--;
    if (nameEnd > nameStart) {
      const name = latin1(bytes, nameStart, nameEnd);
      let valueEnd = next;
      while (valueEnd > eq + 1 && bytes[valueEnd - 1] === 0x20) valueEnd--;
      if (isCookieSecret(ctx, name, bytes, eq + 1, valueEnd)) {
        findings.push({ ruleId: labelFor(ctx, m.rule, bytes, eq + 1, valueEnd, lineSet), start: eq + 1, end: valueEnd });
      }
    }
    pair = next + 1;
  }
  // The name alone: what follows it (`: `, `":"`) is no secret, and a token may begin there, its
  // escape first (`cookie: \\n<hex>`: the separator's backslashes would have cut `\\n` in two).
  let nameEnd = m.match.start;
  while (nameEnd < m.match.end && isKeyChar(bytes[nameEnd] as number)) nameEnd++;
  return nameEnd;
}

/**
 * A Set-Cookie header's one cookie: its value goes by the Cookie header's policy (`isCookieSecret`),
 * so `lang=en-US`, `_ga=GA1.1…`, `cookie_consent=accepted` and `session=deleted` stay while a
 * session, auth or token-shaped value goes (F5). Returns the end of the value, or −1.
 */
function acceptSetCookie(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[], lineSet: readonly number[]): number {
  const name = m.match.groups[1];
  const value = m.match.groups[2];
  if (name === undefined || value === undefined) return -1;
  let end = value[1];
  while (end > value[0] && bytes[end - 1] === 0x20) end--;
  if (!isCookieSecret(ctx, latin1(bytes, name[0], name[1]), bytes, value[0], end)) return -1;
  findings.push({ ruleId: labelFor(ctx, m.rule, bytes, value[0], end, lineSet), start: value[0], end });
  return m.match.end;
}

/** What every placeholder of ours starts with (`[REDACTED:jwt]`, `[REDACTED:jwt:1a2b3c4d]`). */
const PLACEHOLDER_OPENING = Buffer.from('[REDACTED:');
/** Longer than any placeholder's opening and rule id: a look-back that far finds its `[`. */
const PLACEHOLDER_REACH = 96;

/**
 * Whether `[start, end)` is one placeholder of ours, whole (in its quotes, if any; `partial`'s
 * with the characters it shows before it).
 */
function isPlaceholderValue(bytes: Buffer, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (e > s && (bytes[e - 1] === QUOTE || bytes[e - 1] === 0x27 || bytes[e - 1] === BACKSLASH)) e--;
  while (s < e && (bytes[s] === QUOTE || bytes[s] === 0x27 || bytes[s] === BACKSLASH)) s++;
  if (e - s <= PLACEHOLDER_OPENING.length || bytes[e - 1] !== 0x5d) return false;
  const open = bytes.subarray(s, e).indexOf(PLACEHOLDER_OPENING);
  return open >= 0 && open <= 16 && bytes.subarray(s + open, e - 1).indexOf(0x5d) < 0;
}

/**
 * Whether `at` lies inside a placeholder of ours: after `[REDACTED:` and before its `]`. A match
 * starting there took the rule id for a key (`[REDACTED:openai-api-key]: 401` read as the key
 * `api-key` and its value `401`), and a second scrub would change what the first wrote.
 */
function insidePlaceholder(bytes: Buffer, at: number): boolean {
  const before = bytes.subarray(Math.max(0, at - PLACEHOLDER_REACH), at);
  const open = before.lastIndexOf(PLACEHOLDER_OPENING);
  return open >= 0 && before.indexOf(0x5d, open + PLACEHOLDER_OPENING.length) < 0; // no `]` yet
}

/**
 * A JSON Web Key's private members, `d`, `p`, `q`, `dp`, `dq`, `qi` (RSA, EC, OKP) and `k`
 * (symmetric), quoted plainly or inside a JSON string, or as Node's util.inspect and Python's
 * repr print them (`d: '…'`, `'d': '…'`; round 71), with a base64url value. One-letter names
 * are a key's only on a line that names a key type (the `jwk` rule's match), so they are looked
 * for there, on either side of it.
 */
const JWK_PRIVATE_MEMBER = /(?:\\*"(?:d|p|q|dp|dq|qi|k)\\*"|'(?:d|p|q|dp|dq|qi|k)'|(?<![\w$])(?:d|p|q|dp|dq|qi|k))[ \t]*:[ \t]*(?:\\*"([A-Za-z0-9_-]{16,}={0,2})\\*"|'([A-Za-z0-9_-]{16,}={0,2})')/g;

/** Pushes the private members of the JWK line a `jwk` match names; scanning resumes after the match. */
function acceptJwk(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const lineStart = lineStartOf(bytes, m.match.start, 0);
  const line = latin1(bytes, lineStart, lineEndOf(bytes, m.match.start));
  let found = false;
  for (const member of line.matchAll(JWK_PRIVATE_MEMBER)) {
    const value = (member[1] ?? member[2]) as string;
    if (!ctx.isCandidateValue(value)) continue;
    const start = lineStart + (member.index as number) + member[0].lastIndexOf(value);
    findings.push({ ruleId: m.rule.id, start, end: start + value.length });
    found = true;
  }
  return found ? m.match.end : -1;
}

/** What separates two members of a JSON object of strings, `", "key": "`, in a string of either level (`\\"`). */
const MEMBER_SEPARATOR = /"[ \t]*,[ \t]*"[^"\\{}]*"[ \t]*:[ \t]*"/g;
const ESCAPED_MEMBER_SEPARATOR = /\\"[ \t]*,[ \t]*\\"[^"\\{}]*\\"[ \t]*:[ \t]*\\"/g;

/**
 * The string values of a JSON object that holds secrets only (a Kubernetes Secret's `data`): the
 * rule's group runs from the first value to the end of the last, and each value goes on its own,
 * so every key stays (W2: `{"username":"…","password":"…"}` became one value under `username`).
 * A member whose value is no string (`null`) stays inside the value before it.
 */
function acceptObjectValues(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const span = secretSpan(m);
  if (span === undefined) return -1;
  const separator = bytes[span[0] - 2] === BACKSLASH ? ESCAPED_MEMBER_SEPARATOR : MEMBER_SEPARATOR;
  const text = latin1(bytes, span[0], span[1]);
  const before = findings.length;
  const push = (from: number, to: number): void => {
    if (to > from && ctx.isCandidateValue(text.slice(from, to))) findings.push({ ruleId: m.rule.id, start: span[0] + from, end: span[0] + to });
  };
  let from = 0;
  for (const member of text.matchAll(separator)) {
    push(from, member.index);
    from = member.index + member[0].length;
  }
  push(from, text.length);
  return findings.length > before ? m.match.end : -1;
}

/**
 * A member of a decoded JSON object: its key, and its value to its quote (an escaped one too: the
 * value only has to be told from a placeholder) or to the next `,` `}` `]` or space. Classes only,
 * no alternation inside a repetition: V8 backtracks on a stack of its own, and a decoded run of
 * megabytes must not overflow it.
 */
const DECODED_MEMBER = /"([^"\\]{1,64})"[ \t\r\n]*:[ \t\r\n]*(?:"([^"]*)"|([^,}\]\s]+))/g;

/** A URL with a password in it, as a connection string opens: `postgres://user:<password>@…`. */
const DECODED_URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i;

/**
 * A base64 run of JSON (`eyJ…`) or of a connection string (`cG9zdGdyZXM6Ly…`, Kubernetes Secret
 * data): it goes whole when the JSON in it has a sensitive key with a value that is one
 * (`{"password":"…"}` in Docker's X-Registry-Auth), by the key policy and value policy the JSON
 * rules use, or when the URL in it has a password; else it stays (`{"id":1042}` cursors,
 * `redis://cache:6379`). Node decodes both alphabets.
 */
function acceptBase64Json(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const span = secretSpan(m);
  if (span === undefined) return -1;
  const json = Buffer.from(latin1(bytes, span[0], span[1]), 'base64').toString('latin1');
  const password = DECODED_URL_PASSWORD.exec(json)?.[1];
  if (password !== undefined && ctx.isCandidateValue(password)) {
    findings.push({ ruleId: m.rule.id, start: span[0], end: span[1] });
    return span[1];
  }
  for (const member of json.matchAll(DECODED_MEMBER)) {
    const value = member[2] ?? member[3] ?? '';
    if (ctx.keys.isSensitive(member[1] as string) && ctx.isCandidateValue(value)) {
      findings.push({ ruleId: m.rule.id, start: span[0], end: span[1] });
      return span[1];
    }
  }
  return -1;
}

/**
 * A finding that stopped at a quote carried to its argument's end, where no space comes first: an
 * argument is whole, and a rule stops at a quote it takes for the shell's (`-plp#7IMIYR9"Hw7b`;
 * round 118). One that stopped elsewhere stops there (`…:<pw>@db.example.com`).
 */
function argumentEnd(decoded: AuditText, end: number): number {
  if (decoded.text[end] !== QUOTE && decoded.text[end] !== 0x27) return end;
  let e = end;
  while (e > 0 && e < decoded.text.length && decoded.field[e] === decoded.field[e - 1] && decoded.text[e] !== 0x20) e++;
  return e;
}

/**
 * An audit record's hex-encoded string (`audit-hex.ts`): the rules read the text it holds, with an
 * EXECVE record's other arguments, and each finding there goes as the hex of its bytes. A field
 * that holds text is the rule's, finding or not, so the hex is no token to the other rules; one
 * that does not (a token, a digest written in hex) is left to them. An EXECVE record's arguments
 * are read once: the scan resumes after the last.
 */
function acceptAuditHex(ctx: ScanContext, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const span = secretSpan(m);
  if (span === undefined || decodedDepth >= MAX_DECODED_DEPTH) return -1;
  const decoded = decodeAuditText(bytes, m.match.start, lineEndOf(bytes, span[1]), span[0], span[1]);
  if (decoded === undefined) return -1;
  decodedDepth++;
  try {
    for (const f of scanBytes(ctx, { pemLinesLeft: 0 }, decoded.text)) {
      for (const [start, end] of recordSpans(decoded, f.start, argumentEnd(decoded, f.end))) findings.push({ ruleId: f.ruleId, start, end });
    }
  } finally {
    decodedDepth--;
  }
  return Math.max(span[1], decoded.ends.at(-1) ?? 0);
}

/** Whether `name` holds one of `rule`'s keywords, as the prefilter reads them (case aside). */
const holdsKeyword = (rule: CompiledRule, name: string): boolean => {
  const lower = name.toLowerCase();
  return rule.spec.keywords.some((k) => lower.includes(k.toLowerCase()));
};

/** The window `dynamodb-expression` read last, and in which scan (its findings): see `accept`. */
const lastWindow: { findings?: Finding[]; bytes?: Buffer; from: number; to: number; searchedFrom: number; valuesAt: number; cursor: WindowCursor } = {
  from: -1,
  to: -1,
  searchedFrom: -1,
  valuesAt: -1,
  cursor: { at: -1, clearFrom: -1 },
};

/** Post-checks one match; pushes its findings and returns where scanning resumes, or −1 to reject. */
function accept(ctx: ScanContext, state: ScanState, bytes: Buffer, m: RuleMatch, findings: Finding[], lineSet: readonly number[]): number {
  const { rule } = m;
  if (insidePlaceholder(bytes, m.match.start)) return -1;
  switch (rule.kind) {
    case 'json-key':
      return acceptJsonKey(ctx, bytes, m, findings, lineSet);
    case 'pem-begin':
      return acceptPem(state, bytes, m, findings);
    case 'pem-base64':
      return acceptBase64Pem(state, bytes, m, findings);
    case 'ppk-private-lines':
      return acceptPpkPrivateLines(state, bytes, m, findings);
    case 'cookie-header':
      return acceptCookieHeader(ctx, bytes, m, findings, lineSet);
    case 'set-cookie':
      return acceptSetCookie(ctx, bytes, m, findings, lineSet);
    case 'block-scalar':
      return acceptBlockScalar(ctx.isCandidateValue, bytes, m, findings, state);
    case 'jwk':
      return acceptJwk(ctx, bytes, m, findings);
    case 'object-values':
      return acceptObjectValues(ctx, bytes, m, findings);
    case 'base64-json':
      return acceptBase64Json(ctx, bytes, m, findings);
    case 'audit-hex':
      return acceptAuditHex(ctx, bytes, m, findings);
    case 'yaml-named': {
      const span = namedValueSpan(bytes, m, state);
      if (span === undefined || !acceptsSpan(ctx, rule, bytes, span[0], span[1])) return -1;
      findings.push({ ruleId: rule.id, start: span[0], end: span[1] });
      return span[1];
    }
    case 'span': {
      const found = secretSpan(m);
      // Its secret redacted already: the match is the rule's, so no other rule reads its key and
      // the placeholder as something else (`password "Auth" "[REDACTED:…]"`, a second scrub).
      // Only a match whose key is all before it: one that spans fields (`curl -H 'Bearer <jwt>' …
      // -u admin:[REDACTED:…]`) is left for the others to read (a review's).
      if (found !== undefined && found[0] - m.match.start < CONTEXT_MIN_BYTES && isPlaceholderValue(bytes, found[0], found[1])) return m.match.end;
      const finding = found === undefined ? undefined : spanFinding(ctx, m, bytes, found, lineSet);
      if (finding === undefined) return -1;
      const before = findings.length;
      findings.push(finding);
      if (rule.spec.moreSecrets !== undefined) pushMoreSecrets(ctx, bytes, m, rule.spec.moreSecrets, findings);
      // A bare value cut short of its group (`<ConnectionString>DRIVER={x};SERVER=…;PWD=…<`: the
      // value ends at the field after it) leaves the rest to the other rules, from the cut on,
      // when the rest is short: each match from there reads to the same end again, so a long run
      // of fields (`password=a,password=b,…`, 300 KB) took minutes where it took milliseconds.
      const groupEnd = (found as readonly [number, number])[1];
      if (finding.end < groupEnd && groupEnd - finding.end <= CUT_RESCAN_MAX_BYTES) return finding.end;
      return resumeAfter(findings, before, m.match.end);
    }
    case 'sql-bindings': {
      const before = findings.length;
      // A column whose name holds one of the rule's keywords, as for DynamoDB's attributes below.
      for (const [start, end] of boundSecrets(bytes, m, (column) => ctx.keys.isSensitive(column) && holdsKeyword(rule, column))) {
        if (acceptsSpan(ctx, rule, bytes, start, end)) findings.push({ ruleId: rule.id, start, end });
      }
      return findings.length > before ? m.match.end : -1;
    }
    case 'dynamodb-expression': {
      // The match is the expression's key; the request's other members (its key, its item) are
      // other rules' to read. A window read already in this scan (a line's next expression) is
      // not read again: a line of many stays linear at a window's cost, not many.
      // Nor is the block searched again for a values object's key where it was searched already.
      const seen = lastWindow.findings === findings && lastWindow.bytes === bytes;
      if (!seen) Object.assign(lastWindow.cursor, { at: -1, clearFrom: -1 });
      const window = expressionWindow(bytes, m, lastWindow.cursor);
      if (seen && lastWindow.from === window[0] && lastWindow.to === window[1]) return -1;
      if (!seen || lastWindow.searchedFrom > window[0] || (lastWindow.valuesAt >= 0 && lastWindow.valuesAt < window[0])) {
        Object.assign(lastWindow, { searchedFrom: window[0], valuesAt: nextValuesKey(bytes, window[0]) });
      }
      Object.assign(lastWindow, { findings, bytes, from: window[0], to: window[1] });
      if (lastWindow.valuesAt < 0 || lastWindow.valuesAt >= window[1]) return -1;
      const before = findings.length;
      // Only an attribute whose name holds one of the rule's keywords: tier 1 runs the rule on the
      // lines that hold one, and a finding elsewhere would be one tier 1 never makes (`pin`).
      const isSecret = (attribute: string): boolean => ctx.keys.isSensitive(attribute) && holdsKeyword(rule, attribute);
      for (const [start, end] of expressionSecrets(bytes, window, isSecret, window[2] ? undefined : m.match.start)) {
        if (acceptsSpan(ctx, rule, bytes, start, end)) findings.push({ ruleId: rule.id, start, end });
      }
      return findings.length > before ? m.match.end : -1;
    }
    case 'spans': {
      // Each group that took part on its own: a change's old value may be trivial (`null`), its new one not.
      const before = findings.length;
      for (const group of m.match.groups.slice(rule.secretGroup)) {
        const finding = group === undefined ? undefined : spanFinding(ctx, m, bytes, group, lineSet);
        if (finding !== undefined) findings.push(finding);
      }
      return findings.length > before ? resumeAfter(findings, before, m.match.end) : -1;
    }
  }
}

/**
 * Where the rules resume after a match whose findings are `findings[before…]`: past the match,
 * or past its last secret when the match read on beyond it by a short rest, which the other
 * rules then read (`client_secret=… -> access_token=…`: secret-change judged the new side a
 * field, not a value, and the token in it was lost; round 102). Bounded as a cut value's rest is.
 */
function resumeAfter(findings: readonly Finding[], before: number, matchEnd: number): number {
  let last = -1;
  for (let i = before; i < findings.length; i++) last = Math.max(last, (findings[i] as Finding).end);
  return last >= 0 && last < matchEnd && matchEnd - last <= CUT_RESCAN_MAX_BYTES ? last : matchEnd;
}

/**
 * A bare value in one pair of brackets right after `=` or `:`, as Go prints a one-item slice and
 * Java a multi-valued map (`password=[…]`, `bindCredential=[…]`; round 27; Spring's request
 * parameters, `password:[…]`, round 40): the brackets are the printout's, the value is inside
 * them and is judged alone. Not after a blank (PHP's print_r key
 * `=> [userId]`, a config's `masterauth [Zk9#…]` whose brackets may be the password's).
 */
function unbracketed(bytes: Buffer, span: readonly [number, number]): readonly [number, number] {
  const [start, end] = span;
  if (end - start < 3 || (bytes[start - 1] !== 0x3d && bytes[start - 1] !== 0x3a) || bytes[start] !== 0x5b || bytes[end - 1] !== 0x5d) return span;
  for (let i = start + 1; i < end - 1; i++) if (bytes[i] === 0x5b || bytes[i] === 0x5d || isBlank(bytes[i])) return span;
  // A mask in brackets stays one, judged whole (Jupyter's `GET /?token=[secret]`; round 33).
  if (BRACKETED_MASK.test(latin1(bytes, start + 1, end - 1))) return span;
  return [start + 1, end - 1];
}

/** What a log writes in brackets in place of a secret (`[secret]`, `[hidden]`, `[masked]`). */
const BRACKETED_MASK = /^(?:secrets?|secure|hidden|redacted|filtered|masked|sensitive|protected|removed|omitted|stored)$/i;

/** A `span` rule's secret group `found`, judged (trimmed, not prose, a candidate value) and labelled; `undefined` when it is no secret. */
function spanFinding(ctx: ScanContext, m: RuleMatch, bytes: Buffer, found: readonly [number, number], lineSet: readonly number[]): Finding | undefined {
  const { rule } = m;
  let span: readonly [number, number] = unbracketed(bytes, [found[0], trimBareEnd(bytes, found[0], found[1])]);
  const argument = wrappedArgument(ctx, bytes, span[0], span[1]);
  if (argument === null || inTemplate(bytes, span[0], span[1])) return undefined;
  if (argument !== undefined) span = argument;
  if (isProse(ctx, bytes, span[0], span[1]) || isFlagProse(ctx, bytes, span[0], span[1]) || isGoTestResult(bytes, span[0]) || !acceptsSpan(ctx, rule, bytes, span[0], span[1])) return undefined;
  const ruleSpan = m.match.groups[0];
  const contextual = ruleSpan !== undefined && span[0] > ruleSpan[0];
  if (!contextual) return { ruleId: rule.id, start: span[0], end: span[1] };
  // A value's rules are among its line's: screen them by keyword in JS before asking RE2, once.
  const value = latin1(bytes, span[0], span[1]);
  const shapes = ctx.detector.shapesIn(lineSet, value);
  return longerShape(ctx, rule, bytes, span, shapes) ?? { ruleId: labelAmong(ctx, rule, value, shapes), start: span[0], end: span[1] };
}

/** How far past a keyed value a specific rule's token may run on (`longerShape`): tokens are shorter. */
const LONGER_SHAPE_MAX_BYTES = 4096;

/**
 * A specific rule's token that starts where a keyed value does and runs on past where the key's
 * rule ended it: `SECRET_KEY=django-insecure-…&…` (round 40), where `&` ends a bare value, as in
 * a query string, but is one of the characters of Django's key. The specific rule knows its
 * token's alphabet; the finding is its, whole.
 */
function longerShape(ctx: ScanContext, rule: CompiledRule, bytes: Buffer, span: readonly [number, number], shapes: readonly number[]): Finding | undefined {
  for (const i of shapes) {
    const candidate = ctx.detector.rules[i] as CompiledRule;
    if (candidate === rule || candidate.kind !== 'span') continue;
    // Its match starts where the value does, so a window from there is enough: searching to the
    // line's end from every finding made a line of many findings quadratic (review of s42: 4,000
    // WireGuard keys given by echo, 2.4 s).
    const m = execRule(candidate, bytes.subarray(span[0], Math.min(lineEndOf(bytes, span[0]), span[1] + LONGER_SHAPE_MAX_BYTES)), 0, span[0]);
    const found = m === null ? undefined : secretSpan(m);
    if (found !== undefined && found[0] === span[0] && found[1] > span[1] && acceptsSpan(ctx, candidate, bytes, found[0], found[1])) {
      return { ruleId: candidate.id, start: found[0], end: found[1] };
    }
  }
  return undefined;
}

/**
 * The groups of an accepted match that are secrets besides its secret group (`RuleSpec.moreSecrets`):
 * each that took part, is a candidate value and is random enough. The findings are put in order later (`inOrder`).
 */
function pushMoreSecrets(ctx: ScanContext, bytes: Buffer, m: RuleMatch, more: readonly MoreSecret[], findings: Finding[]): void {
  for (const { group, ruleId, minEntropy } of more) {
    const span = m.match.groups[group];
    if (span === undefined || span[1] <= span[0] || !ctx.isCandidateValue(latin1(bytes, span[0], span[1]))) continue;
    if (minEntropy !== undefined && shannonEntropy(bytes, span[0], span[1]) < minEntropy) continue;
    findings.push({ ruleId, start: span[0], end: span[1] });
  }
}

/** The longest rest of a cut value the rules read again (`accept`): bounded, so a line stays linear. */
const CUT_RESCAN_MAX_BYTES = 2048;

/**
 * Where a rejected match's rule searches again: past a long look-alike, so it is not rescanned
 * byte by byte; at the value a keyed match was rejected for, since every match that starts inside
 * its key (`ssl.keystore.password = null`: `keystore.password`, `.password`, `password`) would
 * carry that same value, and a value's verdict depends on the value alone (`acceptsSpan`,
 * `isProse`); else one byte on. On a Kafka or Spring config dump each skipped one was an `exec`
 * of a large rule, ~10 µs (fp6's Java logs ran at 3 MB/s).
 */
function retryFrom(m: RuleMatch): number {
  if (m.match.end - m.match.start > 256) return m.match.end;
  const span = m.rule.kind === 'span' ? secretSpan(m) : undefined;
  return span !== undefined && span[0] > m.match.start ? span[0] : m.match.start + 1;
}

/**
 * Runs the rules the prefilter saw on one line. Each rule keeps where its next match starts (a
 * cheap search without groups); the leftmost wins, and at one position the rule first in catalog
 * order. Only the winner is matched in full (groups, spans). A rejected match only moves its own
 * rule on; an accepted one moves every rule whose next match starts inside it. Returns where
 * scanning resumes (past the line, or past a PEM body).
 */
function scanLine(ctx: ScanContext, state: ScanState, bytes: Buffer, set: readonly number[], lineStart: number, lineEnd: number, findings: Finding[]): number {
  const before = findings.length;
  const resume = runRules(ctx, state, bytes, set, lineStart, lineEnd, findings);
  if (ctx.jsonStrings && resume === lineEnd + 1) withinJsonStrings(ctx, bytes, lineStart, lineEnd, findings, before);
  if (findings.length > before) pushEchoes(bytes, lineStart, lineEnd, findings, before);
  return resume;
}

/**
 * JSON inside JSON strings is read decoded this deep: an app's record in an SNS message in an SQS
 * body in a Lambda event is read at the fourth, its strings too.
 */
const MAX_DECODED_DEPTH = 4;
let decodedDepth = 0;

/**
 * A JSON record's findings kept inside its strings and scalars, and its strings read as lines of
 * their own, decoded (`json-strings.ts`). A finding of the line's that runs out of its string (a
 * value read to the line's end, past the quote), or whose match began in another value (`"msg":
 * "stats auth on","user":"ada"`), goes. Each value string is then read alone, its escapes
 * decoded (`\"`, `\u0026`, `\/`; `\n` a line break), so a rule that starts at a line's start or
 * needs a quote reads it as it reads the same text on a line, and each finding there is mapped
 * back to whole escapes. Nothing here on a line that is no JSON record.
 */
function withinJsonStrings(ctx: ScanContext, bytes: Buffer, lineStart: number, lineEnd: number, findings: Finding[], before: number): void {
  const record = jsonRecord(bytes, lineStart, lineEnd);
  if (record === undefined || record.tokens.length === 0) return;
  const { tokens, start: recordStart } = record;
  const reread = new Set<JsonToken>();
  const records = new Map<JsonToken, RecordString>();
  const found = findings.splice(before);
  for (const f of found) {
    if (f.end <= recordStart) {
      findings.push(f);
      continue;
    }
    if (f.start < recordStart) {
      // Text before the record read on into it (`DB_PASSWORD = … {"service":"deploy"}`): up to the record.
      let end = recordStart;
      while (end > f.start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
      if (end > f.start) findings.push({ ...f, end });
      continue;
    }
    const first = tokenIndexAt(tokens, f.start);
    const last = tokenIndexAt(tokens, f.end - 1);
    const home = tokens[first];
    const kept = findings.length;
    // A config's own rule that matched across members (`"ssn": ?"(…)"`, its quotes and key in
    // the match): what it covers of each value goes, in its place, so the record stays JSON and
    // the secret goes as its author asked (a review's: it was dropped and the SSN stayed, or an
    // email rule's match took the record whole, which then was no JSON).
    if ((first < 0 || first !== last) && isCustomRule(ctx, f.ruleId)) {
      for (const t of tokensWithin(tokens, f.start, f.end)) {
        if (t.isKey) continue;
        findings.push(t.isString ? { ruleId: f.ruleId, start: Math.max(f.start, t.start), end: Math.min(f.end, t.end) } : { ruleId: f.ruleId, start: t.start, end: t.end, wrap: '"' });
      }
      continue;
    }
    if (first >= 0 && first === last) {
      // Inside one string; but one that holds a record of its own, across that record's
      // members (`"{\"prompt\": \"Password:\", \"user\": …}"`), is that record's to judge, read decoded.
      if ((home as JsonToken).escaped && holdsRecord(bytes, home as JsonToken) && !insideInnerValue(bytes, home as JsonToken, f, records)) continue;
      findings.push(f);
    } else if (first < 0 && last < 0) {
      // An object or a list whole (a value failed closed: too deep, not JSON inside): kept. What
      // else lies between strings (`, ` between two members, a closing quote on) is none.
      const open = bytes[f.start];
      const close = bytes[f.end - 1];
      if ((open === 0x7b && close === 0x7d) || (open === 0x5b && close === 0x5d)) findings.push(f);
    } else if (first >= 0 && last > first && (home as JsonToken).isString && (tokens[last] as JsonToken).isString && !(home as JsonToken).isKey) {
      // From one value string into another: a list's values as one (`["a","b"]` becomes `["…"]`),
      // or, where keys stand between (DynamoDB's `[{"S":"a"},{"S":"b"}]`), each value's part.
      const between = tokens.slice(first, last + 1);
      if (between.every((t) => !t.isKey)) findings.push(f);
      else for (const t of between) if (t.isString && !t.isKey) findings.push({ ruleId: f.ruleId, start: Math.max(f.start, t.start), end: Math.min(f.end, t.end) });
    } else if (first >= 0 && last > first && tokens.slice(first, last + 1).every((t) => !t.isKey)) {
      // A list of numbers (Zigbee's `"network_key":[68, 74, …]`): one string in their place
      // (`["…"]`); numbers and strings mixed, each value on its own.
      const list = tokens.slice(first, last + 1);
      if (list.every((t) => !t.isString)) findings.push({ ruleId: f.ruleId, start: (home as JsonToken).start, end: (list.at(-1) as JsonToken).end, wrap: '"' });
      else for (const t of list) findings.push(t.isString ? { ruleId: f.ruleId, start: Math.max(f.start, t.start), end: Math.min(f.end, t.end) } : { ruleId: f.ruleId, start: t.start, end: t.end, wrap: '"' });
    } else if (home?.isString === true && !home.isKey) {
      // A value read on past its string's end: the string is read alone instead.
      reread.add(home);
    }
    // A finding dropped: every value string it ran over is read alone too, whose bytes the scan
    // skipped (`"before":"key = '","matching":"SG.…","after":"'"`: two strings' quotes made one
    // value of all between, and the SendGrid key there went unread; round 114).
    if (findings.length === kept) for (const t of tokensWithin(tokens, f.start, f.end)) if (t.isString && !t.isKey) reread.add(t);
  }
  // At the deepest level read, the findings are kept inside their strings, and no string is read again.
  if (decodedDepth >= MAX_DECODED_DEPTH) return;
  const strings = tokens.filter((t, i) => t.isString && !t.isKey && (t.escaped || reread.has(t) || isMessage(bytes, tokens[i - 1])));
  if (strings.length > 0) pushDecodedFindings(ctx, bytes, strings, findings);
}

/** Whether rule `id` is a config's own (`CompiledRule.custom`). */
const isCustomRule = (ctx: ScanContext, id: string): boolean => ctx.detector.rules.some((r) => r.id === id && r.custom);

/** The tokens that overlap `[start, end)`, in order (`tokens` sorted, none overlapping). */
function tokensWithin(tokens: readonly JsonToken[], start: number, end: number): JsonToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as JsonToken).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: JsonToken[] = [];
  for (let i = lo; i < tokens.length && (tokens[i] as JsonToken).start < end; i++) out.push(tokens[i] as JsonToken);
  return out;
}

/** A string that holds a record, decoded once per line however many findings ask about it. */
interface RecordString {
  readonly decoded: DecodedStrings;
  readonly length: number;
  readonly inner: readonly JsonToken[] | undefined;
  readonly deeper: Map<JsonToken, RecordString>;
}

function recordString(bytes: Buffer, t: JsonToken, cache: Map<JsonToken, RecordString>): RecordString {
  let view = cache.get(t);
  if (view === undefined) {
    const decoded = decodeStrings(bytes, [t]);
    const length = decoded.text.length - 1;
    view = { decoded, length, inner: jsonTokens(decoded.text, 0, length), deeper: new Map() };
    cache.set(t, view);
  }
  return view;
}

/** The first index below `length` whose value in `sorted` (non-decreasing) is above `value`, or at least it when `orEqual`. */
function firstIndex(sorted: Uint32Array, length: number, value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v > value || (orEqual && v === value)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether `f`, inside the string `t` that holds a record, lies inside one string or number of that
 * record as it reads decoded; not across its members, nor between them.
 */
function insideInnerValue(bytes: Buffer, t: JsonToken, f: Pick<Finding, 'start' | 'end'>, cache: Map<JsonToken, RecordString>): boolean {
  const view = recordString(bytes, t, cache);
  const from = firstIndex(view.decoded.starts, view.length, f.start, true);
  const to = firstIndex(view.decoded.ends, view.length, f.end, false);
  if (to <= from) return false;
  if (view.inner === undefined) return true;
  const home = tokenIndexAt(view.inner, from);
  if (home < 0 || home !== tokenIndexAt(view.inner, to - 1)) return false;
  // A record inside that string too, a level deeper: judged there.
  const value = view.inner[home] as JsonToken;
  return !(value.escaped && holdsRecord(view.decoded.text, value)) || insideInnerValue(view.decoded.text, value, { start: from, end: to }, view.deeper);
}

/** Whether a string's contents open a JSON object (`{\"…`): a record serialised inside it. */
function holdsRecord(bytes: Buffer, t: JsonToken): boolean {
  let i = t.start;
  while (i < t.end && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b;
}

/**
 * The keys loggers put a line's text under (pino's `msg`, Docker's `log`, a command's output): a
 * value there is read as the line it was, where a rule may start at the line's start.
 */
const MESSAGE_KEYS: ReadonlySet<string> = new Set(['msg', 'message', 'event', 'log', 'line', 'text', 'cmd', 'command', 'commandline', 'stdout', 'stderr', 'output', 'detail', 'error', 'err', 'exception', 'stack', 'stacktrace', 'script']);

function isMessage(bytes: Buffer, key: JsonToken | undefined): boolean {
  return key !== undefined && key.isKey && key.end - key.start <= 12 && MESSAGE_KEYS.has(bytes.toString('latin1', key.start, key.end).toLowerCase());
}

/** The index of the token whose span holds `at`, or −1: by binary search (tokens are in order, none overlaps). */
function tokenIndexAt(tokens: readonly JsonToken[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as JsonToken;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The findings of strings' decoded texts, each string a line, mapped back to raw bytes. */
function pushDecodedFindings(ctx: ScanContext, bytes: Buffer, strings: readonly JsonToken[], findings: Finding[]): void {
  const decoded = decodeStrings(bytes, strings);
  decodedDepth++;
  try {
    for (const f of scanBytes(ctx, { pemLinesLeft: 0 }, decoded.text)) {
      // A finding across a string's end (the line break after it) belongs to no one string.
      if (!withinOneString(decoded, f)) continue;
      const start = decoded.starts[f.start] as number;
      const end = decoded.ends[f.end - 1] as number;
      findings.push(f.wrap === undefined ? { ruleId: f.ruleId, start, end } : { ruleId: f.ruleId, start, end, wrap: f.wrap.replace(/[\\"]/g, (c) => `\\${c}`) });
    }
  } finally {
    decodedDepth--;
  }
}

/** Whether a finding in decoded text maps into one string: no separator (mapped to 0) inside it. */
function withinOneString(decoded: DecodedStrings, f: Finding): boolean {
  for (let i = f.start; i < f.end; i++) if (decoded.ends[i] === 0) return false;
  return f.end > f.start;
}

/** A secret this long or longer is looked for again on its line (`pushEchoes`). */
const ECHO_MIN_BYTES = 8;
/**
 * Bounds on that search, so a line of many findings stays linear (a line of a thousand
 * `tokens=[…, ` took minutes when each finding searched for every other): the first few distinct
 * values only, each followed to its first few occurrences.
 */
const ECHO_MAX_VALUES = 16;
const ECHO_MAX_OCCURRENCES = 64;

/**
 * The same secret printed again on its line, where no rule would know it: a table row beside the
 * URL that holds it (`| dbt | Orchid2021* | … | postgres://dbt:Orchid2021*@…`), a retry message
 * quoting the password it was given. Each further occurrence of a value found here, standing as a
 * value of its own (nothing glued on either side: `glued`), goes too, under the same rule. Values
 * shorter than `ECHO_MIN_BYTES` are left: `admin` or `1234` again is not the secret.
 */
function pushEchoes(bytes: Buffer, lineStart: number, lineEnd: number, findings: Finding[], from: number): void {
  const own = findings.slice(from).filter((f) => f.start >= lineStart && f.end <= lineEnd);
  const values = new Map<string, string>();
  for (const f of own) {
    if (values.size >= ECHO_MAX_VALUES) break;
    if (f.end - f.start < ECHO_MIN_BYTES) continue;
    const value = bytes.toString('latin1', f.start, f.end);
    if (!values.has(value)) values.set(value, f.ruleId);
  }
  if (values.size === 0) return;
  // The line's bytes a finding covers already: an echo may not overlap one.
  const covered = new Uint8Array(lineEnd - lineStart);
  for (const f of own) covered.fill(1, f.start - lineStart, f.end - lineStart);
  const free = (start: number, end: number): boolean => {
    for (let i = start - lineStart; i < end - lineStart; i++) if (covered[i] === 1) return false;
    return true;
  };
  // Searched in the line alone: from the line to the block's end, a value seen nowhere else cost
  // a search of the rest of the block (a MiB) a finding, 40% of a block of secret-dense lines.
  const line = bytes.subarray(lineStart, lineEnd);
  for (const [text, ruleId] of values) {
    const value = Buffer.from(text, 'latin1');
    let at = line.indexOf(value);
    for (let seen = 0; at >= 0 && seen < ECHO_MAX_OCCURRENCES; seen++) {
      const start = lineStart + at;
      const end = start + value.length;
      if (!glued(bytes, start - 1, -1, lineStart, lineEnd) && !glued(bytes, end, 1, lineStart, lineEnd) && free(start, end)) {
        findings.push({ ruleId, start, end });
        covered.fill(1, at, at + value.length);
      }
      at = line.indexOf(value, at + 1);
    }
  }
}

/**
 * Whether the byte at `at`, on the line `[lineStart, lineEnd)`, joins a value to more of it: a
 * letter, digit, `_` or `-`; or a `.` with one of those beyond it (`step` is −1 looking back, 1
 * on), as in a dotted name (Cognito's `CognitoIdentityServiceProvider.<client>.<user>.idToken`
 * names its cookies after the user a `LastAuthUser` cookie holds). A sentence's full stop is not.
 */
function glued(bytes: Buffer, at: number, step: -1 | 1, lineStart: number, lineEnd: number): boolean {
  const within = (i: number): boolean => i >= lineStart && i < lineEnd;
  if (!within(at)) return false;
  const b = bytes[at] as number;
  if (b !== 0x2e) return isWordByte(b);
  // A dot, then one byte more, read here: a run of dots is no name (and no recursion down it).
  const beyond = at + step;
  return within(beyond) && isWordByte(bytes[beyond] as number);
}

/** `scanLine`'s rules, without the echoes. */
function runRules(ctx: ScanContext, state: ScanState, bytes: Buffer, set: readonly number[], lineStart: number, lineEnd: number, findings: Finding[]): number {
  if (set.length === 0) return lineEnd + 1;
  // Rules run on a view of the bytes: re2 searches a Buffer without converting it, which makes
  // the many searches that find nothing nearly free (measured 0.1 µs against ~1 µs for a string).
  // A CloudWatch Logs export's line is its timestamp, then the message as it was logged: the rules
  // read the message as the line, where one that starts at a line's start may match (review).
  const from = lineStart + exportStampLength(bytes, lineStart, lineEnd);
  const line = bytes.subarray(from, lineEnd);
  const rules = set.map((i) => ctx.detector.rules[i] as CompiledRule);
  return runMatches(ctx, state, bytes, set, rules, line, from, 0, findings);
}

/**
 * The length of a CloudWatch Logs export's timestamp and its space at `at`
 * (`2026-11-29T10:00:00.000Z `, `CreateExportTask`'s), or 0.
 */
function exportStampLength(bytes: Buffer, at: number, end: number): number {
  const digitsAt = (from: number, count: number): boolean => {
    for (let i = from; i < from + count; i++) if (!((bytes[i] as number) >= 0x30 && (bytes[i] as number) <= 0x39)) return false;
    return true;
  };
  if (end - at < 21 || bytes[at + 4] !== 0x2d || bytes[at + 10] !== 0x54 || bytes[at + 13] !== 0x3a) return 0;
  if (!digitsAt(at, 4) || !digitsAt(at + 5, 2) || bytes[at + 7] !== 0x2d || !digitsAt(at + 8, 2) || !digitsAt(at + 11, 2) || !digitsAt(at + 14, 2) || bytes[at + 16] !== 0x3a || !digitsAt(at + 17, 2)) return 0;
  let i = at + 19;
  if (bytes[i] === 0x2e) {
    const digits = i + 1;
    i = digits;
    while (i < end && i - digits < 9 && (bytes[i] as number) >= 0x30 && (bytes[i] as number) <= 0x39) i++;
    if (i === digits) return 0;
  }
  return bytes[i] === 0x5a && bytes[i + 1] === 0x20 ? i + 2 - at : 0;
}

/**
 * A match's context this long or longer before its first secret is read again by the other
 * rules (`readContext`): room for another field, a key and a value of its own, beside the
 * match's own key. Shorter ones are a key and a path (`/reset?token=`), and reading them cost
 * an `exec` of a large key rule each (the bench's text corpus at 12: 0.6× the engine's speed).
 */
const CONTEXT_MIN_BYTES = 24;

/** Rule kinds that carry state from one match to the next (a PEM body, a YAML block, a window read): never run on a context. */
const STATEFUL_KINDS: ReadonlySet<RuleKind> = new Set(['pem-begin', 'pem-base64', 'ppk-private-lines', 'block-scalar', 'yaml-named', 'dynamodb-expression']);

/**
 * `runRules`' loop over `line` (which starts at `lineStart` in `bytes`) from `from`. Unless
 * `context` is given, the context a match that spans fields read before its first secret (`curl …
 * -H 'Authorization: Bearer <jwt>' … -u user:<password>`: the whole command is curl-user's
 * context) is read again by the other rules (`readContext`), so a secret inside it is not lost to
 * the match that began first. Other matches' context is their key: the rule that began first
 * read it, and the others' readings of it (`"password": is "…"` read as the password `is`) are
 * the ones it was first to rule out.
 *
 * Reading a context, `context` is where its secret starts in `bytes`: matches start before it,
 * and their findings end before it (a match that reads into that secret is another view of it).
 * A context is never read inside a context, so each byte is read at most twice.
 */
function runMatches(ctx: ScanContext, state: ScanState, bytes: Buffer, set: readonly number[], rules: readonly CompiledRule[], line: Buffer, lineStart: number, from: number, findings: Finding[], context?: number): number {
  const lineEnd = lineStart + line.length;
  const stop = context === undefined ? line.length : context - lineStart;
  // A config's own rule reads a CRLF line without its `\r`, so its `$` is the line's end (a
  // review's: `SSN (\d{3}-\d{2}-\d{4})$` never fired on a Windows log); the catalog's know the `\r`.
  const bare = line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
  const lineOf = (rule: CompiledRule): Buffer => (rule.custom ? bare : line);
  const next = (rule: CompiledRule, at: number): number => {
    const start = rule.regex.start(lineOf(rule), at);
    return start >= stop ? -1 : start;
  };
  /** Per rule: where its next match starts in `line`, or −1 for none. */
  const starts = rules.map((rule) => next(rule, from));
  for (;;) {
    let k = -1;
    for (let j = 0; j < starts.length; j++) {
      const at = starts[j] as number;
      if (at >= 0 && (k < 0 || at < (starts[k] as number))) k = j;
    }
    if (k < 0) return lineEnd + 1;
    const rule = rules[k] as CompiledRule;
    const m = execRule(rule, lineOf(rule), starts[k] as number, lineStart);
    if (m === null) {
      starts[k] = -1;
      continue;
    }
    const before = findings.length;
    let resume = accept(ctx, state, bytes, m, findings, set);
    if (resume >= 0 && context !== undefined && !keepBefore(findings, before, context)) resume = -1;
    if (resume < 0) {
      starts[k] = next(rule, retryFrom(m) - lineStart);
      continue;
    }
    if (context === undefined && rule.spansFields) readContext(ctx, state, bytes, set, rules, starts, k, line, lineStart, m.match.start, findings, before);
    const pos = Math.max(resume, m.match.start + 1) - lineStart;
    if (pos >= line.length) return Math.max(pos + lineStart, lineEnd + 1);
    for (let j = 0; j < starts.length; j++) {
      if ((starts[j] as number) >= 0 && (starts[j] as number) < pos) starts[j] = next(rules[j] as CompiledRule, pos);
    }
  }
}

/** Drops the findings from `before` on that end past `end`; whether any is left. */
function keepBefore(findings: Finding[], before: number, end: number): boolean {
  let kept = before;
  for (let i = before; i < findings.length; i++) if ((findings[i] as Finding).end <= end) findings[kept++] = findings[i] as Finding;
  findings.length = kept;
  return kept > before;
}

/**
 * The context of a match of `rules[k]` accepted at `matchStart`, whose findings are
 * `findings[before…]`: the bytes from the match's start to its first secret, read by the other
 * rules whose next match (`starts`, in the line) begins there and that keep no state. Where
 * none begins there, nothing runs.
 */
function readContext(ctx: ScanContext, state: ScanState, bytes: Buffer, set: readonly number[], rules: readonly CompiledRule[], starts: readonly number[], k: number, line: Buffer, lineStart: number, matchStart: number, findings: Finding[], before: number): void {
  let first = Infinity;
  for (let i = before; i < findings.length; i++) first = Math.min(first, (findings[i] as Finding).start);
  if (first === Infinity || first - matchStart < CONTEXT_MIN_BYTES) return;
  const inside = (j: number): boolean => {
    const at = (starts[j] as number) + lineStart;
    return j !== k && at >= matchStart && at < first && !STATEFUL_KINDS.has((rules[j] as CompiledRule).kind);
  };
  const keep = rules.flatMap((_, j) => (inside(j) ? [j] : []));
  if (keep.length === 0) return;
  runMatches(ctx, state, bytes, keep.map((j) => set[j] as number), keep.map((j) => rules[j] as CompiledRule), line, lineStart, matchStart - lineStart, findings, first);
}

/**
 * Finds every secret in `bytes`, in order, without overlaps. Two tiers: the prefilter (keywords of
 * every rule, one small RE2 alternation) runs over all bytes as a Buffer; a line it hits is read
 * as text and only the rules whose keywords it holds run there. `state` is the caller's: it
 * brings an open PEM body from the block before and takes the one this block leaves.
 *
 * Each stage runs over the whole block before the next: the pass, then tier 1b's Set on the
 * lines the pass hit, then their rules. An automaton's states stay in the CPU's caches while it
 * runs, where a line at a time left each to find them evicted by the others (same-process A/B,
 * engine CPU: +6% on JSONL, +8% on loghub, +9% on text, the request log unchanged).
 *
 * @example
 * const findings = scanBytes(ctx, { pemLinesLeft: 0 }, Buffer.from('Authorization: Bearer …'));
 */
export function scanBytes(ctx: ScanContext, state: ScanState, bytes: Buffer): Finding[] {
  const findings: Finding[] = [];
  const { detector } = ctx;
  let pos = 0;
  if (state.pemLinesLeft > 0 && state.base64Wrap !== undefined) {
    pos = continueBase64Pem(state, bytes, 0, findings);
  } else if (state.pemLinesLeft > 0) {
    const pem = detector.rules.find((r) => r.kind === 'pem-begin');
    pos = pem === undefined ? 0 : continuePem(state, bytes, 0, pem.id, findings);
  }
  // A YAML value the block before ended inside: its lines here are found before the rules run.
  if (state.yaml !== undefined) {
    const ruleId = state.yaml.ruleId;
    const span = continueYaml(ctx.isCandidateValue, state, bytes, findings);
    const rule = detector.rules.find((r) => r.id === ruleId);
    if (span !== undefined && rule !== undefined && acceptsSpan(ctx, rule, bytes, span[0], span[1])) findings.push({ ruleId, start: span[0], end: span[1] });
  }
  const hits = detector.hits(bytes);
  const lines = hitLines(hits, bytes, pos);
  const sets = lines.cheap.map((set, i) => set ?? detector.lineRules(bytes, lines.spans[2 * i] as number, lines.spans[2 * i + 1] as number));
  for (let i = 0; i < sets.length; i++) {
    const lineStart = lines.spans[2 * i] as number;
    const lineEnd = lines.spans[2 * i + 1] as number;
    pos = scanLine(ctx, state, bytes, sets[i] as readonly number[], lineStart, lineEnd, findings);
    // A line whose rules resume further on (a PEM body): the lines after it, one by one from there.
    if (pos !== lineEnd + 1) return outsideMasks(ctx.masks, bytes, inOrder(scanFrom(ctx, state, bytes, hits, pos, findings)));
  }
  return outsideMasks(ctx.masks, bytes, inOrder(findings));
}

/**
 * The findings without those that lie inside a mask text where it stands in `bytes`: there a
 * rule took part of the mask for a secret (`xoxb-…` in a mask `<xoxb-…>`, a base64 run of a mask
 * in a PEM body), and a second scrub would nest the mask in itself. The bytes of such a finding
 * are the mask's own, so dropping it hides nothing.
 */
function outsideMasks(masks: readonly Buffer[], bytes: Buffer, findings: Finding[]): Finding[] {
  if (masks.length === 0 || findings.length === 0) return findings;
  return findings.filter((f) => !masks.some((mask) => insideMask(bytes, f, mask)));
}

/**
 * Whether `f` is a first scrub's mask, or holds one it cannot be told from: an occurrence of
 * `mask` that covers it, that it starts inside (a rule reading `…-MASKED` from its middle on) or
 * right after, one that ends it, or one glued to it letter to letter (`…3D<40 hex mask>2072…` in an auditd
 * hex field a first scrub cut). A secret that merely holds the mask (`abc****def`) is none.
 */
function insideMask(bytes: Buffer, f: Finding, mask: Buffer): boolean {
  const from = Math.max(0, f.start - mask.length);
  const window = bytes.subarray(from, Math.max(f.start + mask.length, f.end));
  for (let at = window.indexOf(mask); at >= 0; at = window.indexOf(mask, at + 1)) {
    const p = from + at;
    const end = p + mask.length;
    // Right after one: the rest of a field a first scrub cut (`…5000****002D43…`).
    if (p <= f.start ? end >= f.start : end === f.end || end > f.end) return true;
    const gluedBefore = p > 0 && isAlnum(bytes[p - 1] as number) && isAlnum(mask[0] as number);
    const gluedAfter = end < f.end && isAlnum(bytes[end] as number) && isAlnum(mask[mask.length - 1] as number);
    if (gluedBefore || gluedAfter) return true;
  }
  return false;
}

/**
 * The lines tier 1 hits in `bytes` from `from`, as if the rules of each resumed past it: their
 * `[start, end)` pairs, and per line its rules where they come cheap (`cheapRulesOn`), else
 * `undefined` for the Set to answer.
 */
function hitLines(hits: HitCursor, bytes: Buffer, from: number): { spans: number[]; cheap: (readonly number[] | undefined)[] } {
  const spans: number[] = [];
  const cheap: (readonly number[] | undefined)[] = [];
  walkHitLines(hits, bytes, from, (lineStart, lineEnd) => {
    spans.push(lineStart, lineEnd);
    cheap.push(hits.cheapRulesOn(lineStart, lineEnd));
    return lineEnd + 1;
  });
  return { spans, cheap };
}

/** `scanBytes` a line at a time, from `from`: after a line whose rules resumed past it. */
function scanFrom(ctx: ScanContext, state: ScanState, bytes: Buffer, hits: HitCursor, from: number, findings: Finding[]): Finding[] {
  walkHitLines(hits, bytes, from, (lineStart, lineEnd) => scanLine(ctx, state, bytes, hits.rulesOn(lineStart, lineEnd), lineStart, lineEnd, findings));
  return findings;
}

/** Visits each line tier 1 hits from `from`; `visit` returns where the next search starts. */
function walkHitLines(hits: HitCursor, bytes: Buffer, from: number, visit: (lineStart: number, lineEnd: number) => number): void {
  for (let pos = from; pos < bytes.length; ) {
    const end = hits.next(pos);
    if (end < 0) return;
    // A hit lies on one line (no rule, keyword or anchor spans a line break): its last byte's.
    pos = visit(lineStartOf(bytes, end - 1, pos), lineEndOf(bytes, end - 1));
  }
}

/**
 * Findings sorted, overlaps merged into the one that starts first. Only a rule that reads inside
 * a span it also reports (a Cookie header's pairs) makes them overlap or come out of order.
 */
function inOrder(findings: Finding[]): Finding[] {
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) sorted = (findings[i] as Finding).start >= (findings[i - 1] as Finding).end;
  if (sorted) return findings;
  // The same span found twice (a record's and its string read decoded): the one quoted first.
  const byStart = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || (b.wrap === undefined ? 0 : 1) - (a.wrap === undefined ? 0 : 1));
  const merged: Finding[] = [];
  for (const f of byStart) {
    const last = merged.at(-1);
    if (last !== undefined && f.start < last.end) {
      if (f.end > last.end) merged[merged.length - 1] = { ...last, end: f.end };
    } else {
      merged.push(f);
    }
  }
  return merged;
}
