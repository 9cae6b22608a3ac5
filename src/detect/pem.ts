/**
 * PEM private keys: the body after a `-----BEGIN … PRIVATE KEY-----` marker goes, up to the END
 * marker, whether it sits on the same line (JSON with `\n` escapes) or arrives one line per log
 * event (then `ScanState` carries it over lines and over calls).
 */
import { PEM_MAX_LINES, PEM_MIN_RUN } from '../constants.js';
import type { Finding } from '../types.js';
import type { RuleMatch } from './compile.js';
import { lineEndOf } from './lines.js';

/**
 * What one scan leaves for the next block of the same stream: lines left in an open PEM body.
 * Owned by the caller (one per source stream), never by the engine.
 */
export interface ScanState {
  pemLinesLeft: number;
}

const PEM_END = Buffer.from('-----END');

/** Base64 runs of key material in `[from, to)`. */
function pushPemRuns(bytes: Buffer, from: number, to: number, id: string, findings: Finding[]): number {
  let found = 0;
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? (bytes[i] as number) : -1;
    const isB64 = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d;
    if (isB64) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart >= PEM_MIN_RUN) {
        findings.push({ ruleId: id, start: runStart, end: i });
        found++;
      }
      runStart = -1;
    }
  }
  return found;
}

const PEM_HEADER = /^[^\n]*(?:Proc-Type:|DEK-Info:|Comment:)|^[ \t\r]*$/;

/** Goes on with an open PEM body from `pos`; returns where ordinary scanning resumes. */
export function continuePem(state: ScanState, bytes: Buffer, pos: number, id: string, findings: Finding[]): number {
  let p = pos;
  while (state.pemLinesLeft > 0 && p < bytes.length) {
    const lineEnd = lineEndOf(bytes, p);
    const endMarker = bytes.indexOf(PEM_END, p);
    const hasEnd = endMarker >= 0 && endMarker < lineEnd;
    const runs = pushPemRuns(bytes, p, hasEnd ? endMarker : lineEnd, id, findings);
    if (hasEnd) {
      state.pemLinesLeft = 0;
      return endMarker + PEM_END.length;
    }
    if (runs === 0 && !PEM_HEADER.test(bytes.toString('latin1', p, lineEnd))) {
      state.pemLinesLeft = 0;
      return p;
    }
    state.pemLinesLeft--;
    p = lineEnd + 1;
  }
  return Math.min(p, bytes.length);
}

/** A PEM BEGIN marker: the body on the same line up to END, or the following lines. */
export function acceptPem(state: ScanState, bytes: Buffer, m: RuleMatch, findings: Finding[]): number {
  const { id } = m.rule;
  const markerEnd = m.match.end;
  const lineEnd = lineEndOf(bytes, markerEnd);
  const endMarker = bytes.indexOf(PEM_END, markerEnd);
  if (endMarker >= 0 && endMarker < lineEnd) {
    if (endMarker > markerEnd) findings.push({ ruleId: id, start: markerEnd, end: endMarker });
    return endMarker + PEM_END.length;
  }
  pushPemRuns(bytes, markerEnd, lineEnd, id, findings);
  state.pemLinesLeft = PEM_MAX_LINES;
  return continuePem(state, bytes, lineEnd + 1, id, findings);
}

