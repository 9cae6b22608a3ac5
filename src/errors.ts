/**
 * Typed errors. They carry a code and context (rule id, file, line), never matched text,
 * so an error message can be logged anywhere without leaking what it was about.
 * Branch on `code`: errors that cross a worker thread lose their class.
 */

export const ErrorCode = {
  options: 'ERR_OPTIONS',
  patternCompile: 'ERR_PATTERN_COMPILE',
  input: 'ERR_INPUT',
  lineTooLong: 'ERR_LINE_TOO_LONG',
  sinkRejected: 'ERR_SINK_REJECTED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorContext {
  readonly ruleId?: string;
  readonly file?: string;
  readonly line?: number;
  readonly cause?: unknown;
}

/**
 * The base of every error logscrub throws on purpose.
 *
 * @example
 * try { createScrubber({ rules: { disable: ['nope'] } }) }
 * catch (e) { if (e instanceof LogscrubError && e.code === 'ERR_OPTIONS') console.error(e.message) }
 */
export class LogscrubError extends Error {
  override readonly name: string = 'LogscrubError';
  readonly code: ErrorCode;
  readonly ruleId: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.code = code;
    this.ruleId = context.ruleId;
    this.file = context.file;
    this.line = context.line;
  }
}

/** A config value is missing, of the wrong type or out of range. The message names the key. */
export class OptionsError extends LogscrubError {
  override readonly name = 'OptionsError';
  constructor(message: string, context: ErrorContext = {}) {
    super(ErrorCode.options, message, context);
  }
}

/** RE2 rejected a rule's regex, its pattern (RE2 has no lookaround or backreferences), or the rule is malformed. */
export class PatternCompileError extends LogscrubError {
  override readonly name = 'PatternCompileError';
  constructor(ruleId: string, reason: string) {
    super(ErrorCode.patternCompile, `rule "${ruleId}": ${reason}`, {
      ruleId,
    });
  }
}

/** Input that cannot be read as asked: a truncated gzip, a missing file, a value JSON cannot represent. */
export class InputError extends LogscrubError {
  override readonly name = 'InputError';
  constructor(message: string, context: ErrorContext = {}) {
    super(ErrorCode.input, message, context);
  }
}

/**
 * A destination refused what we sent, or could not be reached after its retries. The message names
 * the destination and the error, never an event.
 *
 * @example
 * try { await writer.close() } catch (e) { if ((e as LogscrubError).code === 'ERR_SINK_REJECTED') throw e } // let Lambda retry
 */
export class SinkError extends LogscrubError {
  override readonly name = 'SinkError';
  constructor(message: string, context: ErrorContext = {}) {
    super(ErrorCode.sinkRejected, message, context);
  }
}

/**
 * A `TypeError` naming our function, as Node's own `ERR_INVALID_ARG_TYPE` errors do.
 *
 * @example
 * throw argumentError('redactText(text)', 'a string', 42); // logscrub: redactText(text) takes a string, received number
 */
export function argumentError(call: string, expected: string, received: unknown): TypeError {
  const what = received === null ? 'null' : Array.isArray(received) ? 'an array' : typeof received;
  const error = new TypeError(`logscrub: ${call} takes ${expected}, received ${what}`);
  return Object.assign(error, { code: 'ERR_INVALID_ARG_TYPE' });
}

/**
 * Runs `build` on a config read from `source` and names the source in any error of ours it throws:
 * `option "redactr" is unknown` from a config found by default (`./logscrub.config.json`) or set in
 * an environment variable leaves the reader guessing which config was read.
 *
 * @example
 * const scrubber = namingSource('config file logscrub.config.json', () => createScrubber(config));
 */
export function namingSource<T>(source: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof LogscrubError) error.message = `${source}: ${error.message}`;
    throw error;
  }
}
