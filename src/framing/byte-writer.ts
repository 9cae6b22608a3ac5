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
/** Array items per `JSON.stringify` call in `writeArrayItems`. */
const ITEMS_PER_RUN = 64;

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

  /**
   * The items of a JSON array, without its brackets, `pick` taking the members each writes:
   * `JSON.stringify` a run of `ITEMS_PER_RUN` at a time. One call per item makes several
   * short-lived strings per item (its JSON, the concatenation, its flattening), which on a batch
   * of many short lines costs CPU and megabytes of young-generation pages; one call per run makes
   * one string of some KiB (issue 12).
   */
  writeArrayItems<T, U>(items: readonly T[], pick: (item: T) => U): void {
    const run: U[] = [];
    for (let from = 0; from < items.length; from += ITEMS_PER_RUN) {
      run.length = 0;
      for (let i = from; i < Math.min(items.length, from + ITEMS_PER_RUN); i++) run.push(pick(items[i] as T));
      // `[a,b]` without its brackets is `a,b`: runs joined by commas are the items of one array.
      const json = JSON.stringify(run);
      this.write(from === 0 ? json.slice(1, -1) : `,${json.slice(1, -1)}`);
    }
  }

  /** What was written: a view of the buffer (the spare's memory when it sufficed). */
  bytes(): Buffer {
    return this.#bytes.subarray(0, this.#at);
  }
}
