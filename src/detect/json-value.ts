/**
 * Reads one JSON value in raw bytes, without parsing or re-serialising the record, and returns
 * the byte spans of its leaves. Used after a sensitive key: `"password": <value>`.
 *
 * Any depth of JSON serialised inside JSON strings (issue 7: an SNS message inside an SQS body
 * inside a Lambda event is three levels). Level 0 is JSON as it stands in the line; at level n
 * every character of the value is written with the escapes of the n strings around it, so an
 * inner `"` is 2^n − 1 backslashes and a quote (`\"`, `\\\"`, `\\\\\\\"`). A reader decodes
 * those escapes on the fly, one level on top of the other, so one scanner serves every depth.
 */

import { BACKSLASH, NEWLINE, QUOTE } from '../constants.js';

/**
 * Deeper than this, a value is not read as JSON (the caller fails closed on it). Each level
 * doubles the bytes an inner character takes, so real logs stop long before: 6 levels is a
 * quote written with 63 backslashes.
 */
export const MAX_JSON_LEVEL = 6;

/** A leaf of a JSON value: string contents (without quotes) or a number. */
export interface JsonLeaf {
  readonly start: number;
  readonly end: number;
  /** Numbers must be quoted when replaced by a placeholder, strings already are. */
  readonly isNumber: boolean;
  /**
   * When the value is an object, the span of the member's key under which the leaf sits, at the
   * object's top level (`{"id":"x","meta":{"id":"y"}}`: `id` for x, `meta` for y); when it is a
   * list, at its objects' top level (`[{"id":"x"}]`: `id`).
   */
  readonly member?: readonly [number, number];
  /**
   * The span of the key right above the leaf, at any depth (`{"meta":{"id":"y"}}`: `id` for y;
   * `{"k":["a"]}`: `k` for a), when it is not `member`'s: what names the leaf itself in a nested object.
   */
  readonly key?: readonly [number, number];
}

export interface JsonValue {
  readonly leaves: JsonLeaf[];
  /** Where the value ends (exclusive). */
  readonly end: number;
}

/** Decodes one inner character at `pos`: its code (−1 at the end) and where the next begins. */
interface Reader {
  code: number;
  next: number;
}

/** What an escape letter stands for, as far as scanning goes: whitespace as a space. */
function unescaped(letter: number): number {
  switch (letter) {
    case QUOTE:
    case BACKSLASH:
    case 0x2f:
      return letter;
    case 0x6e: // \n
    case 0x72: // \r
    case 0x74: // \t
    case 0x62: // \b
    case 0x66: // \f
      return 0x20;
    default:
      return -1;
  }
}

/**
 * Reads one character of level `level` at `pos`. At level 0 that is a byte (a newline ends the
 * value). At level n it is one character of level n − 1, or an escape made of two or six of
 * them; an unescaped quote of level n − 1 closes the string that holds level n: the end (−1).
 * Each level reads each byte of the one below once, so reading stays linear.
 */
function read(bytes: Uint8Array, pos: number, limit: number, level: number, out: Reader): void {
  if (level === 0) {
    if (pos >= limit) {
      out.code = -1;
      out.next = pos;
      return;
    }
    const byte = bytes[pos] as number;
    out.code = byte === NEWLINE ? -1 : byte;
    out.next = pos + 1;
    return;
  }
  read(bytes, pos, limit, level - 1, out);
  if (out.code === QUOTE) {
    out.code = -1;
    out.next = pos;
    return;
  }
  if (out.code !== BACKSLASH) return;
  read(bytes, out.next, limit, level - 1, out);
  const letter: number = out.code;
  if (letter === 0x75) {
    // \uXXXX: four more characters of the level below; the character itself does not matter.
    let code: number = letter;
    for (let i = 0; i < 4 && code !== -1; i++) {
      read(bytes, out.next, limit, level - 1, out);
      code = out.code;
    }
    out.code = code === -1 ? -1 : 0x3f;
    if (code === -1) out.next = pos;
    return;
  }
  const code = letter === -1 ? -1 : unescaped(letter);
  out.code = code;
  if (code === -1) out.next = pos;
}

/**
 * The level of the JSON string whose opening quote ends at `quote` (a `"` preceded by 2^n − 1
 * backslashes is a quote of level n), or −1 when the backslashes before it are no such run.
 *
 * @example
 * jsonLevelAt(Buffer.from('{\\\\\\"k'), 4); // 2: `\\\"` opens a string two levels in
 */
export function jsonLevelAt(bytes: Uint8Array, quote: number): number {
  // Looks back no further than the deepest level's run, so a line of backslashes stays linear.
  const floor = Math.max(0, quote - 2 ** (MAX_JSON_LEVEL + 1));
  let start = quote;
  while (start > floor && bytes[start - 1] === BACKSLASH) start--;
  const run = quote - start;
  for (let level = 0; level <= MAX_JSON_LEVEL; level++) if (run === 2 ** level - 1) return level;
  return -1;
}

/**
 * A quote as written at `level`: `"`, `\"`, `\\\"`, … (what a placeholder for a number is wrapped in).
 *
 * @example
 * quoteAt(1); // '\\"'
 */
export function quoteAt(level: number): string {
  return `${'\\'.repeat(2 ** level - 1)}"`;
}
const isWhitespace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;
/** What may follow a value: the next member or item, the container's end, blanks, the line's end. */
const endsValue = (code: number): boolean => code === 0x2c || code === 0x7d || code === 0x5d || isWhitespace(code);
const isNumberChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x65 || code === 0x45;

/**
 * Scans the value that starts at `pos` (after the colon) and collects its leaves. Returns `null`
 * when the bytes are not a JSON value at that level, or the level is past `MAX_JSON_LEVEL` (the
 * caller then fails closed).
 *
 * @example
 * const line = Buffer.from('{"password":{"S":"x"}}');
 * scanJsonValue(line, 12, line.length, 0); // { leaves: [{ start: 18, end: 19, isNumber: false }], end: 21 }
 */
export function scanJsonValue(bytes: Uint8Array, pos: number, limit: number, level: number): JsonValue | null {
  if (level < 0 || level > MAX_JSON_LEVEL) return null;
  const leaves: JsonLeaf[] = [];
  const r: Reader = { code: 0, next: pos };
  const end = scanValue(bytes, pos, limit, level, leaves, r, 0);
  return end < 0 ? null : { leaves, end };
}

const MAX_DEPTH = 64;

function skipWhitespace(bytes: Uint8Array, pos: number, limit: number, level: number, r: Reader): number {
  let p = pos;
  for (;;) {
    read(bytes, p, limit, level, r);
    if (!isWhitespace(r.code)) return p;
    p = r.next;
  }
}

/** Returns the end of the value at `pos`, or −1. */
function scanValue(bytes: Uint8Array, pos: number, limit: number, level: number, leaves: JsonLeaf[], r: Reader, depth: number, tagDepth = 0): number {
  if (depth > MAX_DEPTH) return -1;
  let p = skipWhitespace(bytes, pos, limit, level, r);
  const first = r.code;
  if (first === QUOTE) {
    const start = r.next;
    p = start;
    for (;;) {
      read(bytes, p, limit, level, r);
      if (r.code === -1) return -1;
      if (r.code === QUOTE) {
        if (p > start) leaves.push({ start, end: p, isNumber: false });
        return r.next;
      }
      if (r.code === BACKSLASH) {
        read(bytes, r.next, limit, level, r);
        if ((r.code as number) === -1) return -1;
      }
      p = r.next;
    }
  }
  if (first === 0x7b || first === 0x5b) {
    const isObject = first === 0x7b;
    const close = isObject ? 0x7d : 0x5d;
    // A list's items are tagged as the list would be: `[{"keyId":…}]` tags `keyId` (round 45).
    const itemTagDepth = !isObject && depth === tagDepth ? depth + 1 : tagDepth;
    p = skipWhitespace(bytes, r.next, limit, level, r);
    if (r.code === close) return r.next;
    for (;;) {
      let member: JsonLeaf | undefined;
      if (isObject) {
        // The key is context, not a leaf.
        const keyLeaves: JsonLeaf[] = [];
        const keyEnd = scanValue(bytes, p, limit, level, keyLeaves, r, depth + 1);
        if (keyEnd < 0) return -1;
        member = keyLeaves[0];
        p = skipWhitespace(bytes, keyEnd, limit, level, r);
        if (r.code !== 0x3a) return -1;
        p = r.next;
      }
      const first = leaves.length;
      const valueEnd = scanValue(bytes, p, limit, level, leaves, r, depth + 1, itemTagDepth);
      if (valueEnd < 0) return -1;
      // Tag each leaf with the key right above it, once: an inner object's loop tags first.
      if (depth !== tagDepth && member !== undefined) {
        const span = [member.start, member.end] as const;
        for (let i = first; i < leaves.length; i++) if ((leaves[i] as JsonLeaf).key === undefined) leaves[i] = { ...(leaves[i] as JsonLeaf), key: span };
      }
      // Tag the member's leaves with its key, at the top level only (inner tags are overwritten).
      if (depth === tagDepth && member !== undefined) {
        const span = [member.start, member.end] as const;
        for (let i = first; i < leaves.length; i++) leaves[i] = { ...(leaves[i] as JsonLeaf), member: span };
      }
      p = skipWhitespace(bytes, valueEnd, limit, level, r);
      if (r.code === close) return r.next;
      if (r.code !== 0x2c) return -1;
      p = r.next;
    }
  }
  // A number opens with a digit or `-` and ends where the value does: `eyJ…` after a key (a JWT
  // left bare, round 26) is no number `e`, nor `3600s` a number `3600`.
  if (first === 0x2d || (first >= 0x30 && first <= 0x39)) {
    const start = p;
    while (isNumberChar(r.code)) {
      p = r.next;
      read(bytes, p, limit, level, r);
    }
    if (r.code !== -1 && !endsValue(r.code)) return -1;
    leaves.push({ start, end: p, isNumber: true });
    return p;
  }
  // true, false, null: not secrets; keep them.
  for (const word of ['true', 'false', 'null']) {
    let q = p;
    let ok = true;
    for (let i = 0; i < word.length; i++) {
      read(bytes, q, limit, level, r);
      if (r.code !== word.charCodeAt(i)) {
        ok = false;
        break;
      }
      q = r.next;
    }
    if (ok) return q;
  }
  return -1;
}

/**
 * Past the bracket that closes the one at `open`, strings skipped, or where the text around it
 * ends: the line, or at `level` n ≥ 1 the string of level n − 1 that holds the value, which it
 * never runs past. For a value that is not strict JSON (Python's `NaN`, a trailing comma), so
 * all of it can go. Linear.
 *
 * @example
 * const line = Buffer.from('{"k":[NaN,"a]"],"u":1}');
 * bracketEnd(line, 5, line.length, 0); // 15, just past the `]` that closes the array
 */
export function bracketEnd(bytes: Uint8Array, open: number, limit: number, level: number): number {
  const r: Reader = { code: 0, next: open };
  let depth = 0;
  let inString = false;
  let p = open;
  for (;;) {
    read(bytes, p, limit, level, r);
    const code = r.code;
    if (code === -1) return p;
    p = r.next;
    if (inString) {
      if (code === QUOTE) inString = false;
      else if (code === BACKSLASH) {
        read(bytes, p, limit, level, r);
        if (r.code === -1) return p;
        p = r.next;
      }
    } else if (code === QUOTE) inString = true;
    else if (code === 0x7b || code === 0x5b) depth++;
    else if ((code === 0x7d || code === 0x5d) && --depth === 0) return p;
  }
}
