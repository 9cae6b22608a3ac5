/**
 * The S3 scenario's memory probe: `node dist/bench/s3-memory.js make <endpoint> <MiB>` streams a
 * generated JSONL object of that size into the local S3 (key `memory-<MiB>.jsonl`);
 * `… scrub <endpoint> <MiB>` scrubs it in this fresh process and prints one JSON line: peak RSS
 * (KiB) before and after, seconds, bytes. Two processes, so the object's making does not count.
 * Memory should stay flat whatever the size: the object streams through in 8 MiB parts.
 */
import { Readable } from 'node:stream';
import { Upload } from '@aws-sdk/lib-storage';
import { createScrubber } from '../src/index.js';
import { generateCorpus } from './corpus.js';
import { SOURCE, s3Client, scrubOne } from './s3-object.js';

const [mode, endpoint, mib] = process.argv.slice(2);
if ((mode !== 'make' && mode !== 'scrub') || endpoint === undefined || mib === undefined || !(Number(mib) > 0)) {
  process.stderr.write('usage: node dist/bench/s3-memory.js make|scrub <endpoint> <MiB>\n');
  process.exit(2);
}
const bytes = Number(mib) * 1024 * 1024;
const key = `memory-${mib}.jsonl`;
const client = s3Client(endpoint);

if (mode === 'make') {
  // 4 MiB of seeded lines (1% secrets), repeated: the size is what matters here.
  const block = generateCorpus({ kind: 'jsonl', density: 0.01, bytes: 4 * 1024 * 1024, seed: 14 }).data;
  const chunks = function* (): Generator<Buffer> {
    for (let sent = 0; sent < bytes; sent += block.length) yield sent + block.length <= bytes ? block : block.subarray(0, bytes - sent);
  };
  await new Upload({ client, params: { Bucket: SOURCE, Key: key, Body: Readable.from(chunks()) } }).done();
} else {
  const scrubber = createScrubber({});
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  await scrubOne(client, scrubber, key);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ mib: Number(mib), peakBeforeKb: before, peakKb: process.resourceUsage().maxRSS, seconds, mbPerS: bytes / 1e6 / seconds })}\n`);
}
client.destroy();
