/**
 * What the Lambda does to one batch, without the network, for the `lambda` scenario and its
 * memory probe: the subscription path (decode → redact → PutLogEvents request bodies) and the
 * Firehose path (decode → redact → gzip'd envelope), and the naive forwarder they are compared to.
 */
import { gunzipSync } from 'node:zlib';
import { decodePayloadsBatch, decodeSubscription, decodeSubscriptionBatch, encodePayloads } from '../src/framing/cloudwatch.js';
import { redactMessages } from '../src/lambda/redact.js';
import type { Scrubber } from '../src/scrubber.js';
import { batchEvents } from '../src/sink/batch.js';
import { RULES } from './baselines/naive.js';

export type LambdaPath = 'subscription' | 'firehose' | 'naive' | 'decode';

/** The naive forwarder's one pass: every rule of the naive baseline as one alternation. */
const ONE_PASS = new RegExp(RULES.map((r) => `(?:${r.source})`).join('|'), 'gi');

/**
 * Runs one path over one `awslogs.data` string; returns the redacted messages (for recall) and
 * the encoded output's size (so nothing is optimised away).
 *
 * @example runPath('subscription', scrubber, event.awslogs.data)
 */
export function runPath(path: LambdaPath, scrubber: Scrubber, data: string): { messages: readonly string[]; bytes: number } {
  switch (path) {
    case 'decode': {
      const payload = decodeSubscription(data);
      return { messages: payload.logEvents.map((e) => e.message), bytes: payload.logEvents.length };
    }
    case 'naive': {
      const payload = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as { logEvents: { id: string; timestamp: number; message: string }[] };
      const logEvents = payload.logEvents.map((e) => ({ ...e, message: e.message.replace(ONE_PASS, '[REDACTED]') }));
      const out = JSON.stringify({ ...payload, logEvents });
      return { messages: logEvents.map((e) => e.message), bytes: out.length };
    }
    case 'subscription': {
      const { payload, spare } = decodeSubscriptionBatch(data);
      const { items } = redactMessages(scrubber, payload.logEvents.map((e) => e.message), spare);
      const events = payload.logEvents.map((e, i) => ({ timestamp: e.timestamp, message: items[i] as string }));
      let bytes = 0;
      // The PutLogEvents bodies the SDK would send.
      for (const batch of batchEvents(events)) bytes += JSON.stringify({ logGroupName: '/redacted', logStreamName: payload.logStream, logEvents: batch.events }).length;
      return { messages: items, bytes };
    }
    case 'firehose': {
      // As src/lambda/firehose.ts does it for one record: the inflated JSON reused for the scan's
      // block, then for the re-encoded envelope.
      const { payloads: [payload], spare } = decodePayloadsBatch(Buffer.from(data, 'base64'), 'record');
      const { items } = redactMessages(scrubber, payload!.logEvents.map((e) => e.message), spare);
      const out = encodePayloads([{ ...payload!, logEvents: payload!.logEvents.map((e, i) => ({ ...e, message: items[i] as string })) }], spare).toString('base64');
      return { messages: items, bytes: out.length };
    }
  }
}
