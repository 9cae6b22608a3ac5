/**
 * CPU time per stage of the subscription Lambda's path (issue 12), for finding where a batch's
 * milliseconds go: each stage timed with `process.cpuUsage` over many 1 MB batches, rounds
 * alternating, so that a noisy shared machine slows every stage alike. Not a scenario of
 * `npm run bench` (it measures parts, not a path a user runs); run it by hand:
 *
 *   npm run build && node dist/bench/lambda-stages.js [jsonl|text] [ROUNDS]
 *
 * Prints one line per stage: ms per MB of messages, median and min–max over the rounds.
 */
import { isAscii } from 'node:buffer';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NO_CARRY } from '../src/constants.js';
import { checkPayload, decodeBase64, decodeSubscription, encodePayloads, serializePayload, serializePayloadBytes, type SubscriptionPayload } from '../src/framing/cloudwatch.js';
import { joinMessages } from '../src/framing/messages.js';
import { createScrubber } from '../src/index.js';
import { batchEvents } from '../src/sink/batch.js';
import { generateCorpus, subscriptionEvent } from './corpus.js';

const kind = (process.argv[2] ?? 'jsonl') as 'jsonl' | 'text';
const rounds = Number(process.argv[3] ?? 7);
const MB = 1024 * 1024;

const corpus = generateCorpus({ kind, bytes: 16 * MB, density: 0.01 });
const lines = corpus.data.toString('utf8').replace(/\n$/, '').split('\n');
const datas: string[] = [];
for (let i = 0, batch: string[] = [], size = 0; i <= lines.length; i++) {
  const line = lines[i];
  if (line === undefined || (size + Buffer.byteLength(line) + 26 > MB && batch.length > 0)) {
    datas.push(subscriptionEvent(batch).awslogs.data);
    batch = [];
    size = 0;
  }
  if (line !== undefined) {
    batch.push(line);
    size += Buffer.byteLength(line) + 26;
  }
}
const messageBytes = corpus.data.length / MB;
const scrubber = createScrubber();

/** Each stage's input, computed once; a stage reads the one before's output. */
const b64 = datas.map((d) => decodeBase64(d, 'x'));
const inflated = b64.map((b) => gunzipSync(b));
const texts = inflated.map((b) => (isAscii(b) ? b.toString('latin1') : b.toString('utf8')));
const values: unknown[] = texts.map((t) => JSON.parse(t));
const payloads = values.map((v) => checkPayload(v, 'x'));
const messages = payloads.map((p) => p.logEvents.map((e) => e.message));
const joined = messages.map((m) => joinMessages(m));
const redacted = joined.map((j) => scrubber.redactItems(j.bytes, j.ends, NO_CARRY).items ?? []);
const items = redacted.map((r, i) => (messages[i] as string[]).map((m, k) => r[k]?.toString('utf8') ?? m));
const outPayloads: SubscriptionPayload[] = payloads.map((p, i) => ({ ...p, logEvents: p.logEvents.map((e, k) => ({ ...e, message: (items[i] as string[])[k] as string })) }));
const serialized = outPayloads.map((p) => serializePayload(p));
/** Copies of the inflated JSON for the stages that write into one (the handlers' spare). */
const spares = inflated.map((b) => Buffer.from(b));

let sink = 0;
const stages: Record<string, () => void> = {
  'base64 decode': () => { for (const d of datas) sink += decodeBase64(d, 'x').length; },
  'gunzip, 16 KiB chunks (default)': () => { for (const b of b64) sink += gunzipSync(b).length; },
  'gunzip, one chunk of ISIZE + 1': () => { for (const b of b64) sink += gunzipSync(b, { chunkSize: b.readUInt32LE(b.length - 4) + 1 }).length; },
  'utf8 toString': () => { for (const b of inflated) sink += b.toString('utf8').length; },
  'isAscii + latin1 toString': () => { for (const b of inflated) sink += (isAscii(b) ? b.toString('latin1') : b.toString('utf8')).length; },
  'JSON.parse envelope': () => { for (const t of texts) sink += (JSON.parse(t) as { logEvents: unknown[] }).logEvents.length; },
  checkPayload: () => { for (const v of values) sink += checkPayload(v, 'x').logEvents.length; },
  'decodeSubscription (all of decode)': () => { for (const d of datas) sink += decodeSubscription(d).logEvents.length; },
  'join messages (one Buffer)': () => { for (const m of messages) sink += joinMessages(m).bytes.length; },
  'join into a spare (the handlers\')': () => { for (let i = 0; i < messages.length; i++) sink += joinMessages(messages[i]!, spares[i]).bytes.length; },
  'redactBlock (scan + apply)': () => { for (const j of joined) sink += scrubber.redactBlock(j.bytes, NO_CARRY).bytes.length; },
  'redactItems (scan + apply per message)': () => { for (const j of joined) sink += scrubber.redactItems(j.bytes, j.ends, NO_CARRY).items?.length ?? 0; },
  'changed messages toString': () => {
    for (let i = 0; i < redacted.length; i++) for (const r of redacted[i]!) if (r !== undefined) sink += r.toString('utf8').length;
  },
  'batchEvents + PutLogEvents JSON': () => {
    for (let i = 0; i < payloads.length; i++) {
      const events = payloads[i]!.logEvents.map((e, k) => ({ timestamp: e.timestamp, message: items[i]![k]! }));
      for (const batch of batchEvents(events)) sink += JSON.stringify({ logGroupName: '/r', logStreamName: 's', logEvents: batch.events }).length;
    }
  },
  'serializePayload (envelope JSON)': () => { for (const p of outPayloads) sink += serializePayload(p).length; },
  'serializePayload + Buffer.from': () => { for (const p of outPayloads) sink += Buffer.from(serializePayload(p), 'utf8').length; },
  'serializePayloadBytes into a spare': () => { for (let i = 0; i < outPayloads.length; i++) sink += serializePayloadBytes([outPayloads[i]!], spares[i]).length; },
  'gzip level 1': () => { for (const s of serialized) sink += gzipSync(s, { level: 1 }).length; },
  'gzip level 3 (production)': () => { for (const s of serialized) sink += gzipSync(s, { level: 3 }).length; },
  'gzip level 6 (default)': () => { for (const s of serialized) sink += gzipSync(s).length; },
  'encodePayloads + base64': () => { for (const p of outPayloads) sink += encodePayloads([p]).toString('base64').length; },
  'encodePayloads into a spare + base64': () => { for (let i = 0; i < outPayloads.length; i++) sink += encodePayloads([outPayloads[i]!], spares[i]).toString('base64').length; },
};

const cpuMs = (fn: () => void): number => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

for (const fn of Object.values(stages)) fn(); // warm up
const samples = new Map<string, number[]>(Object.keys(stages).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) for (const [name, fn] of Object.entries(stages)) samples.get(name)!.push(cpuMs(fn) / messageBytes);

const fmt = (n: number): string => n.toFixed(2).padStart(6);
process.stdout.write(`${kind}-1: ${datas.length} batches, ${messageBytes.toFixed(1)} MiB of messages, ${rounds} rounds; CPU ms per MiB of messages (median, min–max)\n`);
for (const [name, xs] of samples) {
  const sorted = [...xs].sort((a, b) => a - b);
  process.stdout.write(`${name.padEnd(34)} ${fmt(sorted[Math.floor(sorted.length / 2)]!)}  ${fmt(sorted[0]!)}–${fmt(sorted[sorted.length - 1]!).trim()}\n`);
}
const sizes = [1, 3, 6].map((level) => serialized.reduce((n, s) => n + gzipSync(s, { level }).length, 0));
process.stdout.write(`gzip output bytes: level 1 ${sizes[0]}, level 3 ${sizes[1]}, level 6 ${sizes[2]} (sink ${sink > 0})\n`);
