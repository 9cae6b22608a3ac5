import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { createScrubber } from '../../../src/index.js';
import type { InvocationMetrics } from '../../../src/lambda/metrics.js';
import { compileStreamName } from '../../../src/lambda/stream-name.js';
import { createSubscriptionHandler } from '../../../src/lambda/subscription.js';
import { CONTROL_PAYLOAD, dataPayload, lambdaContext, subscriptionEvent } from '../../support/lambda-events.js';

const scrubber = createScrubber();
const destination = { logGroupName: '/redacted', streamName: compileStreamName('{logStream}'), createLogGroup: false, maxEventBytes: undefined, maxAttempts: undefined };

/** A client that records the commands it is sent and answers PutLogEvents with success. */
function fakeClient() {
  const sent: { name: string; input: Record<string, unknown> }[] = [];
  const client = {
    async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
      sent.push({ name: command.constructor.name, input: command.input });
      return { $metadata: { attempts: 1 } };
    },
  } as unknown as CloudWatchLogsClient;
  return { client, sent };
}

function setup() {
  const { client, sent } = fakeClient();
  const metrics: InvocationMetrics[] = [];
  const handler = createSubscriptionHandler({ scrubber, destination, client, ownLogGroup: '/aws/lambda/scrub', onMetrics: (m) => metrics.push(m), onWarning: () => {} });
  return { handler, sent, metrics };
}

describe('createSubscriptionHandler', () => {
  it('sends one PutLogEvents of the redacted messages with their original timestamps', async () => {
    const { handler, sent, metrics } = setup();
    const secret = createSampler(51).jwt();
    const payload = dataPayload(['a', `token ${secret}`], { logStream: 'web:1', start: 1764400000000 });
    await handler(subscriptionEvent(payload), lambdaContext());
    expect(sent.map((c) => c.name)).toEqual(['PutLogEventsCommand']);
    expect(sent[0]!.input).toEqual({
      logGroupName: '/redacted',
      logStreamName: 'web_1',
      logEvents: [
        { timestamp: 1764400000000, message: 'a' },
        { timestamp: 1764400000001, message: 'token [REDACTED:jwt]' },
      ],
    });
    expect(metrics[0]).toMatchObject({ events: 2, failedInvocations: 0, stats: { byRule: { jwt: 1 } } });
  });

  it('sends nothing for a control message, a malformed payload or a looping source, and still reports each', async () => {
    const { handler, sent, metrics } = setup();
    await handler(subscriptionEvent(CONTROL_PAYLOAD), lambdaContext());
    await expect(handler({ awslogs: { data: 'bm90IGd6aXA=' } }, lambdaContext())).rejects.toThrow(/not gzip-compressed/);
    await expect(handler(subscriptionEvent(dataPayload(['x'], { logGroup: '/redacted' })), lambdaContext())).rejects.toThrow(/a loop/);
    await expect(handler(subscriptionEvent(dataPayload(['x'], { logGroup: '/aws/lambda/scrub' })), lambdaContext())).rejects.toThrow(/own log group/);
    expect(sent).toEqual([]);
    expect(metrics.map((m) => m.failedInvocations)).toEqual([0, 1, 1, 1]);
  });
});
