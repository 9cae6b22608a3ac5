/**
 * `s3`: one object through the S3 handler's path (issue 14) — GetObject → scrub → multipart
 * upload, into a local s3rver in its own process — beside a plain copy of the same object
 * (GetObject read whole, PutObject of the same bytes) in the same run. MB/s are of the
 * uncompressed corpus, also for the gzip rows. The scrub rows' peak RSS is a fresh process
 * scrubbing an object of the corpus's size (`bench/s3-memory.ts`); for other sizes:
 * `node dist/bench/s3-memory.js make|scrub <endpoint> <MiB>`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createScrubber } from '../../src/index.js';
import { copyObject, s3Client, scrubOne, serveS3, SOURCE } from '../s3-object.js';
import type { Approach, LoadedCorpus, Prepared, Scenario } from '../types.js';

const probe = fileURLToPath(new URL('../s3-memory.js', import.meta.url));
const CORPORA = ['jsonl-1', 'text-1'];

/** Peak RSS (KiB) of a fresh process scrubbing one object of `mib` MiB. */
function probePeakKb(endpoint: string, mib: number): number {
  execFileSync(process.execPath, [probe, 'make', endpoint, String(mib)]);
  const out = JSON.parse(execFileSync(process.execPath, [probe, 'scrub', endpoint, String(mib)], { encoding: 'utf8' })) as { peakKb: number };
  return out.peakKb;
}

function approach(name: string, gzip: boolean, scrub: boolean, role?: 'baseline'): Approach {
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
      const peak = scrub && !gzip ? probePeakKb(endpoint, Math.max(1, Math.round(corpus.data.length / 2 ** 20))) : undefined;
      return {
        run: () => (scrub ? scrubOne(client, scrubber, key) : copyObject(client, key)),
        ...(peak === undefined ? {} : { childPeakRssKb: () => peak }),
      };
    },
  };
}

export const s3Scenario: Scenario = {
  name: 's3',
  description: 'one object through the local S3: GetObject → scrub → multipart upload, beside a plain copy (GetObject → PutObject)',
  approaches: [
    approach('plain copy: GetObject → PutObject', false, false, 'baseline'),
    approach('s3ObjectHandler path: get → scrub → upload', false, true),
    approach('plain copy, .gz object', true, false),
    approach('s3ObjectHandler path, .gz object (gunzip, scrub, gzip -6)', true, true),
  ],
};
