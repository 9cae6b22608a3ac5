/**
 * Which values are worth redacting: not empty, not a placeholder (ours or another tool's), not a
 * word that says "no secret here" (`null`, `true`, `${VAR}`), not an allowlisted example, not a
 * public key.
 * The words and shapes come from the vocabulary.
 */
import { MASK_MARKER_MIN_LENGTH } from '../constants.js';
import type { Vocabulary } from '../types.js';

/** Every placeholder we write starts so; a value holding one was redacted already (idempotence). */
const OWN_PLACEHOLDER = '[REDACTED';

const isWordCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Whether `text` holds `mask` with no letter or digit right before or after it: a mask a first
 * scrub wrote (`FlyV1 <mask>`, `[<mask>]`, `<mask> sent`), not a piece of a longer token.
 *
 * @example
 * holdsMask('FlyV1 ****', '****'); // true
 * holdsMask('ab****cd', '****'); // false
 */
function holdsMask(text: string, mask: string): boolean {
  for (let at = text.indexOf(mask); at >= 0; at = text.indexOf(mask, at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + mask.length))) return true;
  }
  return false;
}

/**
 * `maskTexts` are the config's `mask` redactor texts: a value that is one, or that holds one of
 * `MASK_MARKER_MIN_LENGTH` characters or more standing apart, was redacted already (idempotence).
 * Values arrive decoded as latin1 (one character per byte), so the masks and the `allowlist` are
 * compared so too.
 *
 * @example
 * const isCandidate = createValuePolicy(defaultVocabulary, [], new Set(['xoxb-0-MASKED']));
 * isCandidate('null'); // false
 * isCandidate('hunter2'); // true
 * isCandidate('FlyV1 xoxb-0-MASKED'); // false
 */
/**
 * Longer than any trivial or placeholder shape is written. V8's regexps backtrack on a stack of
 * their own, and a value of megabytes overflowed it (`RangeError` on a 4 MiB run of one letter,
 * and the line became `[REDACTED:engine-error]`): a longer value is only asked whether it is a run
 * of one character, in JS, the one trivial shape that has any length.
 */
const MAX_SHAPE_LENGTH = 4096;

/** Whether `text` is one character repeated, 8 times or more (the shape `(.)\1{7,}`). */
function isOneCharRun(text: string): boolean {
  if (text.length < 8) return false;
  const first = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) !== first) return false;
  return true;
}

/** A word of letters and digits mixed (`S3cr3t`, `a1b2`), as a token is and a message's words are not. */
const MIXED_WORD = /[A-Za-z][^ ]*[0-9]|[0-9][^ ]*[A-Za-z]/;
/** Longer than any validation message is written; a longer value is not read as one. */
const MAX_MESSAGE_LENGTH = 256;
/** A word as a message starts it: trailing punctuation off, a JSON-escaped quote around a name off. */
const messageWord = (word: string | undefined): string =>
  (word ?? '').replace(/^(?:\\?"|')+|(?:\\?"|')+$/g, '').replace(/[.,;:!?]+$/, '').toLowerCase();

/**
 * A validation message under a secret's key, not a secret (F1): Rails' `is too short (minimum is
 * 8 characters)`, `can't be blank`, DRF's `This field is required.`, Laravel's `The password must
 * be …`, Zod's `Required`, an API's `{"token":"invalid"}`. One of the prose words alone, or words
 * whose first or second is one (`Password must contain a digit`). A passphrase of random words
 * still goes; one whose first or second word is a function word (`the quick brown fox`) stays:
 * the price of keeping every form-validation error in a log.
 */
function isMessage(prose: ReadonlySet<string>, text: string): boolean {
  if (text.length > MAX_MESSAGE_LENGTH) return false;
  const words = text.split(' ');
  // One word: a status (`invalid`, `Required`), not a short word cut from a longer value (`'it''s…'`).
  if (words.length === 1) return /^[A-Za-z']{4,}[.!;,:]?$/.test(text) && prose.has(messageWord(text));
  // A message is words: a token before them (`wI7mox…, a passphrase`) makes the value a secret.
  if (!/^(?:\\?"|')?[A-Za-z']+(?:\\?"|')?$/.test(words[0] as string) || words.some((w) => MIXED_WORD.test(w))) return false;
  return prose.has(messageWord(words[0])) || prose.has(messageWord(words[1]));
}

/** A config's text as the engine reads values: its UTF-8 bytes, one latin1 character each. */
const asRead = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

export function createValuePolicy(
  vocabulary: Pick<Vocabulary, 'trivialValues' | 'trivialShapes' | 'placeholderShapes' | 'proseWords'>,
  allowlist: readonly string[],
  maskTexts: ReadonlySet<string>,
): (text: string) => boolean {
  const words = new Set(vocabulary.trivialValues.map((w) => w.toLowerCase()));
  const shapes = new RegExp(`^(?:${vocabulary.trivialShapes.join('|')})$`, 'i');
  const placeholders = new RegExp(`^(?:${vocabulary.placeholderShapes.join('|')})$`);
  const prose = new Set(vocabulary.proseWords);
  const allowed = new Set(allowlist.map(asRead));
  const masks = new Set([...maskTexts].map(asRead));
  const markers = [...masks].filter((t) => t.length >= MASK_MARKER_MIN_LENGTH);
  const worth = (text: string): boolean =>
    text.length > 0 &&
    !text.includes(OWN_PLACEHOLDER) &&
    !masks.has(text) &&
    !markers.some((mask) => holdsMask(text, mask)) &&
    !allowed.has(text) &&
    !words.has(text.toLowerCase()) &&
    !isPublicKeyDer(text) &&
    (text.length > MAX_SHAPE_LENGTH ? !isOneCharRun(text) : !shapes.test(text) && !placeholders.test(text) && !isMessage(prose, text));
  // A mask or placeholder percent-encoded, as a query string or form body carries it
  // (`passwd=%5BFILTERED%5D`, `%253Chidden%253E` encoded twice; round 11), or written with JSON's
  // `\u` escapes (`"[\u0441\u043a\u0440\u044b\u0442\u043e]"`, `\u2022\u2022`; round 20): judged decoded too.
  return (text) =>
    worth(text) && (!PERCENT_ESCAPE.test(text) || worth(asRead(percentDecoded(text)))) && (!U_ESCAPE.test(text) || worth(unicodeUnescaped(text)));
}

/**
 * The value policy of a config's own rules: a value is its author's secret whatever it looks like
 * (the catalog's trivial words and shapes judged an email or `changeme` no secret, and a custom
 * rule for them never fired; a review's). Empty values, our placeholders, the redactors' masks
 * and the allowlist still stay, so a second scrub changes nothing.
 *
 * @example createOwnValuePolicy([], new Set())('ada@example.com'); // true
 */
export function createOwnValuePolicy(allowlist: readonly string[], maskTexts: ReadonlySet<string>): (text: string) => boolean {
  const allowed = new Set(allowlist.map(asRead));
  const masks = new Set([...maskTexts].map(asRead));
  return (text) => text.length > 0 && !text.includes(OWN_PLACEHOLDER) && !masks.has(text) && !allowed.has(text);
}

const U_ESCAPE = /\\u[0-9A-Fa-f]{4}/;

/** `text` with its `\uXXXX` escapes decoded, as the engine reads text (UTF-8 bytes as latin1). */
function unicodeUnescaped(text: string): string {
  // Only an escape: after an even run of backslashes (`\\u2022` is a backslash, then `u2022`).
  const decoded = text.replace(/(\\+)u([0-9A-Fa-f]{4})/g, (whole, slashes: string, hex: string) =>
    slashes.length % 2 === 1 ? `${slashes.slice(1)}${String.fromCharCode(Number.parseInt(hex, 16))}` : whole,
  );
  return Buffer.from(decoded, 'utf8').toString('latin1');
}

const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/**
 * `text` with its percent escapes decoded, twice at most; as it was where it is no valid escape.
 * Read back as the engine reads text (`asRead`): a placeholder beyond ASCII (`%D0%B2%D0%B0%D1%88_…`)
 * is compared as the shapes spell it.
 */
function percentDecoded(text: string): string {
  let decoded = text;
  for (let round = 0; round < 2 && PERCENT_ESCAPE.test(decoded); round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  return decoded;
}

/**
 * The algorithms of a SubjectPublicKeyInfo, as DER OIDs (tag, length, bytes): RSA, RSASSA-PSS, EC,
 * DSA, Ed25519, X25519, Ed448, X448.
 */
const PUBLIC_KEY_ALGORITHMS = ['06092a864886f70d010101', '06092a864886f70d01010a', '06072a8648ce3d0201', '06072a8648ce380401', '06032b6570', '06032b656e', '06032b6571', '06032b656f'].map((hex) =>
  Buffer.from(hex, 'hex'),
);

/** A certificate's TBSCertificate opens with its version: `[0] { INTEGER 2 }`. */
const CERTIFICATE_VERSION = Buffer.from('a003020102', 'hex');

/** Where the contents of the DER element at `at` start (its header skipped), or −1 past the end. */
function derContents(der: Buffer, at: number): number {
  const length = der[at + 1];
  if (length === undefined) return -1;
  return at + 2 + (length < 0x80 ? 0 : length - 0x80);
}

/**
 * Whether a value is base64 of a DER public key or certificate (`MFkwEwYHKoZIzj0CAQYI…`,
 * `MIIBIjANBgkqhkiG9w0BAQEFAAOC…`, a certificate's `MIIC…`): it verifies, and its name may still
 * call it a key (SendGrid's `…_WEBHOOK_VERIFICATION_KEY`; round 113). Its outer SEQUENCE holds a
 * public key's algorithm first, a certificate's signed part or an RSA modulus. A private key's
 * (PKCS#1, SEC1, PKCS#8) holds its version first, an encrypted one an algorithm of PBES2's.
 *
 * @example
 * isPublicKeyDer('MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE='); // true
 */
export function isPublicKeyDer(text: string): boolean {
  if (text.length < 40 || text.charCodeAt(0) !== 0x4d || !/^[A-Za-z0-9+/]{40}/.test(text)) return false;
  const der = Buffer.from(text.slice(0, 64), 'base64');
  if (der[0] !== 0x30) return false;
  const first = derContents(der, 0);
  // PKCS#1's RSAPublicKey: its modulus, an INTEGER of 128 bytes or more (a private key's opens with its version, `02 01 00`).
  if (der[first] === 0x02) return der[first + 1] === 0x81 || der[first + 1] === 0x82;
  if (der[first] !== 0x30) return false;
  const inner = derContents(der, first);
  const opens = (bytes: Buffer): boolean => inner >= 0 && der.subarray(inner, inner + bytes.length).equals(bytes);
  return opens(CERTIFICATE_VERSION) || PUBLIC_KEY_ALGORITHMS.some(opens);
}
