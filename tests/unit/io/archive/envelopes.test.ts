import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import { splitJsonValues } from '../../../../src/framing/cloudwatch.js';
import { processEnvelopes, type EnvelopeFinding } from '../../../../src/io/archive/envelopes.js';
import { createScrubber } from '../../../../src/scrubber.js';
import { createStats } from '../../../../src/stats.js';

const s = createSampler(59);
const scrubber = createScrubber();
const payload = (messages: string[]) => ({
  messageType: 'DATA_MESSAGE',
  owner: '123456789012',
  logGroup: '/aws/lambda/app',
  logStream: '2026/11/29/[$LATEST]abc',
  subscriptionFilters: ['all'],
  logEvents: messages.map((message, i) => ({ id: String(i), timestamp: 1764400000000 + i, message })),
});

describe('splitJsonValues', () => {
  it('finds each top-level value of {…}{…}, braces inside strings ignored', () => {
    const text = '{"a":"}{"}\n{"b":[1]}';
    expect(splitJsonValues(text)?.map(([a, b]) => text.slice(a, b))).toEqual(['{"a":"}{"}', '{"b":[1]}']);
  });

  it('says when the text is not a run of JSON values', () => {
    expect(splitJsonValues('{"a":1} trailing')).toBeUndefined();
    expect(splitJsonValues('{"a":1')).toBeUndefined();
  });
});

describe('processEnvelopes', () => {
  it('rewrites only the envelope whose message changed and keeps what lies between envelopes', () => {
    const clean = JSON.stringify({ ...payload(['nothing here']), policyLevel: 'ACCOUNT' });
    const dirty = JSON.stringify(payload([`token=${s.jwt()}`, 'hi']));
    const { bytes, events } = processEnvelopes(Buffer.from(`${clean}\n${dirty}`), 'f', { scrubber, stats: createStats() });
    const [first, second] = bytes.toString().split('\n');
    expect(first).toBe(clean);
    expect(JSON.parse(second as string).logEvents.map((e: { message: string }) => e.message)).toEqual(['token=[REDACTED:jwt]', 'hi']);
    expect(events).toBe(3);
  });

  it('returns no bytes when nothing changed, so the file is written back as it was', () => {
    const { bytes } = processEnvelopes(Buffer.from(JSON.stringify(payload(['ok']))), 'f', { scrubber, stats: createStats() });
    expect(bytes.length).toBe(0);
  });

  it('re-encodes base64 payloads one a line', () => {
    const line = gzipSync(JSON.stringify(payload([`password=${s.password()}`]))).toString('base64');
    const { bytes } = processEnvelopes(Buffer.from(`${line}\n`), 'f', { scrubber, stats: createStats() });
    const [out, rest] = bytes.toString().split('\n');
    expect(rest).toBe('');
    expect(JSON.parse(gunzipSync(Buffer.from(out as string, 'base64')).toString()).logEvents[0].message).toBe('password=[REDACTED:password-assignment]');
  });

  it('redacts a secret outside the messages of a base64 payload, dropping the unknown field that held one', () => {
    const inStream = s.jwt();
    const inUnknown = s.jwt();
    const line = gzipSync(JSON.stringify({ ...payload(['ok']), logStream: `s/${inStream}`, note: `Bearer ${inUnknown}` })).toString('base64');
    const stats = createStats();
    const { bytes } = processEnvelopes(Buffer.from(`${line}\n`), 'f', { scrubber, stats });
    const out = JSON.parse(gunzipSync(Buffer.from(bytes.toString().trim(), 'base64')).toString());
    expect(out.logStream).toBe('s/[REDACTED:jwt]');
    expect(out.note).toBeUndefined();
    expect(out.logEvents[0].message).toBe('ok');
    expect(stats.snapshot().byRule).toEqual({ jwt: 2 });
  });

  it('reports findings by envelope line and event in check mode', () => {
    const text = `${JSON.stringify(payload(['a', 'b']))}\n${JSON.stringify(payload(['c', `Bearer ${s.jwt()}`]))}\n`;
    const findings: EnvelopeFinding[] = [];
    processEnvelopes(Buffer.from(text), 'f', { scrubber, stats: createStats(), onFinding: (f) => findings.push(f) });
    expect(findings).toEqual([{ line: 2, event: 4, ruleId: 'jwt' }]);
  });

  it('fails closed on a malformed envelope, naming the line and never the content', () => {
    const secret = s.password();
    expect(() => processEnvelopes(Buffer.from(`{"messageType":"DATA_MESSAGE","logEvents":"${secret}"}`), 'f.json', { scrubber, stats: createStats() })).toThrow(
      /f\.json: line 1: envelope 1: "owner" must be a string/,
    );
    expect(() => processEnvelopes(Buffer.from('{"messageType":'), 'f.json', { scrubber, stats: createStats() })).toThrow(/not CloudWatch Logs subscription JSON/);
  });
});
