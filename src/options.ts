/**
 * One config format for every entry point (CLI, pino transport, Lambda): a JSON file
 * (`logscrub.config.json`) or the same object in code. `resolveOptions` applies defaults,
 * validates, normalises shorthands and freezes; its messages name the key, what is allowed
 * and what was received. The JSON Schema is `config.schema.json`.
 *
 * Precedence, for every setting: explicit config > environment (`LOGSCRUB_HASH_KEY`) > default.
 */
import { builtinRules, catalog, defaultVocabulary } from '../patterns/index.js';
import { DEFAULT_MAX_LINE_BYTES, MAX_LINE_BYTES_LIMIT, MIN_HASH_KEY_BYTES } from './constants.js';
import { keyWords, normalizeKey } from './detect/keys.js';
import { OptionsError } from './errors.js';
import type { Redactor, RedactorInput, RuleSpec, Vocabulary } from './types.js';

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
  /** Extra rules, same shape as the built-ins (`kind` must be `span`). They match after the built-ins. */
  readonly customRules?: readonly RuleSpec[];
  /** The default redactor: `label` (default), `mask`, `hash` or `partial`, or an object form. */
  readonly redactor?: RedactorInput;
  /** Redactor per rule id, overriding `redactor` and a custom rule's own. */
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

/** The validated, frozen form every stage reads. Plain data: it crosses to worker threads. */
export interface ResolvedOptions {
  /** The enabled rules, in match order. */
  readonly rules: readonly RuleSpec[];
  readonly redactorFor: Readonly<Record<string, Redactor>>;
  readonly hashKey: Uint8Array | undefined;
  /** The default vocabulary with the config's `sensitiveKeys` and `safeKeys` added. */
  readonly vocabulary: Vocabulary;
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

/**
 * An option's value, or `fallback` when it is left out. Only left out: `null` is a value, and the
 * check after it refuses it (`"rules": null` was taken for no rules config, `"redactor": null` was
 * refused; JSON has no other way to say "absent" than leaving the key out).
 *
 * @example given(null, {}) // null: the caller's check names it
 */
const given = <T>(value: unknown, fallback: T): unknown => (value === undefined ? fallback : value);

/** A value's type only, for an option whose text may be a secret (a hash key, a rule's keywords, an allowlisted value). */
const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/** Refuses a key not in `known`, named by `name`: a typo would otherwise leave its setting at the default silently. */
function refuseUnknownKeys(input: Record<string, unknown>, known: ReadonlySet<string>, name: (key: string) => string): void {
  for (const key of Object.keys(input)) {
    if (!known.has(key)) throw new OptionsError(`${name(key)} is unknown; allowed: ${[...known].join(', ')}`);
  }
}

function stringList(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new OptionsError(`option "${key}" must be an array of strings, received ${typeOf(value)}`);
  }
  return value as string[];
}

/** The fields of each redactor's object form (config.schema.json: additionalProperties false). */
const REDACTOR_FIELDS: Readonly<Record<string, readonly string[]>> = { label: ['type'], hash: ['type'], mask: ['type', 'text'], partial: ['type', 'keep'] };

function normalizeRedactor(value: unknown, key: string): Redactor {
  const input = typeof value === 'string' ? { type: value } : value;
  if (!isRecord(input)) {
    throw new OptionsError(`option "${key}" must be one of "label", "mask", "hash", "partial" or an object { type, … }, received ${describe(value)}`);
  }
  // A typo (`{ "type": "mask", "txt": "…" }`) would otherwise give the default silently.
  const fields = typeof input.type === 'string' && Object.hasOwn(REDACTOR_FIELDS, input.type) ? REDACTOR_FIELDS[input.type] : undefined;
  const unknown = fields === undefined ? undefined : Object.keys(input).find((k) => !fields.includes(k));
  if (unknown !== undefined) throw new OptionsError(`option "${key}.${unknown}" is unknown for the ${String(input.type)} redactor; allowed: ${fields?.join(', ')}`);
  switch (input.type) {
    case 'label':
    case 'hash':
      return Object.freeze({ type: input.type });
    case 'mask': {
      const text = given(input.text, MASK_DEFAULT_TEXT);
      // A control character would stand raw inside a JSON string: the record would not parse (review).
      if (typeof text !== 'string' || text.length === 0 || /["\\\x00-\x1f\x7f]/.test(text)) {
        throw new OptionsError(`option "${key}.text" must be a non-empty string without quotes, backslashes or control characters, received ${describe(text)}`);
      }
      return Object.freeze({ type: 'mask', text });
    }
    case 'partial': {
      const keep = given(input.keep, PARTIAL_DEFAULT_KEEP);
      if (typeof keep !== 'number' || !Number.isInteger(keep) || keep < 0 || keep > 16) {
        throw new OptionsError(`option "${key}.keep" must be an integer from 0 to 16, received ${describe(keep)}`);
      }
      return Object.freeze({ type: 'partial', keep });
    }
    default:
      throw new OptionsError(`option "${key}" must be one of "label", "mask", "hash", "partial", received ${describe(input.type)}`);
  }
}

function selectRules(config: Record<string, unknown>, builtins: readonly RuleSpec[]): RuleSpec[] {
  const rules = given(config.rules, {});
  if (!isRecord(rules)) throw new OptionsError(`option "rules" must be an object { disable?, only? }, received ${describe(rules)}`);
  for (const key of Object.keys(rules)) {
    if (key !== 'disable' && key !== 'only') throw new OptionsError(`option "rules.${key}" is unknown; allowed: "disable", "only"`);
  }
  const custom = given(config.customRules, []);
  if (!Array.isArray(custom) || custom.some((r) => !isRecord(r))) {
    throw new OptionsError(`option "customRules" must be an array of rule objects, received ${describe(custom)}`);
  }
  const customRules = (custom as Record<string, unknown>[]).map((rule, i) => checkCustomRule(rule, i));
  const disable = new Set(stringList(rules.disable, 'rules.disable'));
  const only = rules.only === undefined ? undefined : new Set(stringList(rules.only, 'rules.only'));
  if (only !== undefined && only.size === 0) {
    throw new OptionsError('option "rules.only" is empty, which would turn every built-in rule off; list rule ids or families, or leave it out');
  }
  // Every rule id and family, only when a name needs checking: the default config (no names) skips it at start-up.
  if (disable.size > 0 || only !== undefined) {
    const known = new Set<string>();
    for (const p of [...builtins, ...customRules]) known.add(p.id).add(p.family);
    for (const name of [...disable, ...(only ?? [])]) {
      if (!known.has(name)) {
        throw new OptionsError(`option "rules": no rule or family is called "${name}"; known: ${[...known].sort().join(', ')}`);
      }
    }
  }
  const on = (p: RuleSpec): boolean => !disable.has(p.id) && !disable.has(p.family);
  return [
    ...builtins.filter((p) => on(p) && (only === undefined || only.has(p.id) || only.has(p.family))),
    ...customRules.filter(on),
  ];
}

/** The fields a custom rule may have, and what each must be. */
const CUSTOM_RULE_FIELDS: Readonly<Record<string, 'string' | 'strings' | 'number' | 'boolean' | 'redactor' | 'examples'>> = {
  id: 'string', family: 'string', description: 'string', regex: 'string', keywords: 'strings', anchor: 'string', prefilter: 'string',
  secretGroup: 'number', minEntropy: 'number', generic: 'boolean', tokenShape: 'boolean', ignoreCase: 'boolean',
  kind: 'string', redactor: 'redactor', examples: 'examples',
};

const EXAMPLES_KEYS = new Set(['match', 'noMatch']);
const MATCH_EXAMPLE_KEYS = new Set(['input', 'output']);

/** A rule's examples, their shape only: `createScrubber` runs them through the rules (`checkRuleExamples`). */
function checkExamples(value: unknown, where: string): RuleSpec['examples'] {
  if (!isRecord(value)) throw new OptionsError(`option "${where}" must be an object { match?, noMatch? }, received ${describe(value)}`);
  // A typo (`nomatch`, `outptu`) would leave its examples unchecked silently.
  refuseUnknownKeys(value, EXAMPLES_KEYS, (key) => `option "${where}.${key}"`);
  const match = given(value.match, []);
  if (!Array.isArray(match) || match.some((m) => !isRecord(m) || typeof m.input !== 'string' || typeof m.output !== 'string')) {
    throw new OptionsError(`option "${where}.match" must be an array of { input, output } strings`);
  }
  match.forEach((m: Record<string, unknown>, i) => refuseUnknownKeys(m, MATCH_EXAMPLE_KEYS, (key) => `option "${where}.match[${i}].${key}"`));
  return { match: match as RuleSpec['examples']['match'], noMatch: stringList(value.noMatch, `${where}.noMatch`) };
}

function checkCustomRule(rule: Record<string, unknown>, i: number): RuleSpec {
  const where = `customRules[${i}]${typeof rule.id === 'string' ? ` ("${rule.id}")` : ''}`;
  for (const key of Object.keys(rule)) {
    if (!(key in CUSTOM_RULE_FIELDS)) {
      throw new OptionsError(`option "${where}.${key}" is unknown; allowed: ${Object.keys(CUSTOM_RULE_FIELDS).join(', ')}`);
    }
  }
  for (const key of ['id', 'regex'] as const) {
    if (typeof rule[key] !== 'string' || rule[key].length === 0) {
      throw new OptionsError(`option "${where}.${key}" must be a non-empty string, received ${describe(rule[key])}`);
    }
  }
  for (const [key, type] of Object.entries(CUSTOM_RULE_FIELDS)) {
    const value = rule[key];
    if (value === undefined) continue;
    const ok =
      type === 'string' ? typeof value === 'string'
      : type === 'number' ? typeof value === 'number' && Number.isFinite(value) && value >= 0
      : type === 'boolean' ? typeof value === 'boolean'
      : true;
    if (!ok) throw new OptionsError(`option "${where}.${key}" must be ${type === 'number' ? 'a number ≥ 0' : `a ${type}`}, received ${describe(value)}`);
  }
  if (rule.secretGroup !== undefined && !Number.isInteger(rule.secretGroup)) {
    throw new OptionsError(`option "${where}.secretGroup" must be a whole number, received ${describe(rule.secretGroup)}`);
  }
  if (rule.kind !== undefined && rule.kind !== 'span') {
    throw new OptionsError(`option "${where}.kind" must be "span" for custom rules, received ${describe(rule.kind)}`);
  }
  if (rule.redactor !== undefined) normalizeRedactor(rule.redactor, `${where}.redactor`);
  return Object.freeze({
    family: 'custom',
    description: '',
    ...rule,
    keywords: stringList(rule.keywords, `${where}.keywords`),
    examples: rule.examples === undefined ? { match: [], noMatch: [] } : checkExamples(rule.examples, `${where}.examples`),
  }) as unknown as RuleSpec;
}

/** A config's key list as vocabulary entries: `favouriteColour` → `favourite colour`. */
function vocabularyKeys(value: unknown, key: string): string[] {
  return stringList(value, key).map((k, i) => {
    const words = keyWords(k);
    if (words.length === 0) throw new OptionsError(`option "${key}[${i}]" must hold a letter or digit, received ${describe(k)}`);
    return words.join(' ');
  });
}

const builtinById = new Map(builtinRules.map((r) => [r.id, r]));

/** Whether a rule is a config's own (`customRules`): no built-in rule has its id. @example isCustomRule(builtinRules[0]) // false */
export const isCustomRule = (spec: RuleSpec): boolean => !builtinById.has(spec.id);

/**
 * A spec whose sources are those of a built-in rule, which `tests/patterns` compiles: it may compile
 * on first use. Compared by value, so it holds after a structured clone into a worker thread too;
 * a rule a config added or rebuilt (extra `sensitiveKeys`) compiles at start-up, its errors first.
 *
 * @example
 * isBuiltinRule(builtinRules[0]); // true
 * isBuiltinRule({ ...builtinRules[0], regex: 'x(' }); // false
 */
export function isBuiltinRule(spec: RuleSpec): boolean {
  const b = builtinById.get(spec.id);
  // The spec itself (the main thread's default config) needs no field compared.
  if (b === spec) return true;
  return (
    b !== undefined &&
    b.regex === spec.regex &&
    b.anchor === spec.anchor &&
    b.prefilter === spec.prefilter &&
    b.ignoreCase === spec.ignoreCase &&
    b.keywords.length === spec.keywords.length &&
    b.keywords.every((k, i) => k === spec.keywords[i])
  );
}

/** A longest line, from 1 KiB to 1 GiB (`MAX_LINE_BYTES_LIMIT`): NaN, a string or 0 would lift the limit or fail every line. */
function checkMaxLineBytes(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1024 || value > MAX_LINE_BYTES_LIMIT) {
    throw new OptionsError(`${what} must be an integer from 1024 to ${MAX_LINE_BYTES_LIMIT} (1 GiB), received ${describe(value)}`);
  }
  return value;
}

const STREAM_KEYS = new Set(['maxLineBytes']);

/**
 * Validates `stream()`'s options as `resolveOptions` validates a config's: an unknown key, a wrong
 * type or a value out of range throws `OptionsError` naming the option. `maxLineBytes` is the
 * scrubber's when left out.
 *
 * @example
 * resolveStreamOptions({ maxLineBytes: 4096 }, 67108864); // { maxLineBytes: 4096 }
 * resolveStreamOptions({ maxLinebytes: 4096 }, 67108864); // throws: stream() option "maxLinebytes" is unknown
 */
export function resolveStreamOptions(input: unknown, maxLineBytes: number): { readonly maxLineBytes: number } {
  const options = given(input, {});
  if (!isRecord(options)) throw new OptionsError(`stream() options must be an object { maxLineBytes? }, received ${describe(options)}`);
  refuseUnknownKeys(options, STREAM_KEYS, (key) => `stream() option "${key}"`);
  return { maxLineBytes: checkMaxLineBytes(given(options.maxLineBytes, maxLineBytes), 'stream() option "maxLineBytes"') };
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
  refuseUnknownKeys(input, KNOWN_KEYS, (key) => `option "${key}"`);
  const extraSensitive = vocabularyKeys(input.sensitiveKeys, 'sensitiveKeys');
  const extraSafe = vocabularyKeys(input.safeKeys, 'safeKeys');
  const sensitive = new Set(extraSensitive.map(normalizeKey));
  const both = extraSafe.findIndex((k) => sensitive.has(normalizeKey(k)));
  if (both >= 0) {
    const key = JSON.stringify((input.safeKeys as string[])[both]);
    throw new OptionsError(`option "safeKeys[${both}]": the key ${key} is in "sensitiveKeys" too; a key is sensitive or safe, not both`);
  }
  // A key the config calls sensitive is no longer safe by default (`nextToken`, `deviceToken`,
  // `hash`): the user's word wins over the built-in list, which else kept its values silently.
  const notOverridden = (keys: readonly string[]): readonly string[] => Object.freeze(keys.filter((k) => !sensitive.has(normalizeKey(k))));
  const vocabulary: Vocabulary =
    extraSensitive.length === 0 && extraSafe.length === 0
      ? defaultVocabulary
      : Object.freeze({
          ...defaultVocabulary,
          sensitiveKeys: Object.freeze([...defaultVocabulary.sensitiveKeys, ...extraSensitive]),
          // A config's key names a secret whatever its value looks like, in text as in JSON
          // (`VAULT_UNSEAL_KEY=hunter2horse` kept its value, `{"vaultUnsealKey":…}` did not; a review's).
          strictSecretKeys: Object.freeze([...defaultVocabulary.strictSecretKeys, ...extraSensitive]),
          safeKeys: Object.freeze([...notOverridden(defaultVocabulary.safeKeys), ...extraSafe]),
          digestMarkers: notOverridden(defaultVocabulary.digestMarkers),
        });
  // Rules found by their key are built from the vocabulary: extra keys reach every one of them.
  const rules = selectRules(input, vocabulary === defaultVocabulary ? builtinRules : catalog(vocabulary));
  const globalRedactor = input.redactor === undefined ? undefined : normalizeRedactor(input.redactor, 'redactor');
  const perRule = given(input.redactors, {});
  if (!isRecord(perRule)) throw new OptionsError(`option "redactors" must be an object of rule id → redactor, received ${describe(perRule)}`);
  const ids = new Set(rules.map((p) => p.id));
  for (const id of Object.keys(perRule)) {
    if (!ids.has(id)) throw new OptionsError(`option "redactors.${id}": no enabled rule has this id`);
  }
  const redactorFor: Record<string, Redactor> = Object.create(null);
  for (const p of rules) {
    // A custom rule's own redactor is the config's word for that rule: it wins over the config's
    // default (a rule's `hash` gave a mask under `"redactor": "mask"`); a built-in's is a default.
    const own = builtinById.has(p.id) ? undefined : p.redactor;
    const chosen = given(perRule[p.id], own ?? globalRedactor ?? p.redactor ?? 'label');
    redactorFor[p.id] = normalizeRedactor(chosen, perRule[p.id] === undefined ? 'redactor' : `redactors.${p.id}`);
  }

  const keySource = given(input.hashKey, env.LOGSCRUB_HASH_KEY);
  if (keySource !== undefined && typeof keySource !== 'string') {
    // Its type only: a key given as a number is still the key, and never printed.
    throw new OptionsError(`option "hashKey" must be a string, received ${typeOf(keySource)}`);
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

  const maxLineBytes = checkMaxLineBytes(given(input.maxLineBytes, DEFAULT_MAX_LINE_BYTES), 'option "maxLineBytes"');
  return Object.freeze({
    rules: Object.freeze(rules),
    redactorFor: Object.freeze(redactorFor),
    hashKey,
    vocabulary,
    allowlist: Object.freeze(stringList(input.allowlist, 'allowlist')),
    maxLineBytes,
  });
}
