/**
 * What the Lambda does to one batch, without the network, for the `lambda` scenario and its
 * memory probe: the subscription path (decode → redact → PutLogEvents requests), the Firehose path
 * (decode → redact → gzip'd envelope), the naive forwarder they are compared to, and two floors.
 *
 * The subscription path is the real handler (`createSubscriptionHandler`) delivering through the
 * real SDK client that `logscrub/lambda` creates: the SDK serialises and signs every PutLogEvents
 * request, and only the socket is left out (the client's request handler answers 200 in-process).
 * Until 2026-12-01 this path stood in for the SDK with one `JSON.stringify` per request body, which
 * costs 2.3 ms per MB where the SDK's own serialisation and signing cost 6–11 (issue 12): the row
 * looked faster than any deployed handler could be.
 */
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { decodePayloadsBatch, decodeSubscription, encodePayloads } from '../src/framing/cloudwatch.js';
import { createCloudWatchLogsClient } from '../src/io/cloudwatch-client.js';
import { redactMessages } from '../src/lambda/redact.js';
import { readLambdaSettings } from '../src/lambda/settings.js';
import { createSubscriptionHandler } from '../src/lambda/subscription.js';
import type { Scrubber } from '../src/scrubber.js';
import { RULES } from './baselines/naive.js';

export type LambdaPath = 'subscription' | 'forward' | 'firehose' | 'naive' | 'decode';

/** One batch through a path: its size out (so nothing is optimised away) and, on request, the messages delivered (for recall). */
export type PathRunner = (data: string, keepMessages?: boolean) => Promise<{ readonly bytes: number; readonly messages: readonly string[] }>;

/** The naive forwarder's one pass: every rule of the naive baseline as one alternation. */
const ONE_PASS = new RegExp(RULES.map((r) => `(?:${r.source})`).join('|'), 'gi');

/**
 * The path `path` with its scrubber, warm and reusable across batches, as a Lambda container is.
 *
 * @example const run = createPathRunner('subscription', createScrubber()); await run(event.awslogs.data);
 */
export function createPathRunner(path: LambdaPath, scrubber: Scrubber): PathRunner {
  switch (path) {
    case 'decode':
      return async (data) => {
        const payload = decodeSubscription(data);
        return { messages: payload.logEvents.map((e) => e.message), bytes: payload.logEvents.length };
      };
    case 'naive':
      return async (data) => {
        const payload = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as { logEvents: { id: string; timestamp: number; message: string }[] };
        const logEvents = payload.logEvents.map((e) => ({ ...e, message: e.message.replace(ONE_PASS, '[REDACTED]') }));
        const out = JSON.stringify({ ...payload, logEvents });
        return { messages: logEvents.map((e) => e.message), bytes: out.length };
      };
    case 'subscription':
    case 'forward':
      return deliveringRunner(path === 'subscription' ? scrubber : passThrough(scrubber));
    case 'firehose':
      return async (data) => {
        // As src/lambda/firehose.ts does it for one record: the inflated JSON reused for the scan's
        // block, then for the re-encoded envelope.
        const { payloads: [payload], spare } = decodePayloadsBatch(Buffer.from(data, 'base64'), 'record');
        const { items } = redactMessages(scrubber, payload!.logEvents.map((e) => e.message), spare);
        const out = encodePayloads([{ ...payload!, logEvents: payload!.logEvents.map((e, i) => ({ ...e, message: items[i] as string })) }], spare).toString('base64');
        return { messages: items, bytes: out.length };
      };
  }
}

/** The subscription handler, delivering to a client whose requests never leave the process. */
function deliveringRunner(scrubber: Scrubber): PathRunner {
  const bodies: string[] = [];
  let keep = false;
  let bytes = 0;
  const client = createCloudWatchLogsClient({
    region: 'us-east-1',
    // Signed like any request; nothing is sent anywhere.
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { body?: unknown }) => {
        // What the socket gets: a string body is encoded to UTF-8 on the way out, as Node's
        // http.ClientRequest does it under the SDK's NodeHttpHandler.
        const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : (request.body as Uint8Array);
        bytes += body.length;
        if (keep) bodies.push(Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8'));
        return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Readable.from([Buffer.from('{}')]) } };
      },
    } as never,
  });
  const destination = readLambdaSettings({ LOGSCRUB_DESTINATION_LOG_GROUP: '/redacted' }).destination;
  const handler = createSubscriptionHandler({ scrubber, destination, client, onWarning: () => undefined });
  return async (data, keepMessages = false) => {
    bodies.length = 0;
    bytes = 0;
    keep = keepMessages;
    await handler({ awslogs: { data } });
    const messages = bodies.flatMap((body) => (JSON.parse(body) as { logEvents: { message: string }[] }).logEvents.map((e) => e.message));
    return { bytes, messages };
  };
}

/** A scrubber whose bulk call finds nothing, without scanning: the handler's decoding and delivery alone. */
function passThrough(scrubber: Scrubber): Scrubber {
  return { ...scrubber, redactItems: (_bytes, ends, carry) => ({ items: new Array<undefined>(ends.length), carry, stats: scrubber.stats() }) };
}
