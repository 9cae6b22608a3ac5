/**
 * scrubChunks(): the archive scrubber's per-file core (issue 13). I/O-light: it takes the file's
 * bytes as chunks and hands the output to a sink, so the CLI (files, stdin), and later the S3
 * handler of issue 14 (GetObject body in, multipart upload out), share it.
 *
 *   source chunks ─▶ gunzip × layers ─▶ head: format, binary? ─┬─ lines / cloudwatch-export ─▶ line scrubber (or pool) ─┐
 *     (1f 8b: one more layer)                                   └─ subscription ─▶ whole file ─▶ processEnvelopes ───────┤
 *                                                                                                                        ▼
 *                                                               sink ◀─ gzip × layers (the framing the file came in) ◀─ bytes
 *
 * In `check` mode nothing is written: each finding is reported with its exact line (lines are
 * counted block by block) and rule id, never its text. Anything that makes the file unusable — a
 * truncated or corrupt gzip, a binary file, a malformed envelope — rejects with an `InputError`
 * naming the reason; the caller then discards what the sink received (see `writeAtomic`).
 */
import { isUtf8 } from 'node:buffer';
import { NEWLINE, NO_CARRY } from '../../constants.js';
import { InputError } from '../../errors.js';
import { createLineFramer } from '../../framing/lines.js';
import type { Scrubber } from '../../scrubber.js';
import { createStats } from '../../stats.js';
import type { Carry, StreamStats } from '../../types.js';
import { createLineScrubberPool } from '../pool.js';
import { createGzipSink, type GzipSink, gunzipChunks, peek, type Sink } from './chunks.js';
import { HEAD_BYTES, MAX_ENVELOPE_BYTES, OUTPUT_GZIP_LEVEL } from './constants.js';
import { detectFormat, firstNul, type FormatChoice, type InputFormat, MAX_GZIP_LAYERS, startsGzip } from './format.js';

/** A secret found by `check`: where, and which rule. Never the text. */
export interface FileFinding {
  /** 1-based line of the decoded file (for envelopes: the line the envelope starts on). */
  readonly line: number;
  readonly ruleId: string;
  /** For subscription files: the log event's place in the file, 1-based. */
  readonly event?: number;
}

export interface ArchiveOptions {
  readonly scrubber: Scrubber;
  /** `scrub` writes the redacted file to the sink; `check` only reports findings. */
  readonly mode: 'scrub' | 'check';
  /** Default `auto`: detected from the first decoded bytes. */
  readonly format?: FormatChoice;
  /** Worker threads for the lines of this one file (the order-preserving pool); default 1. */
  readonly jobs?: number;
  /** Bytes to read before the pool starts its threads (default 0). */
  readonly startJobsAfterBytes?: number;
  /**
   * `jobs` is a default (one per core), not the user's choice: a file with gzip layers then leaves
   * one core to zlib, which inflates it and deflates the output on libuv's threads. Measured on 2
   * cores (issue 13): a .gz → .gz keeps zlib busy ~1.1 s of CPU per 128 MiB beside ~1.5 s of scan
   * on one thread, so a second scanning thread only adds its start-up (~0.5 s of CPU) to busy cores.
   */
  readonly jobsAreDefault?: boolean;
  readonly gzipLevel?: number;
  readonly onFinding?: (finding: FileFinding) => void;
  /** Source bytes as they are read (progress). */
  readonly onRead?: (bytes: number) => void;
  readonly onWarning?: (message: string) => void;
}

/** What one file did. Counts only. */
export interface FileResult {
  readonly format: InputFormat;
  /** gzip layers found (and written back). */
  readonly gzipLayers: number;
  /** Bytes read from the source (compressed, if it was). */
  readonly bytesIn: number;
  /**
   * Decoded bytes read: those scanned, and those of the lines over maxLineBytes, replaced whole or
   * not scanned (the summary's MB; a file of one such line counted 0.00 MB).
   */
  readonly bytesScanned: number;
  /** Lines (log events, for subscription files). */
  readonly lines: number;
  readonly linesRedacted: number;
  /** Secrets per rule id (findings, in check mode). */
  readonly byRule: Readonly<Record<string, number>>;
  /** Lines over maxLineBytes: replaced whole by `[REDACTED:line-too-long]` (scrub) or not scanned (check). */
  readonly linesTooLong: number;
  /** The number of the first of them (scrub, line files): for the error line. */
  readonly firstLineTooLong?: number;
  /** Lines or log events replaced whole because they could not be processed (fail closed), the long ones included. */
  readonly failed: number;
  /** Lines that are not valid UTF-8: scanned as bytes, passed through except secret spans. */
  readonly invalidUtf8Lines: number;
}

/** Lines of a block that are not valid UTF-8 (the block as a whole is checked first: the common case is one call). */
function invalidLines(block: Buffer): number {
  if (isUtf8(block)) return 0;
  let bad = 0;
  for (let start = 0; start < block.length; ) {
    const nl = block.indexOf(NEWLINE, start);
    const end = nl < 0 ? block.length : nl;
    if (!isUtf8(block.subarray(start, end))) bad++;
    start = end + 1;
  }
  return bad;
}

async function* counted(source: AsyncIterable<Uint8Array>, count: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    count(chunk.byteLength);
    yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

const binaryReason = (offset: number, layers: number): string => `binary file (a NUL byte at offset ${offset}${layers > 0 ? ' after gunzip' : ''}); not scrubbed`;

/** The chunks as they come, failing the file at the first NUL byte (memchr: cheap beside the scan). */
async function* refuseNul(source: AsyncIterable<Buffer>, layers: number): AsyncGenerator<Buffer> {
  let offset = 0;
  for await (const chunk of source) {
    const nul = firstNul(chunk);
    if (nul >= 0) throw new InputError(binaryReason(offset + nul, layers));
    offset += chunk.length;
    yield chunk;
  }
}

/** Findings of a block, each with its exact line. */
function reportBlock(block: Buffer, firstLine: number, findings: readonly { ruleId: string; start: number }[], onFinding: (f: FileFinding) => void): void {
  let line = firstLine;
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    for (let nl = block.indexOf(NEWLINE, at); nl >= 0 && nl < f.start; nl = block.indexOf(NEWLINE, nl + 1)) {
      line++;
      at = nl + 1;
    }
    onFinding({ line, ruleId: f.ruleId });
  }
}

/**
 * Scrubs (or checks) one file's bytes. Resolves with the file's counts once the sink has taken
 * everything; rejects with an `InputError` when the file cannot be processed.
 *
 * @example
 * // A file to a file, gzip kept (the CLI wraps the sink in an atomic temp file):
 * const result = await scrubChunks(createReadStream('in.log.gz'), (b) => out.write(b), { scrubber, mode: 'scrub' });
 * // A check, findings with their lines:
 * await scrubChunks(source, () => {}, { scrubber, mode: 'check', onFinding: (f) => console.log(f.line, f.ruleId) });
 */
export async function scrubChunks(source: AsyncIterable<Uint8Array>, sink: Sink, options: ArchiveOptions): Promise<FileResult> {
  const { scrubber, mode } = options;
  let bytesIn = 0;
  let input: AsyncIterable<Buffer> = counted(source, (n) => {
    bytesIn += n;
    options.onRead?.(n);
  });
  let { head, source: decoded } = await peek(input, HEAD_BYTES);
  let layers = 0;
  while (startsGzip(head)) {
    if (layers === MAX_GZIP_LAYERS) throw new InputError(`more than ${MAX_GZIP_LAYERS} gzip layers; not a log file`);
    layers++;
    input = gunzipChunks(decoded);
    ({ head, source: decoded } = await peek(input, HEAD_BYTES));
  }
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(head) : options.format;
  const nul = firstNul(head);
  if (nul >= 0) throw new InputError(binaryReason(nul, layers));
  // The head decides early, before any output; the rest is watched as it comes, or a file that
  // turns binary later (a .gz appended to a log) would pass through with what no rule can read.
  decoded = refuseNul(decoded, layers);

  // Output: the same gzip layers, innermost first.
  const gzips: GzipSink[] = [];
  let out: Sink = sink;
  for (let i = 0; mode === 'scrub' && i < layers; i++) {
    const gz = createGzipSink(out, options.gzipLevel ?? OUTPUT_GZIP_LEVEL);
    gzips.unshift(gz);
    out = gz.write;
  }
  const finish = async (): Promise<void> => {
    for (const gz of gzips) await gz.end();
  };

  try {
    const base = { format, gzipLayers: layers };
    if (format === 'subscription') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of decoded) {
        size += chunk.length;
        if (size > MAX_ENVELOPE_BYTES) throw new InputError(`subscription file inflates beyond ${MAX_ENVELOPE_BYTES} bytes; not scrubbed`);
        chunks.push(chunk);
      }
      const whole = Buffer.concat(chunks);
      // Loaded only for these files: its serializer compiles at load, a cost every other run would pay at start-up.
      const { processEnvelopes } = await import('./envelopes.js');
      const stats = createStats();
      const result = processEnvelopes(whole, '', {
        scrubber,
        stats,
        onFinding: mode === 'check' ? (f) => options.onFinding?.(f) : undefined,
      });
      if (mode === 'scrub') await out(result.bytes.length > 0 ? result.bytes : whole);
      await finish();
      const snap = stats.snapshot();
      return { ...base, bytesIn, bytesScanned: whole.length, lines: result.events, linesRedacted: snap.linesRedacted, byRule: snap.byRule, linesTooLong: 0, failed: snap.failed, invalidUtf8Lines: 0 };
    }
    const jobs = options.jobsAreDefault === true && layers > 0 ? Math.max(1, (options.jobs ?? 1) - 1) : options.jobs;
    const counts = mode === 'scrub' ? await scrubLines(decoded, out, { ...options, ...(jobs === undefined ? {} : { jobs }) }) : await checkLines(decoded, options);
    await finish();
    return { ...base, bytesIn, ...counts };
  } catch (error) {
    for (const gz of gzips) gz.destroy();
    throw error;
  }
}

type LineCounts = Omit<FileResult, 'format' | 'gzipLayers' | 'bytesIn'>;

const fromStream = (stats: StreamStats, invalidUtf8Lines: number): LineCounts => ({
  bytesScanned: stats.bytes,
  lines: stats.lines,
  linesRedacted: stats.linesRedacted,
  byRule: stats.byRule,
  linesTooLong: stats.linesTooLong,
  ...(stats.firstLineTooLong === undefined ? {} : { firstLineTooLong: stats.firstLineTooLong }),
  failed: stats.failed,
  invalidUtf8Lines,
});

async function scrubLines(source: AsyncIterable<Buffer>, out: Sink, options: ArchiveOptions): Promise<LineCounts> {
  let invalid = 0;
  const emit = (bytes: Buffer): void | Promise<void> => {
    invalid += invalidLines(bytes);
    return out(bytes);
  };
  const jobs = options.jobs ?? 1;
  if (jobs > 1) {
    const pool = createLineScrubberPool(options.scrubber, {
      jobs,
      write: (bytes) => emit(bytes) ?? undefined,
      startAfterBytes: options.startJobsAfterBytes ?? 0,
      ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
    });
    try {
      for await (const chunk of source) await pool.push(chunk);
    } catch (error) {
      // Stop the threads whatever went wrong; the first error is the one to report.
      await pool.end().catch(() => {});
      throw error;
    }
    await pool.end();
    return fromStream(pool.stats(), invalid);
  }
  const lines = options.scrubber.stream();
  for await (const chunk of source) for (const block of lines.push(chunk)) await emit(block);
  for (const block of lines.end()) await emit(block);
  return fromStream(lines.stats(), invalid);
}

async function checkLines(source: AsyncIterable<Buffer>, options: ArchiveOptions): Promise<LineCounts> {
  const { scrubber } = options;
  const onFinding = options.onFinding ?? (() => {});
  const framer = createLineFramer(scrubber.options.maxLineBytes);
  const stats = createStats();
  let carry: Carry = NO_CARRY;
  let lines = 0;
  let tooLong = 0;
  let bytesTooLong = 0;
  let invalid = 0;
  const run = (segments: ReturnType<typeof framer.push>): void => {
    for (const segment of segments) {
      if (segment.kind === 'too-long') {
        lines++;
        tooLong++;
        bytesTooLong += segment.bytes;
        // Not scanned, so not known to be clean: reported like a finding (scrub replaces it whole).
        onFinding({ line: lines, ruleId: 'line-too-long' });
        continue;
      }
      const block = segment.bytes;
      const result = scrubber.scanBlock(block, carry);
      carry = result.carry;
      stats.record(block, result.findings);
      if (result.findings.length > 0) reportBlock(block, lines + 1, result.findings, onFinding);
      invalid += invalidLines(block);
      for (let nl = block.indexOf(NEWLINE); nl >= 0; nl = block.indexOf(NEWLINE, nl + 1)) lines++;
      if (block.length > 0 && block[block.length - 1] !== NEWLINE) lines++;
    }
  };
  for await (const chunk of source) run(framer.push(chunk));
  run(framer.end());
  const snap = stats.snapshot();
  return { bytesScanned: snap.bytes + bytesTooLong, lines, linesRedacted: snap.linesRedacted, byRule: snap.byRule, linesTooLong: tooLong, failed: snap.failed + tooLong, invalidUtf8Lines: invalid };
}
