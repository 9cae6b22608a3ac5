/**
 * processFile(): one planned file, read from disk, through `scrubChunks`, to its atomic output
 * (issue 13). Every failure becomes a one-line reason on the outcome, never a throw: the run goes
 * on with the other files. No partial output survives a failure, and the input is only read.
 */
import { createReadStream, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { READ_CHUNK_BYTES } from '../../constants.js';
import { InputError, LogscrubError } from '../../errors.js';
import type { Scrubber } from '../../scrubber.js';
import { type AtomicFile, openAtomic } from './atomic.js';
import type { Sink } from './chunks.js';
import type { FormatChoice } from './format.js';
import { type FileFinding, type FileResult, scrubChunks } from './pipeline.js';
import type { PlannedFile } from './walk.js';
import { makeDirectories } from '../directories.js';
import { fsPath } from '../file-names.js';

/** Findings kept per file for reports (the rest are counted): bounds memory on a file full of secrets. */
export const MAX_FINDINGS_PER_FILE = 10_000;

export interface FileOptions {
  readonly mode: 'scrub' | 'check';
  readonly format: FormatChoice;
  readonly jobs?: number;
  /** Bytes of the file read before its block threads start (they cost more than they save on small files). */
  readonly startJobsAfterBytes?: number;
  /** `jobs` is the default, not the user's: a .gz leaves a core to zlib (see `ArchiveOptions`). */
  readonly jobsAreDefault?: boolean;
  /** Where output goes when the plan names no file (stdin/stdout runs). */
  readonly stdout?: Sink;
  readonly onRead?: (bytes: number) => void;
  /** Findings as they are found: the first MAX_FINDINGS_PER_FILE, those the outcome keeps. */
  readonly onFinding?: (finding: FileFinding) => void;
  readonly onWarning?: (message: string) => void;
  /**
   * Directories made for the output, as they are made: the run removes those left empty at its
   * end, or when it is interrupted (a file that failed leaves its temp file no more than that).
   */
  readonly onDirectoriesMade?: (dirs: readonly string[]) => void;
}

/** What became of one file. */
export interface FileOutcome {
  readonly file: string;
  readonly output?: string;
  /** Set when the file was processed. */
  readonly result?: FileResult;
  /** Set when it was not: the reason, one line, no file content. */
  readonly failure?: string;
  /**
   * Set when it was rewritten in place but other hard links still hold the original (`hardLinks`):
   * a failure of the run (its secrets are still on disk), though the file itself is done.
   */
  readonly linksLeft?: string;
  /** Findings (check mode), the first MAX_FINDINGS_PER_FILE. */
  readonly findings: readonly FileFinding[];
  readonly findingsTotal: number;
  readonly seconds: number;
}

/** A Node error in words: its code (ENOENT, EACCES, ENOSPC…) and which side failed, never a stack. */
function reason(error: unknown, file: PlannedFile): string {
  if (error instanceof LogscrubError) return error.message;
  const e = error as NodeJS.ErrnoException;
  const code = e.code ?? e.message;
  const reading = e.syscall === 'read' || (e.syscall === 'open' && e.path === file.path) || file.output === undefined;
  return reading ? `cannot read: ${code}` : `cannot write ${file.output}: ${code}`;
}

/** Whether two paths are one file now (`--in-place`: the output replaces the input). */
function sameInode(a: string, b: string): boolean {
  const x = statSync(fsPath(a), { throwIfNoEntry: false });
  const y = statSync(fsPath(b), { throwIfNoEntry: false });
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Throws when the file holds other than the `bytesRead` it had: a log its app appended to after the
 * last read (the fsync before the rename takes a while) would lose those lines to the rename.
 */
function refuseChanged(path: string, bytesRead: number): void {
  const now = statSync(fsPath(path), { throwIfNoEntry: false })?.size;
  if (now !== bytesRead) throw new InputError(`changed while it was read (${bytesRead} bytes read, ${now ?? 'none'} there now); left as it was: stop its writer or rotate it first`);
}

/**
 * @example
 * const outcome = await processFile(scrubber, { path: 'in.log', output: 'out/in.log', size: 10, mode: 0o644 }, { mode: 'scrub', format: 'auto' });
 * if (outcome.failure !== undefined) console.error(`${outcome.file}: ${outcome.failure}`);
 */
export async function processFile(scrubber: Scrubber, file: PlannedFile, options: FileOptions): Promise<FileOutcome> {
  const started = performance.now();
  const findings: FileFinding[] = [];
  let findingsTotal = 0;
  let atomic: AtomicFile | undefined;
  let replacesInput = false;
  const done = (extra: { result?: FileResult; failure?: string; linksLeft?: string }): FileOutcome => ({
    file: file.path,
    ...(file.output === undefined ? {} : { output: file.output }),
    ...extra,
    findings,
    findingsTotal,
    seconds: (performance.now() - started) / 1000,
  });
  try {
    const source = createReadStream(fsPath(file.path), { highWaterMark: READ_CHUNK_BYTES });
    let sink: Sink = options.stdout ?? (() => {});
    if (options.mode === 'scrub' && file.output !== undefined) {
      const output = file.output;
      // The output opens once the input has proved readable: no empty output for a missing input.
      await new Promise<void>((resolve, reject) => {
        source.once('readable', resolve);
        source.once('error', reject);
      });
      const made = makeDirectories(dirname(output));
      if (made.length > 0) options.onDirectoriesMade?.(made);
      replacesInput = sameInode(file.path, output);
      atomic = openAtomic(output, file.mode);
      sink = atomic.write;
    }
    const result = await scrubChunks(source, sink, {
      scrubber,
      mode: options.mode,
      format: options.format,
      ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
      ...(options.startJobsAfterBytes === undefined ? {} : { startJobsAfterBytes: options.startJobsAfterBytes }),
      ...(options.jobsAreDefault === true ? { jobsAreDefault: true } : {}),
      onFinding: (finding) => {
        findingsTotal++;
        if (findings.length >= MAX_FINDINGS_PER_FILE) return;
        findings.push(finding);
        options.onFinding?.(finding);
      },
      ...(options.onRead === undefined ? {} : { onRead: options.onRead }),
      ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
    });
    // In place, a file with nothing to redact stays as it was, untouched: its inode, its mtime
    // (which retention may go by) and its gzip's bytes (recompressed, they differed; a review's).
    if (replacesInput && result.linesRedacted === 0 && result.failed === 0) {
      atomic?.abort();
      return done({ result });
    }
    atomic?.commit(replacesInput ? () => refuseChanged(file.path, result.bytesIn) : undefined);
    const links = replacesInput ? file.hardLinks : undefined;
    if (links !== undefined) {
      const { total, rewritten } = links;
      return done({ result, linksLeft: `has ${total} hard links and ${rewritten} ${rewritten === 1 ? 'was' : 'were'} rewritten; the other names still hold the original, secrets included: rewrite or remove them` });
    }
    return done({ result });
  } catch (error) {
    atomic?.abort();
    return done({ failure: reason(error, file) });
  }
}
