/**
 * Our own fixed-shape output (the `--stats` report), serialised by fast-json-stringify, compiled
 * once at load. It holds counts and rule ids only.
 */
import fastJson from 'fast-json-stringify';
import type { StatsSnapshot } from './types.js';

/** The `--stats` report: the engine's counters plus what the framing saw. */
export interface StatsReport extends StatsSnapshot {
  readonly lines: number;
  readonly linesTooLong: number;
}

/** Serialises a report to one JSON line. @example statsToJson(report) // '{"lines":3,…}' */
export const statsToJson: (report: StatsReport) => string = fastJson({
  title: 'logscrub stats',
  type: 'object',
  properties: {
    lines: { type: 'integer' },
    linesRedacted: { type: 'integer' },
    linesTooLong: { type: 'integer' },
    bytes: { type: 'integer' },
    failed: { type: 'integer' },
    byRule: { type: 'object', additionalProperties: { type: 'integer' } },
  },
  required: ['lines', 'linesRedacted', 'linesTooLong', 'bytes', 'failed', 'byRule'],
});
