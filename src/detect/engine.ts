/**
 * The only module that imports `re2`. RE2 runs in linear time (no ReDoS) and scans a Buffer's
 * bytes directly, so a chunk of many lines is searched without decoding it to a JS string and
 * match offsets are byte offsets. There is no `RegExp` fallback: what RE2 rejects is an error.
 */
import RE2 from 're2';

/** One match: byte spans of the whole match and of every group (`undefined`: did not take part). */
export interface ByteMatch {
  readonly start: number;
  readonly end: number;
  readonly groups: ReadonlyArray<readonly [number, number] | undefined>;
}

/** A compiled regex that searches Buffers. */
export interface ByteRegex {
  /** Searches `bytes` from `from`; `null` when nothing matches. */
  exec(bytes: Buffer, from: number): ByteMatch | null;
  /** How many capture groups the source has. */
  readonly groupCount: number;
}

/**
 * Compiles an RE2 source for Buffer search. `sticky` anchors every search at `from`.
 * Throws RE2's own `SyntaxError` for a source it rejects; callers name the rule.
 *
 * @example
 * const re = compileRegex(String.raw`\b(npm_[A-Za-z0-9]{36})\b`);
 * re.exec(Buffer.from('x npm_…'), 0); // { start, end, groups: [[start, end], …] } or null
 */
export function compileRegex(source: string, sticky = false): ByteRegex {
  const re = new RE2(source, sticky ? 'yd' : 'gd');
  // An empty alternative always matches, so the result array shows the group count.
  const probe = new RE2(`(?:${source})|`, 'd').exec('');
  const groupCount = probe === null ? 0 : probe.length - 1;
  return {
    groupCount,
    exec(bytes, from) {
      re.lastIndex = from;
      const m = re.exec(bytes);
      if (m === null) return null;
      const indices = m.indices as unknown as ReadonlyArray<readonly [number, number] | undefined>;
      const whole = indices[0];
      if (whole === undefined) return null;
      return { start: whole[0], end: whole[1], groups: indices };
    },
  };
}

/** Checks that RE2 accepts `source`; returns RE2's reason when it does not. */
export function checkRegex(source: string): string | undefined {
  try {
    new RE2(source, 'd');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
