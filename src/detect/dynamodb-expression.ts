/**
 * DynamoDB's expressions name an item's attributes through placeholders, and a debug log of a
 * request prints the three apart (rounds 10 and 25): `"UpdateExpression":"SET #s = :s"`,
 * `"ExpressionAttributeNames":{"#s":"smtpPassword"}`, `"ExpressionAttributeValues":{":s":{"S":"…"}}`.
 * No key names the secret where it stands, so no key rule sees it. This reads the expressions
 * near a match, resolves each `:value` placeholder to the attribute it is compared with or set
 * to (through `#name` placeholders), and hands back the values of sensitive attributes.
 *
 * The SDK's JSON, JavaScript's util.inspect (`':v': 'KCAA…'`, `{ S: '…' }`) and Python's repr
 * (`{':v': {'S': '…'}}`) are read alike, also inside a JSON string (`\"…\"`).
 */
import type { RuleMatch } from './compile.js';
import { NEWLINE } from '../constants.js';
import { lineStartOf } from './lines.js';

/** A value's span in the bytes: inside its quotes. */
type Span = readonly [number, number];

/**
 * A line up to this long is read whole, once however many expressions it holds; in a longer one
 * (a line may be 10 MB, and hold many) a request is read `REACH` bytes either way of its expression.
 */
const WHOLE_LINE = 64 * 1024;
const REACH = 2048;

/** A quote, perhaps escaped as JSON writes one inside a string (`\"`). */
const QUOTE = String.raw`\\*["']`;
const NAME = '[A-Za-z_][A-Za-z0-9_-]*';

/** An expression: its key and its string, whose quote group 1 holds (`\"` inside a JSON string). */
const EXPRESSION = new RegExp(String.raw`(?:Update|KeyCondition|Filter|Condition)Expression${QUOTE}?[ \t]*[:=][ \t]*(\\*["'])`, 'g');
/** Without it, no placeholder has a value to read. */
const VALUES_KEY = Buffer.from('ExpressionAttributeValues');
/** The names object's and the values object's openings. */
const NAMES = new RegExp(String.raw`ExpressionAttributeNames${QUOTE}?[ \t]*[:=][ \t]*\{`, 'g');
const VALUES = new RegExp(String.raw`ExpressionAttributeValues${QUOTE}?[ \t]*[:=][ \t]*\{`, 'g');
/** A `#name` placeholder and the attribute it stands for, in the names object. */
const NAME_ENTRY = new RegExp(String.raw`${QUOTE}?(#[A-Za-z0-9_]+)${QUOTE}?[ \t]*:[ \t]*${QUOTE}([^"'\\\r\n]+)${QUOTE}`, 'g');
/** A `:value` placeholder as a key of the values object; the value follows. */
const VALUE_KEY = new RegExp(String.raw`${QUOTE}(:[A-Za-z0-9_]+)${QUOTE}[ \t]*:[ \t]*`, 'g');
/** An attribute (a path's last step) compared with or set to a placeholder: `a.#b = :v`, `#a <> :v`. */
const COMPARED = new RegExp(String.raw`(#?${NAME})(?:\[[0-9]+\])*[ \t]*(?:=|<>|<=|>=|<|>)[ \t]*(:[A-Za-z0-9_]+)`, 'g');
/** Or as a function's arguments: `if_not_exists(#a, :v)`, `begins_with(a, :v)`, `list_append(#a, :v)`. */
const ARGUMENTS = new RegExp(String.raw`\((#?${NAME})(?:\[[0-9]+\])*[ \t]*,[ \t]*(:[A-Za-z0-9_]+)`, 'g');
/** Or in a list or a range: `#a IN (:a, :b)`, `#a BETWEEN :lo AND :hi`. */
const LISTED = new RegExp(String.raw`(#?${NAME})(?:\[[0-9]+\])*[ \t]+(?:IN[ \t]*\(([^)]*)\)|BETWEEN[ \t]+(:[A-Za-z0-9_]+[ \t]+AND[ \t]+:[A-Za-z0-9_]+))`, 'gi');
/** A value placeholder, among others. */
const PLACEHOLDER = /:[A-Za-z0-9_]+/g;

/** Where the next values object's key stands at or after `from`, or −1: a window without one has nothing to read. */
export const nextValuesKey = (bytes: Buffer, from: number): number => bytes.indexOf(VALUES_KEY, from);

/** Where the string whose opening quote (with its escapes) is `open` at `at` closes: the index of its closing quote's first escape, or −1. */
function stringEnd(text: string, at: number, open: string): number {
  const quote = open.at(-1) as string;
  const escapes = open.length - 1;
  for (let c = at; c < text.length; c++) {
    const ch = text[c];
    if (ch === '\n') return -1;
    if (ch !== quote) continue;
    let b = c;
    while (b > at && text[b - 1] === '\\') b--;
    if (c - b === escapes) return c - escapes;
  }
  return -1;
}

/** Where the object or list that opens before `at` closes (strings skipped), or the text's end. */
function objectEnd(text: string, at: number): number {
  let depth = 1;
  let quote = '';
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (quote !== '') {
      if (c === quote && text[i - 1] !== '\\') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i;
  }
  return text.length;
}

/** An expression, a names object or a values object, where it stands in the text. */
interface Part<T> {
  readonly at: number;
  readonly value: T;
}

/** The `#name` placeholders of each names object in `text`. */
function namesObjects(text: string): Part<Map<string, string>>[] {
  const out: Part<Map<string, string>>[] = [];
  for (const open of text.matchAll(NAMES)) {
    const from = open.index + open[0].length;
    const map = new Map<string, string>();
    for (const entry of text.slice(from, objectEnd(text, from)).matchAll(NAME_ENTRY)) map.set(entry[1] as string, entry[2] as string);
    out.push({ at: open.index, value: map });
  }
  return out;
}

/** Each expression's pairs: a `:value` placeholder and the attribute (maybe a `#name`) it is set to or compared with. */
function expressions(text: string): Part<[string, string][]>[] {
  const out: Part<[string, string][]>[] = [];
  for (const expression of text.matchAll(EXPRESSION)) {
    const from = expression.index + expression[0].length;
    const end = stringEnd(text, from, expression[1] as string);
    const body = text.slice(from, end < 0 ? text.length : end);
    const pairs: [string, string][] = [];
    for (const pattern of [COMPARED, ARGUMENTS, LISTED]) {
      for (const pair of body.matchAll(pattern)) {
        for (const placeholder of (pair[2] ?? pair[3] ?? '').match(PLACEHOLDER) ?? []) pairs.push([placeholder, pair[1] as string]);
      }
    }
    out.push({ at: expression.index, value: pairs });
  }
  return out;
}

/**
 * The spans of the strings a value holds, from `at`: a string; a typed value's or a list's
 * strings at any depth (`{"S":"…"}`, `{"L":[{"S":"…"}]}`, `{"SS":["…"]}`, `["…"]`), keys
 * skipped; Python's bytes (`b'…'`).
 */
function leaves(text: string, at: number): [number, number][] {
  let p = at;
  if (text[p] === 'b' && (text[p + 1] === "'" || text[p + 1] === '"')) p++;
  const quote = /^\\*["']/.exec(text.slice(p, p + 8))?.[0];
  if (quote !== undefined) {
    const close = stringEnd(text, p + quote.length, quote);
    return close > p + quote.length ? [[p + quote.length, close]] : [];
  }
  if (text[p] !== '{' && text[p] !== '[') return [];
  const end = objectEnd(text, p + 1);
  const out: [number, number][] = [];
  for (let i = p + 1; i < end; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'") continue;
    let b = i;
    while (b > p + 1 && text[b - 1] === '\\') b--;
    const open = text.slice(b, i + 1);
    const close = stringEnd(text, i + 1, open);
    if (close < 0) break;
    let after = close + open.length;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (text[after] !== ':' && close > i + 1) out.push([i + 1, close]);
    i = close + open.length - 1;
  }
  return out;
}

/** The spans of the strings each `:value` placeholder of each values object holds. */
function valuesObjects(text: string): Part<Map<string, [number, number][]>>[] {
  const out: Part<Map<string, [number, number][]>>[] = [];
  for (const open of text.matchAll(VALUES)) {
    const from = open.index + open[0].length;
    const end = objectEnd(text, from);
    const map = new Map<string, [number, number][]>();
    VALUE_KEY.lastIndex = from;
    for (let key = VALUE_KEY.exec(text); key !== null && key.index < end; key = VALUE_KEY.exec(text)) {
      map.set(key[1] as string, leaves(text, key.index + key[0].length));
    }
    out.push({ at: open.index, value: map });
  }
  return out;
}

/** Of `parts`, the one nearest `at`: a request's objects stand beside its expression. */
function nearest<T>(parts: readonly Part<T>[], at: number): T | undefined {
  let best: Part<T> | undefined;
  for (const part of parts) if (best === undefined || Math.abs(part.at - at) < Math.abs(best.at - at)) best = part;
  return best?.value;
}

/** Where the last window of a scan began to be read back from (`at`), and the first byte of it no newline precedes within it. */
export interface WindowCursor {
  at: number;
  clearFrom: number;
}

/**
 * The bytes around a `dynamodb-expression` match (an expression's key) where its request is read:
 * its whole line, or `REACH` bytes either way in a line longer than `WHOLE_LINE`; and whether it
 * is the whole line.
 */
export function expressionWindow(bytes: Buffer, m: RuleMatch, cursor?: WindowCursor): readonly [number, number, boolean] {
  const at = m.match.start;
  const floor = Math.max(0, at - WHOLE_LINE);
  // Back to the line's start or the floor, but not over bytes a window of this scan read before:
  // a line of many expressions would read that far back for each.
  let scanFrom = at;
  if (cursor !== undefined && cursor.at >= 0 && at >= cursor.at && bytes.subarray(cursor.at, at).indexOf(NEWLINE) < 0) scanFrom = Math.max(floor, cursor.clearFrom);
  const from = lineStartOf(bytes, scanFrom, floor);
  if (cursor !== undefined) Object.assign(cursor, { at, clearFrom: from });
  const limit = Math.min(bytes.length, m.match.end + WHOLE_LINE);
  const newline = bytes.subarray(m.match.end, limit).indexOf(NEWLINE);
  const to = newline < 0 ? limit : m.match.end + newline;
  // A line of a request or a few is read whole (once: see the caller); a longer one, around the match.
  const whole = (from === 0 || bytes[from - 1] === NEWLINE) && (to === bytes.length || bytes[to] === NEWLINE);
  return whole ? [from, to, true] : [Math.max(from, at - REACH), Math.min(to, m.match.end + REACH), false];
}

/**
 * The spans of the values set to or compared with a sensitive attribute, in the requests of the
 * window (`expressionWindow`). Each expression reads the names and values objects nearest it, so
 * two requests on one line (a transaction's items) keep theirs apart. With `only`, the expression
 * whose key starts there alone is resolved (a window of a long line, read once per expression).
 *
 * @example
 * // `{"UpdateExpression":"SET #s = :s","ExpressionAttributeNames":{"#s":"smtpPassword"},
 * //   "ExpressionAttributeValues":{":s":"…"}}`: the span of `…`.
 * expressionSecrets(bytes, expressionWindow(bytes, match), (name) => keys.isSensitive(name));
 */
export function expressionSecrets(bytes: Buffer, [from, to]: readonly [number, number, boolean?], isSecretAttribute: (name: string) => boolean, only?: number): Span[] {
  const text = bytes.toString('latin1', from, to);
  const allNames = namesObjects(text);
  const allValues = valuesObjects(text);
  const out: Span[] = [];
  for (const expression of expressions(text)) {
    if (only !== undefined && from + expression.at !== only) continue;
    const byName = nearest(allNames, expression.at);
    const byPlaceholder = nearest(allValues, expression.at);
    if (byPlaceholder === undefined) continue;
    for (const [placeholder, name] of expression.value) {
      const attribute = name.startsWith('#') ? byName?.get(name) : name;
      if (attribute === undefined || !isSecretAttribute(attribute)) continue;
      for (const [start, end] of byPlaceholder.get(placeholder) ?? []) out.push([from + start, from + end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
