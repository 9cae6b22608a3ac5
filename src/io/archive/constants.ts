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
 * gzip level of re-compressed output. Measured on 128 MiB of pino JSONL here (see README,
 * "Archives"): level 6, gzip's default, keeps sizes as the tools that wrote them did.
 */
export const OUTPUT_GZIP_LEVEL = 6;

/** Bytes gathered before one `writev`: fewer system calls without holding much. */
export const WRITE_BATCH_BYTES = 1024 * 1024;

/** Output chunk of each gunzip: large blocks, so one engine pass covers many lines. */
export const GUNZIP_CHUNK_BYTES = 1024 * 1024;
