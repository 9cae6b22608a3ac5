/**
 * The CloudWatch Logs subscription handler (issue 12): a redacted copy of each batch a
 * subscription filter sends, delivered to another log group.
 *
 *   event.awslogs.data ──decodeSubscriptionBatch──▶ payload  (malformed: InputError, nothing delivered)
 *     its own fields (logGroup, logStream, owner, …) ──redactPayloadFields──▶ the names used below
 *     CONTROL_MESSAGE ──▶ acknowledged, nothing delivered
 *     source group = destination group, or this function's own ──▶ refused (a loop)
 *   messages ──redactMessages (one engine call for the whole batch, joined into the spent
 *              inflated JSON)──▶ redacted messages
 *     ──createCloudWatchWriter(onFailure 'throw')──▶ PutLogEvents, original timestamps, the stream
 *       created on demand; the SDK retries throttling, 5xx and resets
 *     delivery failed after those retries, or still under way 1.5 s before the invocation's
 *     deadline ──▶ SinkError thrown: Lambda retries the invocation
 *   one EMF metrics line, whatever happened (`FailedInvocations` 1 when the handler threw)
 *
 * Delivery is at least once: a retried invocation delivers again what its first attempt already
 * had, and so does the SDK when a response is lost after CloudWatch stored a batch.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { CloudWatchLogsEvent, Context } from 'aws-lambda';
import { InputError, OptionsError } from '../errors.js';
import { decodeSubscriptionBatch } from '../framing/cloudwatch.js';
import { type CloudWatchStats, type CloudWatchWriter, createCloudWatchWriter } from '../io/cloudwatch.js';
import type { Scrubber } from '../scrubber.js';
import { createStats } from '../stats.js';
import type { StatsSnapshot } from '../types.js';
import type { InvocationMetrics } from './metrics.js';
import { redactMessages, redactPayloadFields } from './redact.js';
import type { DestinationSettings } from './settings.js';

export interface SubscriptionHandlerDeps {
  readonly scrubber: Scrubber;
  /** Undefined: the handler refuses every event, saying which variable to set. */
  readonly destination: DestinationSettings | undefined;
  readonly client: CloudWatchLogsClient;
  /** The function's own log group (`AWS_LAMBDA_LOG_GROUP_NAME`): never accepted as a source. */
  readonly ownLogGroup?: string | undefined;
  /** Receives each invocation's metrics (the handler module writes them as an EMF line). */
  readonly onMetrics?: (metrics: InvocationMetrics) => void;
  /** Told about events CloudWatch rejected one by one (counts and names only). */
  readonly onWarning?: (message: string) => void;
}

/** What an invocation did; Lambda ignores it (the invocation is asynchronous), tests read it. */
export interface SubscriptionResult {
  readonly messageType: 'DATA_MESSAGE' | 'CONTROL_MESSAGE';
  readonly logGroupName?: string;
  readonly logStreamName?: string;
  readonly delivered: number;
  readonly rejected: number;
}

export type SubscriptionHandler = (event: CloudWatchLogsEvent, context?: Context) => Promise<SubscriptionResult>;

const NO_DELIVERY: Pick<CloudWatchStats, 'retries' | 'rejected' | 'failed'> = { retries: 0, rejected: 0, failed: 0 };
const NO_STATS: StatsSnapshot = Object.freeze({ bytes: 0, linesRedacted: 0, byRule: Object.freeze({}), failed: 0 });

/**
 * Time kept back from the invocation's deadline: enough to fail delivery cleanly (a SinkError
 * and a metrics line) rather than be killed by Lambda's timeout, which writes neither.
 */
const DEADLINE_MARGIN_MS = 1500;

/** close() options that give up on delivery before Lambda's deadline, when the context tells it. */
function closeDeadline(context: Context | undefined): { timeoutMs?: number } {
  const remaining = typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : undefined;
  return remaining === undefined || !Number.isFinite(remaining) ? {} : { timeoutMs: Math.max(1, remaining - DEADLINE_MARGIN_MS) };
}

/** What an invocation did so far, for its metrics line. */
interface Tally {
  sourceLogGroup: string;
  events: number;
  stats: StatsSnapshot;
  writer: CloudWatchWriter | undefined;
}

/**
 * @example
 * export const handler = createSubscriptionHandler({ scrubber, destination, client });
 */
export function createSubscriptionHandler(deps: SubscriptionHandlerDeps): SubscriptionHandler {
  const warn = deps.onWarning ?? ((message: string) => process.stderr.write(`logscrub: ${message}\n`));

  /** One invocation; what it did so far goes into `tally`, which the metrics line reports whatever happens. */
  const invoke = async (event: CloudWatchLogsEvent, context: Context | undefined, tally: Tally): Promise<SubscriptionResult> => {
    const destination = deps.destination;
    if (destination === undefined) throw new OptionsError('LOGSCRUB_DESTINATION_LOG_GROUP is not set: the subscription handler has nowhere to deliver');
    const data = (event as { awslogs?: { data?: unknown } } | null | undefined)?.awslogs?.data;
    if (data === undefined) throw new InputError('the event is not a CloudWatch Logs subscription event (no awslogs.data)');
    const { payload: source, spare } = decodeSubscriptionBatch(data);
    // The source's names go into the stream name, warnings and the metrics line: redacted first.
    const fields = redactPayloadFields(deps.scrubber, [source], { ids: false });
    const payload = fields.items[0] as typeof source;
    tally.sourceLogGroup = payload.logGroup;
    tally.stats = fields.stats;
    if (payload.messageType === 'CONTROL_MESSAGE') return { messageType: payload.messageType, delivered: 0, rejected: 0 };
    // Compared as it came: the names compared with are the function's own settings.
    if (source.logGroup === destination.logGroupName || source.logGroup === deps.ownLogGroup) {
      const whose = source.logGroup === destination.logGroupName ? 'LOGSCRUB_DESTINATION_LOG_GROUP' : "this function's own log group";
      throw new OptionsError(
        `refusing events from ${source.logGroup}: it is ${whose}, so delivering them would feed the subscription that sent them (a loop); remove that subscription filter`,
      );
    }

    tally.events = payload.logEvents.length;
    // The messages are joined for the scan into the inflated JSON they were parsed from: one
    // batch-sized buffer less at the peak (issue 12).
    const { items: messages, stats } = redactMessages(
      deps.scrubber,
      payload.logEvents.map((e) => e.message),
      spare,
    );
    const both = createStats();
    both.add(fields.stats);
    both.add(stats);
    tally.stats = both.snapshot();
    const logStreamName = destination.streamName(payload);
    const writer = createCloudWatchWriter({
      logGroupName: destination.logGroupName,
      logStreamName,
      client: deps.client,
      createIfMissing: destination.createLogGroup ? true : 'stream',
      onFailure: 'throw',
      // Everything is written at once and closed at once: no timer-driven sends in between.
      flushIntervalMs: 60_000,
      ...(destination.maxEventBytes === undefined ? {} : { maxEventBytes: destination.maxEventBytes }),
      // The inflated JSON once more, spent after the scan: the request bodies are written into it.
      bodySpare: spare,
      onWarning: warn,
    });
    tally.writer = writer;
    writer.write(payload.logEvents.map((e, i) => ({ timestamp: e.timestamp, message: messages[i] as string })));
    await writer.close(closeDeadline(context));
    const delivered = writer.stats();
    return { messageType: payload.messageType, logGroupName: destination.logGroupName, logStreamName, delivered: delivered.eventsDelivered, rejected: delivered.rejected };
  };

  return async (event, context) => {
    const started = performance.now();
    const tally: Tally = { sourceLogGroup: '', events: 0, stats: NO_STATS, writer: undefined };
    let failed = true;
    try {
      const result = await invoke(event, context, tally);
      failed = false;
      return result;
    } finally {
      const delivery = tally.writer?.stats() ?? NO_DELIVERY;
      deps.onMetrics?.({
        handler: 'subscription',
        sourceLogGroup: tally.sourceLogGroup,
        events: tally.events,
        stats: tally.stats,
        durationMs: performance.now() - started,
        deliveryRetries: delivery.retries,
        rejectedEvents: delivery.rejected,
        failedEvents: delivery.failed,
        failedInvocations: failed ? 1 : 0,
      });
    }
  };
}
