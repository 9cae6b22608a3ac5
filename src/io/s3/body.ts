/**
 * coalesce(): an object's body as the archive scrubber likes it (issue 14). The SDK hands a
 * GetObject body over in the socket's 64 KiB chunks, and the scrubber scans each chunk it is given
 * in one pass: a call into RE2 has a fixed cost, so blocks of a mebibyte are cheaper to scan than
 * sixteen times as many small ones (STYLE.md §4, "scan in bulk"). Measured on a 32 MiB JSONL
 * object from the local S3, same process, alternating: 0.26 s of CPU as received, 0.21 s
 * coalesced to 1 MiB (check and scrub alike).
 */

/**
 * Yields the source's bytes in blocks of at least `minBytes` (the last one excepted), in order.
 * A chunk already that big passes through without a copy.
 *
 * @example
 * for await (const block of coalesce(got.Body, 1024 * 1024)) scan(block);
 */
export async function* coalesce(source: AsyncIterable<Uint8Array>, minBytes: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (size === 0 && bytes.length >= minBytes) {
      yield bytes;
      continue;
    }
    parts.push(bytes);
    size += bytes.length;
    if (size >= minBytes) {
      yield Buffer.concat(parts, size);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts, size);
}
