/**
 * `s3`: one object through the S3 handler's path (issue 14) — GetObject → scrub → multipart
 * upload, into a local s3rver in its own process — beside a plain copy of the same object
 * (GetObject read whole, PutObject of the same bytes) in the same run. MB/s are of the
 * uncompressed corpus, also for the gzip rows. The scrub rows' peak RSS is a fresh process
 * scrubbing an object of the corpus's size (`bench/s3-memory.ts`); for other sizes:
 * `node dist/bench/s3-memory.js make|scrub <endpoint> <MiB>`. The streamed copy (GetObject piped
 * into the same multipart upload, nothing scrubbed) is the plumbing limit: `× plumbing limit` is
 * how much of it the handler's path keeps, the part of the gap that is logscrub's own.
 *
 * The `logscrub scrub s3://…` rows are the CLI (its s3:// paths) as a whole process per run, on
 * the same object: node's start-up and the SDK's loading (~0.2 s of CPU) included, as a user
 * pays them.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createScrubber } from '../../src/index.js';
import { copyObject, DESTINATION, s3Client, scrubOne, serveS3, SOURCE, streamCopyObject } from '../s3-object.js';
import { runProcess } from '../spawn.js';
import type { Approach, LoadedCorpus, Measured, Prepared, Scenario } from '../types.js';

const cli = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

const probe = fileURLToPath(new URL('../s3-memory.js', import.meta.url));
const CORPORA = ['jsonl-1', 'text-1'];

/** Peak RSS (KiB) of a fresh process scrubbing one object of `mib` MiB. */
function probePeakKb(endpoint: string, mib: number): number {
  execFileSync(process.execPath, [probe, 'make', endpoint, String(mib)]);
  const out = JSON.parse(execFileSync(process.execPath, [probe, 'scrub', endpoint, String(mib)], { encoding: 'utf8' })) as { peakKb: number };
  return out.peakKb;
}

function approach(name: string, gzip: boolean, scrub: boolean | 'stream', role?: 'baseline' | 'limit'): Approach {
  return {
    name,
    ...(role === undefined ? {} : { role }),
    corpora: CORPORA,
    async prepare(corpus: LoadedCorpus): Promise<Prepared> {
      const endpoint = await serveS3();
      const client = s3Client(endpoint);
      const key = `${corpus.spec.name}${gzip ? '.jsonl.gz' : '.jsonl'}`;
      await client.send(new PutObjectCommand({ Bucket: SOURCE, Key: key, Body: gzip ? gzipSync(corpus.data) : corpus.data, ContentType: 'application/x-ndjson' }));
      const scrubber = createScrubber({});
      const peak = scrub === true && !gzip ? probePeakKb(endpoint, Math.max(1, Math.round(corpus.data.length / 2 ** 20))) : undefined;
      return {
        run: () => (scrub === 'stream' ? streamCopyObject(client, key) : scrub ? scrubOne(client, scrubber, key) : copyObject(client, key)),
        ...(peak === undefined ? {} : { childPeakRssKb: () => peak }),
      };
    },
  };
}

/** `logscrub scrub s3://SOURCE/key -o s3://DESTINATION/cli/key`, one process per run. */
function cliApproach(name: string, gzip: boolean): Approach {
  return {
    name,
    corpora: CORPORA,
    warmups: 1,
    async prepare(corpus: LoadedCorpus): Promise<Prepared> {
      const endpoint = await serveS3();
      const client = s3Client(endpoint);
      const key = `${corpus.spec.name}${gzip ? '.jsonl.gz' : '.jsonl'}`;
      await client.send(new PutObjectCommand({ Bucket: SOURCE, Key: key, Body: gzip ? gzipSync(corpus.data) : corpus.data, ContentType: 'application/x-ndjson' }));
      const env = {
        PATH: process.env.PATH ?? '',
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: endpoint,
        LOGSCRUB_S3_FORCE_PATH_STYLE: 'true',
      };
      let peak: number | undefined;
      return {
        async run(): Promise<Measured> {
          const started = performance.now();
          const result = await runProcess([cli, 'scrub', `s3://${SOURCE}/${key}`, '-o', `s3://${DESTINATION}/cli/${key}`, '-q'], '/dev/null', '/dev/null', [0], env);
          peak = Math.max(peak ?? 0, result.peakRssKb ?? 0);
          return { seconds: (performance.now() - started) / 1000, bytes: corpus.data.length };
        },
        childPeakRssKb: () => peak,
      };
    },
  };
}

export const s3Scenario: Scenario = {
  name: 's3',
  description: 'one object through the local S3: GetObject → scrub → multipart upload, beside a plain copy (GetObject → PutObject)',
  approaches: [
    approach('plain copy: GetObject → PutObject', false, false, 'baseline'),
    approach('streamed copy: GetObject → multipart Upload, nothing scrubbed', false, 'stream', 'limit'),
    approach('s3ObjectHandler path: get → scrub → upload', false, true),
    approach('plain copy, .gz object', true, false),
    approach('s3ObjectHandler path, .gz object (gunzip, scrub, gzip -3)', true, true),
    cliApproach('logscrub scrub s3:// -o s3:// (whole process)', false),
    cliApproach('logscrub scrub s3:// -o s3://, .gz object (whole process)', true),
  ],
};
