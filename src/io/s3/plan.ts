/**
 * planObjects(): listed `s3://` inputs → the objects to read and where each one's output goes
 * (issue 14). The same layout rules as a local tree (`walk.ts`), with keys for paths:
 *
 *   scrub s3://b/logs/ -o s3://c/clean/     logs/x/1.gz → s3://c/clean/x/1.gz
 *   scrub s3://b/logs/ -o clean/            logs/x/1.gz → clean/x/1.gz (atomic local files)
 *   scrub s3://b/a s3://b/d/ -o s3://c/o/   a → o/a, d/x → o/d/x
 *   scrub s3://b/logs/a.gz -o s3://c/a.gz   one object → that key (a key ending in '/': under it)
 *   scrub s3://b/logs/a.gz                  one object → stdout
 *   scrub s3://b/logs/ --in-place           each object → itself (versioned buckets only)
 *   check s3://b/logs/                      no output
 *
 * Nothing is read or written here. A layout that would write over an input, or into an input's
 * tree (a second run would scrub the outputs again), is a usage error.
 */
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import type { ListedInput } from './list.js';
import { asDirectory, lastSegment, type S3Url, s3UrlOf } from './url.js';

/** Where the output of an `s3://` run goes. */
export type ObjectTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'stdout' }
  | { readonly kind: 'in-place' }
  | { readonly kind: 's3'; readonly url: S3Url }
  /** `directory`: the path is, or is meant as, a directory (it exists as one, or ends with a separator). */
  | { readonly kind: 'path'; readonly path: string; readonly directory: boolean };

/** Where one object's output goes. */
export type ObjectOutput =
  | { readonly kind: 's3'; readonly bucket: string; readonly key: string; readonly inPlace: boolean }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdout' };

export interface PlannedObject {
  readonly bucket: string;
  readonly key: string;
  /** `s3://bucket/key`: the name in messages and reports. */
  readonly url: string;
  readonly size: number;
  /** Undefined for check. */
  readonly output?: ObjectOutput;
}

/** An input with no object to process: reported, the others still run. */
export interface ObjectPlanFailure {
  readonly file: string;
  readonly reason: string;
}

/**
 * The output's name of one object: its key relative to its input's prefix, under the input's
 * own name when several inputs share the output.
 */
function relativeName(input: ListedInput, key: string, several: boolean): string {
  if (input.single) return lastSegment(key);
  const rest = key.slice(input.base.length);
  return several ? `${lastSegment(input.base) || input.bucket}/${rest}` : rest;
}

const outputName = (o: ObjectOutput): string => (o.kind === 's3' ? s3UrlOf(o.bucket, o.key) : o.kind === 'file' ? o.path : 'stdout');

/**
 * Plans a run over listed inputs. Throws `InputError` (a usage mistake, exit 2) for a layout that
 * would overwrite or nest inside an input.
 *
 * @example
 * const { objects } = planObjects([listed], { kind: 's3', url: parseS3Url('s3://clean/') });
 */
export function planObjects(inputs: readonly ListedInput[], target: ObjectTarget): { objects: PlannedObject[]; failures: ObjectPlanFailure[] } {
  const objects: PlannedObject[] = [];
  const failures: ObjectPlanFailure[] = [];
  const several = inputs.length > 1;
  // Like a local tree: one object to a name without a trailing '/' is that name; anything else is a directory.
  const intoDirectory = several || inputs.some((i) => !i.single);
  for (const input of inputs) {
    if (input.objects.length === 0) {
      failures.push({ file: input.url, reason: 'no objects under this prefix' });
      continue;
    }
    for (const { key, size } of input.objects) {
      const name = relativeName(input, key, several);
      let output: ObjectOutput | undefined;
      switch (target.kind) {
        case 'none':
          break;
        case 'stdout':
          output = { kind: 'stdout' };
          break;
        case 'in-place':
          output = { kind: 's3', bucket: input.bucket, key, inPlace: true };
          break;
        case 's3': {
          const { bucket, key: out } = target.url;
          const asDir = intoDirectory || out === '' || out.endsWith('/');
          output = { kind: 's3', bucket, key: asDir ? `${asDirectory(out)}${name}` : out, inPlace: false };
          break;
        }
        case 'path':
          output = { kind: 'file', path: intoDirectory || target.directory ? join(target.path, ...name.split('/')) : target.path };
          break;
      }
      objects.push({ bucket: input.bucket, key, url: s3UrlOf(input.bucket, key), size, ...(output === undefined ? {} : { output }) });
    }
  }

  if (target.kind === 's3') {
    const out = target.url;
    for (const input of inputs) {
      if (!input.single && input.bucket === out.bucket && asDirectory(out.key).startsWith(input.base)) {
        throw new InputError(`output ${s3UrlOf(out.bucket, out.key)} is inside the input ${input.url}; choose a prefix outside it`);
      }
    }
    const sources = new Set(objects.map((o) => o.url));
    for (const o of objects) {
      const name = outputName(o.output as ObjectOutput);
      if (sources.has(name)) throw new InputError(`output ${name} would overwrite the input ${o.url}; use --in-place to rewrite inputs (versioned buckets only)`);
    }
  }
  if (target.kind === 's3' || target.kind === 'path') {
    const seen = new Set<string>();
    for (const o of objects) {
      const name = outputName(o.output as ObjectOutput);
      if (seen.has(name)) throw new InputError(`two inputs would be written to ${name}; give inputs with different names`);
      seen.add(name);
    }
  }
  return { objects, failures };
}
