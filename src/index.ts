/** logscrub's public API. Re-exports only. */
export { createRedactor, type Scrubber } from './redactor.js';
export { defineConfig, resolveOptions, type LogscrubConfig, type ResolvedOptions } from './options.js';
export { LogscrubError, OptionsError, PatternCompileError, InputError, ErrorCode } from './errors.js';
export { builtinPatterns } from '../patterns/index.js';
export type { Finding, PatternSpec, Redactor, RedactorInput, StatsSnapshot, MatchExample, RuleKind } from './types.js';
