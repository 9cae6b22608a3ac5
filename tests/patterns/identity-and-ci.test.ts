/**
 * Logs of logins and of the machinery that builds and runs apps (rounds 26 and 27): an OAuth
 * client's callback, an identity provider's debug output, a cluster's and a CI job's env dumps.
 * The code, the credential or the key goes; the request's shape, ids and digests stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, expectSecretsGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1d27);
const keeps = keepsEach(scrubber);

const token = (): string => sample.base64url(43);
const uuid = sample.uuid();

describe('an authorization code as an OAuth client logs its callback or token request', () => {
  const state = sample.base64url(32);
  it.each(
    planted(
      [
        (s) => `DEBUG [auth] handleCallback provider=okta code=${s} state=${state} redirect_uri=https://app.example.com/oidc/cb`,
        (s) => `level=error msg="failed to get auth code: not found" code=${s} client_id=kubectl`,
        (s) => `"POST /signin-oidc HTTP/1.1" 302 0 body="code=${s}&state=${state}&session_state=${uuid}"`,
        (s) => `o.s.web.client.RestTemplate : Writing [{grant_type=[authorization_code], code=[${s}], redirect_uri=[https://app.example.com/login/oauth2/code/keycloak]}]`,
        (s) => `msg="exchanging authorization code" authorization_code="${s}" client_id=${sample.alnum(20)}`,
        (s) => `user=d.okafor PKCE_VERIFIER="${s}" request_id=req_${sample.alnum(20)}`,
      ],
      token,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  // Keycloak's code is three UUIDs joined by dots; GitHub's, 20 hex characters.
  it.each([`${uuid}.${sample.uuid()}.${sample.uuid()}`, sample.hex(20)])('takes a code shaped as %s', (code) =>
    expectOnlySecretGone(scrubber, `handleCallback code=${code} state=${state} redirect_uri=https://app.example.com/cb`, code),
  );

  it('takes a code after its state too, one blank between', () => {
    const code = token();
    expectOnlySecretGone(scrubber, `handleCallback state=Yz81ab code=${code}`, code);
  });

  keeps([
    // Codes of errors, orders, products and regions beside such a field (a review).
    'error code=AADSTS50126 client_id=web',
    'order code=ORD-2024-118734 state=shipped',
    'region code=eu-west-1a state=available',
    'promo code=SPRING25OFF state=applied',
    'exit code=1 state=failed',
    '{"code":"E_INVALID_CREDENTIALS","state":"closed"}',
    '{"statusCode":200,"state":"done","code":"E1001"}',
    'error code=invalid_grant client_id=web',
    'http code=503 state=retrying',
    'grant_type=authorization_code client=web',
  ]);

  it('leaves a secret inside the state of a callback URL to the rules that read it', () => {
    const inState = sample.hex(64);
    const code = token();
    expectSecretsGone(scrubber, `"GET /oauth/callback?state=%7B%22token%22%3A%22${inState}%22%7D&code=${code} HTTP/1.1" 302`, [inState, code]);
  });
});

// Not read: a single code under a JSON key without `otp` or `mfa` in it (`"verificationCode":"…"`,
// Cognito's `"ConfirmationCode"`): the literals that would find it cost the pass its DFA (see
// one-time-code in patterns/password-hash.ts).
describe('one-time codes under names that say so, one or a list', () => {
  const digits = (): string => sample.digits(6);
  it.each(
    planted(
      [
        (s) => `{"msg":"{\"otpCode\":\"${s}\"}"}`,
        (s) => `sms sent mfa_code=${s} to=+13063734267`,
        (s) => `verify user=7 verification_code=${s} ok`,
        (s) => `{"event":"otp.sent","mfaCode":"${s}"}`,
      ],
      digits,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  const codes = Array.from({ length: 4 }, () => `${sample.alnum(5).toLowerCase()}-${sample.alnum(5).toLowerCase()}`);
  it.each([
    [`mfa enrolled recovery_codes=['${codes.join("', '")}'] user=7`, `recovery_codes=['[REDACTED:one-time-code]'] user=7`],
    [`{"backupCodes":["${codes.join('","')}"]}`, `{"backupCodes":["[REDACTED:one-time-code]"]}`],
    // DynamoDB's typed list: each code in its own `{"S":…}`, the list's shape kept.
    [`Item: {"mfa":{"M":{"recoveryCodes":{"L":[{"S":"${codes.join('"},{"S":"')}"}]}}}}`, `{"recoveryCodes":{"L":[${codes.map(() => '{"S":"[REDACTED:one-time-code]"}').join(',')}]}}`],
    [`backup_codes=${codes.join(',')} user=peggy`, `backup_codes=[REDACTED:one-time-code] user=peggy`],
  ])('takes every code of a list: %s', (line, kept) => {
    const out = scrubber.redactLine(line);
    for (const code of codes) expect(out).not.toContain(code);
    expect(out).toContain(kept);
  });

  it('takes a device flow\'s device code', () => {
    const s = token();
    expectOnlySecretGone(scrubber, `POST /oauth/token grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=${s}&client_id=${sample.alnum(20)}`, s);
  });

  it('ends a code at its field, and the fields after it are read on their own (a review)', () => {
    const password = `${sample.alnum(9)}7x`;
    const out = scrubber.redactLine(`VerifyRequest(verificationCode=123456, userId=42, password=${password})`);
    expect(out).toBe('VerifyRequest(verificationCode=[REDACTED:one-time-code], userId=42, password=[REDACTED:password-assignment])');
    expect(scrubber.redactLine(out)).toBe(out);
  });

  keeps([
    'error_code=E1001 http_code=200',
    '{"statusCode":"404"}',
    'reset_code=null',
    '{"deviceCodeLength":8,"authCodeTtl":600}',
    'device_code=<redacted>',
    // A phone's model code and a card payment's authorisation code (a review).
    'device_code=SM-G991B model=Galaxy',
    'auth_code=A1B2C3 amount=10.00',
  ]);
});

describe("an identity provider's credentials in its own shapes", () => {
  it.each(
    planted(
      [
        // Keycloak's admin API: a client's secret, a user's credential.
        (s) => `GET /admin/realms/prod/clients/${uuid}/client-secret -> 200 {"type":"secret","value":"${s}"}`,
        (s) => `PUT /admin/realms/prod/users/${uuid}/reset-password {"type":"password","value":"${s}","temporary":false}`,
        // Go's one-item slices and Java's multi-valued maps around a value.
        (s) => `msg="session state" user=${uuid} client_secret=[${s}] request_id=req_${sample.alnum(20)}`,
        (s) => `LDAP config: {connectionUrl=[ldaps://dc01.corp.local:636], bindCredential=[${s}], vendor=[ad]}`,
        (s) => `config password=[${s}] loaded`,
        (s) => `msg="config" SECRETS_SYSTEM=${s} URLS_SELF_ISSUER=https://id.example.net/ DSN=memory`,
      ],
      token,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  it('takes a token used as a key, also after a key and its value', () => {
    const id = `AKIA${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    expectOnlySecretGone(scrubber, `{"a":"b","${id}":"ci"}`, id);
  });

  keeps([
    "Array ( [password:protected] => [userId] => 4 )",
    'Array ( [password:protected] => [address2] => Main St )',
    '{"type":"password","value":""}',
    '{"type":"token","value":"identifier"}',
  ]);
});

describe('CI and cluster output', () => {
  it.each(
    planted(
      [
        (s) => `ORG_GRADLE_PROJECT_signingInMemoryKey=${s}`,
        (s) => `gradle.publish.key = ${s}`,
        (s) => `"Env": ["POSTGRES_PASSWORD=${s}", "PGDATA=/var/lib/postgresql/data"],`,
        // A Vault table's row, as a CI step logs it.
        (s) => `2026-12-16T09:52:04.877Z\t${uuid}\tpassword           ${s}`,
      ],
      token,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  it("takes Bundler's gem-server credentials as a key of JSON, a Ruby hash or a Python dict (round 29)", () => {
    const pair = `${sample.hex(8)}:${sample.hex(8)}`;
    for (const line of [
      `DEBUG "BUNDLE_ENTERPRISE__CONTRIBSYS__COM" => "${pair}",`,
      `Loaded options {'BUNDLE_ENTERPRISE__CONTRIBSYS__COM': '${pair}', 'verify_ssl': True}`,
      `settings={"debug":true,"BUNDLE_GEMS__CONTRIBSYS__COM":"${pair}","pool":2}`,
    ]) {
      expectOnlySecretGone(scrubber, line, pair);
    }
  });

  it("takes a legacy token and an AppRole secret id from Vault's tables", () => {
    const legacy = `s.${sample.alnum(24)}`;
    expectOnlySecretGone(scrubber, `2026-12-07T21:51:26.160Z token                  ${legacy}`, legacy);
    const id = sample.uuid();
    expectOnlySecretGone(scrubber, `secret_id             ${id}`, id);
  });

  keeps([
    // Fluent Bit's Docker metadata and CircleCI's cache keys: digests.
    `{"log":"started","docker_id":"${sample.hex(64)}","container_hash":"123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:${sample.hex(64)}"}`,
    `Found a cache for key: v1-deps-${sample.hex(64)}`,
    // An environment list: the entry after a password file's path is the next variable.
    '"Env": ["POSTGRES_PASSWORD_FILE=/run/secrets/pg_password", "PGDATA=/var/lib/postgresql/data"],',
    // NuGet's DPAPI-encrypted password, and a key's path under a variable (Maven).
    `<add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${sample.base64(120)}" />`,
    '<privateKey>${user.home}/.ssh/id_rsa</privateKey>',
    // The rows of a Vault table that hold no secret.
    'Key                    Value',
    'token_accessor         8qFkW4c2hSx9vYp3',
    'token_duration         768h',
    'password               ********',
    `secret_id_accessor    ${uuid}`,
  ]);
});
