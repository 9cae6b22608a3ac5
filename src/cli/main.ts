#!/usr/bin/env node
/**
 * The `logscrub` command: a thin adapter around the line scrubber.
 *
 *   stdin or FILE ──read (1 MiB)──▶ scrubber.stream() (or the worker pool) ──▶ stdout
 *
 * Exit codes: 0 done; 1 the input could not be read or the output not written; 2 usage or config
 * error. Errors go to stderr as one line naming the file and the reason, never a stack trace.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../patterns/index.js';
import { READ_CHUNK_BYTES } from '../constants.js';
import { LogscrubError } from '../errors.js';
import { findConfigFile, loadConfigFile } from '../io/config-file.js';
import { createLineScrubberPool } from '../io/pool.js';
import { resolveOptions } from '../options.js';
import { createScrubber } from '../scrubber.js';
import type { StreamStats } from '../types.js';

const EXIT_OK = 0;
const EXIT_IO = 1;
const EXIT_USAGE = 2;
/** Threads by default: one per core, up to 4 (the prefilter pass is memory-bound past that). */
const MAX_DEFAULT_JOBS = 4;
const MAX_JOBS = 64;
/** Bytes read before a default run starts worker threads (measured here: no gain at 128 MiB, 1.44× at 512 MiB with 2 cores). */
const PARALLEL_AFTER_BYTES = 256 * 1024 * 1024;

const EXIT_CODES = 'Exit codes: 0 ok, 1 input or output error, 2 usage or config error.';

const USAGE = `Usage: logscrub <command> [options]

Redacts credentials (JWTs, session cookies, API keys, passwords, private keys, …) from logs.

Commands:
  scrub [FILE]   redact FILE (or stdin) to stdout, one output line per input line
  rules          list the built-in rules

Options:
  -h, --help     show help (also: logscrub <command> --help)
  -v, --version  show the version

${EXIT_CODES}`;

const SCRUB_USAGE = `Usage: logscrub scrub [FILE] [--config FILE] [--stats] [--jobs N]

Reads FILE, or stdin when FILE is missing or "-", and writes the redacted lines to stdout:
exactly one output line per input line, in order.

Options:
  -c, --config FILE   config file (default: ./logscrub.config.json when it exists)
  -s, --stats         print counts per rule to stderr when done (counts only, never values)
  -j, --jobs N        worker threads that redact, 1 to ${MAX_JOBS}; output order is kept (default: one
                      per core, up to ${MAX_DEFAULT_JOBS}, started once 256 MiB have been read; 1: this thread only)
  -h, --help          show this help

${EXIT_CODES}`;

const RULES_USAGE = `Usage: logscrub rules

Lists the built-in rules: id, family, what each finds.

${EXIT_CODES}`;

/** A mistake on the command line: one line, then a pointer to the command's help. */
class UsageError extends Error {
  readonly helpFor: string;
  constructor(message: string, helpFor: string) {
    super(message);
    this.helpFor = helpFor;
  }
}

type OptionSpecs = Record<string, { type: 'string' | 'boolean'; short?: string }>;
interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

function fail(message: string, code: number): never {
  process.stderr.write(`logscrub: ${message}\n`);
  process.exit(code);
}

function write(chunk: Buffer): Promise<void> | undefined {
  if (process.stdout.write(chunk)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** `parseArgs`, with its errors turned into one-line usage errors. */
function parse(args: string[], options: OptionSpecs, command: string): Parsed {
  try {
    const parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    return { values: parsed.values as Parsed['values'], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's messages name the option and what was wrong with it; keep their first sentence.
    const first = (error as Error).message.split('\n')[0]?.replace(/\. To specify .*$/, '').replace(/\.$/, '') ?? 'invalid arguments';
    throw new UsageError(first, command);
  }
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, received "${value}"`, 'scrub');
  return jobs;
}

async function scrub(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { config: { type: 'string', short: 'c' }, stats: { type: 'boolean', short: 's' }, jobs: { type: 'string', short: 'j' } }, 'scrub');
  if (values.help === true) {
    process.stdout.write(`${SCRUB_USAGE}\n`);
    return;
  }
  if (positionals.length > 1) throw new UsageError('scrub takes at most one FILE', 'scrub');
  const askedJobs = parseJobs(values.jobs as string | undefined);
  const jobs = askedJobs ?? Math.min(availableParallelism(), MAX_DEFAULT_JOBS);
  const configPath = findConfigFile(values.config as string | undefined);
  const options = resolveOptions(configPath === undefined ? {} : loadConfigFile(configPath), process.env);
  const scrubber = createScrubber(options);
  const file = positionals[0] === '-' ? undefined : positionals[0];
  const label = file ?? 'stdin';
  // Big reads: each chunk is one prefilter pass, so fewer, larger chunks cost less. fd 0 works for
  // a file, a pipe or a terminal alike (a read returns what is there).
  const input = createReadStream(file ?? '', file === undefined ? { fd: 0, highWaterMark: READ_CHUNK_BYTES } : { highWaterMark: READ_CHUNK_BYTES });

  let stats: () => StreamStats;
  try {
    if (jobs > 1) {
      // Asked for: threads from the first block. By default only once the input is big enough to repay them.
      const pool = createLineScrubberPool(scrubber, {
        jobs,
        write,
        startAfterBytes: askedJobs === undefined ? PARALLEL_AFTER_BYTES : 0,
        onWarning: (message) => process.stderr.write(`logscrub: ${message}\n`),
      });
      for await (const chunk of input) await pool.push(chunk as Buffer);
      await pool.end();
      stats = pool.stats;
    } else {
      const lines = scrubber.stream();
      for await (const chunk of input) for (const out of lines.push(chunk as Buffer)) await write(out);
      for (const out of lines.end()) await write(out);
      stats = lines.stats;
    }
  } catch (error) {
    if (error instanceof LogscrubError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new LogscrubError('ERR_INPUT', `${label}: cannot read: ${code}`, { file: label });
  }
  const report = stats();
  if (report.linesTooLong > 0) {
    const what = report.linesTooLong === 1 ? 'a line' : `${report.linesTooLong} lines`;
    process.stderr.write(`logscrub: ${label}: ${what} longer than ${options.maxLineBytes} bytes replaced whole (maxLineBytes)\n`);
  }
  if (values.stats === true) {
    // Loaded only when asked: fast-json-stringify costs ~35 ms of start-up, a third of the CLI's.
    const { statsToJson } = await import('../report.js');
    process.stderr.write(`${statsToJson(report)}\n`);
  }
}

async function listRules(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {}, 'rules');
  if (values.help === true) {
    process.stdout.write(`${RULES_USAGE}\n`);
    return;
  }
  if (positionals.length > 0) throw new UsageError('rules takes no arguments', 'rules');
  for (const p of builtinRules) process.stdout.write(`${p.id.padEnd(26)} ${p.family.padEnd(16)} ${p.description}\n`);
}

async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`logscrub scrub | head`) is the reader's choice, not our failure.
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    fail(`cannot write output: ${error.code ?? error.message}`, EXIT_IO);
  });
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scrub':
        await scrub(rest);
        return;
      case 'rules':
        await listRules(rest);
        return;
      case '-v':
      case '--version': {
        const { createRequire } = await import('node:module');
        const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };
        process.stdout.write(`${pkg.version}\n`);
        return;
      }
      case '-h':
      case '--help':
        process.stdout.write(`${USAGE}\n`);
        return;
      case undefined:
        process.stderr.write(`${USAGE}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      default:
        throw new UsageError(`unknown command "${command}"`, '');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`${error.message}; see 'logscrub ${error.helpFor === '' ? '' : `${error.helpFor} `}--help'`, EXIT_USAGE);
    }
    if (error instanceof LogscrubError) fail(error.message, error.code === 'ERR_INPUT' ? EXIT_IO : EXIT_USAGE);
    fail(`unexpected error: ${(error as Error).message}`, EXIT_IO);
  }
}

await main(process.argv.slice(2));
