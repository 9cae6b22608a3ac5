/**
 * One CloudWatch Embedded Metric Format line per invocation (issue 12): the function writes it to
 * stdout, the Lambda runtime sends it to the function's log group, and CloudWatch turns it into
 * metrics with no API call (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html).
 *
 * Counts, bytes, durations and rule ids only: never a message, a secret or a stream name's text
 * beyond the source log group (a name, which the function's own logs name anyway).
 */
import type { StatsSnapshot } from '../types.js';

/** What one invocation did. */
export interface InvocationMetrics {
  readonly handler: 'subscription' | 'firehose' | 's3';
  /** The source log group ('' when unknown, or when records came from several). */
  readonly sourceLogGroup: string;
  readonly events: number;
  /** Bytes scanned (the messages' UTF-8 bytes). */
  readonly stats: StatsSnapshot;
  readonly durationMs: number;
  /** Subscription: attempts the SDK repeated; rejected and undelivered events. */
  readonly deliveryRetries?: number;
  readonly rejectedEvents?: number;
  readonly failedEvents?: number;
  /** Subscription: 1 when the invocation threw (Lambda retries it), else 0. */
  readonly failedInvocations?: number;
  /** Firehose: records by result. */
  readonly records?: { readonly ok: number; readonly dropped: number; readonly failed: number };
  /** S3: objects by result. */
  readonly objects?: { readonly succeeded: number; readonly temporaryFailure: number; readonly permanentFailure: number };
}

type Unit = 'Count' | 'Bytes' | 'Milliseconds';

/**
 * EMF's limits (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html):
 * a directive declares at most 100 metrics, and a name has at most 255 characters. Past either,
 * CloudWatch rejects the whole document: not one metric of the invocation is kept.
 */
const EMF_METRICS_PER_DIRECTIVE = 100;
const EMF_MAX_NAME = 255;

/**
 * The EMF JSON line (without its line break).
 *
 * @example
 * process.stdout.write(`${emfLine(metrics, { namespace: 'logscrub', functionName: 'scrub', timestamp: Date.now() })}\n`);
 */
export function emfLine(m: InvocationMetrics, where: { readonly namespace: string; readonly functionName: string; readonly timestamp: number }): string {
  const values: Record<string, number> = Object.create(null);
  const units: [string, Unit][] = [];
  const metric = (name: string, value: number, unit: Unit): void => {
    values[name] = value;
    units.push([name, unit]);
  };
  metric('Events', m.events, 'Count');
  metric('Bytes', m.stats.bytes, 'Bytes');
  metric('DurationMs', Math.round(m.durationMs * 1000) / 1000, 'Milliseconds');
  const redactions = Object.values(m.stats.byRule).reduce((sum, n) => sum + n, 0);
  metric('Redactions', redactions, 'Count');
  metric('FailedClosed', m.stats.failed, 'Count');
  // Rule ids are kebab-case catalog or config ids, not data.
  // A custom rule's id may be any length: past EMF's limit its own metric is left out (it still
  // counts in Redactions) rather than have CloudWatch drop the whole line.
  for (const [rule, n] of Object.entries(m.stats.byRule).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = `Redactions.${rule}`;
    if (name.length <= EMF_MAX_NAME) metric(name, n, 'Count');
  }
  if (m.deliveryRetries !== undefined) metric('DeliveryRetries', m.deliveryRetries, 'Count');
  if (m.rejectedEvents !== undefined) metric('RejectedEvents', m.rejectedEvents, 'Count');
  if (m.failedEvents !== undefined) metric('UndeliveredEvents', m.failedEvents, 'Count');
  if (m.failedInvocations !== undefined) metric('FailedInvocations', m.failedInvocations, 'Count');
  if (m.records !== undefined) {
    metric('RecordsOk', m.records.ok, 'Count');
    metric('RecordsDropped', m.records.dropped, 'Count');
    metric('RecordsProcessingFailed', m.records.failed, 'Count');
  }
  if (m.objects !== undefined) {
    metric('ObjectsSucceeded', m.objects.succeeded, 'Count');
    metric('ObjectsTemporaryFailure', m.objects.temporaryFailure, 'Count');
    metric('ObjectsPermanentFailure', m.objects.permanentFailure, 'Count');
  }
  // Many rules may fire in one invocation (the catalog has hundreds): a directive per 100 metrics.
  const directives = [];
  for (let i = 0; i < units.length; i += EMF_METRICS_PER_DIRECTIVE) {
    directives.push({
      Namespace: where.namespace,
      Dimensions: [['FunctionName', 'Handler']],
      Metrics: units.slice(i, i + EMF_METRICS_PER_DIRECTIVE).map(([Name, Unit]) => ({ Name, Unit })),
    });
  }
  return JSON.stringify({
    _aws: {
      Timestamp: where.timestamp,
      CloudWatchMetrics: directives,
    },
    FunctionName: where.functionName,
    Handler: m.handler,
    SourceLogGroup: m.sourceLogGroup,
    ...values,
  });
}
