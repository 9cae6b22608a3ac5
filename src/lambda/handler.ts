/**
 * `logscrub/lambda`: the handlers Lambda calls, wired once per container (cold start).
 *
 *   cold start: environment ──readLambdaSettings──▶ settings ──createScrubber──▶ the engine (rules
 *               compiled once) + one CloudWatchLogsClient (the SDK's standard configuration;
 *               bodies written by JSON.stringify, see io/cloudwatch-client.ts)
 *               a bad setting throws here, so the function fails to initialise and says why
 *   handler          CloudWatch Logs subscription events ──▶ redacted copy in another log group
 *   firehoseHandler  Firehose transformation events ──▶ the same records, redacted
 *   s3ObjectHandler  S3 Batch Operations tasks and Step Functions Distributed Map batches ──▶ each
 *                    object redacted into LOGSCRUB_DESTINATION_BUCKET (client-s3 and lib-storage
 *                    are loaded on its first invocation, so the other handlers do without them)
 *   each invocation ──▶ one Embedded Metric Format line on stdout
 *
 * Set the function's handler to `index.handler`, `index.firehoseHandler` or `index.s3ObjectHandler` of the bundle
 * (`npm run build:lambda`). For other wiring (your own client, config, metrics), use the
 * factories exported here.
 */
import { namingSource } from '../errors.js';
import { createCloudWatchLogsClient } from '../io/cloudwatch-client.js';
import type { LogscrubConfig } from '../options.js';
import { createScrubber } from '../scrubber.js';
import type { S3Client } from '@aws-sdk/client-s3';
import { createFirehoseHandler } from './firehose.js';
import { emfLine, type InvocationMetrics } from './metrics.js';
import { readLambdaSettings } from './settings.js';
import type { S3ObjectHandler } from './s3.js';
import { createSubscriptionHandler } from './subscription.js';
import { threadCpuMs } from '../io/thread-clock.js';

export { createFirehoseHandler, FIREHOSE_MAX_RESPONSE_BYTES, type FirehoseHandler, type FirehoseHandlerDeps } from './firehose.js';
export { emfLine, type InvocationMetrics } from './metrics.js';
export { readLambdaSettings, type DestinationSettings, type LambdaSettings, type S3Settings } from './settings.js';
export type { DistributedMapEvent, MapBatchResult, MapItemResult, S3BatchOperationsEvent, S3ObjectHandler, S3ObjectHandlerDeps } from './s3.js';
export { compileStreamName, DEFAULT_STREAM_TEMPLATE } from './stream-name.js';
export { createSubscriptionHandler, type SubscriptionHandler, type SubscriptionHandlerDeps, type SubscriptionResult } from './subscription.js';

const settings = readLambdaSettings(process.env);
const scrubber = namingSource('LOGSCRUB_CONFIG', () => createScrubber(settings.config as LogscrubConfig, process.env, { cpuClock: threadCpuMs }));

/**
 * One client per container, reused by every invocation (AWS's advice: connections stay open).
 * Region, endpoint (`AWS_ENDPOINT_URL_CLOUDWATCH_LOGS`) and credentials come from the SDK's chain.
 */
const client = createCloudWatchLogsClient({
  maxAttempts: settings.destination?.maxAttempts ?? 8,
  retryMode: 'standard',
  // Without throwOnRequestTimeout the handler only logs a slow request and waits on.
  requestHandler: { requestTimeout: 10_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
});

const emit = (metrics: InvocationMetrics): void => {
  if (!settings.metrics.enabled) return;
  // Written raw, not through console.log: the runtime's prefix would hide the JSON from EMF.
  process.stdout.write(`${emfLine(metrics, { namespace: settings.metrics.namespace, functionName: settings.metrics.functionName, timestamp: Date.now() })}\n`);
};

/**
 * The subscription handler: point a CloudWatch Logs subscription filter at the function, and set
 * `LOGSCRUB_DESTINATION_LOG_GROUP`.
 *
 * @example
 * // template.yaml: Handler: index.handler, Environment: LOGSCRUB_DESTINATION_LOG_GROUP: /redacted/app
 * export { handler } from 'logscrub/lambda';
 */
export const handler = createSubscriptionHandler({
  scrubber,
  destination: settings.destination,
  client,
  ownLogGroup: settings.ownLogGroup,
  onMetrics: emit,
});

/**
 * The Firehose data-transformation handler.
 *
 * @example
 * // the delivery stream's processor: Type Lambda, the function with Handler: index.firehoseHandler
 * export { firehoseHandler } from 'logscrub/lambda';
 */
export const firehoseHandler = createFirehoseHandler({ scrubber, output: settings.firehoseOutput, onMetrics: emit });

/** The S3 handler, built on its first invocation: one S3Client for the container from then on. */
let s3Handler: Promise<S3ObjectHandler> | undefined;
const loadS3Handler = async (): Promise<S3ObjectHandler> => {
  const [{ S3Client }, { createS3ObjectHandler }] = await Promise.all([import('@aws-sdk/client-s3'), import('./s3.js')]);
  // Region, endpoint (`AWS_ENDPOINT_URL_S3`) and credentials come from the SDK's chain.
  const client: S3Client = new S3Client({
    forcePathStyle: settings.s3ForcePathStyle,
    retryMode: 'standard',
    maxAttempts: 5,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true },
  });
  return createS3ObjectHandler({ scrubber, settings: settings.s3, client, onMetrics: emit });
};

/**
 * The S3 object handler, for S3 Batch Operations (`LambdaInvoke`, schema 1.0 or 2.0) and Step
 * Functions Distributed Map (an S3 listing, batched): set `LOGSCRUB_DESTINATION_BUCKET` (and
 * `LOGSCRUB_DESTINATION_PREFIX`). See examples/s3/.
 *
 * @example
 * // template.yaml: Handler: index.s3ObjectHandler, Environment: LOGSCRUB_DESTINATION_BUCKET: logs-redacted
 * export { s3ObjectHandler } from 'logscrub/lambda';
 */
export const s3ObjectHandler: S3ObjectHandler = async (event, context) => {
  s3Handler ??= loadS3Handler();
  return (await s3Handler)(event, context);
};
