/**
 * A long run of one byte class (`[0-9a-fA-F]{64}`), found without looking at every byte.
 *
 * In tier 1a's automaton such a counted repetition multiplies its states with the keywords':
 * measured on jsonl-1, the pass fell from ~570 to ~380 MB/s with `hex-token-long`'s prefilter in
 * it, and to 1-5 MB/s for a variant RE2 could no longer cache (issue 9). Out of the automaton, a
 * run of `n` is found by sampling: any run of `n` or more holds a whole aligned window of `n/2`,
 * so only every `n/2`-th byte is read until one is in the class; a few bytes then tell a run from
 * a word.
 */

/** Where the leftmost run of `length` class bytes starting at or after `from` starts, or −1. */
export interface RunFinder {
  readonly length: number;
  startOfNext(bytes: Uint8Array, from: number): number;
}

/** Runs shorter than this are cheap enough for the automaton (and sampled too densely to pay). */
const MIN_SAMPLED_RUN = 16;

const RUN_SOURCE = /^\[((?:[!-Z^-~]|\\[\\\]])+)\]\{(\d+)\}$/;

/**
 * Reads a prefilter written as one ASCII class and a count, `[0-9a-fA-F]{64}`; anything else
 * (negation, escapes other than `\\` and `\]`, `{n,}`, more than one item) stays RE2's.
 *
 * @example parseRun('[0-9a-f]{64}'); // { table: Uint8Array(256) with '0'-'9' and 'a'-'f' set, length: 64 }
 */
export function parseRun(source: string): { readonly table: Uint8Array; readonly length: number } | undefined {
  const m = RUN_SOURCE.exec(source);
  if (m === null) return undefined;
  const length = Number(m[2]);
  if (length < MIN_SAMPLED_RUN) return undefined;
  const chars = (m[1] as string).replace(/\\(.)/g, '$1');
  if (chars.startsWith('^')) return undefined;
  const table = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) {
    const lo = chars.charCodeAt(i);
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const hi = chars.charCodeAt(i + 2);
      if (hi < lo) return undefined;
      for (let c = lo; c <= hi; c++) table[c] = 1;
      i += 2;
    } else {
      table[lo] = 1;
    }
  }
  return { table, length };
}

/**
 * @example
 * const run = compileRun(parseRun('[0-9a-f]{64}')!);
 * run.startOfNext(Buffer.from(`id=${'ab'.repeat(32)}`), 0); // 3
 */
export function compileRun({ table, length }: { readonly table: Uint8Array; readonly length: number }): RunFinder {
  const stride = length >> 1;
  return {
    length,
    startOfNext(bytes, from) {
      // Windows [from + k·stride, from + (k+1)·stride): a run of `length` starting at s ≥ from
      // holds the first window that starts at or after s, whole.
      for (let w = from; w + stride <= bytes.length; w += stride) {
        // A whole window has both ends in the class: two reads reject most windows of digits and words.
        if (table[bytes[w] as number] === 0 || table[bytes[w + stride - 1] as number] === 0) continue;
        let end = w + 1;
        while (end < bytes.length && table[bytes[end] as number] === 1) end++;
        if (end - w < stride) continue;
        let start = w;
        while (start > from && table[bytes[start - 1] as number] === 1) start--;
        if (end - start >= length) return start;
      }
      return -1;
    },
  };
}
