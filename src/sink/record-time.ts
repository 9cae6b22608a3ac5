/**
 * recordTime(): the timestamp of a serialized pino record, read from its `"time":` field without
 * parsing the line, for the CloudWatch event that carries it. pino writes `time` right after
 * `level`, as epoch milliseconds by default; `stdTimeFunctions.unixTime` writes seconds and
 * `isoTime` a quoted ISO string. Pure.
 */

const TIME = '"time":';
/** pino writes `time` among the first fields; further in, a `"time":` belongs to something nested. */
const SEARCH_BYTES = 256;
/** Below this a number is seconds (it would be March 1973 as milliseconds). */
const SECONDS_BELOW = 1e11;

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
  const value = Number(line.slice(start, end));
  return value < SECONDS_BELOW ? value * 1000 : value;
}
