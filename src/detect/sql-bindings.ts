/**
 * The values bound to a statement's parameters, as ORMs' query logs print them beside it (round
 * 19): Lucid's and Knex's `insert into "api_tokens" (…, "token", …) values (?, ?, ?) [ 1, 'api',
 * '…' ]`, TypeORM's `… VALUES (DEFAULT, $1, $2) -- PARAMETERS: ["…", …]`, Prisma's
 * `WHERE "Session"."sessionToken" = $1 … Params: ["…"]`, a JSON log's `"sql":"…","bindings":[…]`
 * and Knex's util.inspect, `bindings: [ … ], … sql: '…'`; DynamoDB's PartiQL, `"Statement":"…",
 * "Parameters":[{"S":"…"}, …]` (round 25). The statement says which column each
 * parameter fills (by position in an INSERT, by `column = ?`, `LIKE ?` or `IN (?, …)` elsewhere);
 * the value bound to a secret column goes, the other values stay.
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
/** One column of an INSERT's list, alone: its name. */
const COLUMN_ITEM = new RegExp(String.raw`^\s*${COLUMN}\s*$`);
/**
 * `insert into <table> (<columns>) values (<values>)`: the lists, read by position. The table's
 * name is bounded: a line of many `insert into` and no `(` would be read once per occurrence.
 */
const INSERT = /\binsert\s+(?:(?:or\s+\w+|ignore)\s+)?into\s+[^(]{0,300}?\(([^()]*)\)\s*(?:output\s[^(]{0,300})?values\s*/i;

/** The items of a comma-separated list at its top level: their spans in `text`, from `from` to the closing bracket. */
function listItems(text: string, from: number, open: string, close: string): { items: Span[]; end: number } {
  const items: Span[] = [];
  let depth = 0;
  let quote = '';
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote.length > 1) {
      // A quote written as an escape (`\"` in a JSON string) ends at the same escape.
      if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    const escaped = c === '\\' ? /^\\+["']/.exec(text.slice(i, i + 8))?.[0] : undefined;
    if (escaped !== undefined) {
      quote = escaped;
      i += escaped.length - 1;
    } else if (c === "'" || c === '"') quote = c;
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

/**
 * The statement's parameters, in one pass: where each stands and its ordinal (0-based) in the
 * bindings list. `?` counts in order outside string literals (not Knex's `??`, an identifier);
 * `$n` says its own.
 */
function parameters(sql: string): Map<number, number> {
  const at = new Map<number, number>();
  let questions = 0;
  let quote = false;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'") quote = !quote;
    else if (quote) continue;
    else if (c === '?') {
      if (sql[i + 1] === '?') i++;
      else at.set(i, questions++);
    } else if (c === '$' && /[0-9]/.test(sql[i + 1] ?? '')) at.set(i, Number(/^[0-9]{1,3}/.exec(sql.slice(i + 1, i + 4))?.[0]) - 1);
  }
  return at;
}

/**
 * `insert into <table> (<columns>) values (…), (…)` in `sql`: each item of every row, `[s, e)`,
 * with the name of the column it fills by position. Nothing when there is no INSERT.
 */
function forEachInsertItem(sql: string, visit: (s: number, e: number, column: string) => void): void {
  const insert = INSERT.exec(sql);
  if (insert === null) return;
  const names = (insert[1] as string).split(',').map((c) => COLUMN_ITEM.exec(c)?.[1] ?? '');
  let pos = insert.index + insert[0].length;
  while (sql[pos] === '(') {
    const { items, end } = listItems(sql, pos + 1, '(', ')');
    items.forEach(([s, e], i) => {
      const name = names[i];
      if (name !== undefined && name !== '') visit(s, e, name);
    });
    if (end < 0) break;
    pos = end + 1;
    while (sql[pos] === ',' || sql[pos] === ' ') pos++;
  }
}

/** Longer than any column's name: a backward read stops there. */
const MAX_NAME = 128;
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_$]/.test(c);

/**
 * The column a parameter at `at` is compared with, read backwards: `column = ?`, `column <> $2`,
 * `"t"."column" LIKE ?`, `column IN (?`. Backwards and bounded, so a statement of any length is
 * read in linear time (a regex from every position was quadratic on a long run of names).
 */
function comparedColumn(sql: string, at: number): Column | undefined {
  let j = at - 1;
  const skipBlanks = (): void => {
    while (sql[j] === ' ' || sql[j] === '\t') j--;
  };
  skipBlanks();
  const before = (word: string): boolean => sql.slice(j - word.length + 1, j + 1).toLowerCase() === word && !isNameChar(sql[j - word.length]);
  if (sql[j] === '(') {
    j--;
    skipBlanks();
    if (!before('in')) return undefined;
    j -= 2;
  } else if (sql[j] === '=') {
    j--;
    if (sql[j] === '!' || sql[j] === '<' || sql[j] === '>') j--;
  } else if (sql[j] === '>' && sql[j - 1] === '<') j -= 2;
  else if (before('like')) j -= 4;
  else if (before('ilike')) j -= 5;
  else return undefined;
  skipBlanks();
  if (before('not')) {
    j -= 3;
    skipBlanks();
  }
  const name = nameBackwards();
  if (name === undefined) return undefined;
  if (sql[j] !== '.') return { name };
  j--;
  const qualifier = nameBackwards();
  return qualifier === undefined ? { name } : { name, qualifier };

  /** The quoted or bare name that ends at `j`, read backwards; `j` is left before it. */
  function nameBackwards(): string | undefined {
    for (let k = 0; k < 4 && (sql[j] === '"' || sql[j] === '`' || sql[j] === ']' || sql[j] === '\\'); k++) j--;
    const end = j + 1;
    while (j >= 0 && end - j <= MAX_NAME && isNameChar(sql[j])) j--;
    const text = sql.slice(j + 1, end);
    for (let k = 0; k < 4 && (sql[j] === '"' || sql[j] === '`' || sql[j] === '[' || sql[j] === '\\'); k++) j--;
    return /^[A-Za-z_]/.test(text) ? text : undefined;
  }
}

/** A column a parameter fills: its name, and the table or alias it was qualified with. */
interface Column {
  readonly name: string;
  readonly qualifier?: string;
}

/** Parameters' ordinals (0-based) and the column each fills, in one statement. */
function boundColumns(sql: string): Map<number, Column> {
  const columns = new Map<number, Column>();
  const params = parameters(sql);
  forEachInsertItem(sql, (s, e, name) => {
    let p = s;
    while (p < e && /\s/.test(sql[p] as string)) p++;
    const ordinal = params.get(p);
    if (ordinal !== undefined && /^(?:\$[0-9]{1,3}|\?)$/.test(sql.slice(p, e).trim())) columns.set(ordinal, { name });
  });
  // In position order; a parameter right after one of an `IN (` list, past a comma, is the list's too.
  let list: { column: Column; end: number } | undefined;
  for (const [at, ordinal] of params) {
    const inList = list !== undefined && /^[ \t]*,[ \t]*$/.test(sql.slice(list.end, at)) ? list.column : undefined;
    const column = inList ?? comparedColumn(sql, at);
    const end = at + (sql[at] === '$' ? (/^\$[0-9]{1,3}/.exec(sql.slice(at, at + 4))?.[0].length ?? 1) : 1);
    list = column !== undefined && (inList !== undefined || /\([ \t]*$/.test(sql.slice(Math.max(0, at - 8), at))) ? { column, end } : undefined;
    if (column !== undefined && !columns.has(ordinal)) columns.set(ordinal, column);
  }
  return columns;
}

/** The opening of a DynamoDB typed value, to its string's quote: `{"S":`, `{ S: `, `{'N': `. */
const TYPED_VALUE = /^\{[ \t]*\\*["']?[SNB]\\*["']?[ \t]*:[ \t]*/;

/** The spans of a bindings list's quoted values, by ordinal; a bare value (a number, null) has none. */
function boundValues(list: Text): (Span | undefined)[] {
  const { items } = listItems(list.text, 1, '[', ']');
  return items.map(([s, e]) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(list.text[a] as string)) a++;
    while (b > a && /\s/.test(list.text[b - 1] as string)) b--;
    // DynamoDB's PartiQL parameters are typed: `{"S":"…"}`, `{ S: '…' }`; the string inside goes.
    const typed = TYPED_VALUE.exec(list.text.slice(a, b));
    if (typed !== null && list.text[b - 1] === '}') {
      a += typed[0].length;
      b--;
      while (b > a && /\s/.test(list.text[b - 1] as string)) b--;
    }
    // A quote, or a quote written as an escape inside a JSON string (`\"…\"`).
    const open = /^\\*["']/.exec(list.text.slice(a, b))?.[0];
    if (open === undefined || b - a < open.length * 2 + 1 || !list.text.slice(a, b).endsWith(open)) return undefined;
    return [list.at + a + open.length, list.at + b - open.length];
  });
}

/**
 * The spans of the values bound to a secret column in a `sql-bindings` match: group 1 is the
 * statement and group 2 the bindings list from its `[`, or the other way round for Knex's
 * util.inspect (groups 3, the list, and 4, the statement); Postgres's statement and its
 * `$1 = '…', …` (groups 5 and 6); an INSERT with its literals in place (group 7); Sequelize's
 * statement and its values after the `;` (groups 8 and 9); datasource-proxy's statement and its
 * `(…,…)` tuples (groups 10 and 11).
 *
 * @example
 * // `insert into "api_tokens" ("name", "token") values (?, ?) [ 'ci', '…' ]`: the span of `…`.
 * boundSecrets(bytes, match, (column) => keys.isSensitive(column));
 */
export function boundSecrets(bytes: Buffer, m: RuleMatch, isSecretColumn: (column: string) => boolean): Span[] {
  const g = m.match.groups;
  if (g[7] !== undefined) return literalSecrets(latin1(bytes, g[7][0], g[7][1]), isSecretColumn);
  const sqlSpan = g[1] ?? g[4] ?? g[5] ?? g[8] ?? g[10];
  const listSpan = g[2] ?? g[3] ?? g[6] ?? g[9] ?? g[11];
  if (sqlSpan === undefined || listSpan === undefined) return [];
  if (g[11] !== undefined) {
    const sql = latin1(bytes, sqlSpan[0], sqlSpan[1]).text;
    return proxyTuples(latin1(bytes, listSpan[0], listSpan[1]), parameters(sql).size).flatMap((values) => pickSecrets(sql, values, isSecretColumn));
  }
  // Sequelize's values, no brackets: read as a list that opens a character before them.
  if (g[9] !== undefined) {
    const values = { text: `[${bytes.toString('latin1', listSpan[0], listSpan[1])}]`, at: listSpan[0] - 1 };
    return pickSecrets(latin1(bytes, sqlSpan[0], sqlSpan[1]).text, boundValues(values), isSecretColumn);
  }
  if (g[6] !== undefined) return pickSecrets(latin1(bytes, sqlSpan[0], sqlSpan[1]).text, postgresValues(latin1(bytes, listSpan[0], listSpan[1])), isSecretColumn);
  // A list inside a list is not the bindings: Rails prints `[["token_digest", "…"], ["LIMIT", 1]]`,
  // each value beside its column's name (the key rules' to read).
  // (Not peewee's `('<sql>', [<params>])`: a `,` after a quote.)
  let before = listSpan[0] - 1;
  while (before >= 0 && (bytes[before] === 0x20 || bytes[before] === 0x09)) before--;
  if (bytes[before] === 0x5b) return [];
  if (bytes[before] === 0x2c) {
    let prior = before - 1;
    while (prior >= 0 && (bytes[prior] === 0x20 || bytes[prior] === 0x09)) prior--;
    if (bytes[prior] !== 0x27 && bytes[prior] !== 0x22) return [];
  }
  return pickSecrets(latin1(bytes, sqlSpan[0], sqlSpan[1]).text, boundValues(latin1(bytes, listSpan[0], listSpan[1])), isSecretColumn);
}

/**
 * A table a statement names after FROM, INTO, UPDATE or JOIN, maybe after its schema, and the
 * alias it may give it (`FROM "apitoken" AS "t1"`, `from api_token t0`).
 */
const TABLE = /\b(?:from|into|update|join)\s+(?:[\\"`[]*\w+[\\"`\]]*\.)?[\\"`[]*(\w+)[\\"`\]]*(?:\s+(?:as\s+)?[\\"`[]*(\w+))?/gi;
/** Words that may follow a table's name and are no alias. */
const NOT_ALIAS = /^(?:where|set|values|value|select|on|using|inner|left|right|full|cross|join|natural|limit|order|group|having|offset|returning|output|union|for|default|with|as)$/i;
/**
 * Tables that hold credentials (`api_keys`, `"ApiKey"`, `authtoken_token`, `access_tokens`, Kong's
 * `keyauth_credentials`, a `secrets` table; round 107), and sessions.
 */
const KEY_TABLE = /(?:tokens?|api_?keys?|access_?keys?|credentials?|secrets?)$/i;
const SESSION_TABLE = /sessions?$/i;
/** The columns that hold such a table's credential without saying so (round 47): `key`, a hash of it; a session's `id`. */
const KEY_COLUMN = /^(?:key|value|hash|digest)$/i;
const SESSION_COLUMN = /^(?:id|sid)$/i;

/**
 * `isSecretColumn`, and the columns of a credentials table whose names say nothing: Django REST
 * framework's `authtoken_token.key`, an `api_keys.key`, Prisma's `"ApiKey"."key"`, a remember-me
 * table's `hash`, a `session` table's `id` (Lucia's and Drizzle's session is its id). The column
 * is that table's by its qualifier (the table or its alias), or when the statement names no other
 * table: `"users"."id"` in a join with `"sessions"` stays.
 */
function secretColumns(sql: string, isSecretColumn: (column: string, qualifier?: string) => boolean): (column: string, qualifier?: string) => boolean {
  const names = new Map<string, 'key' | 'session' | 'other'>();
  let tables = 0;
  for (const m of sql.matchAll(TABLE)) {
    const table = (m[1] as string).toLowerCase();
    const kind = KEY_TABLE.test(table) ? 'key' : SESSION_TABLE.test(table) ? 'session' : 'other';
    tables++;
    names.set(table, kind);
    const alias = m[2];
    if (alias !== undefined && !NOT_ALIAS.test(alias)) names.set(alias.toLowerCase(), kind);
  }
  if (![...names.values()].some((kind) => kind !== 'other')) return isSecretColumn;
  const only = tables === 1 ? [...names.values()][0] : undefined;
  return (column, qualifier) => {
    if (isSecretColumn(column)) return true;
    const kind = qualifier === undefined ? only : names.get(qualifier.toLowerCase());
    return (kind === 'key' && KEY_COLUMN.test(column)) || (kind === 'session' && SESSION_COLUMN.test(column));
  };
}

/** The values, by ordinal, that fill a secret column of `sql`. */
function pickSecrets(sql: string, values: readonly (Span | undefined)[], isSecretColumn: (column: string) => boolean): Span[] {
  const out: Span[] = [];
  const isSecret = secretColumns(sql, isSecretColumn);
  for (const [ordinal, { name, qualifier }] of boundColumns(sql)) {
    const span = values[ordinal];
    if (span !== undefined && isSecret(name, qualifier)) out.push(span);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** One of Postgres's `$n = '…'` (`''` inside for a quote) or `$n = NULL`; `, ` between them. */
const POSTGRES_VALUE = /\$([0-9]{1,4}) = (?:'((?:[^']|'')*)'|NULL)/y;

/**
 * Postgres's parameters as its log prints them (`DETAIL:  parameters: $1 = '…', $2 = NULL`): the
 * span inside each value's quotes, by ordinal. A value cut short by `log_parameter_max_length`
 * ends in `...'` and still goes whole.
 */
function postgresValues(list: Text): (Span | undefined)[] {
  const values: (Span | undefined)[] = [];
  POSTGRES_VALUE.lastIndex = 0;
  for (let m = POSTGRES_VALUE.exec(list.text); m !== null; m = POSTGRES_VALUE.exec(list.text)) {
    if (m[2] !== undefined && m[2].length > 0) {
      const start = list.at + m.index + m[0].indexOf("'") + 1;
      values[Number(m[1]) - 1] = [start, start + m[2].length];
    }
    if (!list.text.startsWith(', ', POSTGRES_VALUE.lastIndex)) break;
    POSTGRES_VALUE.lastIndex += 2;
  }
  return values;
}

/**
 * datasource-proxy's `(…,…),(…,…)]`: each tuple's values by ordinal, bare between commas, for a
 * statement of `count` parameters. Its values are not quoted, so a comma inside one (a password's)
 * splits it: when a tuple holds `surplus` pieces more than parameters, each value spans from its
 * own piece to the piece `surplus` later. A secret column's value then goes whole wherever the
 * commas stood, at the cost of a neighbour's pieces at most; nothing of it is left out.
 */
function proxyTuples(list: Text, count: number): (Span | undefined)[][] {
  const end = list.text.lastIndexOf(')]');
  if (end < 0 || count === 0) return [];
  const tuples: (Span | undefined)[][] = [];
  let from = 1;
  for (;;) {
    const close = list.text.indexOf('),(', from);
    const stop = close < 0 || close > end ? end : close;
    const pieces: Span[] = [];
    let start = from;
    for (let i = from; i <= stop; i++) {
      if (i === stop || list.text[i] === ',') {
        pieces.push([list.at + start, list.at + i]);
        start = i + 1;
      }
    }
    const surplus = Math.max(0, pieces.length - count);
    const value = (s: number, e: number): Span | undefined => (e > s && list.text.slice(s - list.at, e - list.at) !== 'null' ? [s, e] : undefined);
    tuples.push(pieces.slice(0, count).map(([s], k) => value(s, (pieces[k + surplus] as Span)[1])));
    if (stop === end) return tuples;
    from = stop + 3;
  }
}

/**
 * The literals an INSERT writes into secret columns, when its log prints them in place (GORM,
 * MySQL's general log, `log_statement = 'all'`): `insert into t (name, password) values ('ci',
 * '…')`, every row of it. Only a quoted literal goes; `?`, `$1`, numbers and `DEFAULT` are none.
 */
function literalSecrets(statement: Text, isSecretColumn: (column: string) => boolean): Span[] {
  const sql = statement.text;
  const out: Span[] = [];
  const isSecret = secretColumns(sql, isSecretColumn);
  forEachInsertItem(sql, (s, e, name) => {
    if (!isSecret(name)) return;
    const text = sql.slice(s, e).trim();
    const open = /^\\*['"]/.exec(text)?.[0];
    if (open === undefined || text.length < open.length * 2 + 1 || !text.endsWith(open)) return;
    const from = s + sql.slice(s, e).indexOf(open) + open.length;
    out.push([statement.at + from, statement.at + from + text.length - open.length * 2]);
  });
  return out;
}
