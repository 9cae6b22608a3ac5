/**
 * runFiles(): every planned file through `processFile`, several at once on worker threads with
 * `jobs` > 1 (issue 13). Outcomes are handed on in plan order whatever order they finish in, so
 * output is the same run to run. One file with `jobs` > 1 is split across threads by blocks
 * instead (the order-preserving line pool). Directories made for outputs and left empty (their
 * files failed, or the run was interrupted) are removed at the end: the output tree holds what
 * was written.
 *
 *   plan ──▶ next file ──▶ idle worker (its own scrubber, built from the resolved options)
 *                               │ read bytes (progress)         │ findings as found, outcome
 *                               ▼                               ▼
 *                           onRead                    in plan order (in-order.ts) ──▶ onFinding, onOutcome
 *
 * Memory stays bounded: each thread holds one file's blocks in flight, never a whole file (a
 * subscription file excepted, capped by MAX_ENVELOPE_BYTES).
 */
import { unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Scrubber } from '../../scrubber.js';
import { removeEmptyDirectories } from '../directories.js';
import { fsPath, readDirectoryNames } from '../file-names.js';
import { removeOpenTempFiles, tempNameTail } from './atomic.js';
import { type FileOptions, type FileOutcome, processFile } from './file.js';
import { createInOrder } from './in-order.js';
import type { FileFinding } from './pipeline.js';
import type { PlannedFile } from './walk.js';

export interface RunOptions {
  readonly mode: FileOptions['mode'];
  readonly format: FileOptions['format'];
  /** Threads: files at once, or the blocks of a lone file. */
  readonly jobs: number;
  /** For a lone file: bytes read before its block threads start (default 0). */
  readonly startJobsAfterBytes?: number;
  /** `jobs` is the default, not the user's: a lone .gz leaves a core to zlib (see `ArchiveOptions`). */
  readonly jobsAreDefault?: boolean;
  readonly stdout?: FileOptions['stdout'];
  readonly onRead?: (bytes: number) => void;
  /** Each file's outcome, in plan order. */
  readonly onOutcome?: (outcome: FileOutcome) => void;
  /**
   * Findings as they are found (of each file, those its outcome keeps), in plan order: a file's
   * once the files before it are done, and before its own outcome.
   */
  readonly onFinding?: (file: string, finding: FileFinding) => void;
  readonly onWarning?: (message: string) => void;
  /** @internal The file worker's module, for tests of a worker that dies. */
  readonly workerUrl?: URL;
}

/** Message from a file worker. */
export type FileWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'read'; readonly bytes: number }
  | { readonly type: 'finding'; readonly index: number; readonly finding: FileFinding }
  | { readonly type: 'directories'; readonly dirs: readonly string[] }
  | { readonly type: 'done'; readonly index: number; readonly outcome: FileOutcome };

/** A job for a file worker. */
export interface FileJob {
  readonly index: number;
  readonly file: PlannedFile;
  readonly mode: FileOptions['mode'];
  readonly format: FileOptions['format'];
  /** Send each finding as it is found, not only with the outcome. */
  readonly findings: boolean;
}

/** Outputs being written right now, by any thread: their temp files are removed if the run is interrupted. */
const inFlight = new Set<string>();

/**
 * Directories made for outputs by any thread of the run: those left empty — every file meant for
 * them failed, or the run was interrupted — are removed at its end or on the interrupt. Removed
 * only then, not as a file fails: another thread may be about to write there.
 */
const madeDirectories = new Set<string>();

/**
 * Removes the temp files of an interrupted run: this thread's, and those the worker threads opened
 * (same process id in their names) beside the outputs in flight, then the directories made for
 * outputs that are left empty. Synchronous, for signal handlers.
 *
 * @example process.once('SIGINT', () => { cleanupInterrupted(); process.exit(130); });
 */
export function cleanupInterrupted(): void {
  removeOpenTempFiles();
  for (const output of inFlight) removeTempFilesOf(output);
  removeEmptyDirectories(madeDirectories);
}

/**
 * Removes the temp files this process opened for one output, whichever thread opened them. A temp
 * name keeps only the first bytes of the target's name: when another output in flight in the same
 * directory ends the same way, its temp files cannot be told apart, and both are left alone (a walk
 * skips temp names; better a stray file than another thread's output lost).
 */
function removeTempFilesOf(output: string): void {
  const mine = `.logscrub-${process.pid}-`;
  const suffix = tempNameTail(output);
  const dir = dirname(output);
  for (const other of inFlight) if (other !== output && dirname(other) === dir && tempNameTail(other) === suffix) return;
  try {
    for (const name of readDirectoryNames(dir)) if (name.startsWith(mine) && name.endsWith(suffix)) unlinkSync(fsPath(join(dir, name)));
  } catch {
    // The directory is gone or unreadable: nothing of ours to remove there.
  }
}

/**
 * @example
 * const outcomes = await runFiles(scrubber, plan.files, { mode: 'scrub', format: 'auto', jobs: 2 });
 */
export async function runFiles(scrubber: Scrubber, files: readonly PlannedFile[], options: RunOptions): Promise<FileOutcome[]> {
  const outcomes: Array<FileOutcome | undefined> = new Array(files.length);
  const made = new Set<string>();
  const recordDirectories = (dirs: readonly string[]): void => {
    for (const dir of dirs) {
      made.add(dir);
      madeDirectories.add(dir);
    }
  };
  try {
    await runEach(scrubber, files, options, outcomes, recordDirectories);
  } finally {
    removeEmptyDirectories(made);
    for (const dir of made) madeDirectories.delete(dir);
  }
  return outcomes as FileOutcome[];
}

/** The files of `runFiles`, on this thread or on workers; `outcomes` filled in as they finish. */
async function runEach(
  scrubber: Scrubber,
  files: readonly PlannedFile[],
  options: RunOptions,
  outcomes: Array<FileOutcome | undefined>,
  recordDirectories: (dirs: readonly string[]) => void,
): Promise<void> {
  const onFinding = options.onFinding;
  const order = createInOrder<FileFinding, FileOutcome>(files.length, {
    ...(onFinding === undefined ? {} : { onFinding: (index: number, finding: FileFinding) => onFinding((files[index] as PlannedFile).path, finding) }),
    ...(options.onOutcome === undefined ? {} : { onOutcome: options.onOutcome }),
  });
  const finished = (index: number, outcome: FileOutcome): void => {
    if (outcome.output !== undefined) inFlight.delete(outcome.output);
    outcomes[index] = outcome;
    order.finished(index, outcome);
  };
  const fileOptions = (jobs: number, index: number): FileOptions => ({
    mode: options.mode,
    format: options.format,
    jobs,
    ...(options.startJobsAfterBytes === undefined ? {} : { startJobsAfterBytes: options.startJobsAfterBytes }),
    ...(options.jobsAreDefault === true ? { jobsAreDefault: true } : {}),
    ...(options.stdout === undefined ? {} : { stdout: options.stdout }),
    ...(options.onRead === undefined ? {} : { onRead: options.onRead }),
    ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
    ...(onFinding === undefined ? {} : { onFinding: (finding: FileFinding) => order.found(index, finding) }),
    onDirectoriesMade: recordDirectories,
  });

  const threads = Math.min(options.jobs, files.length);
  if (threads <= 1) {
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as PlannedFile;
      if (file.output !== undefined) inFlight.add(file.output);
      finished(i, await processFile(scrubber, file, fileOptions(files.length === 1 ? options.jobs : 1, i)));
    }
    return;
  }

  let next = 0;
  await new Promise<void>((resolve) => {
    let live = threads;
    // Loaded here, not at import: the stdin filter never starts a file worker (issue 9: start-up).
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(options.workerUrl ?? new URL('./file-worker.js', import.meta.url), { workerData: scrubber.options });
      let current: number | undefined;
      const give = (): void => {
        if (next >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        const file = files[current] as PlannedFile;
        if (file.output !== undefined) inFlight.add(file.output);
        const job: FileJob = { index: current, file, mode: options.mode, format: options.format, findings: onFinding !== undefined };
        worker.postMessage(job);
      };
      worker.on('message', (message: FileWorkerMessage) => {
        if (message.type === 'ready') give();
        else if (message.type === 'read') options.onRead?.(message.bytes);
        else if (message.type === 'finding') order.found(message.index, message.finding);
        else if (message.type === 'directories') recordDirectories(message.dirs);
        else {
          finished(message.index, message.outcome);
          give();
        }
      });
      worker.once('exit', () => {
        // A worker that died mid-file: that file fails and its temp file is removed — its own only:
        // the other threads' files in flight are still being written.
        if (current !== undefined) {
          const file = files[current] as PlannedFile;
          if (file.output !== undefined) {
            removeTempFilesOf(file.output);
            inFlight.delete(file.output);
          }
          finished(current, { file: file.path, failure: 'the worker thread processing it stopped', findings: [], findingsTotal: 0, seconds: 0 });
        }
        if (--live === 0) resolve();
      });
      worker.on('error', (error) => options.onWarning?.(`a worker thread failed: ${error.message}`));
    }
  });
  // Files no worker took (every worker failed at start): run here.
  for (let i = 0; i < files.length; i++) {
    if (outcomes[i] === undefined) finished(i, await processFile(scrubber, files[i] as PlannedFile, fileOptions(1, i)));
  }
}
