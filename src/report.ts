/**
 * Our own fixed-shape output (the `--stats` report), serialised by fast-json-stringify, compiled
 * once at load. It holds counts and rule ids only.
 */
import fastJson from 'fast-json-stringify';
import type { StreamStats } from './types.js';

const serialize: (report: RunStats) => string = fastJson({
  title: 'logscrub stats',
  type: 'object',
  properties: {
    lines: { type: 'integer' },
    linesRedacted: { type: 'integer' },
    linesTooLong: { type: 'integer' },
    bytes: { type: 'integer' },
    failed: { type: 'integer' },
    inputsFailed: { type: 'integer' },
    byRule: { type: 'object', additionalProperties: { type: 'integer' } },
  },
  required: ['lines', 'linesRedacted', 'linesTooLong', 'bytes', 'failed', 'inputsFailed', 'byRule'],
});

/** A run's counts: a stream's, and the inputs (files, stdin) that could not be scrubbed at all (binary, truncated gzip, unreadable). */
export interface RunStats extends StreamStats {
  readonly inputsFailed: number;
}

/** Serialises a stream's counts to one JSON line, rules by count, most first. @example statsToJson(lines.stats()) // '{"lines":3,…}' */
export function statsToJson(report: RunStats): string {
  const byRule: Record<string, number> = Object.create(null);
  for (const [id, n] of Object.entries(report.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) byRule[id] = n;
  return serialize({ ...report, byRule });
}
