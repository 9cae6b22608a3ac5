/**
 * listInput(): what an `s3://` path names (issue 14): one object, or every object under a prefix,
 * listed with ListObjectsV2 page by page (S3 returns at most 1,000 keys a page).
 *
 *   s3://b/p/ or s3://b          ──▶ the tree under p/ (or the whole bucket)
 *   s3://b/p   an object p       ──▶ that object (the first key ≥ p in a listing is p itself, when
 *              no object p       ──▶ the tree under p/     it exists: one request tells them apart)
 *
 * Keys ending in '/' are the console's empty "folder" markers, not logs: skipped. Sizes come with
 * the listing, so the progress line knows the total before the first byte is read.
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { S3 } from '../../constants.js';
import { asDirectory, type S3Url, s3UrlOf } from './url.js';

export interface ListedObject {
  readonly key: string;
  readonly size: number;
}

/** An input as listed: one object, or a tree under `base`. */
export interface ListedInput {
  /** The URL as the user typed it. */
  readonly url: string;
  readonly bucket: string;
  /** The tree's prefix ('' or ending in '/'); for one object, its key. */
  readonly base: string;
  readonly single: boolean;
  /** In key order (S3 lists in UTF-8 binary order). */
  readonly objects: readonly ListedObject[];
}

export interface ListOptions {
  /** Keys per ListObjectsV2 page. Default S3's maximum. */
  readonly pageKeys?: number;
  readonly signal?: AbortSignal;
}

async function* pages(client: S3Client, bucket: string, prefix: string, options: ListOptions): AsyncGenerator<ListedObject[]> {
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: options.pageKeys ?? S3.listPageKeys, ContinuationToken: token }),
      options.signal === undefined ? {} : { abortSignal: options.signal },
    );
    yield (page.Contents ?? []).flatMap((o) => (o.Key === undefined || o.Key.endsWith('/') ? [] : [{ key: o.Key, size: o.Size ?? 0 }]));
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
}

/**
 * Lists an input. Rejects with the SDK's error when the bucket cannot be listed (the caller words
 * it); resolves with no objects for an empty prefix.
 *
 * @example
 * const input = await listInput(client, 's3://logs/exports/', parseS3Url('s3://logs/exports/'));
 * input.objects.length // every object under exports/
 */
export async function listInput(client: S3Client, url: string, where: S3Url, options: ListOptions = {}): Promise<ListedInput> {
  if (where.key !== '' && !where.key.endsWith('/')) {
    const first = await client.send(
      new ListObjectsV2Command({ Bucket: where.bucket, Prefix: where.key, MaxKeys: 1 }),
      options.signal === undefined ? {} : { abortSignal: options.signal },
    );
    const object = first.Contents?.[0];
    if (object?.Key === where.key) return { url, bucket: where.bucket, base: where.key, single: true, objects: [{ key: where.key, size: object.Size ?? 0 }] };
  }
  const base = asDirectory(where.key);
  const objects: ListedObject[] = [];
  for await (const page of pages(client, where.bucket, base, options)) objects.push(...page);
  return { url: base === where.key ? url : s3UrlOf(where.bucket, base), bucket: where.bucket, base, single: false, objects };
}
