/**
 * One config format for every entry point (CLI, pino transport, Lambda): a JSON file
 * (`logscrub.config.json`) or the same object in code. `resolveOptions` applies defaults,
 * validates, normalises shorthands and freezes; its messages name the key, what is allowed
 * and what was received. The JSON Schema is `config.schema.json`.
 *
 * Precedence, for every setting: explicit config > environment (`LOGSCRUB_HASH_KEY`) > default.
 */
import { sensitiveKeyMatcher } from '../patterns/generic.js';
import { builtinPatterns } from '../patterns/index.js';
import { DEFAULT_MAX_LINE_BYTES, MIN_HASH_KEY_BYTES } from './constants.js';
import { DEFAULT_SAFE_KEYS, DEFAULT_SENSITIVE_KEYS, keyWords } from './detect/keys.js';
import { OptionsError } from './errors.js';
import type { PatternSpec, Redactor, RedactorInput } from './types.js';

/** The config a user writes. Every field is optional. */
export interface LogscrubConfig {
  /** Editors use it to find `config.schema.json`; ignored otherwise. */
  readonly $schema?: string;
  readonly rules?: {
    /** Rule ids or families to turn off. */
    readonly disable?: readonly string[];
    /** When given, only these rule ids or families are on (custom rules always are). */
    readonly only?: readonly string[];
  };
  /** Extra rules, same shape as the built-ins. They match after the built-ins. */
  readonly customRules?: readonly PatternSpec[];
  /** The default redactor: `label` (default), `mask`, `hash` or `partial`, or an object form. */
  readonly redactor?: RedactorInput;
  /** Redactor per rule id, overriding `redactor`. */
  readonly redactors?: Readonly<Record<string, RedactorInput>>;
  /** HMAC key for `hash` (at least 32 bytes). Falls back to the env var `LOGSCRUB_HASH_KEY`. */
  readonly hashKey?: string;
  /** More key names whose values are always secrets (compared ignoring case and separators). */
  readonly sensitiveKeys?: readonly string[];
  /** More key names exempt from the generic rules (trace ids and the like). */
  readonly safeKeys?: readonly string[];
  /** Exact values that are never redacted, e.g. documented example tokens. */
  readonly allowlist?: readonly string[];
  /** Longest line the CLI accepts before failing closed on it. Default 64 MiB. */
  readonly maxLineBytes?: number;
}

/** The validated, frozen form every stage reads. */
export interface ResolvedOptions {
  readonly patterns: readonly PatternSpec[];
  readonly redactorFor: Readonly<Record<string, Redactor>>;
  readonly hashKey: Buffer | undefined;
  readonly sensitiveKeys: readonly string[];
  readonly safeKeys: readonly string[];
  readonly allowlist: readonly string[];
  readonly maxLineBytes: number;
}

/** Typed identity helper for config written in code. @example export default defineConfig({ redactor: 'hash' }) */
export function defineConfig(config: LogscrubConfig): LogscrubConfig {
  return config;
}

const PARTIAL_DEFAULT_KEEP = 4;
const MASK_DEFAULT_TEXT = '****';
const KNOWN_KEYS = new Set([
  '$schema', 'rules', 'customRules', 'redactor', 'redactors', 'hashKey', 'sensitiveKeys', 'safeKeys', 'allowlist', 'maxLineBytes',
]);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `${typeof value} ${String(value).slice(0, 40)}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new OptionsError(`option "${key}" must be an array of strings, received ${describe(value)}`);
  }
  return value as string[];
}

function normalizeRedactor(value: unknown, key: string): Redactor {
  const input = typeof value === 'string' ? { type: value } : value;
  if (!isRecord(input)) {
    throw new OptionsError(`option "${key}" must be one of "label", "mask", "hash", "partial" or an object { type, … }, received ${describe(value)}`);
  }
  switch (input.type) {
    case 'label':
    case 'hash':
      return Object.freeze({ type: input.type });
    case 'mask': {
      const text = input.text ?? MASK_DEFAULT_TEXT;
      if (typeof text !== 'string' || text.length === 0 || /["\\\n\r]/.test(text)) {
        throw new OptionsError(`option "${key}.text" must be a non-empty string without quotes, backslashes or line breaks, received ${describe(text)}`);
      }
      return Object.freeze({ type: 'mask', text });
    }
    case 'partial': {
      const keep = input.keep ?? PARTIAL_DEFAULT_KEEP;
      if (typeof keep !== 'number' || !Number.isInteger(keep) || keep < 0 || keep > 16) {
        throw new OptionsError(`option "${key}.keep" must be an integer from 0 to 16, received ${describe(keep)}`);
      }
      return Object.freeze({ type: 'partial', keep });
    }
    default:
      throw new OptionsError(`option "${key}" must be one of "label", "mask", "hash", "partial", received ${describe(input.type)}`);
  }
}

function selectPatterns(config: Record<string, unknown>): PatternSpec[] {
  const rules = config.rules ?? {};
  if (!isRecord(rules)) throw new OptionsError(`option "rules" must be an object { disable?, only? }, received ${describe(rules)}`);
  for (const key of Object.keys(rules)) {
    if (key !== 'disable' && key !== 'only') throw new OptionsError(`option "rules.${key}" is unknown; allowed: "disable", "only"`);
  }
  const custom = config.customRules ?? [];
  if (!Array.isArray(custom) || custom.some((r) => !isRecord(r))) {
    throw new OptionsError(`option "customRules" must be an array of rule objects, received ${describe(custom)}`);
  }
  const customRules = (custom as Record<string, unknown>[]).map((rule, i) => checkCustomRule(rule, i));
  const known = new Set<string>();
  for (const p of [...builtinPatterns, ...customRules]) known.add(p.id).add(p.family);
  const disable = new Set(stringList(rules.disable, 'rules.disable'));
  const only = rules.only === undefined ? undefined : new Set(stringList(rules.only, 'rules.only'));
  for (const name of [...disable, ...(only ?? [])]) {
    if (!known.has(name)) {
      throw new OptionsError(`option "rules": no rule or family is called "${name}"; known: ${[...known].sort().join(', ')}`);
    }
  }
  const on = (p: PatternSpec): boolean => !disable.has(p.id) && !disable.has(p.family);
  return [
    ...builtinPatterns.filter((p) => on(p) && (only === undefined || only.has(p.id) || only.has(p.family))),
    ...customRules.filter(on),
  ];
}

function checkCustomRule(rule: Record<string, unknown>, i: number): PatternSpec {
  const where = `customRules[${i}]${typeof rule.id === 'string' ? ` ("${rule.id}")` : ''}`;
  for (const key of ['id', 'regex'] as const) {
    if (typeof rule[key] !== 'string' || rule[key].length === 0) {
      throw new OptionsError(`option "${where}.${key}" must be a non-empty string, received ${describe(rule[key])}`);
    }
  }
  if (rule.kind !== undefined && rule.kind !== 'span') {
    throw new OptionsError(`option "${where}.kind" must be "span" for custom rules, received ${describe(rule.kind)}`);
  }
  for (const key of ['secretGroup', 'minEntropy'] as const) {
    if (rule[key] !== undefined && (typeof rule[key] !== 'number' || rule[key] < 0)) {
      throw new OptionsError(`option "${where}.${key}" must be a number ≥ 0, received ${describe(rule[key])}`);
    }
  }
  const examples = isRecord(rule.examples) ? rule.examples : { match: [], noMatch: [] };
  return Object.freeze({
    family: 'custom',
    description: '',
    keywords: [],
    ...rule,
    examples: { match: (examples.match as PatternSpec['examples']['match']) ?? [], noMatch: (examples.noMatch as string[]) ?? [] },
  }) as unknown as PatternSpec;
}

/** The sensitive-key rule, extended with a config's own keys so its regex finds them too. */
function withExtraKeys(patterns: PatternSpec[], extra: readonly string[]): PatternSpec[] {
  const words = extra.map(keyWords).filter((w) => w.length > 0);
  if (words.length === 0) return patterns;
  const matcher = sensitiveKeyMatcher(words);
  return patterns.map((p) => (p.kind === 'json-key' ? Object.freeze({ ...p, ...matcher }) : p));
}

/**
 * Validates a config (from a file or code) and resolves it against the environment.
 * Throws `OptionsError` with the key, the allowed values and what was received.
 *
 * @example
 * const options = resolveOptions({ redactor: 'hash' }, process.env); // needs LOGSCRUB_HASH_KEY
 */
export function resolveOptions(input: unknown = {}, env: Readonly<Record<string, string | undefined>> = {}): ResolvedOptions {
  if (!isRecord(input)) throw new OptionsError(`the config must be an object, received ${describe(input)}`);
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) throw new OptionsError(`option "${key}" is unknown; allowed: ${[...KNOWN_KEYS].join(', ')}`);
  }
  const extraSensitive = stringList(input.sensitiveKeys, 'sensitiveKeys');
  const patterns = withExtraKeys(selectPatterns(input), extraSensitive);
  const globalRedactor = input.redactor === undefined ? undefined : normalizeRedactor(input.redactor, 'redactor');
  const perRule = input.redactors ?? {};
  if (!isRecord(perRule)) throw new OptionsError(`option "redactors" must be an object of rule id → redactor, received ${describe(perRule)}`);
  const ids = new Set(patterns.map((p) => p.id));
  for (const id of Object.keys(perRule)) {
    if (!ids.has(id)) throw new OptionsError(`option "redactors.${id}": no enabled rule has this id`);
  }
  const redactorFor: Record<string, Redactor> = Object.create(null);
  for (const p of patterns) {
    const chosen = perRule[p.id] ?? globalRedactor ?? p.redactor ?? 'label';
    redactorFor[p.id] = normalizeRedactor(chosen, perRule[p.id] === undefined ? 'redactor' : `redactors.${p.id}`);
  }

  const keySource = input.hashKey ?? env.LOGSCRUB_HASH_KEY;
  if (keySource !== undefined && typeof keySource !== 'string') {
    throw new OptionsError(`option "hashKey" must be a string, received ${typeof keySource}`);
  }
  const hashKey = keySource === undefined ? undefined : Buffer.from(keySource, 'utf8');
  if (Object.values(redactorFor).some((r) => r.type === 'hash')) {
    if (hashKey === undefined) {
      throw new OptionsError('the "hash" redactor needs a key: set option "hashKey" or the env var LOGSCRUB_HASH_KEY (at least 32 bytes; there is no built-in salt)');
    }
    if (hashKey.length < MIN_HASH_KEY_BYTES) {
      throw new OptionsError(`the "hash" redactor needs a key of at least ${MIN_HASH_KEY_BYTES} bytes (HMAC-SHA256), received ${hashKey.length} bytes`);
    }
  }

  const maxLineBytes = input.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (typeof maxLineBytes !== 'number' || !Number.isInteger(maxLineBytes) || maxLineBytes < 1024) {
    throw new OptionsError(`option "maxLineBytes" must be an integer ≥ 1024, received ${describe(maxLineBytes)}`);
  }
  return Object.freeze({
    patterns: Object.freeze(patterns),
    redactorFor: Object.freeze(redactorFor),
    hashKey,
    sensitiveKeys: Object.freeze([...DEFAULT_SENSITIVE_KEYS, ...extraSensitive]),
    safeKeys: Object.freeze([...DEFAULT_SAFE_KEYS, ...stringList(input.safeKeys, 'safeKeys')]),
    allowlist: Object.freeze(stringList(input.allowlist, 'allowlist')),
    maxLineBytes,
  });
}
