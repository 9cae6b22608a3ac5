#!/usr/bin/env node
/**
 * The `logscrub` command: argument parsing, exit codes and messages around the archive scrubber
 * (src/io/archive), which does the work.
 *
 *   PATH… ──planFiles──▶ files ──runFiles (threads)──▶ scrubChunks ──▶ atomic output files │ stdout
 *   stdin ─────────────────────────────────────────────▶ scrubChunks ──▶ stdout
 *   s3://… ──runS3 (src/cli/s3.ts: list, plan)──▶ runObjects ──▶ scrubChunks ──▶ uploads │ files │ stdout
 *                                        outcomes ──▶ findings (check), summary, --report
 *
 * Errors go to stderr as one line naming the file and the reason, never a stack trace.
 */
import { accessSync, constants, createReadStream, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../patterns/index.js';
import { READ_CHUNK_BYTES, S3 } from '../constants.js';
import { LogscrubError, namingSource } from '../errors.js';
import { type AtomicFile, openAtomic } from '../io/archive/atomic.js';
import type { FileOutcome } from '../io/archive/file.js';
import { type FormatChoice, INPUT_FORMATS } from '../io/archive/format.js';
import { createProgress, type Progress } from '../io/archive/progress.js';
import { jsonReport, sarifLog, shownPath, summaryText, totalsOf } from '../io/archive/report.js';
import { cleanupInterrupted, runFiles } from '../io/archive/run.js';
import { type FileFinding, scrubChunks } from '../io/archive/pipeline.js';
import { type PlannedFile, planFiles, refuseReportOnto, sameFile, type Target } from '../io/archive/walk.js';
import { findConfigFile, loadConfigFile } from '../io/config-file.js';
import { makeDirectories, removeEmptyDirectories } from '../io/directories.js';
import { resolveOptions } from '../options.js';
import { createScrubber, type Scrubber } from '../scrubber.js';
import { isS3Run, runS3, type S3Output } from './s3.js';
import { fileSizeOf, startJobsAfter } from './threads.js';
import { threadCpuMs } from '../io/thread-clock.js';

const EXIT_OK = 0;
const EXIT_IO = 1;
const EXIT_USAGE = 2;
/** Threads by default: one per core, up to 4 (the prefilter pass is memory-bound past that). */
const MAX_DEFAULT_JOBS = 4;
const MAX_JOBS = 64;
/** Bytes of a tree below which a default run stays on one thread: each worker compiles the rules again (~0.1 s). */
const PARALLEL_FILES_AFTER_BYTES = 64 * 1024 * 1024;

const SCRUB_EXIT_CODES = `Exit codes: 0 done; 1 a file could not be read or written (the others were), or a line
over maxLineBytes was replaced whole; 2 usage or config error (nothing was written).`;
const CHECK_EXIT_CODES = `Exit codes: 0 no secret found; 1 a secret (or a line too long to scan) was found;
2 error: a file could not be read, or usage or config error.`;

const USAGE = `Usage: logscrub <command> [options]

Redacts credentials (JWTs, session cookies, API keys, passwords, private keys, …) from logs.

Commands:
  scrub [PATH…]  redact files, directory trees, .gz and CloudWatch exports (or stdin to stdout);
                 s3://bucket/prefix too
  check PATH…    report where secrets are (file, line, rule), write nothing; a CI gate (s3:// too)
  rules          list the built-in rules

Options:
  -h, --help     show help (also: logscrub <command> --help)
  -v, --version  show the version

${SCRUB_EXIT_CODES}
check: ${CHECK_EXIT_CODES}`;

const INPUT_FORMAT_HELP = `  --input-format F    ${['auto', ...INPUT_FORMATS].join(' | ')} (default auto: detected per file
                      from its first bytes). lines: JSON lines, text or both; cloudwatch-export:
                      "<ISO-8601> <message>" lines (timestamps kept byte for byte); subscription:
                      CloudWatch subscription payloads saved to disk, base64 of gzip one a line, or
                      JSON envelopes, one or several concatenated as Firehose writes them to S3.
                      gzip (any name) is detected by its magic bytes and written back as gzip.`;

const SCRUB_USAGE = `Usage: logscrub scrub [PATH…] [-o OUT | --in-place] [options]

Redacts secrets in files and directory trees. Everything that is not a secret stays byte for byte.
  logscrub scrub                        stdin to stdout (also: PATH "-")
  logscrub scrub app.log                one file to stdout
  logscrub scrub app.log -o clean.log   one file to a file
  logscrub scrub -o clean.log < app.log stdin to a file
  logscrub scrub exports/ -o clean/     a tree: clean/ mirrors exports/, .gz stays .gz
  logscrub scrub a.log b/ -o clean/     several inputs: clean/a.log, clean/b/…
  logscrub scrub exports/ --in-place    rewrite each file (temp file, fsync, rename; mode kept),
                                        leaving those with nothing to redact untouched
Outputs are written to a temp file and renamed: a failed or interrupted run leaves no partial
file, and inputs are only read. -o may not be inside an input tree or name an input. A file with
a NUL byte anywhere is refused as binary; on stdin, output stops before it.

On S3 (needs: npm install @aws-sdk/client-s3 @aws-sdk/lib-storage):
  logscrub scrub s3://logs/app/ -o s3://clean/app/   every object under app/ to clean/app/…
  logscrub scrub s3://logs/app/ -o clean/            to a local directory (atomic files)
  logscrub scrub s3://logs/app/2026-11-30.gz         one object to stdout
  logscrub scrub s3://logs/app/ --in-place           each object over itself: versioned buckets only
s3://b/p names the object p if there is one, else everything under p/. Uploads are multipart and
aborted on any failure or Ctrl-C: an output object appears whole or not at all. Content-Type,
Content-Encoding and user metadata are kept; counts (never values) are added as object tags.
Local files to s3:// are not uploaded: scrub to a directory, then copy it. The client is the AWS
SDK's, configured as usual: AWS_REGION, AWS_PROFILE and the credentials chain, AWS_ENDPOINT_URL_S3.

Options:
  -o, --output OUT    output file, or directory with several inputs or a directory input ("-": stdout)
      --in-place      rewrite the inputs atomically
${INPUT_FORMAT_HELP}
  -r, --report FILE   write a JSON report: per-file and per-rule counts, bytes, lines, time, failures
                      ("-": stdout, when the output goes to -o or --in-place)
  -j, --jobs N        threads, 1 to ${MAX_JOBS}: files at once, or the blocks of one big file (order kept).
                      Default: one per core up to ${MAX_DEFAULT_JOBS}, once there is enough input to repay them.
                      s3://: objects in flight at once, on one thread (default ${S3.cliJobs})
      --s3-path-style path-style S3 requests, for local S3 servers and MinIO (or
                      LOGSCRUB_S3_FORCE_PATH_STYLE=true)
  -q, --quiet         no summary and no progress line (errors are still printed)
  -s, --stats         print the counts per rule as one JSON line on stderr (counts, never values)
  -c, --config FILE   config file (default: ./logscrub.config.json when it exists)
  -h, --help          show this help

A summary goes to stderr when writing files; a progress line too when stderr is a terminal.

${SCRUB_EXIT_CODES}`;

const CHECK_USAGE = `Usage: logscrub check PATH… [options]

Scans files and directory trees (.gz, CloudWatch exports and subscription payloads too) and lists
each secret found as FILE:LINE: RULE-ID on stdout — never its value. Writes nothing else.
  logscrub check exports/
  logscrub check exports/ --report findings.sarif --report-format sarif
  logscrub check s3://logs/app/        every object under app/, listed as s3://logs/app/KEY:LINE: RULE

Options:
${INPUT_FORMAT_HELP}
  -r, --report FILE   write a report ("-": stdout, instead of the findings list)
      --report-format json | sarif   the report's format (default json). sarif: SARIF 2.1.0 for
                      code-scanning UIs; the rules of the catalog, one result per finding with its
                      file and line, no snippet. (--input-format names what is read, --report-format
                      what is written: two flags, so neither is ambiguous.)
  -j, --jobs N        threads, 1 to ${MAX_JOBS} (default: one per core up to ${MAX_DEFAULT_JOBS}, for big trees);
                      s3://: objects in flight at once, on one thread (default ${S3.cliJobs})
      --s3-path-style path-style S3 requests (local S3 servers); see 'logscrub scrub --help' for S3
  -q, --quiet         no summary and no progress line
  -c, --config FILE   config file (default: ./logscrub.config.json when it exists)
  -h, --help          show this help

${CHECK_EXIT_CODES}`;

const RULES_USAGE = `Usage: logscrub rules

Lists the built-in rules: id, family, what each finds.

Exit codes: 0 ok, 2 usage error.`;

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
    refuseEmpty(parsed.values, parsed.positionals, options, command);
    return { values: parsed.values as Parsed['values'], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's messages name the option and what was wrong with it; keep their first sentence.
    const first = (error as Error).message.split('\n')[0]?.replace(/\. To specify .*$/, '').replace(/\.$/, '') ?? 'invalid arguments';
    throw new UsageError(ambiguity(first, args, options) ?? first, command);
  }
}

/**
 * Refuses an empty value or PATH (`-o "$OUT"` with OUT unset): it names no file, and found only
 * when used it failed late and nameless (`cannot write report : ENOENT`, exit 1 after the outputs
 * were written, or `logscrub: : cannot read`), where a mistake on the command line is exit 2 first.
 */
function refuseEmpty(values: Parsed['values'], positionals: readonly string[], options: OptionSpecs, command: string): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== '') continue;
    const short = options[name]?.short;
    throw new UsageError(`${short === undefined ? '' : `-${short}, `}--${name} needs a value, received an empty string`, command);
  }
  if (positionals.includes('')) throw new UsageError('a PATH is an empty string, which names no file', command);
}

/**
 * Node calls `--jobs -1` ambiguous (is `-1` the value or another option?) and says no more in its
 * first sentence: name the value and how to give it. Undefined for any other message.
 *
 * @example ambiguity("Option '--jobs' argument is ambiguous", ['--jobs', '-1'], specs) // '--jobs is followed by "-1", …'
 */
function ambiguity(message: string, args: readonly string[], options: OptionSpecs): string | undefined {
  const named = /^Option '(-[\w-]+)/.exec(message)?.[1];
  if (named === undefined || !message.endsWith('argument is ambiguous')) return undefined;
  const short = named.startsWith('--') ? undefined : named.slice(1);
  const long = short === undefined ? named : `--${Object.keys(options).find((name) => options[name]?.short === short) ?? short}`;
  const at = args.findIndex((arg, i) => (arg === named || arg === long) && args[i + 1]?.startsWith('-') === true);
  const value = at >= 0 ? (args[at + 1] as string) : '-…';
  return `${named} is followed by "${value}", which reads as an option; give a value that starts with "-" as ${long}=${value}`;
}

function parseJobs(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, received "${value}"`, command);
  return jobs;
}

function parseFormat(value: string | undefined, command: string): FormatChoice {
  if (value === undefined) return 'auto';
  const allowed: readonly string[] = ['auto', ...INPUT_FORMATS];
  if (!allowed.includes(value)) throw new UsageError(`--input-format must be one of ${allowed.join(', ')}, received "${value}"`, command);
  return value as FormatChoice;
}

const COMMON_OPTIONS: OptionSpecs = {
  config: { type: 'string', short: 'c' },
  jobs: { type: 'string', short: 'j' },
  'input-format': { type: 'string' },
  report: { type: 'string', short: 'r' },
  quiet: { type: 'boolean', short: 'q' },
  's3-path-style': { type: 'boolean' },
  // Not an option: caught to say which of the two format flags was meant.
  format: { type: 'string' },
};

function loadScrubber(configFlag: string | undefined): Scrubber {
  const configPath = findConfigFile(configFlag);
  const build = (config: unknown): Scrubber => createScrubber(resolveOptions(config, process.env), {}, { cpuClock: threadCpuMs });
  if (configPath === undefined) return build({});
  const config = loadConfigFile(configPath);
  return namingSource(`config file ${configPath}`, () => build(config));
}

/** Stops an S3 run's objects in flight when the run is interrupted. */
const interruption = new AbortController();
/** The S3 run in progress: an interrupt waits for its uploads to be aborted (S3 would keep open multipart uploads, and bill them). */
let s3Running: Promise<unknown> | undefined;
/** How long an interrupt waits for S3 uploads to abort before it exits anyway. */
const ABORT_WAIT_MS = 10_000;

/** Removes temp files when the run is interrupted: an interrupted run leaves no half-written file or object. */
function onInterrupt(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      interruption.abort();
      const waited = s3Running === undefined ? Promise.resolve() : Promise.race([s3Running.catch(() => undefined), new Promise((r) => setTimeout(r, ABORT_WAIT_MS))]);
      void waited.then(() => {
        cleanupInterrupted();
        process.stderr.write(`\nlogscrub: interrupted (${signal}); no partial output left\n`);
        process.exit(code);
      });
    });
  }
}

/**
 * Refuses a report that could not be written, before anything else is: found only at the end, it
 * failed a run whose outputs were all written (exit 1), where a bad option is exit 2, nothing written.
 */
function checkReportPath(path: string | undefined, helpFor: string, configFlag: string | undefined): void {
  if (path === undefined || path === '-') return;
  // The config in use (given, or found in the working directory) is read before the report is written over it.
  const config = findConfigFile(configFlag);
  if (config !== undefined && sameFile(path, config)) throw new UsageError(`report ${path} would overwrite the config file ${config}; choose another report path`, helpFor);
  let reason: string | undefined;
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) reason = 'it is a directory';
    else accessSync(dirname(resolve(path)), constants.W_OK);
  } catch (error) {
    reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  if (reason !== undefined) throw new UsageError(`cannot write report ${path}: ${reason}`, helpFor);
}

function writeReport(path: string, text: string): void {
  if (path === '-') {
    process.stdout.write(text);
    return;
  }
  try {
    const file = openAtomic(path, 0o644);
    try {
      file.write(Buffer.from(text, 'utf8'));
      file.commit();
    } catch (error) {
      file.abort();
      throw error;
    }
  } catch (error) {
    throw new LogscrubError('ERR_INPUT', `cannot write report ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: path });
  }
}

/**
 * Where `scrub -o FILE` writes stdin: FILE, rewritten atomically (a failed run leaves it as it was,
 * never half-written), keeping its mode, or 0644 for a new one; missing directories are made, and
 * added to `made` so that a failed run removes them too.
 */
function openStdinOutput(path: string, made: string[]): AtomicFile {
  try {
    const mode = statSync(path, { throwIfNoEntry: false })?.mode;
    made.push(...makeDirectories(dirname(resolve(path))));
    return openAtomic(path, mode === undefined ? 0o644 : mode & 0o7777);
  } catch (error) {
    throw new LogscrubError('ERR_INPUT', `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: path });
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Milliseconds, monotonic. Not `performance.now()`: that global loads perf_hooks, ~2 ms of start-up (issue 9). */
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The version, from package.json: written once, there. */
const version = (): string => (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface Run {
  readonly outcomes: FileOutcome[];
  readonly planFailures: { file: string; reason: string }[];
  readonly seconds: number;
}

/** What the CLI prints as each file or object is done: its failure, or lines that were not UTF-8. */
function printOutcome(o: FileOutcome, progress: Progress | undefined, quiet: boolean): void {
  progress?.fileDone();
  const cr = progress === undefined ? '' : '\r';
  if (o.failure !== undefined) process.stderr.write(`${cr}logscrub: ${shownPath(o.file)}: ${o.failure}\n`);
  if (o.linksLeft !== undefined) process.stderr.write(`${cr}logscrub: ${shownPath(o.file)}: ${o.linksLeft}\n`);
  const invalid = o.result?.invalidUtf8Lines ?? 0;
  if (invalid > 0 && !quiet) process.stderr.write(`${cr}logscrub: ${shownPath(o.file)}: ${invalid === 1 ? 'a line is' : `${invalid} lines are`} not valid UTF-8; scanned as bytes, passed through except secret spans\n`);
}

/** Whether the paths are s3:// ones; a mix (or local inputs to an s3:// output) is a usage error. */
function s3Paths(paths: readonly string[], output: string | undefined, command: string): boolean {
  try {
    return isS3Run(paths, output);
  } catch (error) {
    if (error instanceof LogscrubError) throw new UsageError(error.message, command);
    throw error;
  }
}

/** Lists and runs s3:// inputs (src/cli/s3.ts), printing as `runPaths` does. */
async function runS3Paths(
  command: 'scrub' | 'check',
  scrubber: Scrubber,
  paths: readonly string[],
  output: S3Output,
  opts: { format: FormatChoice; jobs: number | undefined; quiet: boolean; pathStyle: boolean; onOutcome?: (o: FileOutcome) => void; onFinding?: (file: string, f: FileFinding) => void },
): Promise<Run> {
  let progress: Progress | undefined;
  const running = runS3(paths, output, {
    mode: command,
    scrubber,
    format: opts.format,
    jobs: opts.jobs,
    // Explicit > env > default: the flag, then the variable the Lambda reads too.
    forcePathStyle: opts.pathStyle || process.env.LOGSCRUB_S3_FORCE_PATH_STYLE === 'true',
    stdout: write,
    signal: interruption.signal,
    startProgress: (total, objects) => {
      if (process.stderr.isTTY === true && !opts.quiet && output.kind !== 'auto') progress = createProgress(total, objects, (t) => process.stderr.write(t));
      return progress;
    },
    onWarning: (message) => process.stderr.write(`logscrub: ${message}\n`),
    onOutcome: (o) => {
      printOutcome(o, progress, opts.quiet);
      opts.onOutcome?.(o);
    },
    ...(opts.onFinding === undefined ? {} : { onFinding: opts.onFinding }),
  });
  s3Running = running;
  try {
    const run = await running;
    return { outcomes: run.outcomes, planFailures: run.planFailures, seconds: run.seconds };
  } catch (error) {
    if (error instanceof LogscrubError && error.code === 'ERR_INPUT') throw new UsageError(error.message, command);
    throw error;
  } finally {
    progress?.stop();
  }
}

/** Plans and runs files; prints each failure as it happens, one line. */
async function runPaths(
  command: 'scrub' | 'check',
  scrubber: Scrubber,
  paths: readonly string[],
  target: Target,
  opts: { format: FormatChoice; jobs: number | undefined; quiet: boolean; report: string | undefined; onOutcome?: (o: FileOutcome) => void; onFinding?: (file: string, f: FileFinding) => void },
): Promise<Run> {
  const started = now();
  let plan;
  try {
    plan = planFiles(paths, target);
    if (opts.report !== undefined && opts.report !== '-') refuseReportOnto(opts.report, plan.files);
  } catch (error) {
    if (error instanceof LogscrubError) throw new UsageError(error.message, command);
    throw error;
  }
  for (const f of plan.failures) process.stderr.write(`logscrub: ${shownPath(f.file)}: ${f.reason}\n`);
  const total = plan.files.reduce((n, f) => n + f.size, 0);
  const jobs = opts.jobs ?? (total < PARALLEL_FILES_AFTER_BYTES && plan.files.length > 1 ? 1 : Math.min(availableParallelism(), MAX_DEFAULT_JOBS));
  const progress: Progress | undefined =
    process.stderr.isTTY === true && !opts.quiet && target.kind !== 'stdout' ? createProgress(total, plan.files.length, (t) => process.stderr.write(t)) : undefined;
  const outcomes = await runFiles(scrubber, plan.files as PlannedFile[], {
    mode: command,
    format: opts.format,
    jobs,
    // A lone file, threads not asked for: started only once it proves big enough to repay them.
    ...(opts.jobs === undefined ? { startJobsAfterBytes: startJobsAfter(plan.files.length === 1 ? total : undefined), jobsAreDefault: true } : {}),
    ...(target.kind === 'stdout' ? { stdout: write } : {}),
    ...(progress === undefined ? {} : { onRead: (n: number) => progress.read(n) }),
    onWarning: (message) => process.stderr.write(`logscrub: ${message}\n`),
    onOutcome: (o) => {
      printOutcome(o, progress, opts.quiet);
      opts.onOutcome?.(o);
    },
    ...(opts.onFinding === undefined ? {} : { onFinding: opts.onFinding }),
  });
  progress?.stop();
  return { outcomes, planFailures: [...plan.failures], seconds: (now() - started) / 1000 };
}

async function scrub(args: string[]): Promise<void> {
  const { values, positionals } = parse(
    args,
    { ...COMMON_OPTIONS, output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean' }, stats: { type: 'boolean', short: 's' } },
    'scrub',
  );
  if (values.help === true) {
    process.stdout.write(`${SCRUB_USAGE}\n`);
    return;
  }
  if (values.format !== undefined) throw new UsageError('--format is ambiguous here: --input-format names what is read (scrub keeps that framing on output)', 'scrub');
  const jobs = parseJobs(values.jobs as string | undefined, 'scrub');
  const format = parseFormat(values['input-format'] as string | undefined, 'scrub');
  // "-" is stdout here as it is stdin for PATH and stdout for --report, not a file named "-".
  const output = values.output === '-' ? undefined : (values.output as string | undefined);
  const inPlace = values['in-place'] === true;
  const quiet = values.quiet === true;
  const paths = positionals.filter((p) => p !== '-');
  if (output !== undefined && inPlace) throw new UsageError('-o and --in-place exclude each other', 'scrub');
  if (positionals.includes('-') && positionals.length > 1) throw new UsageError('"-" (stdin) cannot be mixed with other inputs', 'scrub');
  if (inPlace && paths.length === 0) throw new UsageError('--in-place needs at least one PATH', 'scrub');
  if (paths.length > 1 && output === undefined && !inPlace) throw new UsageError('several inputs need -o DIR (or --in-place)', 'scrub');
  const s3 = s3Paths(paths, output, 'scrub');
  // A tree on stdout would be its files run together, gzip members and all: ask where it goes.
  if (!s3 && paths.length === 1 && output === undefined && !inPlace && isDirectory(paths[0] as string)) throw new UsageError(`${paths[0]} is a directory: give -o DIR (or --in-place)`, 'scrub');
  if (paths.length === 0 && output !== undefined && isDirectory(output)) throw new UsageError(`${output} is a directory, and stdin has no file name to write there: give -o FILE`, 'scrub');
  const report = values.report as string | undefined;
  checkReportPath(report, 'scrub', values.config as string | undefined);
  // The scrubbed lines are the stream a pipe reads: a JSON document after them is not a log line.
  if (report === '-' && output === undefined && !inPlace) {
    throw new UsageError('--report - would mix the report into the scrubbed output on stdout; give --report FILE, or -o FILE for the output', 'scrub');
  }
  if (paths.length === 0 && output !== undefined && report !== undefined && report !== '-' && sameFile(report, output)) {
    throw new UsageError(`report ${report} would overwrite the output ${output}; choose another report path`, 'scrub');
  }
  const scrubber = loadScrubber(values.config as string | undefined);
  onInterrupt();

  let outcomes: FileOutcome[];
  let planFailures: { file: string; reason: string }[] = [];
  let seconds: number;
  if (paths.length === 0) {
    // stdin → stdout (or -o FILE): a filter; gzip stays gzip. Binary input stops it, as it fails a file.
    const started = now();
    const threads = jobs ?? Math.min(availableParallelism(), MAX_DEFAULT_JOBS);
    let file: AtomicFile | undefined;
    const made: string[] = [];
    /** Set while the output is written: its failure (`ENOSPC`) is the output's, not the input's. */
    let writing = false;
    const writeOut = (chunk: Buffer): Promise<void> | void => {
      writing = true;
      const sink = file?.write ?? write;
      const pending = sink(chunk);
      writing = false;
      return pending;
    };
    try {
      file = output === undefined ? undefined : openStdinOutput(output, made);
      const result = await scrubChunks(createReadStream('', { fd: 0, highWaterMark: READ_CHUNK_BYTES }), writeOut, {
        scrubber,
        mode: 'scrub',
        format,
        jobs: threads,
        startJobsAfterBytes: jobs === undefined ? startJobsAfter(fileSizeOf(0)) : 0,
        jobsAreDefault: jobs === undefined,
        onWarning: (message) => process.stderr.write(`logscrub: ${message}\n`),
      });
      writing = true;
      file?.commit();
      writing = false;
      outcomes = [{ file: 'stdin', ...(output === undefined ? {} : { output }), result, findings: [], findingsTotal: 0, seconds: (now() - started) / 1000 }];
      // The count of lines that were not UTF-8, as a file gets it (its failure is printed below).
      printOutcome(outcomes[0] as FileOutcome, undefined, quiet);
    } catch (error) {
      file?.abort();
      removeEmptyDirectories(made);
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const reason = error instanceof LogscrubError ? error.message : writing ? `cannot write ${output ?? 'stdout'}: ${code}` : `cannot read: ${code}`;
      process.stderr.write(`logscrub: stdin: ${reason}\n`);
      outcomes = [{ file: 'stdin', failure: reason, findings: [], findingsTotal: 0, seconds: (now() - started) / 1000 }];
    }
    seconds = (now() - started) / 1000;
  } else if (s3) {
    const to: S3Output = inPlace ? { kind: 'in-place' } : output !== undefined ? { kind: 'path', path: output } : { kind: 'auto' };
    ({ outcomes, planFailures, seconds } = await runS3Paths('scrub', scrubber, paths, to, { format, jobs, quiet, pathStyle: values['s3-path-style'] === true }));
  } else {
    const target: Target = inPlace ? { kind: 'in-place' } : output !== undefined ? { kind: 'path', path: output } : { kind: 'stdout' };
    ({ outcomes, planFailures, seconds } = await runPaths('scrub', scrubber, paths, target, { format, jobs, quiet, report }));
  }
  const totals = totalsOf(outcomes, planFailures, seconds);
  const toStdout = output === undefined && !inPlace;
  if (totals.linesTooLong > 0) {
    for (const o of outcomes) {
      const n = o.result?.linesTooLong ?? 0;
      if (n === 0) continue;
      const at = o.result?.firstLineTooLong === undefined ? '' : `:${o.result.firstLineTooLong}`;
      process.stderr.write(`logscrub: ${shownPath(o.file)}${at}: a line longer than ${scrubber.options.maxLineBytes} bytes replaced whole (maxLineBytes)${n > 1 ? `; ${n - 1} more after it` : ''}\n`);
    }
  }
  for (const o of outcomes) {
    const n = Math.max(0, (o.result?.failed ?? 0) - (o.result?.linesTooLong ?? 0));
    if (n > 0) process.stderr.write(`logscrub: ${shownPath(o.file)}: the engine failed on ${n} line${n === 1 ? '' : 's'}; replaced whole (fail closed)\n`);
  }
  if (values.stats === true) {
    const { statsToJson } = await import('../report.js');
    const failed = totals.linesTooLong + totals.linesFailed;
    process.stderr.write(
      `${statsToJson({ lines: totals.lines, linesRedacted: totals.linesRedacted, linesTooLong: totals.linesTooLong, bytes: totals.bytesScanned, failed, inputsFailed: totals.failures.length, byRule: withoutTooLong(totals.byRule) })}\n`,
    );
  }
  if (!quiet && !toStdout) process.stderr.write(summaryText(totals, 'scrub'));
  if (values.report !== undefined) writeReport(values.report as string, `${JSON.stringify(jsonReport(totals, outcomes, 'scrub'), null, 2)}\n`);
  if (totals.failures.length > 0 || totals.linksLeft.length > 0 || totals.linesTooLong > 0 || totals.linesFailed > 0) process.exitCode = EXIT_IO;
}

function withoutTooLong(byRule: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const [id, n] of Object.entries(byRule)) if (id !== 'line-too-long') out[id] = n;
  return out;
}

async function check(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { ...COMMON_OPTIONS, 'report-format': { type: 'string' } }, 'check');
  if (values.help === true) {
    process.stdout.write(`${CHECK_USAGE}\n`);
    return;
  }
  if (values.format !== undefined) throw new UsageError('--format is ambiguous: use --input-format for what is read, --report-format json|sarif for the report', 'check');
  const jobs = parseJobs(values.jobs as string | undefined, 'check');
  const format = parseFormat(values['input-format'] as string | undefined, 'check');
  const reportFormat = (values['report-format'] as string | undefined) ?? 'json';
  if (reportFormat !== 'json' && reportFormat !== 'sarif') throw new UsageError(`--report-format must be json or sarif, received "${reportFormat}"`, 'check');
  if (values['report-format'] !== undefined && values.report === undefined) throw new UsageError('--report-format needs --report FILE (or --report - for stdout)', 'check');
  if (positionals.length === 0) throw new UsageError('check needs at least one PATH', 'check');
  if (positionals.includes('-')) throw new UsageError('check reads files and trees, not stdin', 'check');
  const quiet = values.quiet === true;
  const listFindings = values.report !== '-';
  const s3 = s3Paths(positionals, undefined, 'check');
  checkReportPath(values.report as string | undefined, 'check', values.config as string | undefined);
  const scrubber = loadScrubber(values.config as string | undefined);
  const findingLine = (file: string, f: FileFinding): string => `${shownPath(file)}:${f.line}: ${f.ruleId}${f.event === undefined ? '' : ` (log event ${f.event})`}\n`;
  // Findings are printed as they are found, so `check big.log | head` shows the first ones at
  // once rather than after the whole file; the run hands them on in plan order, each file's
  // before its outcome. `listed` counts those of the file in hand.
  let listed = 0;
  const onFinding = (file: string, f: FileFinding): void => {
    if (!listFindings) return;
    listed++;
    brokenPipeExit = EXIT_IO;
    process.stdout.write(findingLine(file, f));
  };
  const onOutcome = (o: FileOutcome): void => {
    const unlisted = o.findings.slice(listed);
    listed = 0;
    if (!listFindings) return;
    const lines = unlisted.map((f) => findingLine(o.file, f));
    if (o.findingsTotal > o.findings.length) lines.push(`${shownPath(o.file)}: ${o.findingsTotal - o.findings.length} more findings not listed\n`);
    if (lines.length === 0) return;
    brokenPipeExit = EXIT_IO;
    process.stdout.write(lines.join(''));
  };
  const { outcomes, planFailures, seconds } = s3
    ? await runS3Paths('check', scrubber, positionals, { kind: 'none' }, { format, jobs, quiet, pathStyle: values['s3-path-style'] === true, onOutcome, onFinding })
    : await runPaths('check', scrubber, positionals, { kind: 'none' }, { format, jobs, quiet, report: values.report as string | undefined, onOutcome, onFinding });
  const totals = totalsOf(outcomes, planFailures, seconds);
  if (!quiet) process.stderr.write(summaryText(totals, 'check'));
  const exit = totals.failures.length > 0 ? EXIT_USAGE : totals.findings > 0 ? EXIT_IO : EXIT_OK;
  if (values.report !== undefined) {
    brokenPipeExit = exit;
    const doc = reportFormat === 'sarif' ? sarifLog(outcomes, totals.failures, scrubber.options.rules, version()) : jsonReport(totals, outcomes, 'check');
    writeReport(values.report as string, `${JSON.stringify(doc, null, 2)}\n`);
  }
  process.exitCode = exit;
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

/**
 * The exit code when stdout's reader goes away. `check` raises it before it writes what it found:
 * exit 0 there would pass `set -o pipefail; logscrub check . | head` as clean.
 */
let brokenPipeExit: number = EXIT_OK;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`logscrub scrub | head`) is the reader's choice, not our failure.
    if (error.code === 'EPIPE') process.exit(brokenPipeExit);
    fail(`cannot write output: ${error.code ?? error.message}`, EXIT_IO);
  });
  try {
    switch (command) {
      case 'scrub':
        await scrub(rest);
        return;
      case 'check':
        await check(rest);
        return;
      case 'rules':
        await listRules(rest);
        return;
      case '-v':
      case '--version':
        process.stdout.write(`${version()}\n`);
        return;
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
    if (error instanceof LogscrubError) fail(error.message, error.code === 'ERR_INPUT' && command !== 'check' ? EXIT_IO : EXIT_USAGE);
    fail(`unexpected error: ${(error as Error).message}`, EXIT_IO);
  }
}

// Not a top-level await: the bundle is CommonJS, which starts faster (scripts/build-cli.ts).
void main(process.argv.slice(2));
