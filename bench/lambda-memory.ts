/**
 * The `lambda` scenario's memory probe, run as a process of its own: how far one batch raises
 * the peak RSS of a warm Lambda. Reads one `awslogs.data` from a file, warms up on a small batch
 * (rules compiled, code paths JIT-compiled, as in a warm container), then handles the batch once.
 * Prints the RSS before (garbage collected) and the peak RSS after, in KiB.
 *
 *   node --expose-gc dist/bench/lambda-memory.js FILE subscription|firehose|naive [--warm N] [--stages]
 *
 * `firehose` runs the real handler (`createFirehoseHandler`) on an event of one record.
 * `--warm N`: first handle the batch itself N times, as a container that has seen full batches
 * before (V8's young generation grown, malloc's arenas sized), so that only what this batch adds
 * is counted. `--stages` (subscription, firehose): the peak after each stage of the path, to find
 * which one raises it.
 *
 * What "before" and "peak" mean (issue 12): garbage is collected twice, a task apart, because V8
 * frees a dead Buffer's memory after the collection that found it dead; then the kernel's
 * high-water mark is reset (`/proc/self/clear_refs`, Linux), so the peak is this batch's and not
 * the warm-up's. Within one synchronous invocation V8 rarely collects: a batch-sized temporary
 * (a string, a Buffer) counts at the peak whether or not anything still refers to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { createScrubber } from '../src/index.js';
import { decodeBase64, decodePayloadsBatch, decodeSubscriptionBatch, encodePayloads } from '../src/framing/cloudwatch.js';
import { createFirehoseHandler } from '../src/lambda/firehose.js';
import { redactMessages } from '../src/lambda/redact.js';
import type { Scrubber } from '../src/scrubber.js';
import { batchEvents } from '../src/sink/batch.js';
import { subscriptionEvent } from './corpus.js';
import { createPathRunner, type LambdaPath } from './lambda-path.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { warm: { type: 'string', default: '0' }, stages: { type: 'boolean', default: false } } });
const [file, path] = positionals as [string, LambdaPath];
const scrubber = createScrubber();
const firehose = createFirehoseHandler({ scrubber, onWarning: () => undefined });

const runPath = createPathRunner(path, scrubber);

/** One batch down the path; the handlers are the real ones (subscription: see lambda-path.ts). */
async function run(data: string): Promise<number> {
  if (path !== 'firehose') return (await runPath(data)).bytes;
  const { records } = await firehose({ invocationId: 'i', deliveryStreamArn: 'a', region: 'r', records: [{ recordId: '1', approximateArrivalTimestamp: 0, data }] });
  return records[0]?.data?.length ?? 0;
}

const highWater = (): number => process.resourceUsage().maxRSS;

/** Resets the peak to the current RSS; false where the kernel does not offer it. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The path again, one stage at a time, each stage's peak above `base` (KiB), as src/lambda does it. */
function stages(scrubber: Scrubber, data: string, base: number): Record<string, number> {
  const peaks: Record<string, number> = {};
  const mark = (name: string): void => {
    peaks[name] = highWater() - base;
  };
  if (path === 'subscription') {
    const { payload, spare } = decodeSubscriptionBatch(data);
    mark('decode (base64, gunzip, JSON.parse)');
    const { items } = redactMessages(scrubber, payload.logEvents.map((e) => e.message), spare);
    mark('redact (join into the spare, scan, split)');
    const events = payload.logEvents.map((e, i) => ({ timestamp: e.timestamp, message: items[i] as string }));
    let bytes = 0;
    for (const batch of batchEvents(events)) bytes += JSON.stringify({ logGroupName: '/redacted', logStreamName: payload.logStream, logEvents: batch.events }).length;
    // A stand-in for the SDK's request (its body is this JSON): the run itself, not --stages, has the real client.
    mark(`PutLogEvents JSON (${bytes} characters)`);
  } else if (path === 'firehose') {
    const compressed = decodeBase64(data, 'record');
    mark('base64 decode');
    const { payloads, spare } = decodePayloadsBatch(compressed, 'record');
    mark('gunzip + JSON.parse');
    const payload = payloads[0]!;
    const { items } = redactMessages(scrubber, payload.logEvents.map((e) => e.message), spare);
    mark('redact (join into the spare, scan, split)');
    const gzipped = encodePayloads([{ ...payload, logEvents: payload.logEvents.map((e, i) => ({ ...e, message: items[i] as string })) }], spare);
    mark('envelope JSON into the spare + gzip');
    const out = gzipped.toString('base64');
    mark(`base64 of the result (${out.length} characters)`);
  }
  return peaks;
}

const small = subscriptionEvent(Array.from({ length: 200 }, (_, i) => `{"msg":"warm-up ${i}","password":"x${i}"}`)).awslogs.data;
for (let i = 0; i < 20; i++) await run(small);
const data = readFileSync(file, 'utf8');
for (let i = 0; i < Number(values.warm); i++) await run(data);
// Garbage of the warm-up collected and its memory freed, so that the peak after is the batch's (run with --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 2; i++) {
  gc?.();
  await sleep(20);
}
const reset = resetPeak();
const before = Math.round(process.memoryUsage.rss() / 1024);
if (values.stages) {
  const peaks = stages(scrubber, data, before);
  process.stdout.write(`${JSON.stringify({ before, reset, stages: peaks })}\n`);
} else {
  const bytes = await run(data);
  process.stdout.write(`${JSON.stringify({ before, after: highWater(), bytes, reset })}\n`);
}
