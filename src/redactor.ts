/**
 * createRedactor(): the engine every entry point shares.
 *
 *   config ──resolveOptions──▶ ResolvedOptions ──compilePatterns──▶ Detector (one RE2 alternation)
 *
 *   bytes (a chunk of many lines, or one record)
 *     │ scanBytes: one RE2 pass, post-checks on the few matches
 *     ▼
 *   Finding[] { patternId, start, end }          (never secret text)
 *     │ applyFindings: replace spans in the original bytes
 *     ▼
 *   the same bytes when nothing matched, else a copy with placeholders ──▶ sink
 *
 * Nothing here does I/O. The CLI, the pino transport and the Lambda handler frame their input
 * into chunks of whole lines and call `redactBuffer` (or `redactText` for one record).
 */
import { compilePatterns } from './detect/compile.js';
import { createKeyPolicy } from './detect/keys.js';
import { type ScanContext, type ScanState, scanBytes } from './detect/scan.js';
import { type LogscrubConfig, type ResolvedOptions, resolveOptions } from './options.js';
import { applyFindings } from './redact/apply.js';
import { createRender, type Render } from './redact/redactors.js';
import { createStats } from './stats.js';
import type { Finding, StatsSnapshot } from './types.js';

/** The engine API. */
export interface Scrubber {
  /** Redacts a chunk of whole lines (or one record). Returns the same Buffer when nothing matched. */
  redactBuffer(bytes: Buffer): Buffer;
  /** Redacts text. Returns the same string when nothing matched. */
  redactText(text: string): string;
  /** Redacts one log line (no trailing newline needed). Same as `redactText`, named for intent. */
  redactLine(line: string): string;
  /**
   * Returns a redacted copy of a JSON-serialisable value; the input is not mutated. Key order
   * and values that are not secrets are kept (it goes through `JSON.stringify`/`JSON.parse`).
   */
  redactObject<T>(value: T): T;
  /** Finds secrets without replacing them: rule ids and byte spans (for `--dry-run`). */
  scan(bytes: Buffer): Finding[];
  /** Counts per rule, never values. */
  stats(): StatsSnapshot;
  resetStats(): void;
  /** The enabled rule ids, in match order. */
  readonly ruleIds: readonly string[];
  /**
   * What one call leaves for the next: lines still to follow in an open PEM body (0: none). A
   * framer that hands blocks of one stream to several scrubbers passes it on, and sets it before
   * redacting a block that does not follow the last one this scrubber saw.
   */
  carry: number;
}

function isResolved(input: unknown): input is ResolvedOptions {
  return typeof input === 'object' && input !== null && 'redactorFor' in input && 'patterns' in input;
}

/**
 * Compiles the config once and returns the engine. Throws `OptionsError` for a bad config and
 * `PatternCompileError` for a rule RE2 cannot compile.
 *
 * @example
 * const scrubber = createRedactor();
 * scrubber.redactLine('Authorization: Bearer abc…'); // 'Authorization: Bearer [REDACTED:http-authorization]'
 */
export function createRedactor(
  config: LogscrubConfig | ResolvedOptions = {},
  env: Readonly<Record<string, string | undefined>> = {},
): Scrubber {
  const options = isResolved(config) ? config : resolveOptions(config, env);
  const detector = compilePatterns(options.patterns);
  const renders = new Map<string, Render>();
  for (const rule of detector.rules) renders.set(rule.id, createRender(options.redactorFor[rule.id] ?? { type: 'label' }, options.hashKey));
  const fallback = createRender({ type: 'label' }, undefined);
  const renderFor = (id: string): Render => renders.get(id) ?? fallback;
  const maskTexts = new Set<string>();
  for (const r of Object.values(options.redactorFor)) if (r.type === 'mask') maskTexts.add(r.text);
  const ctx: ScanContext = {
    detector,
    keys: createKeyPolicy(options.sensitiveKeys, options.safeKeys),
    allowlist: new Set(options.allowlist),
    maskTexts,
  };
  const state: ScanState = { pemLinesLeft: 0 };
  const stats = createStats();

  const redactBuffer = (bytes: Buffer): Buffer => {
    const findings = scanBytes(ctx, state, bytes);
    stats.record(bytes, findings);
    return applyFindings(bytes, findings, renderFor);
  };
  const redactText = (text: string): string => {
    const bytes = Buffer.from(text, 'utf8');
    const out = redactBuffer(bytes);
    return out === bytes ? text : out.toString('utf8');
  };
  return {
    redactBuffer,
    redactText,
    redactLine: redactText,
    redactObject<T>(value: T): T {
      const json = JSON.stringify(value);
      if (json === undefined) return value;
      return JSON.parse(redactText(json)) as T;
    },
    scan: (bytes) => scanBytes(ctx, { pemLinesLeft: 0 }, bytes),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    ruleIds: Object.freeze(detector.rules.map((r) => r.id)),
    get carry() {
      return state.pemLinesLeft;
    },
    set carry(lines: number) {
      state.pemLinesLeft = Math.max(0, Math.floor(lines));
    },
  };
}
