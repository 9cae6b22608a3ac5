/**
 * The only module that imports `re2`. RE2 runs in linear time (no ReDoS). A chunk of many lines
 * is searched as a Buffer, without decoding, and offsets are byte offsets. A single line is
 * searched as a latin1 string (one char per byte, so offsets stay byte offsets): measured here,
 * re2 builds a result for a string in about half the time it takes for a Buffer.
 * There is no `RegExp` fallback: what RE2 rejects is an error.
 */
import { createRequire } from 'node:module';
import type RE2 from 're2';
import { MAX_SHARED_TRIGGER_CHARS, TRIGGERS_PER_SET } from '../constants.js';

let re2Module: typeof RE2 | undefined;

/**
 * `start()` tries this many positions by search and sticky test before one `exec` from the last:
 * each try costs a search, and a long word under `\b` could otherwise cost one per byte.
 */
const STICKY_TRIES = 3;
/**
 * The addon, loaded on the first compile: a run that compiles nothing (`logscrub scrub < /dev/null`,
 * `--help`) does not map its shared library (issue 9: start-up).
 */
const re2 = (): typeof RE2 => (re2Module ??= createRequire(import.meta.url)('re2') as typeof RE2);

/** One match: byte spans of the whole match and of every group (`undefined`: did not take part). */
export interface ByteMatch {
  readonly start: number;
  readonly end: number;
  readonly groups: ReadonlyArray<readonly [number, number] | undefined>;
}

/** A compiled regex that searches Buffers. */
export interface ByteRegex {
  /** Searches `input` (a Buffer, or a latin1 string) from `from`; `null` when nothing matches. */
  exec(input: Buffer | string, from: number): ByteMatch | null;
  /**
   * Where the next match in `input` at or after `from` starts, or −1: no groups, no result
   * object, so about a tenth of `exec`'s cost (measured 0.7 µs against 8 µs on a 300-byte line).
   */
  start(input: Buffer, from: number): number;
  /**
   * Whether the match at the start of `text` (a latin1 string) spans all of it: what `exec`
   * from 0 would say by its start and end, without groups or a result, and without a second
   * (anchored) compile of the source.
   */
  coversWhole(text: string): boolean;
  /** How many capture groups the source has, read off the source when first asked (no compile). */
  readonly groupCount: number;
}

/**
 * Compiles an RE2 source for Buffer search. Throws RE2's own `SyntaxError` for a source it
 * rejects; callers name the rule. `lazy` defers the compile to the first search: for sources
 * known to compile (the built-in catalog, tested), so a process compiles only the rules its input
 * wakes (issue 9: every rule compiled up front was most of `logscrub scrub < /dev/null`).
 *
 * @example
 * const re = compileRegex(String.raw`\b(npm_[A-Za-z0-9]{36})\b`);
 * re.exec(Buffer.from('x npm_…'), 0); // { start, end, groups: [[start, end], …] } or null
 */
export function compileRegex(source: string, lazy = false): ByteRegex {
  let compiled = lazy ? undefined : new (re2())(source, 'gd');
  const regex = (): RE2 => (compiled ??= new (re2())(source, 'gd'));
  /** The same source, sticky: "does a match start exactly here?", compiled on first need. */
  let stickyCompiled: RE2 | undefined;
  const sticky = (): RE2 => (stickyCompiled ??= new (re2())(source, 'y'));
  let groups: number | undefined;
  return {
    get groupCount() {
      return (groups ??= countGroups(source));
    },
    coversWhole(text) {
      const re = regex();
      // The leftmost match starts at 0 and ends at the end: then it is the match a sticky search
      // at 0 finds (RE2 prefers the same match from one start, anchored or not).
      if (re.search(text) !== 0) return false;
      re.lastIndex = 0;
      return re.test(text) && re.lastIndex === text.length;
    },
    exec(input, from) {
      const re = regex();
      re.lastIndex = from;
      // A string or a Buffer: the cast only picks one of re2's overloads; offsets are alike.
      const m = re.exec(input as Buffer);
      if (m === null) return null;
      const indices = m.indices as unknown as ReadonlyArray<readonly [number, number] | undefined>;
      const whole = indices[0];
      if (whole === undefined) return null;
      return { start: whole[0], end: whole[1], groups: indices };
    },
    start(input, from) {
      if (from >= input.length) return -1;
      const re = regex();
      let at = from;
      for (let tries = 0; tries < STICKY_TRIES; tries++, at++) {
        if (at >= input.length) return -1;
        // re2's search() has no start offset: search a view from one byte early, so that `\b` at
        // `at` still sees the byte before it.
        const base = at > 0 ? at - 1 : 0;
        const found = re.search(base === 0 ? input : input.subarray(base));
        if (found < 0) return -1;
        if (base + found >= at) return base + found;
        // A match began on that byte early: the one just rejected, when its rule searches again
        // one byte on, so this is common. Whether one starts at `at` itself, in context, is a
        // sticky test (~0.3 µs, where `exec` builds every group: ~10 µs for a large rule). If
        // none does, the next starts further on, and a search from `at` finds it.
        const anchored = sticky();
        anchored.lastIndex = at;
        if (anchored.test(input)) return at;
      }
      // Still one byte early each time (a run of word characters under `\b`): one full search.
      re.lastIndex = at;
      const m = re.exec(input);
      return m === null ? -1 : m.index;
    },
  };
}

/**
 * Whether `text` holds a match anywhere: `test`, no result object, compiled on first use. For a
 * long list of literals, one automaton where `includes` walks the text once a literal.
 *
 * @example compileTester('token|secret')('my_token') // true
 */
export function compileTester(source: string): (text: string) => boolean {
  let re: RE2 | undefined;
  return (text) => (re ??= new (re2())(source, '')).test(text);
}

/** A regex that only says where its next match ends: the block-wide first pass of tier 1. */
export interface ByteScanner {
  /** Where the next match at or after `from` ends, or −1. No result object is built. */
  endOfNext(input: Buffer, from: number): number;
}

/**
 * Compiles a source for a pass over whole blocks. `test()` with `lastIndex` leaves the match's
 * end in `lastIndex` and builds nothing, where `exec` builds an array and its strings (issue 9:
 * ~6 µs a hit, 300 ms of a 60 MB request log).
 *
 * @example
 * compileScanner('(?i:token)').endOfNext(Buffer.from('a TOKEN b'), 0); // 7
 */
export function compileScanner(source: string): ByteScanner {
  const re = new (re2())(source, 'g');
  return {
    endOfNext(input, from) {
      re.lastIndex = from;
      if (!re.test(input)) return -1;
      // An empty match leaves lastIndex where it was: report the next byte, so callers move on.
      return Math.max(re.lastIndex, from + 1);
    },
  };
}

/** Several sources matched at once: which of them occur in the input. */
export interface ByteSet {
  /** The indexes of the sources found anywhere in `input`, ascending. */
  match(input: Buffer): number[];
}

/**
 * A counted repetition (`[0-9a-f]{64}`, `{16,}`): in an automaton shared with other sources, each of
 * its positions multiplies their states.
 */
const COUNTED_REPETITION = /\{\d+(?:,\d*)?\}/;

/** Whether `source` holds a counted repetition (see `COUNTED_REPETITION`). @example hasCountedRepetition('[0-9a-f]{64}') // true */
export const hasCountedRepetition = (source: string): boolean => COUNTED_REPETITION.test(source);

/**
 * Compiles sources into `RE2.Set`s: one pass over the input per Set answers for all of its sources.
 *
 * @example
 * compileSet(['(?i:cookie)', 'AKIA']).match(Buffer.from('Cookie: a=b')); // [0]
 */
export function compileSet(given: readonly string[]): ByteSet {
  if (given.length === 0) return { match: () => [] };
  // A source several rules share (`authorization`, a JWT's `eyJ`) is matched once: one Set fewer
  // to run on every line the pass hits when that keeps the count under a multiple of the Set size.
  const sources = [...new Set(given)];
  const owners = sources.map(() => [] as number[]);
  const at = new Map(sources.map((source, i) => [source, i]));
  given.forEach((source, i) => owners[at.get(source) as number]?.push(i));
  // Sets of at most TRIGGERS_PER_SET: one automaton of every trigger outgrows RE2's DFA memory and
  // falls back to its slow path (see the constant). Sources with a counted repetition get Sets of
  // their own: beside the others their DFA states multiply, and a process built states for its
  // first ~15 MiB (issue 9: the first 32 MiB of the request log cost 0.93 s of CPU, 0.66 s once
  // the four such triggers were apart; warm speed unchanged, same-process A/B).
  // Sources too long to share a Set (see MAX_SHARED_TRIGGER_CHARS) each get one of their own.
  const plain: number[] = [];
  const counted: number[] = [];
  const alone: number[][] = [];
  sources.forEach((source, i) => {
    if (source.length > MAX_SHARED_TRIGGER_CHARS) alone.push([i]);
    else (hasCountedRepetition(source) ? counted : plain).push(i);
  });
  const sets: { readonly ids: readonly number[]; readonly set: InstanceType<typeof RE2.Set> }[] = [];
  for (const group of [plain, counted, ...alone]) {
    for (let base = 0; base < group.length; base += TRIGGERS_PER_SET) {
      const ids = group.slice(base, base + TRIGGERS_PER_SET);
      sets.push({ ids, set: new (re2().Set)(ids.map((i) => sources[i] as string)) });
    }
  }
  return {
    match(input) {
      const found: number[] = [];
      for (const { ids, set } of sets) for (const i of set.match(input)) for (const owner of owners[ids[i] as number] as number[]) found.push(owner);
      // RE2 returns them in no promised order; the scanner wants catalog order.
      return sortedIds(found);
    },
  };
}

const sortedIds = (found: number[]): number[] => (found.length > 1 ? found.sort((a, b) => a - b) : found);

/**
 * How many capture groups an RE2 source has, read off the source (compiling every rule a second
 * time to ask RE2 cost ~10 ms of every process's start). `tests/unit/detect/engine.test.ts` checks
 * it against RE2's own count.
 *
 * @example countGroups(String.raw`(a)(?:b)(?P<c>d)[(]\(`) // 2
 */
export function countGroups(source: string): number {
  let groups = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      // \Q…\E quotes a literal; any other escape is two characters.
      if (source[i + 1] === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        i = end < 0 ? source.length : end + 1;
      } else {
        i++;
      }
    } else if (c === '[') {
      // A class: `]` first (after an optional `^`) is literal; `[:alpha:]` may sit inside.
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      for (; i < source.length && source[i] !== ']'; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[' && source[i + 1] === ':') i = Math.max(i, source.indexOf(':]', i + 2) + 1);
      }
    } else if (c === '(') {
      // Capturing: `(`, `(?P<name>`, `(?<name>`; not `(?:`, `(?i:`, `(?i)`.
      if (source[i + 1] !== '?' || source.startsWith('P<', i + 2) || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!')) groups++;
    }
  }
  return groups;
}

/** Checks that RE2 accepts `source`; returns RE2's reason when it does not (`compileErrorReason`). */
export function checkRegex(source: string): string | undefined {
  try {
    new (re2())(source, 'd');
    return undefined;
  } catch (error) {
    return compileErrorReason(error);
  }
}

/**
 * RE2's reason for rejecting a source, without the part of the source RE2 quotes after it
 * (`missing ): (Xq7…`, `invalid character class range: 2-1`): a config's regex may hold a literal
 * secret, and a config error is printed and logged anywhere (a review).
 *
 * @example compileErrorReason(new SyntaxError('missing ): (abc')) // 'missing )'
 */
export function compileErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const colon = message.indexOf(': ');
  return colon < 0 ? message : message.slice(0, colon);
}
