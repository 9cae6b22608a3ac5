/**
 * YAML block scalars under a secret key (leaks review): `password: |` or `client_secret: >-`
 * with the value on the following lines, indented deeper than the key. The lines follow either as
 * lines of the block (a config file, `kubectl get -o yaml`, a YAML dump printed to stdout) or as
 * `\n` escapes inside one JSON string (a YAML dump logged as a message). Each line's text goes on
 * its own, its indentation and the line breaks stay; the block ends at the first line indented no
 * deeper than the key, or at the JSON string's end.
 *
 * And YAML name/value pairs whose value is on a line after the name (`- name: DB_PASSWORD`, then
 * `  value: …`; s14), and PHP `var_dump`'s key and value (`["password"]=>`, then `  string(12) "…"`;
 * config-lines). Both go on into the next block of a stream where a block ends inside them:
 * the caller's `ScanState` carries them (`state.yaml`), as it carries a PEM body.
 */
import { BACKSLASH, BLOCK_SCALAR_MAX_LINES, NEWLINE, QUOTE } from '../constants.js';
import type { Finding } from '../types.js';
import type { RuleMatch } from './compile.js';
import type { ScanState } from './pem.js';

/** A block line: its text's span and where the next line starts, or −1 when the block cannot go on. */
interface BlockLine {
  readonly indent: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** The line at `pos` in a block of real lines: its indentation, its text without a trailing `\r`. */
function rawLine(bytes: Buffer, pos: number): BlockLine {
  let p = pos;
  while (bytes[p] === 0x20) p++;
  let end = bytes.indexOf(NEWLINE, p);
  const next = end < 0 ? -1 : end + 1;
  if (end < 0) end = bytes.length;
  const textEnd = end > p && bytes[end - 1] === 0x0d ? end - 1 : end;
  return { indent: p - pos, start: p, end: textEnd, next };
}

/**
 * The level of the JSON string an escaped character belongs to, from the backslashes before it,
 * read one level at a time: `"` closes level 1, `\\"` level 2, `\\\\\"` level 3; `\\n` is a line
 * break in level 1, `\\\\n` in level 2, `\\\\\\\\n` in level 3. For a quote, the level it closes;
 * for a letter, the level whose escape it ends (an odd run ends it at once).
 */
function quoteLevel(run: number): number {
  let r = run;
  let level = 1;
  while (r % 2 === 1) {
    r = (r - 1) / 2;
    level++;
  }
  return level;
}

function escapeLevel(run: number): number {
  if (run <= 0) return 0;
  let r = run;
  let level = 1;
  while (r % 2 === 0) {
    r /= 2;
    level++;
  }
  return level;
}

/**
 * The line at `pos` inside a JSON string `depth` strings in (1 in a message, 2 in JSON logged in
 * a message): up to the next line break escaped for that depth (then the next line starts after
 * it), or the closing quote of that string or an outer one, or the line's end (then the block
 * ends there). Other escapes (`\\"`, `\\\\`, `\\t` at depth 1) are the text's own.
 */
function escapedLine(bytes: Buffer, pos: number, depth: number): BlockLine {
  const breakRun = 2 ** (depth - 1);
  let p = pos;
  while (bytes[p] === 0x20) p++;
  for (let i = p; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === NEWLINE || c === 0x0d || c === QUOTE) return { indent: p - pos, start: p, end: i, next: -1 };
    if (c !== BACKSLASH) continue;
    let run = 1;
    while (bytes[i + run] === BACKSLASH) run++;
    const after = bytes[i + run];
    if (after === QUOTE) {
      if (quoteLevel(run) <= depth) return { indent: p - pos, start: p, end: i, next: -1 };
      i += run;
      continue;
    }
    if (after === 0x6e && escapeLevel(run) <= depth) {
      // The backslashes before the break's own are the text's; a break of an outer string ends the block.
      const escape = i + run - breakRun;
      if (escapeLevel(run) < depth) return { indent: p - pos, start: p, end: escape, next: -1 };
      // `\r\n` escaped: the `\r` is the break's, not the text's.
      const end = escape - breakRun - 1 >= p && bytes[escape - 1] === 0x72 && runBefore(bytes, escape - 1) === breakRun ? escape - breakRun - 1 : escape;
      return { indent: p - pos, start: p, end, next: i + run + 1 };
    }
    // The character after the backslashes is looked at next, as text.
    i += run - 1;
  }
  return { indent: p - pos, start: p, end: bytes.length, next: -1 };
}

/** How many backslashes stand right before `pos`. */
function runBefore(bytes: Buffer, pos: number): number {
  let n = 0;
  while (pos - n - 1 >= 0 && bytes[pos - n - 1] === BACKSLASH) n++;
  return n;
}

/**
 * Takes the block scalar a `block-scalar` match opens: pushes the text of each of its lines that
 * `isCandidate` accepts, returns where scanning resumes (past the block), or −1 when no line
 * deeper than the key follows (then the match is no secret's).
 *
 * @example
 * // bytes 'password: |\n  hunter2\nuser: ada\n': pushes the span of `hunter2`, returns 22.
 * const resume = acceptBlockScalar((t) => t.length > 0, bytes, match, findings, state);
 */
export function acceptBlockScalar(isCandidate: (text: string) => boolean, bytes: Buffer, m: RuleMatch, findings: Finding[], state: ScanState): number {
  const lead = m.match.groups[1];
  const brk = m.match.groups[2];
  if (lead === undefined || brk === undefined) return -1;
  // The key's column: what stands before it (indentation, a list item's `- `).
  const keyColumn = lead[1] - lead[0];
  const escaped = brk[1] > brk[0] && bytes[brk[0]] === BACKSLASH;
  // The backslashes of the break's `\\n` tell how many strings in the block is (review-leaks).
  const depth = escaped ? escapeLevel(runBefore(bytes, brk[1] - 1)) : 0;
  let pos = escaped ? brk[1] : bytes.indexOf(NEWLINE, m.match.end) + 1;
  if (pos <= 0) return -1;
  if (!escaped && pos >= bytes.length) {
    // The key line ends the block: its lines are the next block's (a stream cut in blocks).
    state.yaml = { kind: 'block', ruleId: m.rule.id, column: keyColumn, linesLeft: BLOCK_SCALAR_MAX_LINES };
    return m.match.end;
  }
  const { resume } = blockLines(isCandidate, bytes, pos, keyColumn, BLOCK_SCALAR_MAX_LINES, m.rule.id, findings, escaped ? depth : 0, state);
  return resume;
}

/**
 * The lines of a block scalar from `pos`: each deeper than `keyColumn` goes (those `isCandidate`
 * takes), up to the first that is not or `max` lines. Lines of the block (`depth` 0) that run to
 * its end leave the rest to the next block in `state.yaml`.
 */
function blockLines(
  isCandidate: (text: string) => boolean,
  bytes: Buffer,
  from: number,
  keyColumn: number,
  max: number,
  ruleId: string,
  findings: Finding[],
  depth: number,
  state: ScanState,
): { resume: number } {
  let pos = from;
  let resume = -1;
  let n = 0;
  for (; n < max && pos >= 0 && pos < bytes.length; n++) {
    const line = depth > 0 ? escapedLine(bytes, pos, depth) : rawLine(bytes, pos);
    const blank = line.end === line.start;
    if (!blank && line.indent <= keyColumn) return { resume };
    if (!blank) {
      const text = bytes.toString('latin1', line.start, line.end);
      if (isCandidate(text)) findings.push({ ruleId, start: line.start, end: line.end });
      resume = line.end;
    }
    pos = line.next;
  }
  if (depth === 0 && pos >= bytes.length && n < max) state.yaml = { kind: 'block', ruleId, column: keyColumn, linesLeft: max - n };
  return { resume };
}

/**
 * Goes on with the YAML value the block before ended inside (`state.yaml`), from the block's
 * start: a block scalar's lines (pushed here), or the `value:` a name still waits for (its span
 * returned, for the caller to judge as its rule's). Clears `state.yaml`, or sets it again when
 * this block ends inside the value too.
 */
export function continueYaml(isCandidate: (text: string) => boolean, state: ScanState, bytes: Buffer, findings: Finding[]): readonly [number, number] | undefined {
  const carry = state.yaml;
  if (carry === undefined) return undefined;
  delete state.yaml;
  if (carry.kind === 'block') {
    blockLines(isCandidate, bytes, 0, carry.column, carry.linesLeft, carry.ruleId, findings, 0, state);
    return undefined;
  }
  const found = valueAfterName(bytes, 0, carry.column, 0, carry.linesLeft);
  if (found !== undefined && 'span' in found) return found.span;
  if (found !== undefined) state.yaml = { ...carry, linesLeft: found.linesLeft };
  return undefined;
}

/** How many lines after a `name:` its mapping's `value:` may stand (Kubernetes puts it next). */
const NAMED_VALUE_MAX_LINES = 8;

/**
 * `value:`, `Value:`, `ParameterValue:` at a line's start: the key of a name/value pair's value.
 * Or PHP `var_dump`'s `string(12)` before the value it prints on the line after its key
 * (`["password"]=>` then `  string(12) "…"`, at the key's column; config-lines).
 */
const VALUE_KEY = /^(?:(?:[Pp]arameter_?)?[Vv]alue:|string\([0-9]+\))(?=[ \t]|$)/;

/**
 * The value of a YAML name/value pair that a `yaml-named` match names: Kubernetes and ECS env
 * lists (`- name: DB_PASSWORD` then `  value: …`), AWS tags (`Key:`/`Value:`), CloudFormation
 * parameters, as `kubectl get -o yaml`, `helm --debug` and deploy tools print them. The `value:`
 * key of the same mapping on one of the next lines (at the name's column; deeper lines are a
 * sibling's children and are passed over), as lines of the block or as `\n` escapes in one JSON
 * string. The span is the value inside its quotes (also escaped ones, `\"…\"` in a JSON string),
 * or a bare value up to a comment or the line's end; none for `valueFrom:`, an empty value or a
 * block scalar (the block-scalar rule's).
 *
 * @example
 * // bytes '- name: DB_PASSWORD\n  value: hunter2\n': the span of `hunter2`.
 * const span = namedValueSpan(bytes, match, state);
 */
export function namedValueSpan(bytes: Buffer, m: RuleMatch, state: ScanState): readonly [number, number] | undefined {
  const lead = m.match.groups[1];
  const brk = m.match.groups[2];
  if (lead === undefined || brk === undefined) return undefined;
  const column = lead[1] - lead[0];
  const escaped = brk[1] > brk[0] && bytes[brk[0]] === BACKSLASH;
  const depth = escaped ? escapeLevel(runBefore(bytes, brk[1] - 1)) : 0;
  const pos = escaped ? brk[1] : bytes.indexOf(NEWLINE, m.match.end) + 1;
  if (pos <= 0) return undefined;
  const found = valueAfterName(bytes, pos, column, depth, NAMED_VALUE_MAX_LINES);
  if (found === undefined) return undefined;
  // Lines of the block that end it before the value: the next block's (a stream cut in blocks).
  if ('linesLeft' in found) state.yaml = { kind: 'named', ruleId: m.rule.id, column, linesLeft: found.linesLeft };
  return 'span' in found ? found.span : undefined;
}

/**
 * Looks for the `value:` of the mapping at `column` in the lines from `pos` (`depth` > 0: lines
 * that are `\n` escapes of a JSON string): its span, none, or how many lines it may still take
 * where the block's lines ran out first.
 */
function valueAfterName(bytes: Buffer, from: number, column: number, depth: number, max: number): { span: readonly [number, number] } | { linesLeft: number } | undefined {
  let pos = from;
  let n = 0;
  for (; n < max && pos >= 0 && pos < bytes.length; n++) {
    const line = depth > 0 ? escapedLine(bytes, pos, depth) : rawLine(bytes, pos);
    if (line.end > line.start) {
      if (line.indent < column) return undefined;
      if (line.indent === column) {
        const text = bytes.toString('latin1', line.start, line.end);
        const key = VALUE_KEY.exec(text);
        if (key !== null) {
          const span = valueSpan(bytes, line.start + key[0].length, line.end);
          return span === undefined ? undefined : { span };
        }
        // The next item of the list (`- name: …`) at the name's column ends this one, and so does
        // var_dump's next key (`["user"]=>`): a value that was not `string(N)` (`NULL`) was the key's.
        if (text.startsWith('- ') || text.startsWith('[')) return undefined;
      }
    }
    pos = line.next;
  }
  return depth === 0 && pos >= bytes.length && n < max ? { linesLeft: max - n } : undefined;
}

/** A YAML value in `bytes[pos, end)` after its key: inside its quotes, escaped or not, or bare. */
function valueSpan(bytes: Buffer, pos: number, end: number): readonly [number, number] | undefined {
  let p = pos;
  while (p < end && (bytes[p] === 0x20 || bytes[p] === 0x09)) p++;
  let q = p;
  while (q < end && bytes[q] === BACKSLASH) q++;
  const quote = bytes[q];
  if (quote === QUOTE || quote === 0x27) {
    // The closing quote is the opening one with as many backslashes before it.
    const opener = bytes.subarray(p, q + 1);
    const close = bytes.subarray(q + 1, end).indexOf(opener);
    return close > 0 ? [q + 1, q + 1 + close] : undefined;
  }
  let e = end;
  const comment = bytes.subarray(p, end).indexOf(' #');
  if (comment >= 0) e = p + comment;
  while (e > p && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09)) e--;
  if (e === p || bytes[p] === 0x7c || bytes[p] === 0x3e) return undefined; // empty, `|` or `>`
  return [p, e];
}
