/**
 * recordTime(): the timestamp of a serialized pino record, read from its `"time":` field without
 * parsing the line, for the CloudWatch event that carries it. pino writes `time` right after
 * `level`, as epoch milliseconds by default; `stdTimeFunctions.unixTime` writes seconds and
 * `isoTime` a quoted ISO string. Pure.
 */

const TIME = '"time":';
/** pino writes `time` among the first fields; further in, a `"time":` belongs to something nested. */
const SEARCH_BYTES = 256;
/** Epoch seconds from 2001 to 2286 and milliseconds over the same years: anything else is not a time. */
const SECONDS = [1e9, 1e10] as const;
const MILLISECONDS = [1e12, 1e13] as const;

/**
 * The record's time in ms since the epoch, or `fallback` when the line has none we can read.
 *
 * @example
 * recordTime('{"level":30,"time":1764460800000,"msg":"hi"}', Date.now()); // 1764460800000
 * recordTime('plain text', 42); // 42
 */
export function recordTime(line: string, fallback: number): number {
  const at = line.indexOf(TIME);
  if (at < 0 || at > SEARCH_BYTES) return fallback;
  const start = at + TIME.length;
  if (line.charCodeAt(start) === 0x22) {
    const end = line.indexOf('"', start + 1);
    const ms = end < 0 ? Number.NaN : Date.parse(line.slice(start + 1, end));
    return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
  }
  let end = start;
  while (end < line.length && end - start < 16) {
    const c = line.charCodeAt(end);
    if (c < 0x30 || c > 0x39) break;
    end++;
  }
  if (end === start) return fallback;
  // A small number is an app's own `time` field (a duration, a count), not pino's timestamp.
  const value = Number(line.slice(start, end));
  if (value >= SECONDS[0] && value < SECONDS[1]) return value * 1000;
  return value >= MILLISECONDS[0] && value < MILLISECONDS[1] ? value : fallback;
}
