/**
 * Reads one JSON value in raw bytes, without parsing or re-serialising the record, and returns
 * the byte spans of its leaves. Used after a sensitive key: `"password": <value>`.
 *
 * Two levels: level 0 is JSON as it stands in the line; level 1 is JSON serialised inside a JSON
 * string (`"body":"{\"password\":\"…\"}"`), where every inner character is written with the
 * outer string's escapes. A reader decodes those escapes on the fly, so one scanner serves both.
 */

import { BACKSLASH, NEWLINE, QUOTE } from '../constants.js';


/** A leaf of a JSON value: string contents (without quotes) or a number. */
export interface JsonLeaf {
  readonly start: number;
  readonly end: number;
  /** Numbers must be quoted when replaced by a placeholder, strings already are. */
  readonly isNumber: boolean;
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

function read(bytes: Uint8Array, pos: number, limit: number, level: 0 | 1, out: Reader): void {
  if (pos >= limit) {
    out.code = -1;
    out.next = pos;
    return;
  }
  const byte = bytes[pos] as number;
  if (level === 0 || byte !== BACKSLASH) {
    out.code = byte === NEWLINE ? -1 : byte;
    out.next = pos + 1;
    return;
  }
  // Level 1: an outer escape stands for one inner character.
  const escaped = bytes[pos + 1];
  switch (escaped) {
    case QUOTE:
    case BACKSLASH:
    case 0x2f:
      out.code = escaped;
      out.next = pos + 2;
      return;
    case 0x6e: // \n
    case 0x72: // \r
    case 0x74: // \t
    case 0x62: // \b
    case 0x66: // \f
      out.code = 0x20;
      out.next = pos + 2;
      return;
    case 0x75: // \uXXXX
      out.code = 0x3f;
      out.next = Math.min(pos + 6, limit);
      return;
    default:
      out.code = -1;
      out.next = pos;
  }
}

const isWhitespace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;
const isNumberChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x65 || code === 0x45;

/**
 * Scans the value that starts at `pos` (after the colon) and collects its leaves. Returns `null`
 * when the bytes are not a JSON value at that level (the caller then fails closed).
 *
 * @example
 * const line = Buffer.from('{"password":{"S":"x"}}');
 * scanJsonValue(line, 12, line.length, 0); // { leaves: [{ start: 18, end: 19, isNumber: false }], end: 21 }
 */
export function scanJsonValue(bytes: Uint8Array, pos: number, limit: number, level: 0 | 1): JsonValue | null {
  const leaves: JsonLeaf[] = [];
  const r: Reader = { code: 0, next: pos };
  const end = scanValue(bytes, pos, limit, level, leaves, r, 0);
  return end < 0 ? null : { leaves, end };
}

const MAX_DEPTH = 64;

function skipWhitespace(bytes: Uint8Array, pos: number, limit: number, level: 0 | 1, r: Reader): number {
  let p = pos;
  for (;;) {
    read(bytes, p, limit, level, r);
    if (!isWhitespace(r.code)) return p;
    p = r.next;
  }
}

/** Returns the end of the value at `pos`, or −1. */
function scanValue(bytes: Uint8Array, pos: number, limit: number, level: 0 | 1, leaves: JsonLeaf[], r: Reader, depth: number): number {
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
    p = skipWhitespace(bytes, r.next, limit, level, r);
    if (r.code === close) return r.next;
    for (;;) {
      if (isObject) {
        // The key is context, not a leaf.
        const keyEnd = scanValue(bytes, p, limit, level, [], r, depth + 1);
        if (keyEnd < 0) return -1;
        p = skipWhitespace(bytes, keyEnd, limit, level, r);
        if (r.code !== 0x3a) return -1;
        p = r.next;
      }
      const valueEnd = scanValue(bytes, p, limit, level, leaves, r, depth + 1);
      if (valueEnd < 0) return -1;
      p = skipWhitespace(bytes, valueEnd, limit, level, r);
      if (r.code === close) return r.next;
      if (r.code !== 0x2c) return -1;
      p = r.next;
    }
  }
  if (isNumberChar(first)) {
    const start = p;
    while (isNumberChar(r.code)) {
      p = r.next;
      read(bytes, p, limit, level, r);
    }
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
