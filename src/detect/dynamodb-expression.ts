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
import { lineEndOf, lineStartOf } from './lines.js';

/** A value's span in the bytes: inside its quotes. */
type Span = readonly [number, number];

/** How far around the match the request is read: a request is small, a line may be 10 MB, and a line may hold many. */
const REACH = 2048;

/** A quote, perhaps escaped as JSON writes one inside a string (`\"`). */
const QUOTE = String.raw`\\*["']`;
const NAME = '[A-Za-z_][A-Za-z0-9_-]*';

/** An expression: its key and its string, whose quote group 1 holds (`\"` inside a JSON string). */
const EXPRESSION = new RegExp(String.raw`(?:Update|KeyCondition|Filter|Condition)Expression${QUOTE}?[ \t]*[:=][ \t]*(\\*["'])`, 'g');
/** Without it, no placeholder has a value to read. */
const VALUES_KEY = Buffer.from('ExpressionAttributeValues');
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
/** A typed value's type and the opening of its string: `{"S":"`, `{ S: '`, `{'N': '`. */
const TYPED = new RegExp(String.raw`^\{[ \t]*${QUOTE}?(?:S|N|B)${QUOTE}?[ \t]*:[ \t]*(\\*["'])`);

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

/** Where the object that opens before `at` closes (strings skipped), or the text's end. */
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
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** The `#name` placeholders of every names object in `text`. */
function names(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const open of text.matchAll(NAMES)) {
    const from = open.index + open[0].length;
    const body = text.slice(from, objectEnd(text, from));
    for (const entry of body.matchAll(NAME_ENTRY)) out.set(entry[1] as string, entry[2] as string);
  }
  return out;
}

/** The attribute each `:value` placeholder is compared with or set to, in every expression in `text`. */
function attributes(text: string, byName: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const expression of text.matchAll(EXPRESSION)) {
    const from = expression.index + expression[0].length;
    const end = stringEnd(text, from, expression[1] as string);
    const body = text.slice(from, end < 0 ? text.length : end);
    for (const pattern of [COMPARED, ARGUMENTS]) {
      for (const pair of body.matchAll(pattern)) {
        const name = pair[1] as string;
        const attribute = name.startsWith('#') ? byName.get(name) : name;
        if (attribute !== undefined && !out.has(pair[2] as string)) out.set(pair[2] as string, attribute);
      }
    }
  }
  return out;
}

/** The span, in `text`, of the string each `:value` placeholder of every values object holds. */
function values(text: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const open of text.matchAll(VALUES)) {
    const from = open.index + open[0].length;
    const end = objectEnd(text, from);
    VALUE_KEY.lastIndex = from;
    for (let key = VALUE_KEY.exec(text); key !== null && key.index < end; key = VALUE_KEY.exec(text)) {
      let at = key.index + key[0].length;
      let quote = /^\\*["']/.exec(text.slice(at, at + 8))?.[0];
      if (quote === undefined) {
        const typed = TYPED.exec(text.slice(at, at + 64));
        if (typed === null) continue;
        at += typed[0].length - (typed[1] as string).length;
        quote = typed[1] as string;
      }
      const start = at + quote.length;
      const close = stringEnd(text, start, quote);
      if (close > start) out.set(key[1] as string, [start, close]);
    }
  }
  return out;
}

/**
 * The spans of the values set to or compared with a sensitive attribute, in the request around a
 * `dynamodb-expression` match (an expression's key).
 *
 * @example
 * // `{"UpdateExpression":"SET #s = :s","ExpressionAttributeNames":{"#s":"smtpPassword"},
 * //   "ExpressionAttributeValues":{":s":"…"}}`: the span of `…`.
 * expressionSecrets(bytes, match, (name) => keys.isSensitive(name));
 */
export function expressionSecrets(bytes: Buffer, m: RuleMatch, isSecretAttribute: (name: string) => boolean): Span[] {
  const from = lineStartOf(bytes, m.match.start, Math.max(0, m.match.start - REACH));
  const to = Math.min(lineEndOf(bytes, m.match.end), m.match.end + REACH);
  if (bytes.subarray(from, to).indexOf(VALUES_KEY) < 0) return [];
  const text = bytes.toString('latin1', from, to);
  const byPlaceholder = attributes(text, names(text));
  if (byPlaceholder.size === 0) return [];
  const spans = values(text);
  const out: Span[] = [];
  for (const [placeholder, attribute] of byPlaceholder) {
    const span = spans.get(placeholder);
    if (span !== undefined && isSecretAttribute(attribute)) out.push([from + span[0], from + span[1]]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
