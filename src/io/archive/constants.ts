/**
 * Limits of the archive scrubber (issue 13), each with why. Kept beside it rather than in
 * src/constants.ts: only this adapter uses them.
 */

/** The NUL byte: no log line holds one, a binary file nearly always does early on. */
export const NUL = 0x00;

/** Bytes looked at to decide a file's format and whether it is binary. */
export const HEAD_BYTES = 64 * 1024;

/**
 * Largest decoded subscription file held in memory. Envelopes are JSON documents that must be
 * parsed whole; Firehose buffers at most 128 MiB before it writes an object, so twice that is no
 * envelope file (or a gzip bomb) and fails closed.
 */
export const MAX_ENVELOPE_BYTES = 256 * 1024 * 1024;

/**
 * gzip level of re-compressed output. Measured on 16 MiB of the bench's pino JSONL (jsonl-1),
 * one thread: level 3 deflates at ~155 MB/s to 18.2% of the input, level 6 (gzip's default) at
 * ~87 MB/s to 17.4%. Deflating is the dearest stage of .gz → .gz after the engine, so 5% larger
 * files for 1.8× the speed; issue 12 chose the same for Firehose records.
 */
export const OUTPUT_GZIP_LEVEL = 3;

/** Bytes gathered before one `writev`: fewer system calls without holding much. */
export const WRITE_BATCH_BYTES = 1024 * 1024;

/** Output chunk of each gunzip: large blocks, so one engine pass covers many lines. */
export const GUNZIP_CHUNK_BYTES = 1024 * 1024;
