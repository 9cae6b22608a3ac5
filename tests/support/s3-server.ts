/**
 * A local S3 for tests and benchmarks (issue 14): s3rver (npm) on 127.0.0.1, path-style, its
 * objects in a temporary directory, behind the fault proxy (`fault-proxy.ts`), which also answers
 * the few calls s3rver does not implement (AbortMultipartUpload, GetBucketVersioning) and keeps
 * track of multipart uploads, so a test can see that none was left open.
 *
 * Checked against the real @aws-sdk/client-s3 and lib-storage (3.1175): PutObject, multipart
 * uploads of 5 MiB parts, metadata, Content-Type and Content-Encoding come back byte for byte,
 * with the SDK's default flexible checksums (`WHEN_SUPPORTED`) as well as `WHEN_REQUIRED`:
 * lib-storage sends every part as a Buffer of known length, so no aws-chunked body reaches s3rver.
 *
 * Point a client at `url` with `forcePathStyle: true` (or AWS_ENDPOINT_URL_S3 and
 * LOGSCRUB_S3_FORCE_PATH_STYLE=true for the Lambda handler).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

export interface LocalS3 {
  /** The proxy's `http://127.0.0.1:<port>`: what clients use. */
  readonly url: string;
  /** s3rver itself, with no faults and no emulated calls in front. */
  readonly directUrl: string;
  readonly proxy: FaultProxy;
  /** A client for `url` (or another endpoint), path-style, with the local credentials s3rver checks. */
  client(endpoint?: string): S3Client;
  close(): Promise<void>;
}

/** s3rver's fixed credentials: they sign requests to it and to nothing else. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/**
 * @example
 * const s3 = await startLocalS3(['source', 'redacted']);
 * await s3.client().send(new PutObjectCommand({ Bucket: 'source', Key: 'a.log', Body: 'x' }));
 */
export async function startLocalS3(buckets: readonly string[]): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), 'logscrub-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
  const { port } = await server.run();
  const directUrl = `http://127.0.0.1:${port}`;
  const proxy = await startFaultProxy(directUrl);
  const clients: S3Client[] = [];
  return {
    url: proxy.url,
    directUrl,
    proxy,
    client(endpoint = proxy.url) {
      const client = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_S3_CREDENTIALS, maxAttempts: 3 });
      clients.push(client);
      return client;
    },
    async close() {
      for (const c of clients) c.destroy();
      await proxy.close();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
