import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { createScrubber, type Scrubber } from '../../../src/index.js';
import { redactBlocks, redactMessages, redactPayloadFields } from '../../../src/lambda/redact.js';
import { decodeSubscriptionBatch } from '../../../src/framing/cloudwatch.js';
import { dataPayload, encodeRecord, mixedBatch, pemKey } from '../../support/lambda-events.js';

const scrubber = createScrubber();

describe('redactMessages', () => {
  it('redacts every message of a batch in one engine call and keeps each message whole', () => {
    const { messages, secrets } = mixedBatch(200_000);
    let calls = 0;
    const counting: Scrubber = { ...scrubber, redactItems: (bytes, ends, carry) => (calls++, scrubber.redactItems(bytes, ends, carry)) };
    const { items, stats } = redactMessages(counting, messages);
    expect(calls).toBe(1);
    expect(items).toHaveLength(messages.length);
    for (const [i, m] of items.entries()) expect(m.split('\n').length, `message ${i}`).toBe(messages[i]!.split('\n').length);
    const all = items.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(stats.byRule['private-key']).toBeGreaterThan(0);
  });

  it('keeps a lone surrogate of a message it redacts, as it keeps one of a message it leaves alone', () => {
    const jwt = createSampler(4).jwt();
    const messages = ['clean \ud800 kept', `lone \udc00 and \ufffd then Bearer ${jwt} and \ud83d end`, `pair 😀 Bearer ${jwt}`];
    const both = { ...scrubber, redactItems: () => { throw new Error('engine failure'); } };

    for (const s of [scrubber, both]) {
      const { items } = redactMessages(s, messages);

      expect(items).toEqual(['clean \ud800 kept', 'lone \udc00 and \ufffd then Bearer [REDACTED:jwt] and \ud83d end', 'pair 😀 Bearer [REDACTED:jwt]']);
    }
  });

  it('finds a PEM key spread over the lines of one message', () => {
    const pem = pemKey(createSampler(3));
    const { items } = redactMessages(scrubber, ['before', `key:\n${pem.text}`, 'after']);
    for (const line of pem.body) expect(items[1]).not.toContain(line);
    expect(items[1]).toContain('-----BEGIN RSA PRIVATE KEY-----');
    expect([items[0], items[2]]).toEqual(['before', 'after']);
  });

  it('gives the same messages when the block is joined into the spent inflated JSON of the batch', () => {
    const { messages, secrets } = mixedBatch(200_000);
    const { payload, spare } = decodeSubscriptionBatch(encodeRecord(dataPayload(messages)));
    const decoded = payload.logEvents.map((e) => e.message);
    const expected = redactMessages(scrubber, decoded);
    const reused = redactMessages(scrubber, decoded, spare);
    expect(reused.items).toEqual(expected.items);
    expect(reused.stats).toEqual(expected.stats);
    for (const secret of secrets) expect(reused.items.join('\n')).not.toContain(secret);
  });

  it('still redacts when the spare is too small for the block (raw bytes that are not UTF-8 grow when decoded)', () => {
    const secret = createSampler(6).jwt();
    // 0xff bytes inside the JSON strings: each becomes U+FFFD, three bytes, when joined again.
    const json = Buffer.concat([Buffer.from('{"messageType":"DATA_MESSAGE","owner":"1","logGroup":"/g","logStream":"s","subscriptionFilters":[],"logEvents":[{"id":"1","timestamp":1,"message":"'), Buffer.alloc(400, 0xff), Buffer.from(` Bearer ${secret}"}]}`)]);
    const { payload, spare } = decodeSubscriptionBatch(gzipSync(json).toString('base64'));
    const message = payload.logEvents[0]!.message;
    expect(Buffer.byteLength(message)).toBeGreaterThan(spare.length);
    const { items } = redactMessages(scrubber, [message], spare);
    expect(items[0]).not.toContain(secret);
    expect(items[0]!.startsWith('\ufffd'.repeat(400))).toBe(true);
  });

  it('hands back the very array when nothing matched', () => {
    const messages = ['hello', 'world\nagain'];
    expect(redactMessages(scrubber, messages).items).toBe(messages);
  });

  it('fails closed, one message at a time, when the bulk call throws or a finding crosses two messages', () => {
    const secret = createSampler(5).jwt();
    // Engines that fail the bulk call (they must never, but if one did):
    const throwing: Scrubber = {
      ...scrubber,
      redactItems() {
        throw new Error('engine failure');
      },
    };
    const crossing: Scrubber = { ...scrubber, redactItems: (bytes, ends, carry) => ({ ...scrubber.redactItems(bytes, ends, carry), items: undefined }) };
    for (const broken of [throwing, crossing]) {
      const { items, stats } = redactMessages(broken, ['a', `Bearer ${secret}`]);
      expect(items).toHaveLength(2);
      expect(items[0]).toBe('a');
      expect(items[1]).not.toContain(secret);
      expect(stats.byRule['bearer-token'] ?? stats.byRule.jwt).toBe(1);
    }
  });

  it('follows a PEM key logged one line per message into the next messages when it falls back one by one', () => {
    const pem = pemKey(createSampler(11));
    const messages = pem.text.split('\n');
    const throwing: Scrubber = {
      ...scrubber,
      redactItems() {
        throw new Error('engine failure');
      },
    };
    const bulk = redactMessages(scrubber, messages);
    const { items, stats } = redactMessages(throwing, messages);
    for (const line of pem.body) expect(items.join('\n')).not.toContain(line);
    expect(items).toEqual(bulk.items);
    expect(stats.byRule).toEqual(bulk.stats.byRule);
    expect(stats.linesRedacted).toBe(bulk.stats.linesRedacted);
  });
});

describe('redactBlocks', () => {
  it('redacts raw records and leaves bytes that are not UTF-8 as they were', () => {
    const secret = createSampler(9).jwt();
    const blocks = [Buffer.from([0xff, 0x41, 0x0a]), Buffer.from(`auth Bearer ${secret}\nok\n`)];
    const { items } = redactBlocks(scrubber, blocks);
    expect(items[0]).toBe(blocks[0]);
    expect(items[1]!.toString()).not.toContain(secret);
    expect(items[1]!.toString().endsWith('\nok\n')).toBe(true);
  });

  it('follows a PEM key across records when it falls back one by one', () => {
    const pem = pemKey(createSampler(12));
    const blocks = pem.text.split('\n').map((line) => Buffer.from(line));
    const throwing: Scrubber = {
      ...scrubber,
      redactItems() {
        throw new Error('engine failure');
      },
    };
    const { items } = redactBlocks(throwing, blocks);
    for (const line of pem.body) expect(Buffer.concat(items).toString()).not.toContain(line);
  });
});

describe('redactPayloadFields', () => {
  it('redacts the envelope’s own fields in one engine call, hands back clean payloads as they were, and leaves ids alone when asked', () => {
    const jwt = createSampler(5).jwt();
    const clean = decodeSubscriptionBatch(encodeRecord(dataPayload(['a']))).payload;
    const dirty = { ...clean, logStream: `s/${jwt}`, logEvents: [{ id: `id ${jwt}`, timestamp: 1, message: `m ${jwt}` }] };
    let calls = 0;
    const counting: Scrubber = { ...scrubber, redactItems: (bytes, ends, carry) => (calls++, scrubber.redactItems(bytes, ends, carry)) };

    const both = redactPayloadFields(counting, [clean, dirty]);
    const noIds = redactPayloadFields(scrubber, [dirty], { ids: false });

    expect(calls).toBe(1);
    expect(both.items[0]).toBe(clean);
    expect(both.items[1]).toMatchObject({ logStream: 's/[REDACTED:jwt]', logEvents: [{ id: 'id [REDACTED:jwt]', message: `m ${jwt}` }] });
    expect(noIds.items[0]).toMatchObject({ logStream: 's/[REDACTED:jwt]', logEvents: [{ id: `id ${jwt}` }] });
    expect(both.stats.byRule.jwt).toBe(2);
  });
});
