/**
 * Compiles the enabled rules once into a single RE2 alternation, `(rule0)|(rule1)|…`, so one
 * pass over a chunk finds the leftmost match of any rule. Measured here: one combined pass over
 * a Buffer runs at about 500 MB/s, while one pass per rule sums to about 50 MB/s.
 *
 * RE2 picks the leftmost match and, at one position, the first alternative: the catalog order
 * decides ties. When a rule's post-check rejects a match, the engine retries the *later* rules at
 * the same position with a sticky alternation of just those (compiled on first use).
 */
import { PatternCompileError } from '../errors.js';
import type { PatternSpec, RuleKind } from '../types.js';
import { type ByteMatch, type ByteRegex, checkRegex, compileRegex } from './engine.js';

/** A rule as the scanner needs it: its spec and where its groups sit in a combined regex. */
export interface CompiledRule {
  readonly index: number;
  readonly spec: PatternSpec;
  readonly id: string;
  readonly kind: RuleKind;
  readonly secretGroup: number;
  readonly groupCount: number;
}

/** An alternation of a run of rules, with each rule's wrapper group. */
export interface Alternation {
  readonly regex: ByteRegex;
  /** `wrappers[k]` is the group that wraps rule `first + k`. */
  readonly wrappers: readonly number[];
  readonly first: number;
}

/** The compiled catalog. */
export interface Detector {
  readonly rules: readonly CompiledRule[];
  /** All rules, unanchored, searching forward. */
  readonly all: Alternation;
  /** Rules after `index`, sticky: for a retry at one position. `undefined` past the last rule. */
  after(index: number): Alternation | undefined;
}

/** Which rule matched, and the absolute group span of its group `g` (0 = whole rule match). */
export interface RuleMatch {
  readonly rule: CompiledRule;
  readonly match: ByteMatch;
  /** Offset of the rule's groups in `match.groups`: group g of the rule is `groups[base + g]`. */
  readonly base: number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function buildAlternation(rules: readonly CompiledRule[], first: number, sticky: boolean): Alternation {
  const wrappers: number[] = [];
  const parts: string[] = [];
  let group = 1;
  for (let i = first; i < rules.length; i++) {
    const rule = rules[i] as CompiledRule;
    wrappers.push(group);
    group += 1 + rule.groupCount;
    const source = rule.spec.ignoreCase === true ? `(?i:${rule.spec.regex})` : rule.spec.regex;
    parts.push(`(${source})`);
  }
  return { regex: compileRegex(parts.join('|'), sticky), wrappers, first };
}

/**
 * Checks and compiles rule specs. Throws `PatternCompileError` naming the rule when RE2 rejects
 * its regex, and `OptionsError`-style messages for a malformed spec.
 *
 * @example
 * const detector = compilePatterns(builtinPatterns);
 * detector.all.regex.exec(Buffer.from('Bearer …'), 0);
 */
export function compilePatterns(specs: readonly PatternSpec[]): Detector {
  const seen = new Set<string>();
  const rules: CompiledRule[] = specs.map((spec, index) => {
    if (typeof spec.id !== 'string' || !ID.test(spec.id)) {
      throw new PatternCompileError(String(spec.id), 'the id must be kebab-case (a-z, 0-9, -)');
    }
    if (seen.has(spec.id)) throw new PatternCompileError(spec.id, 'another rule has the same id');
    seen.add(spec.id);
    if (typeof spec.regex !== 'string' || spec.regex.length === 0) {
      throw new PatternCompileError(spec.id, 'regex must be a non-empty string');
    }
    const reason = checkRegex(spec.regex);
    if (reason !== undefined) throw new PatternCompileError(spec.id, reason);
    const groupCount = compileRegex(spec.regex).groupCount;
    const kind = spec.kind ?? 'span';
    const secretGroup = spec.secretGroup ?? (kind === 'pem-begin' ? 0 : 1);
    if (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > groupCount) {
      throw new PatternCompileError(spec.id, `secretGroup ${secretGroup} does not exist (the regex has ${groupCount} groups)`);
    }
    return { index, spec, id: spec.id, kind, secretGroup, groupCount };
  });

  const all = buildAlternation(rules, 0, false);
  const retries = new Map<number, Alternation | undefined>();
  return {
    rules,
    all,
    after(index) {
      if (!retries.has(index)) {
        retries.set(index, index + 1 < rules.length ? buildAlternation(rules, index + 1, true) : undefined);
      }
      return retries.get(index);
    },
  };
}

/** Runs an alternation from `from` and says which rule matched. */
export function execAlternation(detector: Detector, alt: Alternation, bytes: Buffer, from: number): RuleMatch | null {
  const match = alt.regex.exec(bytes, from);
  if (match === null) return null;
  const { wrappers, first } = alt;
  for (let k = 0; k < wrappers.length; k++) {
    const base = wrappers[k] as number;
    if (match.groups[base] !== undefined) {
      return { rule: detector.rules[first + k] as CompiledRule, match, base };
    }
  }
  return null;
}
