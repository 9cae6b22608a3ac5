/**
 * Our own fixed-shape output (the `--stats` report), serialised by fast-json-stringify, compiled
 * once at load. It holds counts and rule ids only.
 */
import fastJson from 'fast-json-stringify';
import type { StreamStats } from './types.js';

/** Serialises a stream's counts to one JSON line. @example statsToJson(lines.stats()) // '{"lines":3,…}' */
export const statsToJson: (report: StreamStats) => string = fastJson({
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
