/** Bytes of many strings, written one after the other into one buffer. Pure: no I/O. */
/**
 * A growable byte buffer that starts in memory the caller no longer needs: the bytes of many small
 * strings written one after the other without first joining them into one batch-sized string.
 *
 * @example
 * const out = new ByteWriter(undefined, 64);
 * out.write('{"a":'); out.write('1}');
 * out.bytes().toString(); // '{"a":1}'
 */
export class ByteWriter {
  #bytes: Buffer;
  #at = 0;

  constructor(spare: Buffer | undefined, estimate: number) {
    // A spare far smaller than the estimate would only be grown out of at once.
    this.#bytes = spare !== undefined && spare.length >= estimate / 2 ? spare : Buffer.allocUnsafe(Math.max(64, estimate));
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8: only near the end is the exact size worth counting.
    if (this.#at + text.length * 3 > this.#bytes.length) {
      const need = this.#at + Buffer.byteLength(text, 'utf8');
      if (need > this.#bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(need, Math.ceil(this.#bytes.length * 1.5)));
        this.#bytes.copy(grown, 0, 0, this.#at);
        this.#bytes = grown;
      }
    }
    this.#at += this.#bytes.write(text, this.#at, 'utf8');
  }

  /** What was written: a view of the buffer (the spare's memory when it sufficed). */
  bytes(): Buffer {
    return this.#bytes.subarray(0, this.#at);
  }
}
