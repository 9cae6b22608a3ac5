import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

/**
 * Session 45's classes (blind rounds 115 to 120): a password key with a number after it, a value
 * left to the other rules where the JSON key rule takes none, Go's maps of string slices, and
 * vendors' names for their keys. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120545);
const keeps = keepsEach(scrubber);
/** A weak password: lower case and digits, what a token's shape would never take. */
const weak = (): string => `${s.from('abcdefghijklmnopqrstuvwxyz', 7)}${s.digits(4)}`;
const token = (): string => s.alnum(32);

describe('a password key with a number after it takes any password (round 115)', () => {
  it.each([
    (p: string) => `password1=${p}&password2=${p}`,
    (p: string) => `POST /accounts/signup/ new_password1=${p} new_password2=${p}`,
    (p: string) => `info: Executed DbCommand (3ms) [Parameters=[@__email_0='ada@example.com' (Size = 256), @__password_1='${p}' (Size = 4000)], CommandType='Text'`,
    (p: string) => `DB_PASSWORD_2=${p}`,
    (p: string) => `{"user":"ada","password1":"${p}","password2":"${p}"}`,
  ])('%#', (make) => {
    const p = weak();
    expectOnlySecretGone(scrubber, make(p), p);
  });
  keeps(['password_12=3 password_length=12 passwords2fa=on', 'password1= password2=********', '{"password1":"","password2":null}']);
});

describe('a value the JSON key rule leaves is read by the others (round 120)', () => {
  it('finds a webhook URL under "secret", as under any other key', () => {
    const hook = `https://hooks.slack.com/services/T${s.base32(8)}/B${s.base32(8)}/${s.alnum(24)}`;
    const out = scrubber.redactLine(`{"number":224,"secret_type":"slack_incoming_webhook_url","secret":"${hook}","state":"open"}`);
    expect(out).not.toContain(hook.slice(-24));
    expect(JSON.parse(out)).toMatchObject({ number: 224, secret_type: 'slack_incoming_webhook_url', state: 'open' });
  });
  keeps(['{"password":[],"token":{},"x":1}', '{"secret":"https://vault.internal/v1/kv/data/app"}']);
});

describe("Go's maps of string slices, as %#v prints an http.Header or url.Values (round 117)", () => {
  it.each([
    (t: string) => `tiktok: request headers: http.Header{"Access-Token":[]string{"${t}"}, "Content-Type":[]string{"application/json"}}`,
    (t: string) => `form: url.Values{"client_secret":[]string{"${t}"}, "grant_type":[]string{"client_credentials"}}`,
  ])('%#', (make) => {
    const t = token();
    expectOnlySecretGone(scrubber, make(t), t);
  });
  it('takes a weak password from one too', () => {
    const p = weak();
    expectOnlySecretGone(scrubber, `url.Values{"username":[]string{"ada"}, "password":[]string{"${p}"}}`, p);
  });
  keeps(['http.Header{"Content-Type":[]string{"application/json"}, "X-Request-Id":[]string{"7f1c2a9e"}}']);
});

describe("vendors' own names for their keys (rounds 117 and 119)", () => {
  it.each([
    (t: string) => `matomo-bulk POST /matomo.php {"requests":["?idsite=3&rec=1"],"token_auth":"${t}"}`,
    (t: string) => `GET /index.php?module=API&method=VisitsSummary.get&idSite=1&token_auth=${t}&format=json`,
    (t: string) => `D AppsFlyer_6.13.0: [Init] devKey=${t}, appId=com.example.shop, isDebug=true`,
    (t: string) => `ts=2024-02-24T08:01:42Z svc=s2s-relay af_dev_key=${t} status=200`,
    (t: string) => `      BRAZE__REST_KEY:       ${t}`,
    (t: string) => `UPDATE "django_celery_beat_periodictask" SET "kwargs" = '{"integration_key": "${t}", "service": "nightly-etl"}'`,
  ])('%#', (make) => {
    const t = token();
    expectOnlySecretGone(scrubber, make(t), t);
  });
  keeps([
    "channel.basic_publish(exchange='events', routing_key='orders.created', body=msg)",
    '{"exchange":"events","routing_key":"user.signup.v2"}',
    'devKey=${APPSFLYER_DEV_KEY} token_auth=anonymous',
  ]);
});
