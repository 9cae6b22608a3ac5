/** logscrub's public API. Re-exports only. */
export { createScrubber, createRedactor, type Scrubber, type ScrubberRuntime, type BlockResult, type ItemsResult } from './scrubber.js';
export { threadCpuMs } from './io/thread-clock.js';
export { createLineScrubber, type LineScrubber, type LineScrubberOptions } from './line-scrubber.js';
export { NO_CARRY } from './constants.js';
export { defineConfig, resolveOptions, type LogscrubConfig, type ResolvedOptions } from './options.js';
export { LogscrubError, OptionsError, PatternCompileError, InputError, SinkError, ErrorCode } from './errors.js';
export { builtinRules, builtinPatterns, catalog, defaultVocabulary } from '../patterns/index.js';
export type {
  Base64Wrap,
  Carry,
  Finding,
  RuleSpec,
  PatternSpec,
  Redactor,
  RedactorInput,
  StatsSnapshot,
  StreamStats,
  MatchExample,
  RuleKind,
  Vocabulary,
} from './types.js';
