/**
 * createLineScrubber(): one source stream through the engine. It owns what spans the calls of one
 * stream (a line split across chunks, a PEM key across lines and blocks) and nothing else: bytes
 * in, redacted bytes out, no I/O. Every adapter (CLI, pino transport, Lambda, archive scrubber)
 * makes one per stream it reads.
 *
 *   chunks ──createLineFramer──▶ blocks of whole lines ──scrubber.redactBlock(carry)──▶ bytes out
 *                   └─ a line over maxLineBytes ──▶ `[REDACTED:line-too-long]` line (fail closed)
 */
import { FAILED_PLACEHOLDER, NEWLINE, NO_CARRY } from './constants.js';
import { argumentError } from './errors.js';
import { createLineFramer, type Segment } from './framing/lines.js';
import { resolveStreamOptions } from './options.js';
import type { Scrubber } from './scrubber.js';
import { createStats, type Stats } from './stats.js';
import type { Carry, StreamStats } from './types.js';

export interface LineScrubberOptions {
  /**
   * Longest line held before it is replaced whole, 1024 to 1073741824 (1 GiB), as a config's.
   * Default: the scrubber's `maxLineBytes` (64 MiB). Anything else throws `OptionsError`.
   */
  readonly maxLineBytes?: number;
}

/** One stream's scrubber. Feed it chunks in order; write what it returns, in order. */
export interface LineScrubber {
  /** Feeds bytes read from the stream; returns the redacted whole lines they complete (maybe none). */
  push(chunk: Uint8Array): Buffer[];
  /** End of the stream: returns the rest, a last line without `\n` included, as it was but redacted. */
  end(): Buffer[];
  /** This stream's counts: lines, lines replaced for their length, secrets per rule, failures. */
  stats(): StreamStats;
}

const TOO_LONG = Buffer.from(FAILED_PLACEHOLDER.lineTooLong);
const TOO_LONG_LINE = Buffer.from(`${FAILED_PLACEHOLDER.lineTooLong}\n`);

/** The line written in place of a line over the limit. */
const tooLongLine = (newline: boolean): Buffer => (newline ? TOO_LONG_LINE : TOO_LONG);

/** Lines in a block of whole lines: its `\n`s, plus a last line without one. */
export function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? lines + 1 : lines;
}

/** The counts of one stream: shared by the line scrubber and the worker pool, so both report alike. */
export interface StreamTally {
  /** The engine's counts of this stream's blocks. */
  readonly engine: Stats;
  /** Counts the lines of a block about to be redacted. */
  lines(block: Uint8Array): void;
  /** Counts a line replaced for its length (a failure) and its bytes; returns its placeholder line. */
  tooLong(newline: boolean, bytes: number): Buffer;
  snapshot(): StreamStats;
}

/** @example const tally = createStreamTally(); tally.tooLong(true, 70_000_000); tally.snapshot().failed // 1 */
export function createStreamTally(): StreamTally {
  const engine = createStats();
  let lines = 0;
  let linesTooLong = 0;
  let firstLineTooLong = 0;
  let bytesTooLong = 0;
  return {
    engine,
    lines(block) {
      lines += countLines(block);
    },
    tooLong(newline, bytes) {
      lines++;
      linesTooLong++;
      bytesTooLong += bytes;
      // Blocks are counted as they are framed, in order, so this is the line's own number.
      if (firstLineTooLong === 0) firstLineTooLong = lines;
      engine.failed();
      return tooLongLine(newline);
    },
    snapshot() {
      const counts = engine.snapshot();
      // Every byte read: the engine's, and those of the lines dropped for their length (a file of
      // one such line read as 0.00 MB).
      return { ...counts, bytes: counts.bytes + bytesTooLong, lines, linesTooLong, ...(firstLineTooLong > 0 ? { firstLineTooLong } : {}) };
    },
  };
}

/**
 * @example
 * const lines = createLineScrubber(createScrubber());
 * for await (const chunk of process.stdin) for (const out of lines.push(chunk)) process.stdout.write(out);
 * for (const out of lines.end()) process.stdout.write(out);
 */
export function createLineScrubber(scrubber: Scrubber, options: LineScrubberOptions = {}): LineScrubber {
  const { maxLineBytes } = resolveStreamOptions(options, scrubber.options.maxLineBytes);
  const framer = createLineFramer(maxLineBytes);
  const tally = createStreamTally();
  let carry: Carry = NO_CARRY;
  const redact = (block: Buffer): Buffer => {
    tally.lines(block);
    const result = scrubber.redactBlock(block, carry);
    carry = result.carry;
    tally.engine.add(result.stats);
    return result.bytes;
  };
  const run = (segments: Segment[]): Buffer[] =>
    segments.map((segment) => (segment.kind === 'lines' ? redact(segment.bytes) : tally.tooLong(segment.newline, segment.bytes)));
  return {
    push: (chunk) => {
      // Checked here: the framer's own failure on a string named Node's Buffer.concat, and "undefined".
      if (!(chunk instanceof Uint8Array)) throw argumentError('stream().push(chunk)', 'a Buffer or Uint8Array', chunk);
      return run(framer.push(chunk));
    },
    end: () => run(framer.end()),
    stats: tally.snapshot,
  };
}
