/**
 * `lambda`: what the subscription Lambda does to a batch, excluding the network (issue 12):
 * decode (base64, gunzip, JSON) → redact (one engine call per batch) → encode (the real handler's
 * PutLogEvents requests, serialised and signed by the real SDK client and answered in-process; or,
 * for Firehose, the gzip'd envelope), on batches of 1 MB of messages (CloudWatch's size), also
 * 256 KB and 4 MB, beside a naive forwarder (decode, one regex pass per message, re-serialise
 * with `JSON.stringify`, no SDK), the same handler with nothing redacted, and decoding alone.
 * Events are built before the clock starts.
 *
 * Memory: each logscrub row also runs one batch in a fresh process (`bench/lambda-memory.ts`) and
 * reports how far it raised the peak RSS above the warm process's, against the batch's size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScrubber } from '../../src/index.js';
import { subscriptionEvent } from '../corpus.js';
import { createPathRunner, type LambdaPath } from '../lambda-path.js';
import type { Approach, LoadedCorpus, Prepared, Scenario } from '../types.js';

const probe = fileURLToPath(new URL('../lambda-memory.js', import.meta.url));
const CORPORA = ['jsonl-1', 'text-1'];

/** The corpus's lines as subscription events of about `batchBytes` of messages each. */
function batchesOf(corpus: LoadedCorpus, batchBytes: number): { datas: string[]; lines: string[] } {
  const lines = corpus.data.toString('utf8').replace(/\n$/, '').split('\n');
  const datas: string[] = [];
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line) + 26;
    if (size + bytes > batchBytes && batch.length > 0) {
      datas.push(subscriptionEvent(batch).awslogs.data);
      batch = [];
      size = 0;
    }
    batch.push(line);
    size += bytes;
  }
  if (batch.length > 0) datas.push(subscriptionEvent(batch).awslogs.data);
  return { datas, lines };
}

/** Peak RSS the batch added in a fresh warm process, in KiB. */
function extraPeakKb(data: string, path: LambdaPath): number {
  const dir = mkdtempSync(join(tmpdir(), 'logscrub-bench-'));
  try {
    const file = join(dir, 'batch.b64');
    writeFileSync(file, data);
    const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', probe, file, path]).toString()) as { before: number; after: number };
    return out.after - out.before;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const KB = 1024;
const MB = 1024 * 1024;

function approach(name: string, path: LambdaPath, batchBytes: number, role?: 'baseline' | 'limit'): Approach {
  return {
    name,
    ...(role === undefined ? {} : { role }),
    corpora: CORPORA,
    prepare(corpus): Prepared {
      const { datas } = batchesOf(corpus, batchBytes);
      const scrubber = createScrubber();
      // The first batch: a full one (the last may be short).
      const extra = path === 'decode' ? undefined : extraPeakKb(datas[0] as string, path);
      const runPath = createPathRunner(path, scrubber);
      return {
        async run() {
          for (const data of datas) await runPath(data);
        },
        async output() {
          const messages: string[] = [];
          for (const data of datas) messages.push(...(await runPath(data, true)).messages);
          return messages;
        },
        ...(extra === undefined ? {} : { extraPeakKb: () => extra, batchBytes }),
      };
    },
  };
}

export const lambdaScenario: Scenario = {
  name: 'lambda',
  description: 'subscription batches through decode → redact → encode, no network',
  approaches: [
    approach('logscrub subscription handler path, 1 MB batches', 'subscription', MB),
    approach('logscrub subscription handler path, 256 KB batches', 'subscription', 256 * KB),
    approach('logscrub subscription handler path, 4 MB batches', 'subscription', 4 * MB),
    approach('logscrub firehose path (gzip envelope), 1 MB batches', 'firehose', MB),
    approach('plumbing: the subscription handler with nothing redacted (decode, PutLogEvents through the SDK), 1 MB batches', 'forward', MB),
    approach('naive forwarder (decode, one regex pass per message, re-serialise), 1 MB batches', 'naive', MB, 'baseline'),
    approach('plumbing: decode only (base64, gunzip, JSON), 1 MB batches', 'decode', MB, 'limit'),
  ],
};
