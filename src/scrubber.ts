/**
 * createScrubber(): the engine every entry point shares.
 *
 *   config ──resolveOptions──▶ ResolvedOptions ──compileRules──▶ Detector (RE2, compiled once)
 *
 *   bytes (a block of many lines, or one record)
 *     │ scanBytes: one prefilter pass, the rules on the lines it hits, post-checks
 *     ▼
 *   Finding[] { ruleId, start, end }             (never secret text)
 *     │ applyFindings: replace spans in the original bytes
 *     ▼
 *   the same bytes when nothing matched, else a copy with placeholders ──▶ sink
 *     └─ the engine threw ──▶ line by line; a line that throws again becomes
 *                             `[REDACTED:engine-error]`, counted in stats.failed (fail closed)
 *
 * Per-call methods (`redactText`, `redactBuffer`, `redactObject`, `scan`) depend only on their
 * argument and the config: nothing carries from one call to the next. What spans the blocks of one
 * stream (an open PEM key body) is a `Carry` the caller passes to `redactBlock` and gets back; a
 * `LineScrubber` (`stream()`) keeps it for one stream. Nothing here does I/O.
 */
import { FAILED_PLACEHOLDER, NEWLINE, NO_CARRY } from './constants.js';
import { compileRules } from './detect/compile.js';
import { readableBytes } from './detect/readable-bytes.js';
import { createScanContext, scanBytes, type ScanState } from './detect/scan.js';
import { argumentError, InputError, PatternCompileError } from './errors.js';
import { bufferView } from './framing/lines.js';
import { createLineScrubber, type LineScrubber, type LineScrubberOptions } from './line-scrubber.js';
import { isBuiltinRule, isCustomRule, type LogscrubConfig, type ResolvedOptions, resolveOptions } from './options.js';
import { applyFindings, applyFindingsPerItem } from './redact/apply.js';
import { createPlaceholder, type Placeholder } from './redact/placeholder.js';
import { createStats, type Stats } from './stats.js';
import type { Carry, Finding, Redactor, RuleKind, RuleSpec, StatsSnapshot } from './types.js';

/** What `redactBlock` returns. */
export interface BlockResult {
  /** The redacted block: the very bytes given (as a Buffer) when nothing matched. */
  readonly bytes: Buffer;
  /** What the block leaves for the next block of the same stream. */
  readonly carry: Carry;
  /** This block's counts. */
  readonly stats: StatsSnapshot;
}

/** What `redactItems` returns. */
export interface ItemsResult {
  /**
   * Per item, its redacted bytes, or `undefined` where nothing was found. `undefined` as a whole
   * when a finding crosses from one item into the next (then nothing is counted, and the caller
   * redacts the items one by one).
   */
  readonly items: readonly (Buffer | undefined)[] | undefined;
  /** What the block leaves for the next block of the same stream. */
  readonly carry: Carry;
  /** This block's counts. */
  readonly stats: StatsSnapshot;
}

/** The engine API. */
export interface Scrubber {
  /** Redacts text (one record or many lines). Returns the same string when nothing matched. */
  redactText(text: string): string;
  /** Redacts one log line. The same as `redactText`, named for intent. */
  redactLine(line: string): string;
  /**
   * Redacts bytes (one record, or whole lines). Returns the same Buffer when nothing matched (a
   * Buffer view of the same memory for a plain `Uint8Array`), else a new one. Bytes that are not
   * UTF-8 pass through untouched.
   */
  redactBuffer(bytes: Uint8Array): Buffer;
  /**
   * Returns a redacted copy of a value as JSON sees it (`JSON.stringify` then `JSON.parse`): key
   * order and values that are not secrets are kept; a `Date` becomes its ISO string, a `Buffer`
   * `{ type, data }`, a `Map` or `Set` `{}`, `undefined` and functions are dropped, as in JSON. The
   * input is not mutated. A circular structure, a `BigInt` or nesting too deep for JSON throws an
   * `InputError` (`ERR_INPUT`).
   */
  redactObject<T>(value: T): T;
  /** Finds secrets without replacing them: rule ids and byte spans, never the text. */
  scan(input: Uint8Array | string): Finding[];
  /**
   * Redacts one block of whole lines of a stream, given what the block before it left (`NO_CARRY`
   * for the first). For adapters that keep their own framing; most want `stream()`.
   */
  redactBlock(bytes: Uint8Array, carry: Carry): BlockResult;
  /**
   * Redacts a block of items joined by line breaks (log events, records), where `ends[i]` is the
   * byte offset at which item `i` ends (exclusive) and the next begins one byte later, and answers
   * per item: the bulk path of the Lambda handlers (issue 12), in one scan, and without the copy of
   * the whole block `redactBlock` makes when anything matched. Unlike `redactBlock` it does not
   * fail closed itself: it throws what the engine throws, and the caller redacts item by item.
   */
  redactItems(bytes: Uint8Array, ends: Uint32Array, carry: Carry): ItemsResult;
  /**
   * Finds the secrets of one block of whole lines of a stream without replacing them, given what
   * the block before it left: `redactBlock`'s scan for `logscrub check`, which reports positions.
   */
  scanBlock(bytes: Uint8Array, carry: Carry): { readonly findings: Finding[]; readonly carry: Carry };
  /** A line scrubber for one source stream (see `createLineScrubber`). */
  stream(options?: LineScrubberOptions): LineScrubber;
  /** Counts of everything this scrubber redacted, per rule; never values. */
  stats(): StatsSnapshot;
  resetStats(): void;
  /** The enabled rule ids, in match order. */
  readonly ruleIds: readonly string[];
  /** The resolved config (plain data: a worker thread can build the same scrubber from it). */
  readonly options: ResolvedOptions;
}

/** Resolved options (also after a structured clone into a worker), not a config to validate. */
function isResolved(input: unknown): input is ResolvedOptions {
  return typeof input === 'object' && input !== null && 'redactorFor' in input && 'vocabulary' in input && Array.isArray((input as { rules?: unknown }).rules);
}

function toBuffer(bytes: unknown, call: string): Buffer {
  if (bytes instanceof Uint8Array) return bufferView(bytes);
  throw argumentError(call, 'a Buffer or Uint8Array', bytes);
}

/** A scan's state from the carry a caller holds (its own copy: scanning changes it). */
const stateOf = (carry: Carry): ScanState => ({
  pemLinesLeft: carry.pemLinesLeft,
  ...(carry.base64Wrap === undefined ? {} : { base64Wrap: carry.base64Wrap }),
  ...(carry.yaml === undefined ? {} : { yaml: carry.yaml }),
});

/** The carry a scan leaves: `NO_CARRY` when no key body or YAML value is open. */
const carryOf = (state: ScanState): Carry =>
  state.pemLinesLeft === 0 && state.yaml === undefined
    ? NO_CARRY
    : {
        pemLinesLeft: state.pemLinesLeft,
        ...(state.base64Wrap === undefined ? {} : { base64Wrap: state.base64Wrap }),
        ...(state.yaml === undefined ? {} : { yaml: state.yaml }),
      };

/** Why `JSON.stringify` refused a value, in words that hold none of the value. */
function jsonRefusal(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (error instanceof RangeError) return 'the value is nested too deeply for JSON';
  if (/circular/i.test(message)) return 'the value has a circular reference; JSON cannot represent it';
  if (/bigint/i.test(message)) return 'the value holds a BigInt, which has no JSON form (convert it to a string or number first)';
  return 'the value cannot be serialised as JSON';
}

/** What the process gives the engine, from an adapter (the core touches no process state). */
export interface ScrubberRuntime {
  /**
   * The calling thread's CPU time in ms (`threadCpuMs` in src/io/thread-clock.ts): the pass over
   * every byte judges its own speed by it, not by the wall alone, which also counts the time the
   * thread waited for a core. Without it a busy machine can send the pass to its slower mode.
   */
  readonly cpuClock?: () => number | undefined;
}

/**
 * Rules whose secret is found as pieces, one finding a line (a PEM key's body, a YAML block's
 * lines): `partial` showing each piece's start showed up to a quarter of a private key (a review's).
 */
const PIECE_KINDS: ReadonlySet<RuleKind> = new Set(['pem-begin', 'pem-base64', 'ppk-private-lines', 'block-scalar', 'yaml-named']);

/** `partial` shows nothing of a piece of a secret; other redactors as they are. */
const shownWhole = (kind: RuleKind, redactor: Redactor): Redactor => (redactor.type === 'partial' && PIECE_KINDS.has(kind) ? { type: 'partial', keep: 0 } : redactor);

/**
 * Compiles the config once and returns the engine. Throws `OptionsError` for a bad config and
 * `PatternCompileError` for a rule whose regex RE2 cannot compile.
 *
 * @example
 * const scrubber = createScrubber();
 * scrubber.redactLine('Authorization: Bearer abc…'); // 'Authorization: Bearer [REDACTED:http-authorization]'
 */
export function createScrubber(
  config: LogscrubConfig | ResolvedOptions = {},
  env: Readonly<Record<string, string | undefined>> = {},
  runtime: ScrubberRuntime = {},
): Scrubber {
  const options = isResolved(config) ? config : resolveOptions(config, env);
  // Built-in rules compile on first use (issue 9: start-up); a config's are compiled here.
  const detector = compileRules(options.rules, { trusted: isBuiltinRule, custom: isCustomRule, ...(runtime.cpuClock === undefined ? {} : { cpuClock: runtime.cpuClock }) });
  const placeholders = new Map<string, Placeholder>();
  for (const rule of detector.rules) placeholders.set(rule.id, createPlaceholder(shownWhole(rule.kind, options.redactorFor[rule.id] ?? { type: 'label' }), options.hashKey));
  const fallback = createPlaceholder({ type: 'label' }, undefined);
  const placeholderFor = (id: string): Placeholder => placeholders.get(id) ?? fallback;
  const maskTexts = new Set<string>();
  for (const r of Object.values(options.redactorFor)) if (r.type === 'mask') maskTexts.add(r.text);
  const ctx = createScanContext(detector, options.vocabulary, options.allowlist, maskTexts);
  /** Findings in `bytes`, lines that are not UTF-8 included (read as RE2 can: see readableBytes). */
  const findIn = (state: ScanState, bytes: Buffer): Finding[] => scanBytes(ctx, state, readableBytes(bytes));
  const totals = createStats();
  checkRuleExamples(options.rules.filter(isCustomRule), (text) => findIn({ pemLinesLeft: 0 }, Buffer.from(text, 'utf8')));

  const redactOnce = (bytes: Buffer, state: ScanState, stats: Stats): Buffer => {
    const findings = findIn(state, bytes);
    const out = applyFindings(bytes, findings, placeholderFor);
    stats.record(bytes, findings);
    return out;
  };
  /** Redacts `bytes`, failing closed: a line the engine cannot process is replaced, never passed on. */
  const redact = (bytes: Buffer, state: ScanState, stats: Stats): Buffer => {
    const carried = carryOf(state);
    try {
      return redactOnce(bytes, state, stats);
    } catch {
      state.pemLinesLeft = carried.pemLinesLeft;
      if (carried.base64Wrap === undefined) delete state.base64Wrap;
      else state.base64Wrap = carried.base64Wrap;
      if (carried.yaml === undefined) delete state.yaml;
      else state.yaml = carried.yaml;
      return redactLineByLine(bytes, (line) => redactOnce(line, state, stats), stats);
    }
  };

  const redactString = (text: string, call: string): string => {
    if (typeof text !== 'string') throw argumentError(call, 'a string', text);
    const bytes = Buffer.from(text, 'utf8');
    const out = redact(bytes, { pemLinesLeft: 0 }, totals);
    return out === bytes ? text : out.toString('utf8');
  };

  const redactText = (text: string): string => redactString(text, 'redactText(text)');

  const scrubber: Scrubber = {
    redactText,
    redactLine: (line) => redactString(line, 'redactLine(line)'),
    redactBuffer(bytes) {
      return redact(toBuffer(bytes, 'redactBuffer(bytes)'), { pemLinesLeft: 0 }, totals);
    },
    redactObject<T>(value: T): T {
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch (error) {
        // No `cause`: a throwing toJSON or V8's circular-path message could carry the value's text.
        throw new InputError(`redactObject: ${jsonRefusal(error)}`);
      }
      if (json === undefined) return value;
      const out = redactText(json);
      try {
        return JSON.parse(out) as T;
      } catch {
        // Only a record the engine failed on (already counted) comes back as something that is
        // not JSON; anything else would be a bug of ours. Fail closed either way.
        if (!out.includes(FAILED_PLACEHOLDER.engineError)) totals.failed();
        return FAILED_PLACEHOLDER.engineError as T;
      }
    },
    scan(input) {
      const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : toBuffer(input, 'scan(input)');
      return findIn({ pemLinesLeft: 0 }, bytes);
    },
    redactBlock(bytes, carry) {
      const stats = createStats();
      const state = stateOf(carry);
      const out = redact(toBuffer(bytes, 'redactBlock(bytes, carry)'), state, stats);
      const counts = stats.snapshot();
      totals.add(counts);
      return { bytes: out, carry: carryOf(state), stats: counts };
    },
    redactItems(input, ends, carry) {
      const bytes = toBuffer(input, 'redactItems(bytes, ends, carry)');
      const state = stateOf(carry);
      const findings = findIn(state, bytes);
      const items = applyFindingsPerItem(bytes, ends, findings, placeholderFor);
      const stats = createStats();
      stats.record(bytes, findings);
      const counts = stats.snapshot();
      if (items !== undefined) totals.add(counts);
      return { items, carry: carryOf(state), stats: counts };
    },
    scanBlock(bytes, carry) {
      const state = stateOf(carry);
      const findings = findIn(state, toBuffer(bytes, 'scanBlock(bytes, carry)'));
      return { findings, carry: carryOf(state) };
    },
    stream: (streamOptions) => createLineScrubber(scrubber, streamOptions),
    stats: () => totals.snapshot(),
    resetStats: () => totals.reset(),
    ruleIds: Object.freeze(detector.rules.map((r) => r.id)),
    options,
  };
  return scrubber;
}

const ENGINE_ERROR = Buffer.from(FAILED_PLACEHOLDER.engineError);

const LABEL = createPlaceholder({ type: 'label' }, undefined);

/**
 * A config's rule carries its own examples, as the built-ins do (`tests/patterns/catalog.test.ts`):
 * each `match` input must come out as its `output` through the scrubber's rules, placeholders as
 * the label redactor writes them (`[REDACTED:acme-token]`), and the rule must take nothing from a
 * `noMatch` line. Else a rule that never fires, or fires on its own near misses, was accepted
 * silently. The error names the rule and the example's index, never its text: an example may
 * hold a real secret by mistake.
 */
function checkRuleExamples(rules: readonly RuleSpec[], scan: (text: string) => Finding[]): void {
  for (const rule of rules) {
    rule.examples.match.forEach(({ input, output }, i) => {
      const findings = scan(input);
      if (!findings.some((f) => f.ruleId === rule.id)) throw new PatternCompileError(rule.id, `it finds nothing in examples.match[${i}].input`);
      if (applyFindings(Buffer.from(input, 'utf8'), findings, () => LABEL).toString('utf8') !== output) {
        throw new PatternCompileError(rule.id, `examples.match[${i}].input does not come out as its output (placeholders as the label redactor writes them: [REDACTED:${rule.id}])`);
      }
    });
    rule.examples.noMatch.forEach((text, i) => {
      if (scan(text).some((f) => f.ruleId === rule.id)) throw new PatternCompileError(rule.id, `it takes a secret from examples.noMatch[${i}], a line it must leave as it is`);
    });
  }
}

/**
 * The fallback when the engine threw on a block: each line alone, and a line that throws again is
 * replaced by `[REDACTED:engine-error]` (its line break kept) and counted. Exported for its test.
 *
 * @example
 * redactLineByLine(Buffer.from('ok\nboom\n'), redactOne, stats); // 'ok\n[REDACTED:engine-error]\n' if redactOne throws on 'boom'
 */
export function redactLineByLine(bytes: Buffer, redactOne: (line: Buffer) => Buffer, stats: Pick<Stats, 'failed'>): Buffer {
  const parts: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const nl = bytes.indexOf(NEWLINE, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      parts.push(redactOne(bytes.subarray(start, end)));
    } catch {
      stats.failed();
      parts.push(ENGINE_ERROR);
      if (end > start && bytes[end - 1] === 0x0d) parts.push(bytes.subarray(end - 1, end)); // keep a CRLF whole
    }
    if (nl >= 0) parts.push(bytes.subarray(nl, nl + 1));
    start = end + 1;
  }
  return Buffer.concat(parts);
}

/**
 * @deprecated Since 0.2: the engine is `createScrubber`; this alias goes in 1.0.
 */
export const createRedactor = createScrubber;
