/**
 * Events built exactly as AWS sends them to a Lambda, for the Lambda tests: CloudWatch Logs
 * subscription events (JSON, gzip, base64, under `awslogs.data`), Firehose transformation events,
 * and a Lambda `Context`. Secrets come from the seeded sampler (`patterns/sample.ts`), never from
 * literals.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CloudWatchLogsEvent, Context, FirehoseTransformationEvent } from 'aws-lambda';
import { createSampler, type Sampler } from '../../patterns/sample.js';

export interface PayloadOptions {
  readonly logGroup?: string;
  readonly logStream?: string;
  /** Timestamp of the first event; the others follow a millisecond apart. Default: a minute ago. */
  readonly start?: number;
  /** Extra top-level fields CloudWatch may add (`policyLevel`, …). */
  readonly extra?: Record<string, unknown>;
}

/** The JSON CloudWatch Logs builds for a subscription, before gzip. */
export function dataPayload(messages: readonly string[], options: PayloadOptions = {}): Record<string, unknown> {
  const start = options.start ?? Date.now() - 60_000;
  return {
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: options.logGroup ?? '/aws/lambda/orders',
    logStream: options.logStream ?? '2026/11/29/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    subscriptionFilters: ['logscrub'],
    logEvents: messages.map((message, i) => ({ id: `37${String(start + i).padStart(20, '0')}${String(i).padStart(34, '0')}`, timestamp: start + i, message })),
    ...options.extra,
  };
}

/** The health check CloudWatch Logs sends when a subscription is created. */
export const CONTROL_PAYLOAD = {
  messageType: 'CONTROL_MESSAGE',
  owner: 'CloudwatchLogs',
  logGroup: '',
  logStream: '',
  subscriptionFilters: [],
  logEvents: [{ id: '', timestamp: 1764400000000, message: 'CWL CONTROL MESSAGE: Checking health of destination Lambda function.' }],
};

/** JSON → gzip → base64, as in `awslogs.data` and in a Firehose record from CloudWatch Logs. */
export const encodeRecord = (payload: unknown): string => gzipSync(typeof payload === 'string' ? payload : JSON.stringify(payload)).toString('base64');

export const subscriptionEvent = (payload: unknown): CloudWatchLogsEvent => ({ awslogs: { data: encodeRecord(payload) } });

export function firehoseEvent(datas: readonly string[]): FirehoseTransformationEvent {
  return {
    invocationId: randomUUID(),
    deliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/logs',
    region: 'us-east-1',
    records: datas.map((data, i) => ({ recordId: `49546986683135544286507457936321625675700192471156785154${String(i).padStart(4, '0')}`, approximateArrivalTimestamp: 1764400000000 + i, data })),
  };
}

/** A Lambda context as the Node.js runtime passes it. */
export function lambdaContext(functionName = 'logscrub'): Context {
  const deadline = Date.now() + 60_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/29/[$LATEST]00000000000000000000000000000000',
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** A multi-line PEM private key made of seeded random base64. */
export function pemKey(s: Sampler): { text: string; body: string[] } {
  const body = [s.base64(64), s.base64(64), s.base64(64), `${s.base64(40)}==`];
  return { text: `-----BEGIN RSA PRIVATE KEY-----\n${body.join('\n')}\n-----END RSA PRIVATE KEY-----`, body };
}

export interface Batch {
  readonly messages: string[];
  /** Every planted secret, to check that none is delivered. */
  readonly secrets: string[];
}

/**
 * About `bytes` of messages of the kinds a Lambda or ECS app logs: pino JSON, Lambda's
 * `<ts>\t<requestId>\tINFO\t{json}` lines, unicode prose, stack traces over several lines, with a
 * secret planted in one message in `every`.
 */
export function mixedBatch(bytes: number, seed = 7, every = 10): Batch {
  const s = createSampler(seed);
  const messages: string[] = [];
  const secrets: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const requestId = s.uuid();
    let message: string;
    // One message of each kind in `every` holds a secret.
    const plant = Math.floor(i / 5) % every === 0;
    switch (i % 5) {
      case 0: {
        const jwt = s.jwt();
        if (plant) secrets.push(jwt);
        message = JSON.stringify({ level: 30, time: 1764400000000 + i, msg: 'request completed', reqId: requestId, req: { method: 'GET', url: `/api/orders/${i}`, headers: { authorization: plant ? `Bearer ${jwt}` : 'none' } } });
        break;
      }
      case 1: {
        const password = s.password();
        if (plant) secrets.push(password);
        message = `2026-11-29T10:00:00.000Z\t${requestId}\tINFO\t${JSON.stringify({ msg: 'login', user: 'ada', ...(plant ? { password } : {}), latencyMs: i % 97 })}`;
        break;
      }
      case 2:
        message = `Zahlung für Bestellung ${i} bestätigt — 東京 ✓ 🎉 ${s.alnum(12)}`;
        break;
      case 3: {
        const key = s.awsSecretKey();
        if (plant) secrets.push(key);
        message = `Error: upstream failed\n    at handler (/var/task/index.js:${i}:7)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)${plant ? `\n  env AWS_SECRET_ACCESS_KEY=${key}` : ''}`;
        break;
      }
      default: {
        const pem = pemKey(s);
        if (plant) secrets.push(...pem.body);
        message = plant ? `loaded signing key\n${pem.text}` : `START RequestId: ${requestId} Version: $LATEST`;
      }
    }
    messages.push(message);
    size += Buffer.byteLength(message) + 26;
  }
  return { messages, secrets };
}
