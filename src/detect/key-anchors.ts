/**
 * The key rules' anchors, merged for the pass over every byte.
 *
 * Each key rule's anchor spells the same vocabulary of keys before its own separator:
 * `(?i:(?:password|passwd|…|secret[_.-]?key)s?)\\*"[ \t]*:` for JSON, `…[ \t]+\|` for tables,
 * `--(?i:[a-z0-9_.-]*(?:…)s?)[ \t]` for flags. In one automaton that is the vocabulary eight times
 * over. RE2 charges a program's size to the same memory its DFA's states live in, so the copies
 * left the pass at the edge of it: one key more (`service_key`, a config's `sensitiveKeys`) took a
 * pass over the catalog's examples from ~15 ms to ~0.9 s, RE2 searching without its DFA.
 *
 * Anchors of the shape `PREFIX(?i:INNER(?:K1|K2|…)s?)SUFFIX` with the same PREFIX and INNER and
 * either the same keys or the same separator become one, `PREFIX(?i:INNER(?:every K)s?)SUFFIX` or
 * `PREFIX(?i:INNER(?:K…)s?)(?:every SUFFIX)`: it matches exactly where they did. Not every key
 * before every separator: `password-assignment` takes `password"` and `password,`, and with
 * every other rule's keys that woke each `"sessions"` of an SQL line (a request log's pass hit
 * 3.6× the lines).
 */

/** `PREFIX(?i:INNER(?:ALTERNATIVES)s?)SUFFIX`, the alternatives without groups of their own. */
const KEYED = /^(.*?)\(\?i:((?:\[a-z0-9_.-\]\*)?)\(\?:([^()]*)\)s\?\)(.*)$/s;

/**
 * Whether `fragment` stands on its own as a piece of a concatenation: its groups close within it
 * and it has no `|` outside them, so that what comes before or after it is not pulled in.
 *
 * @example standsAlone('--'); // true
 * @example standsAlone('a|'); // false
 */
function standsAlone(fragment: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < fragment.length; i++) {
    const c = fragment[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
    else if (c === '|' && depth === 0) return false;
  }
  return depth === 0 && !inClass;
}

/** The alternatives of a group-free alternation, split at `|` outside character classes. */
function alternativesOf(alternation: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inClass = false;
  for (let i = 0; i < alternation.length; i++) {
    const c = alternation[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '|') {
      out.push(alternation.slice(start, i));
      start = i + 1;
    }
  }
  out.push(alternation.slice(start));
  return out;
}

/** An anchor of the pass, and the items (rules) whose anchors it stands for. */
export interface MergedAnchor<T> {
  readonly source: string;
  readonly members: readonly T[];
}

/**
 * Merges the keyed anchors among `anchors` (see the module's comment); any other anchor is kept
 * as it is. Each result is in the place of its first member.
 *
 * @example
 * mergeKeyAnchors([{ source: '(?i:(?:token)s?)=', member: 1 }, { source: '(?i:(?:secret)s?)=', member: 2 }]);
 * // [{ source: '(?i:(?:token|secret)s?)=', members: [1, 2] }]
 */
export function mergeKeyAnchors<T>(anchors: readonly { readonly source: string; readonly member: T }[]): MergedAnchor<T>[] {
  const items: (Keyed<T> | MergedAnchor<T>)[] = anchors.map(({ source, member }) => keyed(source, member) ?? { source, members: [member] });
  // Two anchors merge when one side is the same: the same keys, or the same separators (and the
  // same prefix). The union then matches exactly where the two did, and one merge can make room
  // for the next: a fixpoint.
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < items.length; i++) {
      const a = items[i] as Keyed<T> | MergedAnchor<T>;
      if (!('keys' in a)) continue;
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j] as Keyed<T> | MergedAnchor<T>;
        if (!('keys' in b) || a.head !== b.head || !(sameSet(a.keys, b.keys) || sameSet(a.suffixes, b.suffixes))) continue;
        for (const key of b.keys) a.keys.add(key);
        for (const suffix of b.suffixes) a.suffixes.add(suffix);
        a.members.push(...b.members);
        items.splice(j--, 1);
        merged = true;
      }
    }
  }
  return items.map((item) => {
    if (!('keys' in item)) return item;
    const suffixes = [...item.suffixes];
    const suffix = suffixes.length === 1 ? (suffixes[0] as string) : `(?:${suffixes.join('|')})`;
    return { source: `${item.prefix}(?i:${item.inner}(?:${[...item.keys].join('|')})s?)${suffix}`, members: item.members };
  });
}

/** A keyed anchor, taken apart. */
interface Keyed<T> {
  readonly prefix: string;
  readonly inner: string;
  /** Prefix and inner: only anchors with the same merge. */
  readonly head: string;
  readonly keys: Set<string>;
  readonly suffixes: Set<string>;
  readonly members: T[];
}

function keyed<T>(source: string, member: T): Keyed<T> | undefined {
  const m = KEYED.exec(source);
  if (m === null) return undefined;
  const [prefix, inner, keys, suffix] = m.slice(1) as [string, string, string, string];
  if (!standsAlone(prefix) || !standsAlone(suffix)) return undefined;
  return { prefix, inner, head: `${prefix}\0${inner}`, keys: new Set(alternativesOf(keys)), suffixes: new Set([suffix]), members: [member] };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
