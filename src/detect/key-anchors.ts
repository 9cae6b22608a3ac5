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

/** A pure literal alternative: letters, digits, escaped symbols, and `[_.-]?` between words. */
const LITERAL_ALTERNATIVE = /^(?:[A-Za-z0-9]|\\[^A-Za-z0-9]|\[_\.-\]\?)+$/;
const SEPARATOR = '[_.-]?';
/** Matches nothing: what a group becomes once every alternative of it is dropped. */
const NOTHING = String.raw`[^\x00-\x{10FFFF}]`;

/**
 * `source` for the pass over every byte, without the alternatives it need not look for there:
 * in a group of literal alternatives (`(?:password|access[_.-]?token|…)`), each whose every match
 * holds one of `literals` (`access[_.-]?token` holds `token`), since the pass's literals hit every
 * line such a match lies on anyway. A group left empty matches nothing. Tier 1b keeps the whole
 * anchor. The key rules' anchors spell the whole vocabulary, while the catalog's keywords put
 * `token`, `secret`, `key`, `auth` and `pass` among the literals: what is left of them is the keys
 * of other words (`session`, `csrf`, `pin`, `salt`), a fraction of the automaton.
 *
 * @example
 * withoutCovered('(?i:(?:access[_.-]?token|session)s?)=', ['token']); // '(?i:(?:session)s?)='
 */
export function withoutCovered(source: string, literals: readonly string[]): string {
  if (literals.length === 0) return source;
  const covered = (alternative: string): boolean => {
    const words = alternative.split(SEPARATOR).map((word) => word.replace(/\\(.)/g, '$1').toLowerCase());
    return words.some((word) => literals.some((literal) => word.includes(literal)));
  };
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (source.startsWith('(?:', i)) {
      const end = groupEnd(source, i);
      const body = source.slice(i + 3, end);
      // A group of groups is left as it is: only its innermost groups are read.
      const alternatives = end > 0 && !/[()]/.test(body.replace(/\\./g, '')) ? alternativesOf(body) : undefined;
      if (alternatives === undefined || !alternatives.every((a) => LITERAL_ALTERNATIVE.test(a))) {
        out += '(?:';
        i += 3;
        continue;
      }
      const kept = alternatives.filter((a) => !covered(a));
      out += `(?:${kept.length > 0 ? kept.join('|') : NOTHING})`;
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Where the character class opening at `start` ends: the index after its `]`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** The index of the `)` closing the group opening at `start`, or −1. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
