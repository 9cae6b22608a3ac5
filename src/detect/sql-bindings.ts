/**
 * The values bound to a statement's parameters, as ORMs' query logs print them beside it (round
 * 19): Lucid's and Knex's `insert into "api_tokens" (…, "token", …) values (?, ?, ?) [ 1, 'api',
 * '…' ]`, TypeORM's `… VALUES (DEFAULT, $1, $2) -- PARAMETERS: ["…", …]`, Prisma's
 * `WHERE "Session"."sessionToken" = $1 … Params: ["…"]`, a JSON log's `"sql":"…","bindings":[…]`
 * and Knex's util.inspect, `bindings: [ … ], … sql: '…'`. The statement says which column each
 * parameter fills (by position in an INSERT, by `column = ?` elsewhere); the value bound to a
 * secret column goes, the other values stay.
 */
import type { RuleMatch } from './compile.js';

/** A value's span inside the bindings list: inside its quotes. Bare values (numbers, null) are none. */
type Span = readonly [number, number];

/** A statement's text as the engine reads it (latin1), and where it starts in the bytes. */
interface Text {
  readonly text: string;
  readonly at: number;
}

const latin1 = (bytes: Buffer, start: number, end: number): Text => ({ text: bytes.toString('latin1', start, end), at: start });

/** An identifier as SQL quotes it (`"token"`, `` `token` ``, `[token]`, `\"token\"`), maybe after its table's name. */
const COLUMN = String.raw`(?:[\\"\x60\[]*[A-Za-z_][A-Za-z0-9_$]*[\\"\x60\]]*\.)*[\\"\x60\[]*([A-Za-z_][A-Za-z0-9_$]*)[\\"\x60\]]*`;
/** A parameter: `?` (not Knex's `??`, an identifier) or `$n`. */
const PARAMETER = String.raw`(\$[0-9]{1,3}|\?(?!\?))`;
/** `column = ?`, `column <> $2`, `column LIKE ?`, `column IN (?`: the column a parameter is compared with. */
const COMPARED = new RegExp(String.raw`${COLUMN}[ \t]*(?:=|<>|!=|(?:not[ \t]+)?(?:like|ilike)[ \t]|(?:not[ \t]+)?in[ \t]*\()[ \t]*${PARAMETER}`, 'gi');
/** `insert into <table> (<columns>) values (<values>)`: the lists, read by position. */
const INSERT = /\binsert\s+(?:(?:or\s+\w+|ignore)\s+)?into\s+[^(]*?\(([^()]*)\)\s*(?:output\s[^(]*)?values\s*/i;

/** The items of a comma-separated list at its top level: their spans in `text`, from `from` to the closing bracket. */
function listItems(text: string, from: number, open: string, close: string): { items: Span[]; end: number } {
  const items: Span[] = [];
  let depth = 0;
  let quote = '';
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === open || c === '(' || c === '{') depth++;
    else if (depth > 0 && (c === close || c === ')' || c === '}')) depth--;
    else if (c === close || c === ')') {
      if (i > start || items.length > 0) items.push([start, i]);
      return { items, end: i };
    } else if (c === ',' && depth === 0) {
      items.push([start, i]);
      start = i + 1;
    }
  }
  return { items, end: -1 };
}

/** Parameters' ordinals (0-based) and the column each fills, in one statement. */
function boundColumns(sql: string): Map<number, string> {
  const columns = new Map<number, string>();
  const ordinal = (parameter: string, index: number): number => {
    if (parameter.startsWith('$')) return Number(parameter.slice(1)) - 1;
    // A `?` is the n-th: count the ones before it, outside string literals.
    let n = 0;
    let quote = false;
    for (let i = 0; i < index; i++) {
      if (sql[i] === "'") quote = !quote;
      else if (!quote && sql[i] === '?' && sql[i + 1] !== '?' && sql[i - 1] !== '?') n++;
    }
    return n;
  };
  const insert = INSERT.exec(sql);
  if (insert !== null) {
    const names = (insert[1] as string).split(',').map((c) => new RegExp(`^\\s*${COLUMN}\\s*$`).exec(c)?.[1] ?? '');
    // Every row of a multi-row insert, by position.
    let pos = insert.index + insert[0].length;
    while (sql[pos] === '(') {
      const { items, end } = listItems(sql, pos + 1, '(', ')');
      items.forEach(([s, e], i) => {
        const value = sql.slice(s, e).trim();
        const name = names[i];
        if (name !== undefined && /^(?:\$[0-9]{1,3}|\?)$/.test(value)) columns.set(ordinal(value, sql.indexOf(value, s)), name);
      });
      if (end < 0) break;
      pos = end + 1;
      while (sql[pos] === ',' || sql[pos] === ' ') pos++;
    }
  }
  for (const m of sql.matchAll(COMPARED)) {
    const parameter = m[2] as string;
    columns.set(ordinal(parameter, (m.index ?? 0) + m[0].length - parameter.length), m[1] as string);
  }
  return columns;
}

/** The spans of a bindings list's quoted values, by ordinal; a bare value (a number, null) has none. */
function boundValues(list: Text): (Span | undefined)[] {
  const { items } = listItems(list.text, 1, '[', ']');
  return items.map(([s, e]) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(list.text[a] as string)) a++;
    while (b > a && /\s/.test(list.text[b - 1] as string)) b--;
    // A quote, or a quote written as an escape inside a JSON string (`\"…\"`).
    const open = /^\\*["']/.exec(list.text.slice(a, b))?.[0];
    if (open === undefined || b - a < open.length * 2 + 1 || !list.text.slice(a, b).endsWith(open)) return undefined;
    return [list.at + a + open.length, list.at + b - open.length];
  });
}

/**
 * The spans of the values bound to a secret column in a `sql-bindings` match: group 1 is the
 * statement and group 2 the bindings list from its `[`, or the other way round for Knex's
 * util.inspect (groups 3, the list, and 4, the statement).
 *
 * @example
 * // `insert into "api_tokens" ("name", "token") values (?, ?) [ 'ci', '…' ]`: the span of `…`.
 * boundSecrets(bytes, match, (column) => keys.isSensitive(column));
 */
export function boundSecrets(bytes: Buffer, m: RuleMatch, isSecretColumn: (column: string) => boolean): Span[] {
  const g = m.match.groups;
  const sqlSpan = g[1] ?? g[4];
  const listSpan = g[2] ?? g[3];
  if (sqlSpan === undefined || listSpan === undefined) return [];
  // A list inside a list is not the bindings: Rails prints `[["token_digest", "…"], ["LIMIT", 1]]`,
  // each value beside its column's name (the key rules' to read).
  let before = listSpan[0] - 1;
  while (before >= 0 && (bytes[before] === 0x20 || bytes[before] === 0x09)) before--;
  if (bytes[before] === 0x2c || bytes[before] === 0x5b) return [];
  const sql = latin1(bytes, sqlSpan[0], sqlSpan[1]).text;
  const values = boundValues(latin1(bytes, listSpan[0], listSpan[1]));
  const out: Span[] = [];
  for (const [ordinal, column] of boundColumns(sql)) {
    const span = values[ordinal];
    if (span !== undefined && isSecretColumn(column)) out.push(span);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
