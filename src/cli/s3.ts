/**
 * `logscrub scrub|check s3://…` (issue 14): the CLI's side of an S3 run. It loads the AWS SDK only
 * here, only when a path is `s3://`, and hands the CLI the same outcomes a local tree gives, so
 * the summary, `--report`, SARIF and exit codes are shared.
 *
 *   s3:// PATH… ──listInput (ListObjectsV2, paged)──▶ planObjects ──▶ runObjects (jobs in flight)
 *        ──▶ outcomes in listing order ──▶ main.ts: findings, summary, report, exit code
 *
 * Outputs: `-o s3://…` (multipart upload, aborted on failure), `-o DIR` or `-o FILE` (atomic local
 * files), stdout for one object, `--in-place` (versioned buckets only). Local inputs to an s3://
 * output are refused: scrub to a directory, then copy.
 */
import { statSync } from 'node:fs';
import { sep } from 'node:path';
import { InputError } from '../errors.js';
import type { FileOutcome } from '../io/archive/file.js';
import type { FormatChoice } from '../io/archive/format.js';
import type { Sink } from '../io/archive/chunks.js';
import type { FileFinding } from '../io/archive/pipeline.js';
import type { Failure } from '../io/archive/report.js';
import type { ListedInput } from '../io/s3/list.js';
import type { ObjectTarget } from '../io/s3/plan.js';
import { isS3Url, parseS3Url } from '../io/s3/url.js';
import type { Scrubber } from '../scrubber.js';

/** What the user asked for, before anything is listed. */
export type S3Output = { readonly kind: 'none' } | { readonly kind: 'auto' } | { readonly kind: 'in-place' } | { readonly kind: 'path'; readonly path: string };

export interface S3RunOptions {
  readonly mode: 'scrub' | 'check';
  readonly scrubber: Scrubber;
  readonly format: FormatChoice;
  /** Objects in flight; undefined: S3.cliJobs. */
  readonly jobs: number | undefined;
  readonly forcePathStyle: boolean;
  readonly stdout: Sink;
  /** Called with the total bytes and objects once listed; returns the progress hooks, if any. */
  readonly startProgress?: (total: number, objects: number) => { read(bytes: number): void } | undefined;
  readonly onOutcome: (outcome: FileOutcome) => void;
  /** Findings (check) as they are found, in listing order: see `runObjects`. */
  readonly onFinding?: (url: string, finding: FileFinding) => void;
  readonly onWarning: (message: string) => void;
  readonly signal: AbortSignal;
}

export interface S3Run {
  readonly outcomes: FileOutcome[];
  readonly planFailures: Failure[];
  readonly seconds: number;
}

/**
 * Whether the run is an S3 one. Throws `InputError` when `s3://` and local paths are mixed, or
 * the output is `s3://` while the inputs are local.
 *
 * @example isS3Run(['s3://logs/app/'], undefined) // true
 */
export function isS3Run(paths: readonly string[], output: string | undefined): boolean {
  const s3 = paths.filter(isS3Url).length;
  if (s3 > 0 && s3 < paths.length) throw new InputError('s3:// and local inputs cannot be mixed in one run');
  if (s3 === 0 && output !== undefined && isS3Url(output)) {
    throw new InputError('-o s3://… takes s3:// inputs; for local files, scrub to a directory and copy it (aws s3 cp --recursive)');
  }
  return s3 > 0;
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The error a listing failed with, in one line. */
const listFailure = (error: unknown, classify: (e: unknown) => { reason: string }): string => `cannot list: ${classify(error).reason}`;

/**
 * Lists, plans and runs an S3 run. Throws `InputError` for usage mistakes found once listed (a
 * prefix to stdout, an output inside an input).
 *
 * @example
 * const run = await runS3(['s3://logs/app/'], { kind: 'path', path: 's3://clean/app/' }, options);
 */
export async function runS3(paths: readonly string[], output: S3Output, options: S3RunOptions): Promise<S3Run> {
  const started = performance.now();
  const urls = paths.map((p) => ({ path: p, where: parseS3Url(p) }));
  const target: ObjectTarget =
    output.kind === 'none'
      ? { kind: 'none' }
      : output.kind === 'auto'
        ? { kind: 'stdout' }
        : output.kind === 'in-place'
          ? { kind: 'in-place' }
          : isS3Url(output.path)
            ? { kind: 's3', url: parseS3Url(output.path) }
            : { kind: 'path', path: output.path, directory: isDirectory(output.path) || output.path.endsWith(sep) || output.path.endsWith('/') };

  // Loaded here, not at the top: a user who never names s3:// needs no AWS SDK.
  const { createCliS3Client } = await import('../io/s3/client.js');
  const client = await createCliS3Client({ forcePathStyle: options.forcePathStyle });
  try {
    const [{ listInput }, { planObjects }, { runObjects }, { classify }, { S3 }] = await Promise.all([
      import('../io/s3/list.js'),
      import('../io/s3/plan.js'),
      import('../io/s3/run.js'),
      import('../io/s3/object.js'),
      import('../constants.js'),
    ]);
    const planFailures: Failure[] = [];
    const listed: ListedInput[] = [];
    for (const { path, where } of urls) {
      try {
        listed.push(await listInput(client, path, where, { signal: options.signal }));
      } catch (error) {
        planFailures.push({ file: path, reason: listFailure(error, classify) });
      }
    }
    const lone = listed.length === 1 && listed[0]?.single === true;
    if (target.kind === 'stdout' && !lone && listed.length > 0) {
      throw new InputError(`${listed.find((l) => !l.single)?.url ?? paths[0]} is a prefix: give -o s3://BUCKET/PREFIX/ or -o DIR (or --in-place)`);
    }
    const plan = planObjects(listed, target);
    planFailures.push(...plan.failures);
    for (const f of planFailures) options.onWarning(`${f.file}: ${f.reason}`);
    const progress = options.startProgress?.(
      plan.objects.reduce((n, o) => n + o.size, 0),
      plan.objects.length,
    );
    const outcomes = await runObjects(plan.objects, {
      client,
      scrubber: options.scrubber,
      mode: options.mode,
      format: options.format,
      jobs: options.jobs ?? S3.cliJobs,
      stdout: options.stdout,
      signal: options.signal,
      onOutcome: options.onOutcome,
      ...(options.onFinding === undefined ? {} : { onFinding: options.onFinding }),
      onWarning: options.onWarning,
      ...(progress === undefined ? {} : { onRead: (n: number) => progress.read(n) }),
    });
    return { outcomes, planFailures, seconds: (performance.now() - started) / 1000 };
  } finally {
    client.destroy();
  }
}
