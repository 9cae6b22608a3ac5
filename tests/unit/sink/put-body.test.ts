import { CloudWatchLogsClient, PutLogEventsRequest$ } from '@aws-sdk/client-cloudwatch-logs';
import { JsonCodec } from '@aws-sdk/core/protocols';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putLogEventsBody, withBodySpare } from '../../../src/sink/put-body.js';

/** The body the SDK's own JsonCodec writes for a PutLogEvents input, with the settings of its default client. */
const settings = (new CloudWatchLogsClient({ region: 'us-east-1' }).config.protocol as { codec: { settings: ConstructorParameters<typeof JsonCodec>[0] } }).codec.settings;
function sdkBody(input: unknown): string {
  const serializer = new JsonCodec(settings).createSerializer();
  serializer.write(PutLogEventsRequest$, input);
  return serializer.flush();
}

const event = (message: string, timestamp = 1_764_547_200_000) => ({ timestamp, message });

describe('putLogEventsBody', () => {
  it.each([
    ['plain events', { logGroupName: '/g', logStreamName: 's', logEvents: [event('a'), event('b')] }],
    ['escapes, control characters, unicode, U+2028 and lone surrogates', { logGroupName: '/g', logStreamName: 's', logEvents: ['{"a":"\\"q\\" \\\\"}', 'tab\t\u0001\u001f', 'café 日本 😀', 'a\u2028b\u2029', 'x\ud800y', '\udc00'].map((m) => event(m)) }],
    ['a sequence token, events with members of their own, no stream name', { logGroupName: '/g', sequenceToken: 't', logEvents: [{ ...event('a'), extra: 1 }] }],
    ['no events', { logGroupName: '/g', logStreamName: 's', logEvents: [] }],
    ['more events than one run', { logGroupName: '/g', logStreamName: 's', logEvents: Array.from({ length: 200 }, (_, i) => event(`m${i}`, i)) }],
    ['null and undefined members', { logGroupName: '/g', logStreamName: null, sequenceToken: undefined, logEvents: [{ timestamp: 1, message: null }, { message: 'x' }] }],
  ])('writes the bytes the SDK writes: %s', (_, input) => {
    expect(putLogEventsBody(input)?.toString('utf8')).toBe(sdkBody(input));
  });

  it('writes the bytes the SDK writes for any messages and timestamps', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ timestamp: fc.integer({ min: 0, max: 2 ** 45 }), message: fc.string({ unit: 'binary' }) }), { maxLength: 150 }), (logEvents) => {
        const input = { logGroupName: '/g', logStreamName: 's', logEvents };
        expect(putLogEventsBody(input)?.toString('utf8')).toBe(sdkBody(input));
      }),
    );
  });

  it('writes into the spare memory it is given, which the SDK never sees, and grows out of one too small', () => {
    const input = { logGroupName: '/g', logStreamName: 's', logEvents: [event('a "b" c'), event('d')] };
    const spare = Buffer.alloc(4096, 0x78);
    const body = putLogEventsBody(withBodySpare({ ...input }, spare));
    expect(body?.buffer).toBe(spare.buffer);
    expect(body?.toString('utf8')).toBe(sdkBody(input));
    expect(sdkBody(withBodySpare({ ...input }, spare))).toBe(sdkBody(input));
    expect(JSON.stringify(withBodySpare({ ...input }, spare))).toBe(JSON.stringify(input));
    const small = Buffer.alloc(64);
    const grown = putLogEventsBody(withBodySpare({ ...input, logEvents: Array.from({ length: 50 }, (_, i) => event(`message ${i}`)) }, small));
    expect(grown?.buffer).not.toBe(small.buffer);
    expect(JSON.parse(grown?.toString('utf8') ?? '').logEvents).toHaveLength(50);
  });

  it.each([
    ['an entity', { logGroupName: '/g', logStreamName: 's', logEvents: [event('a')], entity: { keyAttributes: { Type: 'Service' } } }],
    ['a field the API may add', { logGroupName: '/g', logStreamName: 's', logEvents: [event('a')], logGroupIdentifier: 'arn' }],
    ['a null event', { logGroupName: '/g', logStreamName: 's', logEvents: [event('a'), null] }],
    ['a timestamp that is not a finite number', { logGroupName: '/g', logStreamName: 's', logEvents: [event('a', Number.NaN)] }],
    ['a message that is not a string', { logGroupName: '/g', logStreamName: 's', logEvents: [{ timestamp: 1, message: 42 }] }],
    ['no events array', { logGroupName: '/g', logStreamName: 's' }],
  ])('leaves to the SDK a request with %s', (_, input) => {
    expect(putLogEventsBody(input as Record<string, unknown>)).toBeUndefined();
  });
});
