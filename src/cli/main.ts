#!/usr/bin/env node
/**
 * The `logscrub` command.
 *
 *   stdin or FILE ──read (1 MiB)──▶ createLineFramer ──whole lines──▶ redactBuffer ──▶ stdout
 *                                        └─ line over maxLineBytes ──▶ placeholder line (fail closed)
 *
 * Exit codes: 0 done; 1 the input could not be read or the output not written; 2 usage or config
 * error. Errors go to stderr as one line naming the file and the reason, never a stack trace.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { READ_CHUNK_BYTES } from '../constants.js';
import { LogscrubError } from '../errors.js';
import { createLineFramer } from '../framing/lines.js';
import { findConfigFile, loadConfigFile } from '../io/config-file.js';
import { resolveOptions } from '../options.js';
import { createRedactor } from '../redactor.js';
import { builtinPatterns } from '../../patterns/index.js';
import type { StatsSnapshot } from '../types.js';
import { addStatsSnapshots, createParallelScrub, type ParallelScrub } from './parallel.js';

const EXIT_OK = 0;
const EXIT_IO = 1;
const EXIT_USAGE = 2;
const TOO_LONG_LINE = Buffer.from('[REDACTED:line-too-long]');
/** Threads by default: one per core, up to 4 (the prefilter pass is memory-bound past that). */
const MAX_DEFAULT_JOBS = 4;
/** Bytes read before a default run starts worker threads. */
const PARALLEL_AFTER_BYTES = 256 * 1024 * 1024;

const USAGE = `Usage: logscrub scrub [FILE] [--config FILE] [--stats] [--jobs N]
       logscrub rules

Redacts credentials (JWTs, session cookies, API keys, passwords, private keys, …) from logs.

  scrub        read FILE (or stdin when no FILE is given), write the redacted lines to stdout:
               exactly one output line per input line, in order
  rules        list the built-in rules

Options:
  -c, --config FILE   config file (default: ./logscrub.config.json when it exists)
  -s, --stats         print counts per rule to stderr when done (counts only, never values)
  -j, --jobs N        worker threads that redact; output order is kept (default: one per core,
                      up to 4, started once 256 MiB have been read; 1: this thread only)
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 ok, 1 input or output error, 2 usage or config error.`;

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`logscrub: ${message}\n`);
  process.exit(code);
}

function write(chunk: Buffer): Promise<void> | undefined {
  if (process.stdout.write(chunk)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function scrub(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { config: { type: 'string', short: 'c' }, stats: { type: 'boolean', short: 's' }, jobs: { type: 'string', short: 'j' } },
  });
  if (positionals.length > 1) throw new UsageError('scrub takes at most one FILE');
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), MAX_DEFAULT_JOBS) : Number(values.jobs);
  // Asked for: threads from the first block. By default: only once the input is big enough to
  // repay starting them (measured here: no gain at 128 MiB, 1.44× at 512 MiB with 2 cores).
  const parallelAfter = values.jobs === undefined ? PARALLEL_AFTER_BYTES : 0;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64, received "${values.jobs}"`);
  const configPath = findConfigFile(values.config);
  const options = resolveOptions(configPath === undefined ? {} : loadConfigFile(configPath), process.env);
  const scrubber = createRedactor(options);
  const file = positionals[0];
  // Big reads: each chunk is one prefilter pass, so fewer, larger chunks cost less. fd 0 works for
  // a file, a pipe or a terminal alike (a read returns what is there).
  const input = createReadStream(file ?? '', file === undefined ? { fd: 0, highWaterMark: READ_CHUNK_BYTES } : { highWaterMark: READ_CHUNK_BYTES });
  const label = file ?? 'stdin';

  // Blocks go to this thread alone, or, past `parallelAfter` bytes with jobs > 1, to a pool of
  // worker threads that writes them back in order.
  let pool: ParallelScrub | undefined;
  let beforePool: StatsSnapshot | undefined;
  let seen = 0;
  const sink = {
    block(bytes: Buffer): Promise<void> | undefined {
      seen += bytes.length;
      if (pool === undefined && jobs > 1 && seen > parallelAfter) {
        beforePool = scrubber.stats();
        pool = createParallelScrub(options, scrubber, jobs, write);
      }
      return pool === undefined ? write(scrubber.redactBuffer(bytes)) : pool.push(bytes);
    },
    literal: (bytes: Buffer) => (pool === undefined ? write(bytes) : pool.pushLiteral(bytes)),
    finish: async () => pool?.finish(),
    // Blocks before the pool started were counted by this thread's scrubber, the rest by the pool.
    stats: (): StatsSnapshot => (pool === undefined || beforePool === undefined ? scrubber.stats() : addStatsSnapshots(beforePool, pool.stats())),
  };

  let lines = 0;
  let linesTooLong = 0;
  const out: { bytes: Buffer; literal: boolean }[] = [];
  const framer = createLineFramer(options.maxLineBytes, {
    onLines(bytes) {
      if (values.stats === true) {
        for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
        if (bytes[bytes.length - 1] !== 10) lines++;
      }
      out.push({ bytes, literal: false });
    },
    onTooLong(hadNewline) {
      linesTooLong++;
      lines++;
      process.stderr.write(`logscrub: ${label}: a line longer than ${options.maxLineBytes} bytes was replaced whole (maxLineBytes)\n`);
      out.push({ bytes: hadNewline ? Buffer.concat([TOO_LONG_LINE, Buffer.from('\n')]) : TOO_LONG_LINE, literal: true });
    },
  });
  const drain = async (): Promise<void> => {
    for (const { bytes, literal } of out.splice(0)) await (literal ? sink.literal(bytes) : sink.block(bytes));
  };
  try {
    for await (const chunk of input) {
      framer.push(chunk as Buffer);
      await drain();
    }
    framer.end();
    await drain();
    await sink.finish();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new LogscrubError('ERR_INPUT', `${label}: cannot read: ${code}`, { file: label });
  }
  if (values.stats === true) {
    // Loaded only when asked: fast-json-stringify costs ~35 ms of start-up, a third of the CLI's.
    const { statsToJson } = await import('../report.js');
    process.stderr.write(`${statsToJson({ ...sink.stats(), lines, linesTooLong })}\n`);
  }
}

function listRules(): void {
  for (const p of builtinPatterns) process.stdout.write(`${p.id.padEnd(26)} ${p.family.padEnd(16)} ${p.description}\n`);
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
        listRules();
        return;
      case '-v':
      case '--version': {
        const { createRequire } = await import('node:module');
        const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };
        process.stdout.write(`${pkg.version}\n`);
        return;
      }
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(`${USAGE}\n`);
        if (command === undefined) process.exitCode = EXIT_USAGE;
        return;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      fail(`${(error as Error).message}\n${USAGE}`, EXIT_USAGE);
    }
    if (error instanceof LogscrubError) fail(error.message, error.code === 'ERR_INPUT' ? EXIT_IO : EXIT_USAGE);
    fail(`unexpected error: ${(error as Error).message}`, EXIT_IO);
  }
}

await main(process.argv.slice(2));
