/**
 * The strings and scalars of a JSON record as it stands on a line, in raw bytes: where a finding
 * may lie without breaking the record, and which strings hold escapes to read decoded.
 *
 * The rules read a line as text, so a value read to the end of its line (`… AUTH <password>`)
 * runs on past the quote that closes its JSON string, and a JSON string's own escapes (`\"`,
 * `\u0026`, `\/`) stop a value the same text without them gives whole. `scanLine` keeps each
 * finding inside one string or scalar, and reads a string with escapes, or one a finding ran out
 * of, decoded as a line of its own.
 */

import { BACKSLASH, QUOTE } from '../constants.js';

/** A string's contents (without its quotes) or a scalar (number, `true`, `false`, `null`). */
export interface JsonToken {
  readonly start: number;
  readonly end: number;
  readonly isString: boolean;
  /** A member's key, not a value. */
  readonly isKey: boolean;
  /** A string with a backslash in it: its decoded text differs from its bytes. */
  readonly escaped: boolean;
}

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isBlank = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d;
const isScalarByte = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || b === 0x2d || b === 0x2b || b === 0x2e || b === 0x45;
/** How a number, `true`, `false` or `null` starts: the rest is taken on trust, the quotes are what matter here. */
const startsScalar = (b: number): boolean => (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x74 || b === 0x66 || b === 0x6e;

/** The JSON record that ends a line: its tokens, and where it starts (its `{` or `[`). */
export interface JsonRecord {
  readonly tokens: JsonToken[];
  readonly start: number;
}

/** How many `[` of a line are tried as a record's start when no `{` starts one. */
const ARRAY_TRIES = 4;

/**
 * The JSON record that ends the line `[start, end)` (blanks after it aside): the object that
 * starts at its first `{`, else a list that starts at a `[` after a blank or at the line's start
 * (Laravel's query log ends with its bindings, `… values (?, ?) ["default","{\"uuid\":…}"]`,
 * whose strings held a job's JSON; round 119), or `undefined`: text before it (a timestamp, a
 * level) is left alone. Linear in the line (a few tries of a list); no recursion, whatever the depth.
 */
export function jsonRecord(bytes: Uint8Array, start: number, end: number): JsonRecord | undefined {
  // Offsets below are the line's; native searches stay inside it.
  const line = bytes.subarray(start, end);
  const object = line.indexOf(OPEN_OBJECT);
  if (object >= 0) {
    const tokens = recordTokens(line, start, object);
    if (tokens !== undefined) return { tokens, start: start + object };
  }
  let tries = 0;
  for (let at = line.indexOf(OPEN_ARRAY); at >= 0 && tries < ARRAY_TRIES; at = line.indexOf(OPEN_ARRAY, at + 1)) {
    if (at > 0 && !isBlank(line[at - 1] as number)) continue;
    if (object >= 0 && at > object) break;
    tries++;
    const tokens = recordTokens(line, start, at);
    // A list of strings: one of numbers is a byte array's (`network_key: [92, 160, …]`), as it was.
    if (tokens !== undefined && tokens.some((t) => t.isString)) return { tokens, start: start + at };
  }
  return memberLine(line, start);
}

/**
 * A line of pretty-printed JSON that is one member, `"key": value` and perhaps a comma (the AWS
 * CLI's `"Body": "{\"uuid\":…}",`, kubectl's `-o json`): its key and its value's tokens.
 */
function memberLine(line: Uint8Array, start: number): JsonRecord | undefined {
  let pos = 0;
  while (pos < line.length && isBlank(line[pos] as number)) pos++;
  if (line[pos] !== QUOTE) return undefined;
  const close = stringEnd(line, pos + 1);
  if (close < 0) return undefined;
  let colon = close + 1;
  while (colon < line.length && isBlank(line[colon] as number)) colon++;
  if (line[colon] !== COLON) return undefined;
  let end = line.length;
  while (end > colon && isBlank(line[end - 1] as number)) end--;
  if (line[end - 1] === COMMA) end--;
  const value = recordTokens(line.subarray(0, end), start, colon + 1);
  if (value === undefined) return undefined;
  const key: JsonToken = { start: start + pos + 1, end: start + close, isString: true, isKey: true, escaped: line.subarray(pos + 1, close).includes(BACKSLASH) };
  return { tokens: [key, ...value], start: start + pos };
}

/** `jsonRecord`'s tokens alone. */
export function jsonTokens(bytes: Uint8Array, start: number, end: number): JsonToken[] | undefined {
  return jsonRecord(bytes, start, end)?.tokens;
}

/** The tokens of the JSON value at `pos` of `line` (at `start` in its bytes), when it ends the line. */
function recordTokens(line: Uint8Array, start: number, from: number): JsonToken[] | undefined {
  let pos = from;
  const length = line.length;
  /** The next backslash from the string being read on, or −1: one search forward for the whole line. */
  let slash = line.indexOf(BACKSLASH, pos);
  const tokens: JsonToken[] = [];
  /** Open containers: `{` or `[`. */
  const stack: number[] = [];
  /** What may come next: a value, a key (or `}` of an empty object), `:`, or `,`/a closer. */
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  while (pos < length) {
    const b = line[pos] as number;
    if (isBlank(b)) {
      pos++;
      continue;
    }
    switch (expect) {
      case 'value':
      case 'key':
        if (b === QUOTE) {
          const close = stringEnd(line, pos + 1);
          if (close < 0) return undefined;
          while (slash >= 0 && slash <= pos) slash = line.indexOf(BACKSLASH, slash + 1);
          tokens.push({ start: start + pos + 1, end: start + close, isString: true, isKey: expect === 'key', escaped: slash >= 0 && slash < close });
          pos = close + 1;
          expect = expect === 'key' ? 'colon' : 'after';
        } else if (expect === 'key') {
          // Only an empty object's `}`: after a `,` a key must come (no trailing comma in JSON).
          if (b !== CLOSE_OBJECT || line[lastNonBlank(line, pos)] !== OPEN_OBJECT) return undefined;
          stack.pop();
          pos++;
          expect = 'after';
        } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
          stack.push(b);
          pos++;
          expect = b === OPEN_OBJECT ? 'key' : 'value';
        } else if (b === CLOSE_ARRAY && stack.at(-1) === OPEN_ARRAY && line[lastNonBlank(line, pos)] === OPEN_ARRAY) {
          stack.pop();
          pos++;
          expect = 'after';
        } else {
          let stop = pos;
          while (stop < length && isScalarByte(line[stop] as number)) stop++;
          if (stop === pos || !startsScalar(b)) return undefined;
          tokens.push({ start: start + pos, end: start + stop, isString: false, isKey: false, escaped: false });
          pos = stop;
          expect = 'after';
        }
        break;
      case 'colon':
        if (b !== COLON) return undefined;
        pos++;
        expect = 'value';
        break;
      case 'after': {
        const open = stack.at(-1);
        if (b === COMMA && open !== undefined) {
          pos++;
          expect = open === OPEN_OBJECT ? 'key' : 'value';
        } else if ((b === CLOSE_OBJECT && open === OPEN_OBJECT) || (b === CLOSE_ARRAY && open === OPEN_ARRAY)) {
          stack.pop();
          pos++;
        } else {
          return undefined;
        }
        break;
      }
    }
    if (stack.length === 0 && expect === 'after') {
      while (pos < length && isBlank(line[pos] as number)) pos++;
      return pos === length ? tokens : undefined;
    }
  }
  return undefined;
}

/** The closing quote of a string whose contents start at `pos` in `line`, or −1: a quote after an even run of backslashes. */
function stringEnd(line: Uint8Array, pos: number): number {
  for (let from = pos; ; ) {
    const quote = line.indexOf(QUOTE, from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (quote - slashes - 1 >= pos && line[quote - slashes - 1] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** The last byte before `pos` that is no blank. */
function lastNonBlank(bytes: Uint8Array, pos: number): number {
  let i = pos - 1;
  while (i > 0 && isBlank(bytes[i] as number)) i--;
  return i;
}

/**
 * Strings' texts decoded, one a line, and for each of their bytes where its source starts and
 * ends in the raw bytes (the line break after each string maps to none: both 0).
 */
export interface DecodedStrings {
  readonly text: Buffer;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/**
 * The decoded bytes of the strings `tokens` (UTF-8; a lone surrogate as U+FFFD), each string a
 * line, each byte mapped to the escape or byte it came from, so a span found in the text is the
 * span of whole escapes in the raw bytes. No longer than the strings' raw bytes and a line break each.
 */
export function decodeStrings(bytes: Uint8Array, tokens: readonly JsonToken[]): DecodedStrings {
  let size = 0;
  for (const t of tokens) size += t.end - t.start + 1;
  const out = Buffer.allocUnsafe(size);
  const starts = new Uint32Array(size);
  const ends = new Uint32Array(size);
  let n = 0;
  const put = (byte: number, from: number, to: number): void => {
    out[n] = byte;
    starts[n] = from;
    ends[n] = to;
    n++;
  };
  for (const t of tokens) {
    decodeInto(bytes, t.start, t.end, put);
    put(0x0a, 0, 0);
  }
  return { text: out.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Decodes the string contents `[start, end)`, giving each byte and its source's span to `put`. */
function decodeInto(bytes: Uint8Array, start: number, end: number, put: (byte: number, from: number, to: number) => void): void {
  for (let i = start; i < end; ) {
    const b = bytes[i] as number;
    if (b !== BACKSLASH || i + 1 >= end) {
      put(b, i, i + 1);
      i++;
      continue;
    }
    const letter = bytes[i + 1] as number;
    const simple = SIMPLE_ESCAPES[letter];
    if (simple !== undefined) {
      put(simple, i, i + 2);
      i += 2;
      continue;
    }
    const code = letter === 0x75 ? hex4(bytes, i + 2, end) : -1;
    if (code < 0) {
      put(b, i, i + 1);
      i++;
      continue;
    }
    let codePoint = code;
    let to = i + 6;
    if (code >= 0xd800 && code <= 0xdbff && bytes[to] === BACKSLASH && bytes[to + 1] === 0x75) {
      const low = hex4(bytes, to + 2, end);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        to += 6;
      }
    }
    for (const byte of Buffer.from(String.fromCodePoint(codePoint >= 0xd800 && codePoint <= 0xdfff ? 0xfffd : codePoint), 'utf8')) put(byte, i, to);
    i = to;
  }
}

/** What `\<letter>` stands for. */
const SIMPLE_ESCAPES: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 0x2f: 0x2f, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };

/** Four hex digits at `pos` as a number, or −1. */
function hex4(bytes: Uint8Array, pos: number, end: number): number {
  if (pos + 4 > end) return -1;
  let code = 0;
  for (let i = pos; i < pos + 4; i++) {
    const b = bytes[i] as number;
    const digit = b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x66 ? b - 0x57 : b >= 0x41 && b <= 0x46 ? b - 0x37 : -1;
    if (digit < 0) return -1;
    code = code * 16 + digit;
  }
  return code;
}
