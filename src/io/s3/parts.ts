/**
 * The multipart part size of one object (issue 14). Parts are what the handler holds in memory
 * (`partBytes × (queueSize + 1)`, plus the part lib-storage is assembling), so they are as small as
 * S3 allows; only an object big enough to need more than S3's 10,000 parts gets bigger ones, sized
 * from the source's length before the first byte is uploaded.
 *
 *   source ContentLength ──× MAX_GROWTH──▶ bytes the output may reach ──÷ maxParts──▶ at least
 *   this much per part, rounded up to a MiB; never below the configured size.
 *
 * MAX_GROWTH covers what the output may add: redaction placeholders are shorter than the secrets
 * they replace, except the `hash` redactor's on short secrets, and a .gz object recompressed at
 * another level may be larger than it was; doubling covers both with room to spare.
 */
import { S3 } from '../../constants.js';

/** How much larger the output may be than the stored source (see above). */
const MAX_GROWTH = 2;
const MIB = 1024 * 1024;

/**
 * Part bytes for an object of `contentLength` stored bytes (undefined: unknown, the configured size).
 *
 * @example
 * partBytesFor(100 * 2 ** 20, S3.partBytes) // 5 MiB: S3's minimum, 20 parts
 * partBytesFor(40 * 2 ** 30, S3.partBytes)  // 9 MiB: 40 GiB × 2 over 10,000 parts
 */
export function partBytesFor(contentLength: number | undefined, configured: number): number {
  if (contentLength === undefined || !Number.isFinite(contentLength) || contentLength <= 0) return configured;
  const needed = Math.ceil((contentLength * MAX_GROWTH) / S3.maxParts / MIB) * MIB;
  return Math.min(Math.max(configured, needed), S3.maxPartBytes);
}
