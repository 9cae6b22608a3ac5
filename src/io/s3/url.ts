/**
 * `s3://bucket/key-or-prefix` as the CLI takes it (issue 14). Pure string work, and no SDK import:
 * the CLI asks `isS3Url` on every path before it decides to load @aws-sdk at all.
 *
 *   s3://logs                    the whole bucket
 *   s3://logs/exports/           everything under exports/
 *   s3://logs/exports            the object `exports` if there is one, else everything under exports/
 *   s3://logs/exports/a.gz       one object
 */
import { InputError } from '../../errors.js';

/** A bucket and a key (or key prefix), exactly as S3 spells them: no decoding, no normalising. */
export interface S3Url {
  readonly bucket: string;
  /** '' for the bucket's root. */
  readonly key: string;
}

const SCHEME = 's3://';

/** S3's own rule for bucket names: 3–63 of lower-case letters, digits, dots and hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Whether a CLI path names S3.
 *
 * @example isS3Url('s3://logs/app/') // true
 * @example isS3Url('./s3:/x') // false
 */
export const isS3Url = (path: string): boolean => path.startsWith(SCHEME);

/**
 * Splits an `s3://` URL. Throws `InputError` naming the URL when the bucket is missing or not a
 * bucket name (a usage mistake).
 *
 * @example parseS3Url('s3://logs/exports/a.gz') // { bucket: 'logs', key: 'exports/a.gz' }
 */
export function parseS3Url(url: string): S3Url {
  const rest = url.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const key = slash < 0 ? '' : rest.slice(slash + 1);
  if (!isS3Url(url) || !BUCKET.test(bucket)) throw new InputError(`${url} is not an S3 URL: write s3://BUCKET/PREFIX (a bucket name is 3 to 63 lower-case letters, digits, dots or hyphens)`);
  return { bucket, key };
}

/**
 * The URL of a bucket and key, for messages and reports.
 *
 * @example s3UrlOf('logs', 'a/b.gz') // 's3://logs/a/b.gz'
 */
export const s3UrlOf = (bucket: string, key: string): string => `${SCHEME}${bucket}/${key}`;

/**
 * A key prefix as a "directory": '' stays '' (the bucket's root), anything else ends with '/'.
 *
 * @example asDirectory('exports') // 'exports/'
 */
export const asDirectory = (prefix: string): string => (prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`);

/**
 * The last segment of a key or prefix (a trailing '/' ignored): what a tree is named after when
 * several inputs go under one output.
 *
 * @example lastSegment('exports/2026/') // '2026'
 */
export function lastSegment(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
