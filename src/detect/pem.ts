/**
 * Private keys over many lines: the body after a `-----BEGIN … PRIVATE KEY-----` marker goes, up
 * to the END marker, whether it sits on the same line (JSON with `\n` escapes) or arrives one line
 * per log event (then `ScanState` carries it over lines and over calls). So do the lines of a key
 * base64-encoded again and wrapped (`base64 key.pem`), and a PuTTY key file's private blob.
 */
import { BASE64_WRAP_MAX, BASE64_WRAP_MIN, PEM_MAX_LINES, PEM_MIN_RUN, PPK_LINE_WIDTH } from '../constants.js';
import type { Base64Wrap, Finding, YamlCarry } from '../types.js';
import type { RuleMatch } from './compile.js';
import { lineEndOf, lineStartOf } from './lines.js';

/**
 * What one scan leaves for the next block of the same stream: lines left in an open PEM body.
 * Owned by the caller (one per source stream), never by the engine.
 */
export interface ScanState {
  pemLinesLeft: number;
  /** Set while the open body is a base64-encoded key wrapped over lines (`acceptBase64Pem`). */
  base64Wrap?: Base64Wrap;
  /** Set while a YAML value goes on past the block (`block-scalar.ts`). */
  yaml?: YamlCarry;
}

const PEM_END = Buffer.from('-----END');

const isBase64 = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d;

/**
 * Pushes the base64 runs of key material in `[from, to)`. An escape (`\n` in a JSON string) ends
 * a run and is no part of the next one, `\/` aside: a placeholder never takes half of an escape.
 */
function pushPemRuns(bytes: Buffer, from: number, to: number, id: string, findings: Finding[]): void {
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    if (i < to && isBase64(bytes[i] as number)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    // `\/` is a `/` of the key in JSON that escapes slashes (PHP's json_encode): part of the run,
    // whole, else the pieces between slashes, each shorter than a run, stayed (review2).
    if (bytes[i] === 0x5c && bytes[i + 1] === 0x2f && i + 1 < to) {
      if (runStart < 0) runStart = i;
      i++;
      continue;
    }
    if (runStart >= 0) {
      if (i - runStart >= PEM_MIN_RUN) findings.push({ ruleId: id, start: runStart, end: i });
      runStart = -1;
    }
    if (bytes[i] === 0x5c) i++;
  }
}

const PEM_HEADER = /^[^\n]*(?:Proc-Type:|DEK-Info:|Comment:)|^[ \t\r]*$/;

/** Where `-----END` starts in `[from, to)`, or −1: never searched past the line (linear time). */
const endMarkerIn = (bytes: Buffer, from: number, to: number): number => {
  const at = bytes.subarray(from, to).indexOf(PEM_END);
  return at < 0 ? -1 : from + at;
};

/**
 * A line of key body: one base64 run that ends the line (a `\r` aside), after nothing or after a
 * log prefix that ends in a space or tab (`<ts>\t<id>\t` of a Lambda line). A line of prose or a
 * request line (`GET /a/b 200`) is not one, so a BEGIN marker mentioned in passing takes nothing
 * after it.
 */
function isBodyLine(bytes: Buffer, from: number, to: number): boolean {
  let end = to;
  if (end > from && bytes[end - 1] === 0x0d) end--;
  let start = end;
  while (start > from && isBase64(bytes[start - 1] as number)) start--;
  if (start === end) return false;
  return start === from || bytes[start - 1] === 0x20 || bytes[start - 1] === 0x09;
}

/**
 * What may follow a BEGIN marker on its line when a body follows on the next lines: nothing, key
 * material with `\n` (and `\/`) escapes (a JSON string cut short), then closing quotes, commas or
 * braces.
 * A byte loop: a regex with two ways to read `\n` backtracked quadratically on a long line.
 */
function isKeyRest(bytes: Buffer, from: number, to: number): boolean {
  let end = to;
  while (end > from && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09 || bytes[end - 1] === 0x0d)) end--;
  while (end > from && (bytes[end - 1] === 0x22 || bytes[end - 1] === 0x27 || bytes[end - 1] === 0x2c || bytes[end - 1] === 0x7d)) end--;
  let i = from;
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
  for (; i < end; i++) {
    const c = bytes[i] as number;
    if (isBase64(c)) continue;
    if (c === 0x5c && (bytes[i + 1] === 0x6e || bytes[i + 1] === 0x72 || bytes[i + 1] === 0x2f) && i + 1 < end) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** Whether `[from, to)` holds a base64 run long enough to be key material (a word is not). */
function hasKeyRun(bytes: Buffer, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    run = isBase64(bytes[i] as number) ? run + 1 : 0;
    if (run >= PEM_MIN_RUN) return true;
  }
  return false;
}

/**
 * A body line's run under `PEM_MIN_RUN` (`pushPemRuns` leaves it) that is still key material: the
 * body's last line, what is left of the key (`5NDH0A==`). It is one when it ends in base64
 * padding, or is the whole line and reads as no word: it holds a digit, `+` or `/`, or two capitals
 * and a small letter (`done`, `OK`, `Done` after a key stay). A short word after a log prefix
 * (`INFO ok`, an interleaved line) is none. Not "the END marker follows": the next line may be in
 * the next block, and a stream's output must not depend on where its reads were cut. So an
 * unpadded last line after a prefix still stays.
 */
function pushShortLastRun(bytes: Buffer, from: number, to: number, id: string, findings: Finding[]): void {
  const { start, end } = trailingRun(bytes, from, to);
  if (end - start >= PEM_MIN_RUN) return;
  if (bytes[end - 1] === 0x3d || (start === from && readsAsNoWord(bytes, start, end))) findings.push({ ruleId: id, start, end });
}

function readsAsNoWord(bytes: Buffer, start: number, end: number): boolean {
  let capitals = 0;
  let small = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f) return true;
    if (c >= 0x41 && c <= 0x5a) capitals++;
    else small++;
  }
  return capitals >= 2 && small >= 1;
}

/** Goes on with an open PEM body from `pos`; returns where ordinary scanning resumes. */
export function continuePem(state: ScanState, bytes: Buffer, pos: number, id: string, findings: Finding[]): number {
  let p = pos;
  while (state.pemLinesLeft > 0 && p < bytes.length) {
    const lineEnd = lineEndOf(bytes, p);
    const endMarker = endMarkerIn(bytes, p, lineEnd);
    if (endMarker >= 0) {
      pushPemRuns(bytes, p, endMarker, id, findings);
      state.pemLinesLeft = 0;
      return endMarker + PEM_END.length;
    }
    if (isBodyLine(bytes, p, lineEnd)) {
      pushPemRuns(bytes, p, lineEnd, id, findings);
      pushShortLastRun(bytes, p, lineEnd, id, findings);
    } else if (!PEM_HEADER.test(bytes.toString('latin1', p, lineEnd))) {
      state.pemLinesLeft = 0;
      return p;
    }
    state.pemLinesLeft--;
    p = lineEnd + 1;
  }
  return Math.min(p, bytes.length);
}

/**
 * A PEM BEGIN marker: the body on the same line up to END (a key in a JSON string), or the
 * following lines when nothing but key material follows the marker on its line.
 */
export function acceptPem(state: ScanState, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const { id } = m.rule;
  const markerEnd = m.match.end;
  const lineEnd = lineEndOf(bytes, markerEnd);
  const endMarker = endMarkerIn(bytes, markerEnd, lineEnd);
  if (endMarker >= 0) {
    // Key material (base64 with `\n` escapes) goes whole. Anything else between the markers is
    // prose that names both ("between -----BEGIN … and -----END …") or an encrypted key's headers
    // (`Proc-Type: 4,ENCRYPTED`): only its base64 runs go (issue 7).
    if (isKeyRest(bytes, markerEnd, endMarker) && hasKeyRun(bytes, markerEnd, endMarker)) {
      if (endMarker > markerEnd) findings.push({ ruleId: id, start: markerEnd, end: endMarker });
    } else {
      pushPemRuns(bytes, markerEnd, endMarker, id, findings);
    }
    return endMarker + PEM_END.length;
  }
  pushPemRuns(bytes, markerEnd, lineEnd, id, findings);
  // Prose that names the marker ("paste your -----BEGIN PRIVATE KEY----- here") opens no body.
  if (!isKeyRest(bytes, markerEnd, lineEnd)) return lineEnd;
  state.pemLinesLeft = PEM_MAX_LINES;
  return continuePem(state, bytes, lineEnd + 1, id, findings);
}

/** The base64 run that ends `[from, to)` (a `\r` aside): where it starts and ends; `start === end` for none. */
function trailingRun(bytes: Buffer, from: number, to: number): { start: number; end: number } {
  let end = to;
  if (end > from && bytes[end - 1] === 0x0d) end--;
  let start = end;
  while (start > from && isBase64(bytes[start - 1] as number)) start--;
  return { start, end };
}

/**
 * A PEM key encoded in base64 again (group 1 of the match, `LS0tLS1CRUdJTi…`). When the run fills
 * the rest of its line with whole base64 quanta and no padding, `base64` (76 columns) or
 * `openssl base64` (64) wrapped it: the next lines of that width at the same column are more of
 * it, up to a shorter one, its last (`continueBase64Pem`). Returns where scanning resumes.
 */
export function acceptBase64Pem(state: ScanState, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const run = m.match.groups[1];
  if (run === undefined) return -1;
  findings.push({ ruleId: m.rule.id, start: run[0], end: run[1] });
  const lineEnd = lineEndOf(bytes, run[1]);
  const { start, end } = trailingRun(bytes, run[0], lineEnd);
  const width = end - run[0];
  const wrapped = start === run[0] && end === run[1] && width >= BASE64_WRAP_MIN && width <= BASE64_WRAP_MAX && width % 4 === 0 && bytes[end - 1] !== 0x3d;
  if (!wrapped) return m.match.end;
  state.pemLinesLeft = PEM_MAX_LINES;
  state.base64Wrap = { width, column: run[0] - lineStartOf(bytes, run[0], 0), ruleId: m.rule.id };
  return continueBase64Pem(state, bytes, lineEnd + 1, findings);
}

/**
 * Goes on with a wrapped base64 key from `pos`: each line that is one run of its width at its
 * column (after whatever log prefix) goes; a shorter run there is the last line; anything else
 * ends it and stays. Returns where ordinary scanning resumes.
 */
export function continueBase64Pem(state: ScanState, bytes: Buffer, pos: number, findings: Finding[]): number {
  const wrap = state.base64Wrap;
  let p = pos;
  let done = wrap === undefined;
  while (!done && state.pemLinesLeft > 0 && p < bytes.length) {
    const { width, column, ruleId } = wrap as Base64Wrap;
    const lineEnd = lineEndOf(bytes, p);
    const { start, end } = trailingRun(bytes, p, lineEnd);
    const length = end - start;
    // At its column: the whole line after a prefix as long as the first line's, which ends in a
    // space or tab (or no prefix at all), so a word that ends a line of prose is never taken.
    const aligned = start - p === column && (start === p || bytes[start - 1] === 0x20 || bytes[start - 1] === 0x09);
    if (!aligned || length === 0 || length > width || length % 4 !== 0) break;
    findings.push({ ruleId, start, end });
    p = lineEnd + 1;
    state.pemLinesLeft--;
    // A shorter line, or padding, is the last.
    done = length < width || bytes[end - 1] === 0x3d;
  }
  // Only a block that ended on a full line leaves the key open for the next.
  if (done || p < bytes.length || state.pemLinesLeft === 0) {
    state.pemLinesLeft = 0;
    delete state.base64Wrap;
  }
  return Math.min(p, bytes.length);
}

/**
 * A PuTTY key file's `Private-Lines: N` (`.ppk`, versions 2 and 3): the N lines of the private
 * blob that follow, 64 columns wide at the column the header began, go (`continueBase64Pem`); in
 * one JSON string (group 2, `\n` escapes) the run goes whole. Returns where scanning resumes.
 */
export function acceptPpkPrivateLines(state: ScanState, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const count = m.match.groups[1];
  const lines = count === undefined ? 0 : Number(bytes.toString('latin1', count[0], count[1]));
  const inline = m.match.groups[2];
  if (inline !== undefined) {
    // Its N lines, no more: the regex runs on into `\r\nPrivate` of the MAC line after them.
    const end = escapedLinesEnd(bytes, inline[0], inline[1], lines);
    if (end > inline[0]) findings.push({ ruleId: m.rule.id, start: inline[0], end });
    return end;
  }
  const lineEnd = lineEndOf(bytes, m.match.end);
  // The body follows on the next lines only when the header ends its line.
  if (count === undefined || m.match.end !== lineEnd) return m.match.end;
  state.pemLinesLeft = Math.min(lines, PEM_MAX_LINES);
  state.base64Wrap = { width: PPK_LINE_WIDTH, column: m.match.start - lineStartOf(bytes, m.match.start, 0), ruleId: m.rule.id };
  return continueBase64Pem(state, bytes, lineEnd + 1, findings);
}

/**
 * Where the first `lines` lines of a run of `\n`-escaped lines in `[from, to)` end (before the
 * escape after them). Fewer lines than that end at their last break when the run's last piece
 * does not end its line: it is the next line's first word (`Private` of `Private-MAC:` after a
 * blob a first scrub made one placeholder), not key.
 */
function escapedLinesEnd(bytes: Buffer, from: number, to: number, lines: number): number {
  let seen = 0;
  let lastBreak = to;
  for (let i = from; i < to; i++) {
    if (bytes[i] !== 0x5c) continue;
    const isCr = bytes[i + 1] === 0x72 && bytes[i + 2] === 0x5c && bytes[i + 3] === 0x6e;
    if (isCr || bytes[i + 1] === 0x6e) {
      if (++seen === lines) return i;
      lastBreak = i;
      i += isCr ? 3 : 1;
    }
  }
  return to === bytes.length || bytes[to] === 0x5c || bytes[to] === 0x22 ? to : lastBreak;
}
