import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePayloadInPieces } from '../../../src/framing/payload-pieces.js';
import { dataPayload } from '../../support/lambda-events.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('parsePayloadInPieces', () => {
  it('gives what JSON.parse of the whole gives, for messages that look like the bytes it cuts at', () => {
    const messages = ['plain', 'x},{"id":"y', '{"logEvents":[{"id":"1"}]}', '東京 🎉 \u2028 \ud800', 'a\\', '}]', ''];
    const json = JSON.stringify(dataPayload(messages, { extra: { policyLevel: 'ACCOUNT_LEVEL_POLICY' } }));
    expect(parsePayloadInPieces(bytes(json))).toEqual(JSON.parse(json));
  });

  it('gives what JSON.parse gives for any messages (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '"', '\\', '{', '}', ',', '[', ']', ':', 'i', 'd', 'é', '\n', '\u0000', '\ud83d') }), { minLength: 1, maxLength: 8 }), (messages) => {
        const json = JSON.stringify(dataPayload(messages, { start: 1764400000000 }));
        expect(parsePayloadInPieces(bytes(json))).toEqual(JSON.parse(json));
      }),
    );
  });

  it('declines what CloudWatch Logs does not write, so that the caller parses the whole', () => {
    const payload = dataPayload(['a', 'b'], { start: 1764400000000 });
    const compact = JSON.stringify(payload);
    const declined = [
      JSON.stringify(payload, null, 1), // whitespace
      JSON.stringify({ ...payload, logEvents: [] }), // no events to cut
      compact.replace(/\}$/, ',"logEvents":[]}'), // a second logEvents key, which wins in JSON.parse
      compact.replace(/\}$/, ',"extra":{"a":1}}'), // a tail that is not plain string fields
      `{"nested":${compact},"logEvents":[{"id":"1","timestamp":1,"message":"m"}]}`, // the first logEvents is not the top level's
      compact.replace('"message":"a"', '"message":"a",'), // a piece that is not JSON
      compact.slice(0, -1), // unclosed
      // An event whose fields nest the separator where a run is cut: the run is not JSON.
      JSON.stringify(dataPayload(['x'.repeat(40_000), 'b'], { start: 1 })).replace(/"message":"(x+)"/, '"message":"$1","extractedFields":{"l":[{"id":"p"},{"id":"q"}]}'),
    ];
    for (const text of declined) expect(parsePayloadInPieces(bytes(text)), text).toBeUndefined();
  });

  it('takes the events of the top-level logEvents key, not of a key whose name ends in an escaped quote and logEvents', () => {
    // `"\"logEvents":[{"id":"` holds the bytes it looks for: read as the events, they replaced the
    // real ones, which were lost (issue 12 review).
    const payload = dataPayload(['kept'], { start: 1 });
    const real = JSON.stringify(payload.logEvents.map(({ timestamp, id, message }) => ({ timestamp, id, message })));
    const json = JSON.stringify({ ...payload, logEvents: [] }).replace('"logEvents":[]', `"logEvents":${real},"\\"logEvents":[{"id":"2","timestamp":2,"message":"decoy"}]`);
    expect(parsePayloadInPieces(bytes(json)) ?? JSON.parse(json)).toEqual(JSON.parse(json));
  });

  it('parses nested fields of an event when no cut falls inside them', () => {
    const json = JSON.stringify(dataPayload(['a', 'b'], { start: 1 })).replace('"message":"a"', '"message":"a","extractedFields":{"l":[{"id":"p"},{"id":"q"}]}');
    expect(parsePayloadInPieces(bytes(json))).toEqual(JSON.parse(json));
  });

  it('cuts a large batch into runs and gives what JSON.parse gives', () => {
    const messages = Array.from({ length: 3000 }, (_, i) => `{"i":${i},"msg":"x},{\\"id\\":\\"${'y'.repeat(i % 50)}","u":"é"}`);
    const json = JSON.stringify(dataPayload(messages, { start: 1 }));
    expect(json.length).toBeGreaterThan(8 * 32 * 1024);
    expect(parsePayloadInPieces(bytes(json))).toEqual(JSON.parse(json));
  });
});
