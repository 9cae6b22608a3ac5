/**
 * Compiles the enabled rules once. Detection has two tiers, both RE2:
 *
 * 1. The prefilter. (a) Over every byte of a chunk: each rule's trigger, its precise anchor or
 *    else its keywords (one case-insensitive literal alternation for all), or for a rule with
 *    neither its prefilter; RE2 runs such a DFA at several hundred MB/s, and is asked only where a
 *    hit ends. (b) On a line (a) hit: one RE2.Set of the same triggers names the rules that can
 *    fire there (issue 9: `session` in SQL, `en-US`, image digests no longer wake them).
 * 2. Those rules run on the line, each its own regex, compiled once. The scanner takes the
 *    leftmost of their matches, and at one position the rule first in catalog order: the same
 *    answer one alternation `(a)|(b)|…` would give.
 *
 * Why not one alternation of all rules over everything: measured here, its DFA outgrows RE2's
 * cache and the scan falls to ~25 MB/s. Per-set alternations kept a warm DFA but each new set of
 * rules cost a compile; per-rule regexes cost none after start-up.
 */
import { isAscii } from 'node:buffer';
import { MAX_PASS_ANCHOR_CHARS, MAX_PASS_ANCHORS_TOTAL_CHARS, NEWLINE, PASS_MAX_COUNT, PASS_OPEN_COUNT, PASS_MIN_MB_S, PASS_SLOW_WINDOWS, PASS_WARM_WINDOWS, PASS_WINDOW_BYTES } from '../constants.js';
import { PatternCompileError } from '../errors.js';
import type { RuleKind, RuleSpec } from '../types.js';
import { type ByteMatch, type ByteRegex, type ByteScanner, type ByteSet, checkRegex, compileErrorReason, compileRegex, compileScanner, compileSet, compileTester, hasCountedRepetition } from './engine.js';
import { mergeKeyAnchors, withoutCovered } from './key-anchors.js';
import { lineEndOf, lineStartOf } from './lines.js';
import { compileRun, parseRun, type RunFinder } from './runs.js';

/** A rule as the scanner needs it. */
export interface CompiledRule {
  readonly index: number;
  /**
   * A config's own rule: what its regex matches is a secret, as its author says, whatever it
   * looks like (an email, a word); only placeholders, masks and the allowlist stay (scan.ts).
   */
  readonly custom: boolean;
  readonly spec: RuleSpec;
  readonly id: string;
  readonly kind: RuleKind;
  readonly secretGroup: number;
  readonly regex: ByteRegex;
  /**
   * Whether a match may run across other fields to reach its secret: the regex skips a lazy run
   * of anything but a line break (`curl[^\r\n]*?-u user:…`), or it is a span rule, whose match
   * may hold another secret before its own (`BasicAWSCredentials("AKIA…", "…")`: the key id went
   * unread, the scan resuming past the match; round 114). Such a match's context is read again by
   * the other rules (scan.ts, `readContext`), when it is long enough to hold a field of its own.
   */
  readonly spansFields: boolean;
}

/** A rule's match: group g of the rule is `match.groups[g]`, spans absolute. */
export interface RuleMatch {
  readonly rule: CompiledRule;
  readonly match: ByteMatch;
}

/** The compiled catalog. */
export interface Detector {
  readonly rules: readonly CompiledRule[];
  /**
   * Tier 1 over a block: where the next hit at or after `from` ends (it lies on one line), or −1.
   * One RE2 pass over all bytes; a hit is a line that may hold a secret.
   */
  hitEnd(bytes: Buffer, from: number): number;
  /**
   * Tier 1 over one block, for a caller that asks with `from` never going back (the scan): what
   * `hitEnd` answers, but a search that ran ahead is not run again for the next `from`.
   */
  hits(bytes: Buffer): HitCursor;
  /** How many automata the pass over every byte runs now: 1, or 2 once one fell out of RE2's DFA (see `Pass`). */
  passAutomata(): number;
  /** Tier 1 on one line, `bytes[start, end)`: the indexes of the rules that can fire there, ascending. */
  lineRules(bytes: Buffer, start: number, end: number): readonly number[];
  /**
   * The rules of `set` that could match inside `text` (a short value): specific `span` rules whose
   * keyword `text` holds. A JS substring check, or one automaton for a rule of many keywords, so a
   * value with no keyword costs no search by the rule itself.
   */
  shapesIn(set: readonly number[], text: string): number[];
}

/** Tier 1's hits in one block, asked in order. */
export interface HitCursor {
  /** Where the next hit at or after `from` ends, or −1. A `from` before the last one's searches afresh. */
  next(from: number): number;
  /**
   * Tier 1b on the line `[start, end)` of the hit `next` just returned: what `lineRules` answers,
   * cheaper when only a run hit the line (see `createHitCursor`).
   */
  rulesOn(start: number, end: number): readonly number[];
  /** `rulesOn`, or `undefined` where only tier 1b's Set can answer (`lineRules`), for asking it later. */
  cheapRulesOn(start: number, end: number): readonly number[] | undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkSpec(spec: RuleSpec, index: number, seen: Set<string>, trusted: boolean, custom: boolean): CompiledRule {
  if (typeof spec.id !== 'string' || !ID.test(spec.id)) {
    throw new PatternCompileError(String(spec.id), 'the id must be kebab-case (a-z, 0-9, -)');
  }
  if (seen.has(spec.id)) throw new PatternCompileError(spec.id, 'another rule has the same id');
  seen.add(spec.id);
  if (typeof spec.regex !== 'string' || spec.regex.length === 0) {
    throw new PatternCompileError(spec.id, 'regex must be a non-empty string');
  }
  let regex: ByteRegex;
  try {
    regex = compileRegex(spec.ignoreCase === true ? `(?i:${spec.regex})` : spec.regex, trusted);
  } catch (error) {
    throw new PatternCompileError(spec.id, `its regex does not compile with RE2: ${compileErrorReason(error)}`);
  }
  const kind = spec.kind ?? 'span';
  const secretGroup = spec.secretGroup ?? (kind === 'span' || kind === 'spans' ? 1 : 0);
  // A trusted rule's groups are checked by its tests, not by every process.
  if (!trusted && (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > regex.groupCount)) {
    throw new PatternCompileError(spec.id, `secretGroup ${secretGroup} does not exist (the regex has ${regex.groupCount} groups)`);
  }
  // A regex that matches nothing matches at every position of every line: each a call into RE2,
  // ~25× slower, for no finding (a review: `(x*)`).
  if (!trusted && matchesEmpty(regex)) {
    throw new PatternCompileError(spec.id, 'its regex can match the empty string, which redacts nothing and costs a search at every position of every line; make every match hold at least one character');
  }
  if (!trusted) checkKeywordsInExamples(spec, regex);
  return { index, spec, id: spec.id, kind, secretGroup, regex, spansFields: SPANS_FIELDS.test(spec.regex) || kind === 'span', custom };
}

/** A word's edges, a blank, a digit and a line's end: where a match of zero length shows. */
const EMPTY_PROBE = 'a 0_.\n';

/**
 * Whether a regex finds a match of zero length, on the empty line or at any position of
 * `EMPTY_PROBE` (`x*`, `(?:acme_)?`, `a|`, `\b`, `$`). What a regex can match is not cheap to
 * decide in general; these catch the usual ways.
 */
function matchesEmpty(regex: ByteRegex): boolean {
  if (regex.exec('', 0) !== null) return true;
  for (let from = 0; from <= EMPTY_PROBE.length; from++) {
    const m = regex.exec(EMPTY_PROBE, from);
    if (m !== null && m.start === m.end) return true;
  }
  return false;
}

/** A lazy run of anything but line breaks, as a regex's source spells it (`[^\r\n]*?`, `[^|\r\n]*?`). */
const SPANS_FIELDS = /\[\^[^\]]*\\r\\n[^\]]*\]\*\?/;

/**
 * A rule woken by its keywords (no anchor) must hold one in its matches: the prefilter runs it
 * only on lines that hold one, so a rule whose keywords its matches never hold is accepted and
 * never fires. Whether any match of a regex can hold a literal is not cheap to decide; the rule's
 * own `examples.match` show it: the first match in each (on its first line that matches, as the
 * engine runs a rule on one line) must hold a keyword, ignoring case, as the prefilter does. An
 * example the regex does not match shows nothing here.
 * A trusted rule's examples are checked by its tests (`tests/patterns/invariants.test.ts`).
 */
function checkKeywordsInExamples(spec: RuleSpec, regex: ByteRegex): void {
  if (spec.keywords.length === 0 || spec.anchor !== undefined || (spec.kind ?? 'span') !== 'span') return;
  const keywords = spec.keywords.map((k) => k.toLowerCase());
  spec.examples.match.forEach((example, i) => {
    const m = firstLineMatch(regex, example.input);
    if (m === undefined) return;
    // Decoded and lowercased as Unicode: the pass matches a keyword so (`(?i)` in UTF-8), `Ñ` for `ñ`.
    const text = m.line.toString('utf8', m.start, m.end).toLowerCase();
    // Never the matched text in the message, nor the keywords: an example, or a literal in the
    // rule, may hold a real secret by mistake.
    if (!keywords.some((k) => text.includes(k))) {
      throw new PatternCompileError(spec.id, `its match in examples.match[${i}] holds none of its keywords; the prefilter runs a rule only on lines that hold one, so it would not fire on such a line. List a literal every match holds, or no keywords`);
    }
  });
}

/** The first match of `regex` on the first line of `input` that has one, as the engine would see it (UTF-8 bytes). */
function firstLineMatch(regex: ByteRegex, input: string): { line: Buffer; start: number; end: number } | undefined {
  for (const text of input.split('\n')) {
    const line = Buffer.from(text, 'utf8');
    const m = regex.exec(line, 0);
    if (m !== null) return { line, start: m.start, end: m.end };
  }
  return undefined;
}

/** A keyword as an RE2 literal. */
const quoteLiteral = (keyword: string): string => keyword.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** How to compile. */
export interface CompileOptions {
  /**
   * False: no tier 1, every rule on every line. Slow; the reference the superset tests hold
   * tier 1 to (a prefilter that drops a true match is a leak) and a bench baseline.
   */
  readonly tier1?: boolean;
  /**
   * Rules known to compile (the built-in catalog, which `tests/patterns` compiles): their regexes
   * compile on first use, so a process pays only for the rules its input wakes. Any other rule
   * (a config's) is compiled here, and with it both tier-1 automata, so that its mistakes are
   * thrown here, before any input is read. Beside trusted ones, a config's rules have an automaton
   * of their own in the pass over every byte (`compileTier1a`). Default: none.
   */
  readonly trusted?: (spec: RuleSpec) => boolean;
  /**
   * A config's own rules (`CompiledRule.custom`): what their regexes match is a secret whatever it
   * looks like. The scrubber's: every rule not of the catalog. Default: none, as for the catalog.
   */
  readonly custom?: (spec: RuleSpec) => boolean;
  /**
   * The pass over every byte goes from one automaton to two when one runs slower than this
   * (`PASS_MIN_MB_S`). For tests: `Infinity` makes it two after the first window, `0` never.
   */
  readonly passMinMBs?: number;
  /**
   * The calling thread's CPU time in ms, by which the pass tells a slow window from one in which
   * the thread waited for a core (`createPass`). An adapter's (`src/io/thread-clock.ts`); without
   * one, the wall alone.
   */
  readonly cpuClock?: () => number | undefined;
}

/**
 * Checks and compiles rule specs. Throws `PatternCompileError` naming the rule when RE2 rejects
 * its regex (its pattern) or the spec is malformed.
 *
 * @example
 * const detector = compileRules(builtinRules);
 * const reference = compileRules(builtinRules, { tier1: false });
 */
export function compileRules(specs: readonly RuleSpec[], options: CompileOptions = {}): Detector {
  const seen = new Set<string>();
  const trusted = options.trusted ?? (() => false);
  const custom = options.custom ?? (() => false);
  const rules = specs.map((spec, index) => checkSpec(spec, index, seen, trusted(spec), custom(spec)));

  // Both automata compile on first use (tier 1a on the first non-empty block, 1b on the first line
  // it hits): `logscrub scrub < /dev/null` compiles nothing (issue 9). Unless a rule is not known
  // to compile: then a whole too big for RE2 must fail here, before any input, not on a block.
  let prefilter: Tier1a | undefined;
  let triggers: ByteSet | undefined;
  const judge = { minMBs: options.passMinMBs ?? PASS_MIN_MB_S, cpuClock: options.cpuClock ?? noClock };
  const prefilterOf = (): Tier1a => (prefilter ??= compileTier1(rules, () => compileTier1a(rules, judge, trusted)));
  // Tier 1b, precise, on a line 1a hit: each rule's trigger (its anchor, else its keywords) in one
  // RE2.Set, so one call names every rule that can fire there, a trigger that overlaps another's
  // hit included. It replaced a second pass of 1a on a latin1 copy of the line plus a lookup per
  // hit (issue 9). Matched on the line's bytes, as 1a saw them.
  const triggersOf = (): ByteSet => (triggers ??= compileTier1(rules, () => compileSet(rules.map((r) => triggerOf(r.spec)))));
  if (!specs.every(trusted)) {
    prefilterOf();
    triggersOf();
  }

  const isShape = rules.map((r) => (r.kind === 'span' || r.kind === 'pem-base64') && r.spec.generic !== true);
  const holdsKeyword = rules.map((r) => (isShape[r.index] === true ? keywordTest(r.spec.keywords) : undefined));
  const everyRule = rules.map((r) => r.index);
  const on = options.tier1 !== false;
  const lineRules = (bytes: Buffer, start: number, end: number): readonly number[] => triggersOf().match(bytes.subarray(start, end));
  // Without tier 1 every line is a hit, the one holding `from` and then the next, for every rule.
  const hitsIn = (bytes: Buffer): HitCursor =>
    on
      ? createHitCursor(prefilterOf(), bytes, (start, end) => lineRules(bytes, start, end))
      : { next: (from) => (from < bytes.length ? from + 1 : -1), rulesOn: () => everyRule, cheapRulesOn: () => everyRule };
  return {
    rules,
    hitEnd: (bytes, from) => hitsIn(bytes).next(from),
    hits: hitsIn,
    passAutomata: () => (on && prefilter !== undefined ? prefilter.pass.scanners().length : 1),
    lineRules: on ? lineRules : () => everyRule,
    shapesIn(set, text) {
      let lower: string | undefined;
      return set.filter((i) => {
        const holds = holdsKeyword[i];
        return holds !== undefined && holds((lower ??= text.toLowerCase()));
      });
    },
  };
}

/** Up to this many keywords, a substring check each; past it, one automaton for all (`compileTester`). */
const FEW_KEYWORDS = 8;

/**
 * Whether a lowercased text holds any of `keywords` (true when there are none). One automaton for
 * many: `secret-query-param`'s 980, a substring check each, cost 35 µs a value (issue 9; the pino
 * transport's test records, four secrets a line, redacted 12% faster).
 */
function keywordTest(keywords: readonly string[]): (lower: string) => boolean {
  const literals = minimalLiterals(keywords.map((k) => k.toLowerCase()));
  if (literals.length === 0) return () => true;
  if (literals.length <= FEW_KEYWORDS) return (lower) => literals.some((k) => lower.includes(k));
  // Lowercase literals on the lowercased text: under `(?i:…)`, RE2 gave up its DFA for these and
  // took 190 µs a value instead of 0.3. And a few hundred at most in one automaton: past RE2's DFA
  // memory it falls back to the NFA, secret-query-param's 1,071 literals took 485 µs a value
  // where its 1,029 had taken 0.6 (four keys more in the vocabulary; the pino transport's records
  // ran 3× slower).
  const testers: ((text: string) => boolean)[] = [];
  for (let i = 0; i < literals.length; i += TESTER_LITERALS) testers.push(compileTester(literals.slice(i, i + TESTER_LITERALS).map(quoteLiteral).join('|')));
  const test = testers.length === 1 ? (testers[0] as (text: string) => boolean) : (lower: string) => testers.some((tester) => tester(lower));
  const marks = punctuationMarks(literals);
  return marks === undefined ? test : (lower) => marks.some((mark) => lower.includes(mark)) && test(lower);
}

/** Literals in one automaton of `keywordTest`: well inside RE2's DFA memory, whatever their length. */
const TESTER_LITERALS = 256;

/** Letters, digits and the characters of identifiers: what a token's value is made of. */
const WORD_CHAR = /[a-z0-9_.-]/;

/**
 * Punctuation of which every literal holds one (each literal's first that is not a word
 * character), or `undefined` when a literal has none: a value without any of them holds none of
 * the literals, and a few `includes` are ~20× cheaper than a call into RE2. Keys written with
 * their delimiters (`secret-query-param`'s `?token=`, `%26token%3d`, `\u0026token=`: five
 * automata) are skipped for the tokens they are asked about, which hold no `?&#%\` (the pino
 * transport's test records, four secrets a line: 0.13 ms a line in those automata).
 */
function punctuationMarks(literals: readonly string[]): string[] | undefined {
  const marks = new Set<string>();
  for (const literal of literals) {
    const mark = [...literal].find((c) => !WORD_CHAR.test(c));
    if (mark === undefined) return undefined;
    marks.add(mark);
  }
  return [...marks];
}

/** Tier 1a: the pass over every byte (`Pass`), and the long runs of one byte class kept out of it (`runs.ts`). */
interface Tier1a {
  readonly pass: Pass;
  readonly runs: readonly PassRun[];
  /** The keywords beyond ASCII or escaped (`isWide`), searched only where a block can hold one (`wideSearch`). */
  readonly wide: ByteScanner | undefined;
}

/**
 * The pass's automata: one a group of rules (`compileTier1a`) while RE2 keeps it a DFA, one a part
 * (the keywords; the anchors) once it has not. The one automaton sits at the edge of RE2's DFA memory (8 MiB an object, not settable from
 * node-re2): on logs of many formats its cache fills, RE2 starts it over again and again, and the
 * pass crawls. Measured on fp6's 14.7 MB of clean logs of 27 formats: 47.6 MB/s for the one,
 * 202.7 for the two together; on the bench corpora and loghub the one never fills and is the
 * faster (request log 353 against 244, JSONL 450/278, text 545/287, loghub 422/259). So the pass
 * times itself over windows of `PASS_WINDOW_BYTES` and goes to two for good when
 * `PASS_SLOW_WINDOWS` windows in a row, past its first `PASS_WARM_WINDOWS`, run slower than
 * `minMBs` by the time the thread ran (`onCore`). Either way the lines it hits
 * are the same: a hit lies on one line, so the earliest hit of the two is on the first line either
 * finds (tests: `passMinMBs`).
 */
interface Pass {
  /** The automata to run now. */
  scanners(): readonly ByteScanner[];
  /** Whether searches are timed (one automaton, more than one possible). */
  watching(): boolean;
  /** A timed search: it crossed `bytes` in `ms`. */
  observe(bytes: number, ms: number): void;
}

const noClock = (): undefined => undefined;

/** How the pass judges its speed: the floor, and the thread's CPU clock. */
interface PassJudge {
  readonly minMBs: number;
  readonly cpuClock: () => number | undefined;
}

function createPass(groups: readonly (readonly string[])[], { minMBs, cpuClock }: PassJudge): Pass {
  const parts = groups.flat();
  const filled = groups.filter((g) => g.length > 0);
  const one = filled.length > 0 ? filled.map((g) => compileScanner(g.map((p) => `(?:${p})`).join('|'))) : [compileScanner('[^\\x00-\\x{10FFFF}]')];
  let two: readonly ByteScanner[] | undefined;
  let windows = 0;
  let slow = 0;
  let bytes = 0;
  let ms = 0;
  let cpuAtStart: number | undefined;
  let wallAtStart = 0;
  return {
    scanners: () => two ?? one,
    watching: () => two === undefined && parts.length > one.length,
    observe(crossed, spent) {
      if (bytes === 0) {
        cpuAtStart = cpuClock();
        wallAtStart = performance.now() - spent;
      }
      bytes += crossed;
      ms += spent;
      if (bytes < PASS_WINDOW_BYTES) return;
      // MB/s = bytes / (ms × 1000). A DFA is built as it runs: the first windows are slow anyway
      // (cold, ~35 MB/s over a process's first MiBs), so they do not count, and a few slow windows
      // after them are not enough (`PASS_SLOW_WINDOWS`).
      slow = windows++ >= PASS_WARM_WINDOWS && bytes < minMBs * ms * onCore(cpuAtStart, wallAtStart) * 1000 ? slow + 1 : 0;
      if (slow >= PASS_SLOW_WINDOWS || minMBs === Number.POSITIVE_INFINITY) two = parts.map(compileScanner);
      bytes = 0;
      ms = 0;
    },
  };

  /**
   * The share of the window the thread ran, 0 to 1: its CPU time over the wall's. The searches
   * are timed on the wall, which also counts the time the thread waited for a core: in the CLI's
   * pool (two workers beside the main thread on 2 cores) a worker went to two automata within
   * 17 MiB, for good, and scanned ~1.5× slower. So the searches' time is scaled by it. 1 where
   * the thread has no clock.
   */
  function onCore(cpuStart: number | undefined, wallStart: number): number {
    const cpuEnd = cpuStart === undefined ? undefined : cpuClock();
    const wall = performance.now() - wallStart;
    if (cpuStart === undefined || cpuEnd === undefined || wall <= 0) return 1;
    return Math.min(1, (cpuEnd - cpuStart) / wall);
  }
}

/** The wide automaton's window (`wideSearch`): `isAscii` on 4 KiB costs less than a call into RE2. */
const WIDE_WINDOW = 4096;

/**
 * A run (`runs.ts`) the pass samples for, and the rules whose pass source it is, each with its
 * trigger, for a line only the run hit. Rules of one source share its search: each search is a
 * sampling loop over every byte in JS (a second one, for `audit-hex-command`, cost the request
 * log's scrub ~10%).
 */
interface PassRun {
  readonly finder: RunFinder;
  readonly rules: { readonly rule: number; readonly trigger: ByteRegex; readonly literal?: Buffer }[];
}

/**
 * The literal a trigger opens with (`\bcmd=[0-9A-F]{64}` → `cmd=`), three bytes or more, or
 * undefined: a line without it needs no search by RE2. On the request log every image digest
 * hits hex-token-long's run; the rules sharing it ask their triggers only where it is.
 */
function literalHead(source: string): Buffer | undefined {
  // An alternation anywhere may not need the head (`cmd=x|data=y`): no literal then.
  if (source.includes('|')) return undefined;
  const head = /^(?:\\b)?([A-Za-z0-9_=:-]{3,})(?![*+?{])/.exec(source)?.[1];
  return head === undefined ? undefined : Buffer.from(head);
}

/**
 * Tier 1a, over every byte: what wakes each rule (`triggerOf`), so a line it hits is one tier 1b
 * finds a rule for. A rule's anchor where it has one cheap enough there (`anchorInPass`): the key
 * rules' keywords (`session`, `token`) hit every SQL line on `"sessions"` and every prose `token`,
 * and each such hit cost a tier-1b Set match for nothing (2,914 of 3,052 hits per 8 MiB of the
 * request log, 3,100 of 4,500 on loghub). Measured in one process, alternating: the pass over
 * every byte ran 12% slower with the 20 anchors, the engine 13% faster on the request log and 19%
 * on loghub, JSONL and text the same (issue 9). Else its keywords, one case-insensitive literal alternation for all, RE2's fastest
 * DFA; else its prefilter, anchor or regex. A prefilter that is one long run of a class
 * (`[0-9a-fA-F]{64}`) is sampled in JS instead.
 * Anchors and prefilters in any case (unless `passExactCase`): tier 1b asks each exactly on the
 * line. Upper- and lower-case letters then fall in one byte class each, and every state of the
 * automaton holds one pointer a class: over the catalog's examples the pass had sat at the edge of
 * RE2's DFA memory, where 20 literals more took it from ~20 to ~300 ms; in any case ~300 more took
 * it nowhere (s33, before that session's rules used a good part of the room), and it hits the same
 * lines of the bench corpora and loghub.
 * Escaped one by one, not quoted with `\Q…\E`: node-re2 rewrites `/` as `\/` even inside
 * `\Q…\E`, where it then means a backslash, so a keyword holding `/` never matched.
 *
 * A config's rules beside the catalog's get an automaton of their own: the catalog's sits at the
 * edge of RE2's DFA memory, where a config's rule of 60 keywords took the pass over the catalog's
 * examples from ~60 to ~400 ms of CPU (one literal more of the catalog's had done the same). Apart,
 * a config costs a second search over its blocks (~2 ns a byte, the same for any config), and the
 * catalog's room is the catalog's.
 */
function compileTier1a(rules: readonly CompiledRule[], judge: PassJudge, trusted: (spec: RuleSpec) => boolean): Tier1a {
  const catalog = rules.filter((r) => trusted(r.spec));
  const groups = catalog.length === 0 || catalog.length === rules.length ? [rules] : [catalog, rules.filter((r) => !trusted(r.spec))];
  const sources = groups.map(passSources);
  const wide = sources.flatMap((g) => g.wide);
  return {
    pass: createPass(
      sources.map((g) => g.parts),
      judge,
    ),
    runs: sources.flatMap((g) => g.runs),
    wide: wide.length > 0 ? compileScanner(`(?i:${wide.join('|')})`) : undefined,
  };
}

/** What one automaton of the pass looks for (`compileTier1a`): its parts, and the runs and wide keywords kept out of it. */
interface PassSources {
  readonly parts: readonly string[];
  readonly runs: readonly PassRun[];
  readonly wide: readonly string[];
}

function passSources(rules: readonly CompiledRule[]): PassSources {
  const keywords: string[] = [];
  const anchors: string[] = [];
  const runs: PassRun[] = [];
  const runsBySource = new Map<string, PassRun>();
  for (const { source, members } of passAnchors(rules)) {
    // Rules without an anchor in the pass (none, too costly, or past the budget): their keywords.
    if (source === undefined) {
      for (const { spec } of members) for (const k of spec.keywords) keywords.push(foldKeyword(k));
      continue;
    }
    const [{ spec, index }] = members as [CompiledRule];
    // A run's bytes are one case's: an `ignoreCase` rule's source goes in the automaton, in any case.
    const run = members.length === 1 && spec.ignoreCase !== true ? parseRun(source) : undefined;
    const counted = capCounts(source, PASS_MAX_COUNT, PASS_OPEN_COUNT);
    if (run === undefined) anchors.push(spec.passExactCase === true ? counted : `(?i:${counted})`);
    else {
      const trigger = triggerOf(spec);
      const member = { rule: index, trigger: compileRegex(trigger, true) };
      const shared = runsBySource.get(source);
      const literal = spec.ignoreCase === true ? undefined : literalHead(trigger);
      if (shared !== undefined) shared.rules.push(literal === undefined ? member : { ...member, literal });
      else {
        const own: PassRun = { finder: compileRun(run), rules: [member] };
        runsBySource.set(source, own);
        runs.push(own);
      }
    }
  }
  // In alphabetical order: RE2 factors only the common prefixes of adjacent alternatives
  // (`pat-`, `pat.`, `pat:` share one `pat` state), and no literal kept is a prefix of another,
  // so the order changes no match. In catalog order, two literals more (`4/0a`, round 6) had
  // taken the pass out of RE2's DFA for 20 of 80 random configs with keys of their own (9 before);
  // sorted, none of the 80.
  const minimal = minimalLiterals(keywords).sort();
  const literals = minimal.filter((k) => !isWide(k)).map(quoteLiteral);
  const wide = minimal.filter(isWide).map(quoteLiteral);
  const anchorsSource = anchors.map((p) => `(?:${p})`).join('|');
  const parts = [...(literals.length > 0 ? [`(?i:${literals.join('|')})`] : []), ...(anchors.length > 0 ? [anchorsSource] : [])];
  return { parts, runs, wide };
}

/**
 * A source for the pass with every counted repetition past `max` opened at `open`: `X{n}` and
 * `X{n,m}` with n > max as `X{open,}`, `X{n,m}` with m > max as `X{min(n, open),}`. Each is a
 * superset of the one it stands for, anywhere in the source, so the pass still finds every line
 * the source matches (see `PASS_MAX_COUNT`). An escaped brace (`\{50}`) is no repetition and stays.
 *
 * @example capCounts('EAAA[A-Za-z0-9_-]{60}', 16, 8) // 'EAAA[A-Za-z0-9_-]{8,}'
 */
export function capCounts(source: string, max: number, open: number): string {
  return source.replace(/(\\*)\{(\d+)(?:,(\d*))?\}/g, (whole, slashes: string, low: string, high: string | undefined) => {
    if (slashes.length % 2 === 1) return whole;
    const n = Number(low);
    if (n > max) return `${slashes}{${open},}`;
    return high !== undefined && high !== '' && Number(high) > max ? `${slashes}{${Math.min(n, open)},}` : whole;
  });
}

/**
 * A keyword as the pass holds it: lower case, and the two letters beyond ASCII whose case folds
 * reach ASCII spelled as ASCII, `ſ` (U+017F) as `s` and the Kelvin sign as `k`: under `(?i)` RE2
 * takes either for the other, so `ſecret` would otherwise count as wide (`isWide`) and be searched
 * only in blocks beyond ASCII, while it matches `secret` in any block (review of s22).
 */
const foldKeyword = (keyword: string): string => keyword.toLowerCase().replace(/\u017f/g, 's').replace(/\u212a/g, 'k');

/**
 * Whether a keyword is searched by tier 1a's second automaton, over the blocks that can hold it
 * only (`mayHoldWide`), rather than by the pass over every byte: one beyond ASCII (`contraseña`,
 * `пароль`, `密码`), or one spelled with JSON's `\u` escapes (`\u5bc6\u7801`), its escaped
 * slash (`:\/\/`, PHP's `json_encode`) or percent-encoded (`%D0%BF%D0%B0…`). A single such
 * literal among the pass's took it out of RE2's DFA (~60 → ~600 ms over the catalog's examples,
 * every config): its bytes split the automaton's byte classes, and the escaped spellings are
 * long. Apart, they cost an ASCII block nothing.
 */
const isWide = (keyword: string): boolean =>
  !isAsciiText(keyword) || keyword.toLowerCase().includes('\\u') || keyword.includes('\\/') || PERCENT_HIGH.test(keyword);

/** A percent escape of a byte beyond ASCII (`%D0`): UTF-8 in a query string or a form body. */
const PERCENT_HIGH = /%[89a-f][0-9a-f]/i;

const isAsciiText = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/**
 * Whether `bytes` can hold a wide keyword (`isWide`): a byte beyond ASCII, a `\u` (either case,
 * as keywords match), JSON's escaped slash `\/`, or a percent escape of a byte beyond ASCII
 * (`%D0`). `isAscii` is one SIMD pass; `indexOf` a search for a two-byte needle.
 */
const mayHoldWide = (bytes: Buffer): boolean =>
  !isAscii(bytes) ||
  bytes.indexOf('\\u', 0, 'latin1') >= 0 ||
  bytes.indexOf('\\U', 0, 'latin1') >= 0 ||
  bytes.indexOf('\\/', 0, 'latin1') >= 0 ||
  holdsPercentHigh(bytes);

/** Whether `bytes` hold a percent escape of a byte beyond ASCII (`PERCENT_HIGH`), `%` by `%`. */
function holdsPercentHigh(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(PERCENT); at >= 0 && at + 1 < bytes.length; at = bytes.indexOf(PERCENT, at + 1)) {
    const high = bytes[at + 1] as number;
    if ((high >= 0x38 && high <= 0x39) || (high >= 0x41 && high <= 0x46) || (high >= 0x61 && high <= 0x66)) return true;
  }
  return false;
}

const PERCENT = 0x25;

/**
 * The wide automaton over one block, searched only on the lines around the `WIDE_WINDOW`s that can
 * hold a wide keyword (`mayHoldWide`): a keyword lies on one line, and the line reaches back into
 * the window before (`has` of `has\u0142o`) and on into the next. A log with a name beyond ASCII
 * here and there pays for those lines, not the block; one with such text on every line, for all
 * of it (~2 ns a byte here, as the pass over every byte).
 */
function wideSearch(scanner: ByteScanner, bytes: Buffer): ByteScanner {
  const windows = Math.ceil(bytes.length / WIDE_WINDOW);
  const flags = new Int8Array(windows); // 0: not looked at yet, 1: may hold one, −1: cannot
  const flagged = (k: number): boolean => {
    // One byte past the window: a `\u` across its end.
    if (flags[k] === 0) flags[k] = mayHoldWide(bytes.subarray(k * WIDE_WINDOW, (k + 1) * WIDE_WINDOW + 1)) ? 1 : -1;
    return flags[k] === 1;
  };
  return {
    endOfNext(_input, from) {
      for (let at = from; at < bytes.length; ) {
        let k = Math.floor(at / WIDE_WINDOW);
        while (k < windows && !flagged(k)) k++;
        if (k >= windows) return -1;
        // From the line the window starts in to the end of the line it ends in: one window a
        // search, so a search that hits soon costs no more than its way there (runs of flagged
        // windows taken whole cost a hit per line the rest of the run: quadratic; review of s22).
        const start = Math.max(at, lineStartOf(bytes, k * WIDE_WINDOW, at));
        const end = lineEndOf(bytes, Math.min(bytes.length, (k + 1) * WIDE_WINDOW) - 1);
        const found = scanner.endOfNext(bytes.subarray(0, end), start);
        if (found >= 0) return found;
        at = end + 1;
      }
      return -1;
    },
  };
}

/**
 * What the pass over every byte looks for, in catalog order: a source and the rules it wakes, or
 * no source for rules it finds by their keywords. A rule without keywords by its prefilter, anchor
 * or regex; a keyword rule by its anchor where that is cheap there (`anchorInPass`), the key rules'
 * merged (`mergeKeyAnchors`), while the anchors fit `MAX_PASS_ANCHORS_TOTAL_CHARS` together.
 *
 * Not a rule whose every keyword holds a keyword the pass looks for anyway (`secret-field`'s
 * `client_secret` holds `secret`): every line it matches holds one of its keywords, so those
 * literals hit it already, and its anchor would only add states to the automaton, which sits at
 * the edge of RE2's DFA memory. Four of the catalog's went out (`strict-secret-assignment`,
 * `secret-flag`, `xml-named-secret`, `secret-field`; the anchors 9,073 → 6,614 characters) with the
 * same hit lines on the bench corpora; over the catalog's examples with five keys of a config's
 * own, five literals more had taken the pass from ~20 to ~700 ms of CPU, and now ten take it nowhere.
 *
 * Nor, in an anchor kept, the keys whose every match holds such a literal (`withoutCovered`):
 * the key rules' anchors spelled the whole vocabulary, `access_token` and `client_secret` with the
 * rest, where only `session`, `csrf`, `pin` and their like need one (anchors 5,366 → 1,874
 * characters). The lines the pass hits are the same (bench corpora, loghub); the catalog's sat at
 * the edge of RE2's DFA memory, where one literal more of any rule or config (`zzqq`) took the
 * pass over its examples from ~100 to ~500 ms of CPU (s27).
 */
export function passAnchors<R extends { readonly spec: RuleSpec }>(rules: readonly R[]): { readonly source?: string; readonly members: readonly R[] }[] {
  const out: { source?: string; members: readonly R[] }[] = [];
  const anchored: { source: string; member: R }[] = [];
  for (const rule of rules) {
    const { spec } = rule;
    if (spec.keywords.length === 0) out.push({ source: spec.prefilter ?? spec.anchor ?? spec.regex, members: [rule] });
    else if (anchorInPass(spec)) anchored.push({ source: spec.anchor as string, member: rule });
    else out.push({ members: [rule] });
  }
  const literals = minimalLiterals(out.flatMap(({ source, members }) => (source === undefined ? members.flatMap((m) => m.spec.keywords.map((k) => k.toLowerCase())) : [])));
  const found = ({ member }: { member: R }): boolean => member.spec.keywords.every((k) => literals.some((l) => k.toLowerCase().includes(l)));
  for (const a of anchored) if (found(a)) out.push({ members: [a.member] });
  // Only the literals the pass searches every block for: a wide one only where a block can hold it.
  const everywhere = literals.filter((l) => !isWide(l)).map(foldKeyword);
  const reduced = anchored.filter((a) => !found(a)).map((a) => ({ source: withoutCovered(a.source, everywhere), member: a.member }));
  let anchorChars = 0;
  for (const { source, members } of mergeKeyAnchors(reduced)) {
    const fits = anchorChars + source.length <= MAX_PASS_ANCHORS_TOTAL_CHARS;
    if (fits) anchorChars += source.length;
    out.push(fits ? { source, members } : { members });
  }
  return out;
}

/**
 * Whether the pass over every byte looks for a rule's anchor rather than its keywords: when it has
 * one that is cheap there, short and without a counted repetition. Either would multiply the
 * states of the whole automaton (a custom rule's `[a-z]{40}`; see `MAX_PASS_ANCHOR_CHARS`); such
 * a rule's lines are found by its keywords, and tier 1b runs it by its anchor.
 */
const anchorInPass = (spec: RuleSpec): boolean =>
  spec.anchor !== undefined && spec.anchorInPass !== false && spec.anchor.length <= MAX_PASS_ANCHOR_CHARS && !hasCountedRepetition(spec.anchor);

/**
 * The hits of one block: the automaton's and the runs', the leftmost first. Each search that ran
 * ahead of `from` is kept while its hit still lies ahead: the automaton's while `from` has not
 * passed the start of its hit's line (a hit lies on one line, so it starts there or later), a
 * run's while `from` has not passed its start. Without that, every hit of one kind would rescan
 * the bytes up to the other's next hit.
 *
 * Tier 1b on a line only runs hit (the automaton's next hit lies further on) asks just those
 * runs' rules, each by its own trigger: no other rule can fire there, since each has a hit of its
 * pass source on every line it matches. On the request log most hits are image digests that
 * `hex-token-long`'s run finds and its anchor lets go; the Set answered them at 3 µs a line warm
 * and ~20 µs over a cold process's first 100 MB, the one anchor at ~1 µs (issue 9).
 */
function createHitCursor({ pass, runs, wide }: Tier1a, bytes: Buffer, lineRules: (start: number, end: number) => readonly number[]): HitCursor {
  const passScanners = pass.scanners();
  const scanners = wide !== undefined && mayHoldWide(bytes) ? [...passScanners, wideSearch(wide, bytes)] : passScanners;
  const timed = pass.watching();
  let last = 0;
  const dfaEnds = scanners.map(() => -2); // −2: not searched yet
  const runStarts = runs.map(() => -2);
  /** Whether automaton `i`'s hit found before still starts at or after `from`. */
  const dfaAhead = (i: number, from: number): boolean => {
    const dfaEnd = dfaEnds[i] as number;
    if (dfaEnd < 0 || from >= dfaEnd) return dfaEnd === -1;
    // Only after another hit came first: the line's start is looked up then, not at every hit.
    const start = lineStartOf(bytes, dfaEnd - 1, from);
    return start > from || from === 0 || bytes[from - 1] === NEWLINE;
  };
  const search = (i: number, from: number): number => {
    const scanner = scanners[i] as ByteScanner;
    // The pass's own automata are timed, to judge it; the wide one runs on some blocks only.
    if (!timed || i >= passScanners.length) return scanner.endOfNext(bytes, from);
    const started = performance.now();
    const end = scanner.endOfNext(bytes, from);
    pass.observe((end < 0 ? bytes.length : end) - from, performance.now() - started);
    return end;
  };
  /** Tier 1b without the Set where only runs hit the line; `undefined` where the Set must answer. */
  const cheapRulesOn = (start: number, end: number): readonly number[] | undefined => {
    // An automaton's hit ends on this line (its last byte at most the newline: in doubt, the Set).
    if (dfaEnds.some((dfaEnd) => dfaEnd === -2 || (dfaEnd >= 0 && dfaEnd <= end + 1))) return undefined;
    const found: number[] = [];
    let line: Buffer | undefined;
    for (let i = 0; i < runs.length; i++) {
      const at = runStarts[i] as number;
      if (at < start || at >= end) continue;
      line ??= bytes.subarray(start, end);
      for (const { rule, trigger, literal } of (runs[i] as PassRun).rules) {
        if ((literal === undefined || line.includes(literal)) && trigger.start(line, 0) >= 0) found.push(rule);
      }
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  };
  return {
    next(from) {
      if (from < last) {
        dfaEnds.fill(-2);
        runStarts.fill(-2);
      }
      last = from;
      // The earliest end of any automaton's hit: hits lie on one line each, so it is on the first
      // line any of them hits.
      let end = -1;
      for (let i = 0; i < scanners.length; i++) {
        if (!dfaAhead(i, from)) dfaEnds[i] = search(i, from);
        const dfaEnd = dfaEnds[i] as number;
        if (dfaEnd >= 0 && (end < 0 || dfaEnd < end)) end = dfaEnd;
      }
      for (let i = 0; i < runs.length; i++) {
        const { finder } = runs[i] as PassRun;
        let start = runStarts[i] as number;
        if (start === -2 || (start >= 0 && from > start)) runStarts[i] = start = finder.startOfNext(bytes, from);
        if (start >= 0 && (end < 0 || start + finder.length < end)) end = start + finder.length;
      }
      return end;
    },
    rulesOn: (start, end) => cheapRulesOn(start, end) ?? lineRules(start, end),
    cheapRulesOn,
  };
}

/**
 * Compiles a tier-1 automaton. Anchors and prefilters are compiled there, once, not one by one
 * beforehand as well; only when RE2 rejects the whole is each asked alone, to name the rule.
 */
function compileTier1<T>(rules: readonly CompiledRule[], compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    for (const { spec } of rules) {
      for (const field of ['anchor', 'prefilter'] as const) {
        const source = spec[field];
        const reason = source === undefined ? undefined : checkRegex(source);
        if (reason !== undefined) throw new PatternCompileError(spec.id, `its ${field} does not compile with RE2: ${reason}`);
      }
    }
    throw error;
  }
}

/**
 * The keywords a pass needs to find a line: one that holds another is found wherever that one is,
 * so it goes. The catalog's 921 came down to 326, and the pass over every byte compiled in 1.5 ms
 * instead of 6-7 (every process pays it before its first byte), its speed unchanged.
 *
 * @example minimalLiterals(['token', 'access_token', 'secret']) // ['token', 'secret']
 */
export function minimalLiterals(keywords: readonly string[]): string[] {
  const unique = [...new Set(keywords)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const k of unique) if (!kept.some((shorter) => k.includes(shorter))) kept.push(k);
  return kept;
}

/**
 * What wakes a rule on a line: its anchor, else any of its keywords (case-insensitive), else its
 * own regex. Every match the rule reports holds a hit of it on its line (`tests/patterns/tier1.test.ts`).
 * An anchor or regex in any case for an `ignoreCase` rule, as the rule's regex is compiled: else
 * `ACME_…` never woke a rule `acme_(…)` that would have matched it (a review).
 */
export function triggerOf(spec: RuleSpec): string {
  if (spec.anchor === undefined && spec.keywords.length > 0) return `(?i:${minimalLiterals(spec.keywords.map((k) => k.toLowerCase())).map(quoteLiteral).join('|')})`;
  const source = spec.anchor ?? spec.regex;
  return spec.ignoreCase === true ? `(?i:${source})` : source;
}

/**
 * Runs one rule over `input` (a line as a Buffer view, or a short latin1 string) from `from`.
 * `offset` is added to every span, so spans are absolute in the chunk the line came from.
 */
export function execRule(rule: CompiledRule, input: Buffer | string, from: number, offset: number): RuleMatch | null {
  const found = rule.regex.exec(input, from);
  return found === null ? null : { rule, match: shift(found, offset) };
}

function shift(match: ByteMatch, offset: number): ByteMatch {
  if (offset === 0) return match;
  return {
    start: match.start + offset,
    end: match.end + offset,
    groups: match.groups.map((g) => (g === undefined ? undefined : ([g[0] + offset, g[1] + offset] as const))),
  };
}
