import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

/**
 * Session 45's classes from rounds 117, 119 and 120: queued jobs' payloads (PHP's serialize()
 * inside JSON inside a query log's bindings, a pretty-printed JSON member), curl's quoted user,
 * bearer tokens of an id and hex, and vendors' keys that stand alone. Values come from a sampler,
 * never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120547);
const keeps = keepsEach(scrubber);
const password = (): string => `${s.alnum(9)}=@${s.alnum(5)}|${s.digits(2)}`;

describe("PHP's serialize() in a queued job, at any depth of JSON, a list's or a member line's (round 119)", () => {
  it('takes a password member from a Laravel job in a query log\'s bindings', () => {
    const pw = password();
    const command = `O:27:"App\\\\Jobs\\\\RotateDatabaseUser":2:{s:8:"username";s:12:"analytics_ro";s:11:"newPassword";s:${pw.length}:"${pw}";}`;
    const payload = JSON.stringify({ uuid: 'e10e84ef-2996-4e10-b4af-1ceca14f5fc0', data: { commandName: 'App\\Jobs\\RotateDatabaseUser', command } });
    const line = `[2024-06-05 10:01:07] local.DEBUG: insert into \`jobs\` (\`queue\`, \`payload\`) values (?, ?) ${JSON.stringify(['default', payload])}`;
    const out = scrubber.redactLine(line);
    expect(out).not.toContain(pw);
    expect(out).toContain('s:12:\\\\\\"analytics_ro\\\\\\"');
    expect(scrubber.redactLine(out)).toBe(out);
  });

  it("takes a protected member's token from an SQS body the AWS CLI printed, one member a line", () => {
    const token = s.hex(32);
    const command = `O:24:"App\\Jobs\\SendSmsReminder":2:{s:12:"\u0000*\u0000authToken";s:32:"${token}";s:5:"\u0000*\u0000to";s:12:"+12881124791";}`;
    const line = `            "Body": ${JSON.stringify(JSON.stringify({ data: { command } }))},`;
    expect(scrubber.redactLine(line)).not.toContain(token);
  });

  keeps(['s:8:"password";s:0:"";', 's:10:"max_tokens";i:4096;', '            "Body": "{\\"uuid\\":\\"a9b3f60d-d5db-4256-9478-807a88a7042b\\",\\"attempts\\":3}",']);
});

describe("curl's quoted user, and bearer tokens of an id and hex (rounds 117 and 120)", () => {
  it("takes a key given as curl's user with no password, and leaves the rest of the command", () => {
    const key = s.alnum(27);
    expectOnlySecretGone(scrubber, `curl -u '${key}:' -X POST https://hosted.rudderlabs.com/v1/batch -H 'Content-Type: application/json' -d @batch.json`, key);
  });
  it("takes a quoted pair's password to its own quote", () => {
    const pw = `${s.alnum(10)}!`;
    expectOnlySecretGone(scrubber, `curl -u 'admin:${pw}' -X POST https://x.example/api -H 'Accept: */*'`, pw);
  });
  it.each([
    (t: string) => `client init: Bearer ${t} workspace=9618523576674677`,
    (t: string) => `curl -H 'Authorization: Bearer ${t}' 'https://app.asana.com/api/1.0/users/me'`,
  ])('%#: an Asana personal token', (make) => {
    const token = `2/${s.digits(16)}/${s.digits(16)}:${s.hex(32)}`;
    expectOnlySecretGone(scrubber, make(token), token);
  });
  it('takes a bearer token that opens with its version and a colon (Optimizely)', () => {
    const token = `2:${s.base64url(43)}`;
    expectOnlySecretGone(scrubber, `curl -H 'Authorization: Bearer ${token}' 'https://api.optimizely.com/v2/experiments'`, token);
  });
});

describe('vendor keys that stand alone (round 117)', () => {
  it('takes a Statsig server secret passed as an argument, and leaves a client key', () => {
    const secret = `secret-${s.alnum(43)}`;
    expectOnlySecretGone(scrubber, `    statsig.initialize("${secret}", StatsigOptions(tier="production"))`, secret);
  });
  it('takes a Klaviyo private key in a table', () => {
    const key = `pk_${s.hex(34)}`;
    expectOnlySecretGone(scrubber, `  646 | umbrella   | klaviyo  | ${key} | 2025-01-02 | t`, key);
  });
  keeps([`<script>Statsig.initialize("client-${s.alnum(43)}")</script>`, 'ALTER TABLE orders ADD CONSTRAINT pk_orders_id PRIMARY KEY (id)']);
});

describe("curl's user in a quote that never closes (a review)", () => {
  it.each([(p: string) => `cmd=curl -u 'admin:${p}`, (p: string) => `+ curl -sf -u 'ci-bot:${p} -X POST https://x`, (p: string) => `curl -u "admin:${p}`])('%#', (make) => {
    const pw = `${s.alnum(12)}7`;
    expect(scrubber.redactLine(make(pw))).not.toContain(pw);
  });
});
