/**
 * The S3 scenario's pieces (issue 14), shared by `bench/scenarios/s3.ts` and the memory probe
 * (`bench/s3-memory.ts`): a local s3rver in a child process, a client for it, and the two paths
 * timed per object: the scrubbed copy, a plain copy, and a streamed copy (the plumbing limit).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { S3 } from '../src/constants.js';
import { partBytesFor } from '../src/io/s3/parts.js';
import { scrubObject } from '../src/io/s3/object.js';
import type { Scrubber } from '../src/scrubber.js';

const serverScript = fileURLToPath(new URL('../tests/support/serve-s3.js', import.meta.url));
export const SOURCE = 'bench-source';
export const DESTINATION = 'bench-redacted';

/** Starts s3rver in a child process; it ends with this process. */
export function serveS3(): Promise<string> {
  const child = spawn(process.execPath, [serverScript], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.unref();
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('error', reject);
  });
}

/** s3rver checks these; they sign nothing else. */
export const s3Client = (endpoint: string): S3Client =>
  new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

/** The baseline: the object's bytes read whole and put back, untouched. */
export async function copyObject(client: S3Client, key: string): Promise<void> {
  const got = await client.send(new GetObjectCommand({ Bucket: SOURCE, Key: key }));
  const body = await (got.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray();
  await client.send(new PutObjectCommand({ Bucket: DESTINATION, Key: `copy/${key}`, Body: body, ContentType: got.ContentType }));
}

/**
 * The plumbing limit: the object streamed from GetObject into the handler's multipart upload
 * (lib-storage, same part size and queue), nothing scrubbed. The handler's path can be no faster;
 * against s3rver, which writes every part to disk and then reads them all back into the object,
 * this is well below the plain copy.
 */
export async function streamCopyObject(client: S3Client, key: string): Promise<void> {
  const got = await client.send(new GetObjectCommand({ Bucket: SOURCE, Key: key }));
  await new Upload({
    client,
    partSize: partBytesFor(got.ContentLength, S3.partBytes),
    queueSize: S3.queueSize,
    leavePartsOnError: false,
    params: { Bucket: DESTINATION, Key: `stream/${key}`, Body: got.Body as Readable, ContentType: got.ContentType },
  }).done();
}

/** The handler's path for one object, without the Lambda event around it. */
export async function scrubOne(client: S3Client, scrubber: Scrubber, key: string): Promise<void> {
  const result = await scrubObject({ bucket: SOURCE, key }, { client, scrubber, destination: { bucket: DESTINATION, prefix: 'scrubbed/', inPlace: false } });
  if (result.status !== 'Succeeded') throw new Error(`scrubObject: ${result.status}: ${result.reason}`);
}
