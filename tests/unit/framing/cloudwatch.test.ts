import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { InputError } from '../../../src/errors.js';
import { decodePayloads, decodePayloadsBatch, decodeSubscription, decodeSubscriptionBatch, encodePayloads, linesBytes, serializePayload, serializePayloadBytes } from '../../../src/framing/cloudwatch.js';
import { CONTROL_PAYLOAD, dataPayload, encodeRecord } from '../../support/lambda-events.js';

const secret = createSampler(11).jwt();

/** The error `fn` throws, checked to be a clear InputError that holds none of the payload. */
function inputError(fn: () => unknown): InputError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).code).toBe('ERR_INPUT');
  expect(String((caught as Error).message)).not.toContain(secret);
  return caught as InputError;
}

describe('decodeSubscription', () => {
  it('decodes base64, gzip and JSON into the payload CloudWatch Logs sent', () => {
    const payload = dataPayload(['plain', 'two\nlines', '東京 🎉'], { start: 1764400000000 });
    const decoded = decodeSubscription(encodeRecord(payload));
    expect(decoded).toMatchObject({ messageType: 'DATA_MESSAGE', logGroup: '/aws/lambda/orders', owner: '123456789012', subscriptionFilters: ['logscrub'] });
    expect(decoded.logEvents.map((e) => [e.timestamp, e.message])).toEqual([
      [1764400000000, 'plain'],
      [1764400000001, 'two\nlines'],
      [1764400000002, '東京 🎉'],
    ]);
  });

  it('tolerates fields it does not know and drops them, extractedFields included', () => {
    const payload = dataPayload(['x'], { extra: { policyLevel: 'ACCOUNT_LEVEL_POLICY' } });
    (payload.logEvents as Record<string, unknown>[])[0]!.extractedFields = { token: secret };
    const decoded = decodeSubscription(encodeRecord(payload));
    expect(serializePayload(decoded)).not.toContain(secret);
    expect(serializePayload(decoded)).not.toContain('policyLevel');
  });

  it('hands over the inflated JSON as spare memory, beside the same payload decodeSubscription gives', () => {
    const payload = dataPayload(['plain', 'two\nlines', '東京 🎉']);
    const { payload: decoded, spare } = decodeSubscriptionBatch(encodeRecord(payload));
    expect(decoded).toEqual(decodeSubscription(encodeRecord(payload)));
    expect(spare.toString()).toBe(JSON.stringify(payload));
  });

  it('decodes the same payload whether its events are parsed one by one or the whole JSON at once (an unusual layout)', () => {
    const payload = dataPayload(['a', 'x},{"id":"y', '東京'], { start: 1764400000000, extra: { policyLevel: 'ACCOUNT_LEVEL_POLICY' } });
    const compact = decodeSubscriptionBatch(encodeRecord(payload)).payload;
    const indented = decodeSubscriptionBatch(gzipSync(JSON.stringify(payload, null, 2)).toString('base64')).payload;
    expect(indented).toEqual(compact);
    expect(compact.logEvents.map((e) => e.message)).toEqual(['a', 'x},{"id":"y', '東京']);
  });

  it('decodes a control message', () => {
    expect(decodeSubscription(encodeRecord(CONTROL_PAYLOAD)).messageType).toBe('CONTROL_MESSAGE');
  });

  it('says which layer is wrong, and never quotes the payload', () => {
    expect(inputError(() => decodeSubscription(undefined)).message).toMatch(/awslogs.data must be a non-empty base64 string/);
    expect(inputError(() => decodeSubscription(`${encodeRecord(dataPayload([secret]))}!`)).message).toMatch(/not valid base64/);
    expect(inputError(() => decodeSubscription(Buffer.from(JSON.stringify(dataPayload([secret]))).toString('base64'))).message).toMatch(/not gzip-compressed/);
    const truncated = gzipSync(JSON.stringify(dataPayload([secret]))).subarray(0, 40).toString('base64');
    expect(inputError(() => decodeSubscription(truncated)).message).toMatch(/not a complete gzip stream/);
    expect(inputError(() => decodeSubscription(encodeRecord(`{"message":"${secret}"`))).message).toMatch(/not JSON after gunzip/);
    expect(inputError(() => decodeSubscription(encodeRecord({ ...dataPayload([secret]), messageType: 'OTHER' }))).message).toMatch(/"messageType" must be/);
    expect(inputError(() => decodeSubscription(encodeRecord({ ...dataPayload([]), logEvents: [{ id: '1', timestamp: 'x', message: secret }] }))).message).toMatch(/logEvents\[0\] must be/);
    expect(inputError(() => decodeSubscription(encodeRecord({ ...dataPayload([]), logGroup: 5 }))).message).toMatch(/"logGroup" must be a string/);
  });
});

describe('decoding a gzip whose trailer lies about its size', () => {
  /** The gzip of `text` with its trailer's ISIZE (the last 4 bytes) replaced by `size`. */
  const withSize = (text: string, size: number): Buffer => {
    const gz = Buffer.from(gzipSync(text));
    gz.writeUInt32LE(size >>> 0, gz.length - 4);
    return gz;
  };
  const payload = dataPayload(Array.from({ length: 300 }, (_, i) => `line ${i} é ${'x'.repeat(i % 50)}`));
  const text = JSON.stringify(payload);

  it.each([
    ['announces nothing', 0],
    ['announces less than it holds', 100],
    ['announces more than it holds', text.length * 4],
    ['announces 4 GiB', 0xffffffff],
  ])('refuses, as corrupt, a gzip whose trailer %s: the size only sizes the output buffer, and zlib still checks it', (_, size) => {
    expect(inputError(() => decodePayloads(withSize(text, size), 'x')).message).toMatch(/not a complete gzip stream/);
  });

  it('decodes payloads of several gzip members, whose last trailer counts only the last member', () => {
    const a = dataPayload(['first member'], { logStream: 'a' });
    const b = dataPayload(['second member'], { logStream: 'b' });
    const record = Buffer.concat([gzipSync(JSON.stringify(a)), gzipSync(JSON.stringify(b))]);
    expect(decodePayloads(record, 'x').map((p) => p.logEvents[0]!.message)).toEqual(['first member', 'second member']);
  });
});

describe('decoding text that is ASCII and text that is not', () => {
  it('reads ASCII JSON with \\u escapes and raw UTF-8 JSON into the same messages', () => {
    const messages = ['東京 🎉', 'café', 'lone \udc00 surrogate escape', 'plain'];
    const payload = dataPayload(messages);
    const raw = JSON.stringify(payload); // UTF-8 bytes above 0x7f
    const escaped = raw.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`); // ASCII only
    expect(Buffer.from(escaped).every((b) => b < 0x80)).toBe(true);
    const fromRaw = decodePayloads(gzipSync(raw), 'raw')[0]!;
    const fromEscaped = decodePayloads(gzipSync(escaped), 'escaped')[0]!;
    expect(fromEscaped.logEvents.map((e) => e.message)).toEqual(messages);
    expect(fromRaw.logEvents.map((e) => e.message)).toEqual(messages);
  });
});

describe('serializePayload', () => {
  it('writes the fixed fields in CloudWatch order, escaping as JSON.stringify does (quotes, controls, U+2028, lone surrogates)', () => {
    const payload = {
      messageType: 'DATA_MESSAGE', owner: '1', logGroup: '/g', logStream: 's', subscriptionFilters: ['f'],
      logEvents: [{ id: '1', timestamp: 1764400000000, message: 'a"b\\c\n\u0001\u2028é\ud800😀' }],
    } as const;
    expect(serializePayload({ ...payload, extra: 'dropped' } as typeof payload)).toBe(
      '{"messageType":"DATA_MESSAGE","owner":"1","logGroup":"/g","logStream":"s","subscriptionFilters":["f"],' +
        '"logEvents":[{"id":"1","timestamp":1764400000000,"message":"a\\"b\\\\c\\n\\u0001\u2028é\\ud800😀"}]}',
    );
  });
});

describe('decodePayloads / encodePayloads', () => {
  it('reads payloads concatenated in one record, as Firehose may deliver them, and writes them back the same way', () => {
    const a = dataPayload(['a {"x":"}"}'], { logStream: 'a' });
    const b = dataPayload(['b\\"'], { logStream: 'b' });
    const record = gzipSync(JSON.stringify(a) + JSON.stringify(b));
    const decoded = decodePayloads(record, 'record 1');
    expect(decoded.map((p) => p.logStream)).toEqual(['a', 'b']);
    expect(decodePayloads(encodePayloads(decoded), 'again')).toEqual(decoded);
  });

  it('encodes what it decodes, key for key', () => {
    const payload = dataPayload(['é\n"quoted"', '\u0000 control']);
    const decoded = decodePayloads(Buffer.from(encodeRecord(payload), 'base64'), 'x')[0]!;
    expect(JSON.parse(serializePayload(decoded))).toEqual(payload);
  });
});

describe('serializePayloadBytes / linesBytes', () => {
  const payloads = [
    dataPayload(['a"b\\c\n\u0001\u2028é\ud800😀', '東京 🎉', ''], { logStream: 'a' }),
    dataPayload(['{"x":"}"}'], { logStream: 'b' }),
  ].map((p) => decodePayloads(gzipSync(JSON.stringify(p)), 'x')[0]!);

  it('writes exactly the bytes of serializePayload, payloads concatenated', () => {
    expect(serializePayloadBytes(payloads).toString('utf8')).toBe(payloads.map(serializePayload).join(''));
  });

  it('writes into the spare when the bytes fit, so that no second batch-sized buffer is made', () => {
    const spare = Buffer.alloc(4096);
    const bytes = serializePayloadBytes(payloads, spare);
    expect(bytes.buffer).toBe(spare.buffer);
    expect(bytes.toString('utf8')).toBe(payloads.map(serializePayload).join(''));
  });

  it('grows past a spare that is too small, keeping what it wrote before', () => {
    const expected = payloads.map(serializePayload).join('');
    const spare = Buffer.alloc(Math.ceil(Buffer.byteLength(expected) * 0.8));
    const bytes = serializePayloadBytes(payloads, spare);
    expect(bytes.buffer).not.toBe(spare.buffer);
    expect(bytes.toString('utf8')).toBe(expected);
  });

  it('gzips the same bytes as before, through the spare or not', () => {
    const spare = Buffer.alloc(4096);
    expect(encodePayloads(payloads, spare)).toEqual(gzipSync(payloads.map(serializePayload).join(''), { level: 3 }));
  });

  it('writes messages one a line, each followed by a line break', () => {
    expect(linesBytes(['a', '東京 🎉', '']).toString('utf8')).toBe('a\n東京 🎉\n\n');
    expect(linesBytes([], Buffer.alloc(64)).length).toBe(0);
    expect(linesBytes(['x'.repeat(100), 'é'.repeat(100)], Buffer.alloc(210)).toString('utf8')).toBe(`${'x'.repeat(100)}\n${'é'.repeat(100)}\n`);
  });

  it('hands over the inflated JSON of a record beside its payloads', () => {
    const json = JSON.stringify(dataPayload(['a'])) + JSON.stringify(dataPayload(['b']));
    const { payloads: decoded, spare } = decodePayloadsBatch(gzipSync(json), 'record 1');
    expect(decoded.map((p) => p.logEvents[0]!.message)).toEqual(['a', 'b']);
    expect(spare.toString('utf8')).toBe(json);
  });
});
