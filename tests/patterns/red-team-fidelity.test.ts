/**
 * A second red-team review's classes where a redaction took more than the secret (W1, W2) or a
 * clean value (G1, G4): the secret goes, and every byte around it stays.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xf1de);
const token = (): string => sample.alnum(32);
const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe("a Cookie header in single quotes ends at its quote (W1)", () => {
  it.each([
    (s: string) => `curl -H 'Cookie: session=${s}' https://app.example.com/admin`,
    (s: string) => `curl -sS -H 'Accept: application/json' -H 'cookie: lang=en; sessionid=${s}' 'https://app.example.com/api/me'`,
    (s: string) => `headers={'Cookie': 'sessionid=${s}; lang=en', 'Accept': '*/*'}`,
    (s: string) => `request headers {'Host': 'app.example.com', 'Cookie': 'csrftoken=x; sessionid=${s}'}`,
    (s: string) => JSON.stringify({ msg: `replay: curl -H 'Cookie: session=${s}' https://app.example.com/` }),
  ])('%s', (make) => {
    const s = token();
    expectOnlySecretGone(scrubber, make(s), s);
  });

  it("a cookie value holding a quote in a double-quoted header stays one value", () => {
    const s = `${token()}'x`;
    expectOnlySecretGone(scrubber, `Cookie: session=${s}; lang=en`, s);
  });
});

describe("a Kubernetes Secret's data: each value goes, every key stays (W2)", () => {
  it('every value of data and stringData, at both JSON levels', () => {
    const values = [b64('admin'), b64(sample.password()), b64(token())];
    const secret = { apiVersion: 'v1', data: { username: values[0], password: values[1], 'api-token': values[2] }, kind: 'Secret', metadata: { name: 'db-creds' } };
    const line = JSON.stringify(secret);
    const out = scrubber.redactLine(line);
    for (const v of values) expect(out).not.toContain(v);
    const parsed = JSON.parse(out) as typeof secret;
    expect(Object.keys(parsed.data)).toEqual(['username', 'password', 'api-token']);
    expect(parsed.metadata).toEqual(secret.metadata);
    expect(line.replace(/"data":\{[^}]*\}/, '')).toBe(out.replace(/"data":\{[^}]*\}/, ''));
    expect(scrubber.redactLine(out)).toBe(out);

    const nested = JSON.stringify({ annotations: { 'kubectl.kubernetes.io/last-applied-configuration': line } });
    const nestedOut = scrubber.redactLine(nested);
    for (const v of values) expect(nestedOut).not.toContain(v);
    const inner = JSON.parse((JSON.parse(nestedOut) as { annotations: Record<string, string> }).annotations['kubectl.kubernetes.io/last-applied-configuration'] as string) as typeof secret;
    expect(Object.keys(inner.data)).toEqual(['username', 'password', 'api-token']);
  });

  it('one value: as before', () => {
    const s = b64(token());
    expectOnlySecretGone(scrubber, `{"kind":"Secret","apiVersion":"v1","metadata":{"name":"api"},"stringData":{"token":"${s}"}}`, s);
  });
});

describe("Ansible's and EF Core's stand-ins are no values (G1, G4)", () => {
  it.each([
    '"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"',
    '{"module_args": {"login_user": "root", "password": "NOT_LOGGING_PARAMETER"}}',
    'ok: [db1] => {"changed": false, "invocation": {"module_args": {"login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "name": "app"}}}',
    "Executed DbCommand (16ms) [Parameters=[@__id_0='7'], CommandType='Text', CommandTimeout='30'] SELECT c.id FROM clients AS c WHERE c.api_key = @__apiKey_0 LIMIT 1",
    'UPDATE [Users] SET [PasswordHash] = @p0, [SecurityStamp] = @p1 WHERE [Id] = @p2;',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it('a bound value still goes', () => {
    const s = token();
    expectOnlySecretGone(scrubber, `Executed DbCommand (3ms) [Parameters=[@__apiKey_0='${s}' (Size = 64)], CommandType='Text'] SELECT 1`, s);
  });
});

describe('header names as strings in a config dump are no header (review3, FP3)', () => {
  it.each([
    '{"allowedHeaders":["Authorization","X-Auth-Token","Content-Type"]}',
    '{"csrfTokenName":"X-CSRF-TOKEN","tokenCount":42}',
    'cors: exposedHeaders=["X-Api-Key","X-Request-Id"] maxAge=600',
    '{"headers":["x-amz-security-token","x-amz-date","host"]}',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it('a header pair in such a list still loses its value', () => {
    const s = token();
    expectOnlySecretGone(scrubber, `rawHeaders: ["Host","api.example.com","X-Api-Key","${s}","Accept","*/*"]`, s);
  });
});
