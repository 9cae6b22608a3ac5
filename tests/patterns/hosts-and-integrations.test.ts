/**
 * Hosts, serverless events and SaaS clients (rounds 35 to 37): gRPC's binary metadata, Vault's
 * and Nomad's CLI tables, an Authorization member's bare value in a queued webhook; and what stays
 * as it was: masked keys, Terraform's references, KMS ciphertext, Step Functions' task tokens,
 * file digests qualified by a word, and a path's last name before an env dump's next variable.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3035);
const keeps = keepsEach(scrubber);

describe('a secret named by its key, whatever the line around it', () => {
  it.each(
    planted(
      [
        (s) => `2026-12-02T20:30:42.775Z WARN auth: rejecting call, bad x-auth-token-bin=${s} peer=10.80.142.60:30844`,
        (s) => `{"metadata":{"x-auth-token-bin":"${s}","grpc-timeout":"5S"}}`,
        (s) => `api_key_hex=${s}`,
      ],
      () => sample.base64(48).replace(/=+$/, ''),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  it.each(
    planted(
      [
        (s) => `Secret ID    = ${s}`,
        (s) => `Accessor ID  = ${sample.uuid()}\nSecret ID    = ${s}`.split('\n')[1] as string,
      ],
      () => sample.uuid(),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  it.each(planted([(s) => `token                s.${s}`, (s) => `  token s.${s}`], () => sample.alnum(24)))('%s', (line, s) => expectOnlySecretGone(scrubber, line, `s.${s}`));

  keeps(['Accessor ID  = 1607c08f-50bb-4f38-a27d-6a961879eabc', 'token_accessor       Bp3p5kyPi1KEMUz6dqU9ZMXo', 'token_policies       ["default"]']);
});

describe("an Authorization member's bare value", () => {
  it.each(
    planted(
      [
        (s) => `SQS record {"messageId":"0d774456-dda1-47e3-956c-a8c908c72185","body":"{\\"headers\\":{\\"authorization\\":\\"${s}\\"},\\"retry\\":0}"}`,
        (s) => `{"headers":{"Authorization":"${s}"}}`,
        (s) => `headers={'Authorization': '${s}', 'Accept': 'application/json'}`,
      ],
      () => `${sample.alnum(9)}@${sample.digits(3)}%`,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps(['{"authorization":"required"}', '{"authorization":"Negotiate"}', '{"authorization":"allow-all"}', '{"vary":"Accept, Authorization","x":"y"}', '{"authorization":"<redacted>"}']);
});

describe('what stays as it was', () => {
  keeps([
    // Masks that show a key's head and tail.
    "headers={'Authorization': 'Bearer A2rTmVFG************4LiA'}",
    'okhttp3.OkHttpClient - Authorization: bearer pat-eu1-************01ef',
    '{"headers":{"X-Shopify-Access-Token":"shp•••••231e","Content-Type":"application/json"}}',
    'stripe webhook: signature ok for evt_16PVQn5masLj9Lw6oQMCg9NU, secret=whsec_••••2nVE',
    "sentry_key=public, sentry_secret=3a1d03b7...424b'",
    // Terraform's plan: references and functions, not values.
    '      + secret_string = jsonencode({ password = random_password.db.result })',
    '  master_password = random_password.master.result',
    '  password = aws_db_instance.main[0].password',
    // KMS ciphertext, as GetParameter returns a SecureString it did not decrypt.
    `{"Parameter":{"Name":"/prod/app/dbPassword","Type":"SecureString","Value":"AQICAHU4wnk8cbWxMWK30578v4pewq/tLwASQDUsAdwZfbqNOFzq0t6CkcFs5PypoL2dsYzvW8+Tt6rYNAFRTdlkaQI7pUsO8V0/7hg7SbgsvNxQX/Ra==","Version":6}}`,
    // Step Functions' task token: only a caller with the state machine's IAM permission redeems it.
    `{"output":"{\\"taskToken\\":\\"AQBTIRpCTor0MuxrGoAjkJ+plgN+vijXGfatmUiGbQ6StQhN9xfV02RpuAXpPGJSxkvTbWqHxBX6LkfnTkMuXLDFcKOHj7xeVpImV6UKxpu0JG2Ld1\\",\\"orderId\\":\\"ord_1\\"}"}`,
    // File digests under a qualified name.
    "Integrity checksum changed for: '/usr/bin/sudo' Old sha256sum was: '0e01a2c994dad41811638eed2b7336afd2fff6cd54ee11e9bd3687fd4681e79a' Now sha256sum is : '34cec72424119e7ee88aca43105dcb18b3e7e016a3deb97db86ae794cee446b9'",
    '{"syscheck":{"path":"/etc/passwd","md5_after":"57f826ca43e1c47e3614a45724784b8b","sha256_after":"34cec72424119e7ee88aca43105dcb18b3e7e016a3deb97db86ae794cee446b9"}}',
    // A path's last name, then the env dump's next variable.
    '/proc/2816596/environ: LANG=C.UTF-8 VAULT_TOKEN_FILE=/run/secrets/vault-token INVOCATION_ID=f1f1f7ea63b62ae093d70a90cc98cec5 JOURNAL_STREAM=8:15142',
    'POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password POSTGRES_USER=app1',
  ]);
});
