/**
 * Logs of app runtimes beyond Node, of data platforms and of the network edge (rounds 29 to 33):
 * a Scala `Map`'s and dbt's arrows, an env list's name/value pair, Laravel's app key, Python
 * smtplib's AUTH, Asana's token, and the OpenTelemetry Collector's digests. The secret goes; the
 * line's shape, ids and digests stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3033);
const keeps = keepsEach(scrubber);

describe('a value after an arrow under a secret key', () => {
  it.each(
    planted(
      [
        (s) => `26/12/02 18:23:39 DEBUG JdbcUtils: JDBC options: Map(url -> jdbc:mysql://db:3306/dwh, dbtable -> orders, user -> analyst, password -> ${s}, driver -> com.mysql.cj.jdbc.Driver)`,
        (s) => `18:16:43.127196 [debug] [MainThread]: Resolved env_var('DBT_ENV_SECRET_PG_PASSWORD') -> '${s}' while rendering profiles.yml`,
        (s) => `Map("password" -> "${s}", "user" -> "ada")`,
        (s) => `client options: Map(endpoint -> https://api.example.com, access_token -> ${s})`,
      ],
      () => `${sample.alnum(12)}!${sample.digits(3)}`,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    'Map(password -> ********, user -> ada)',
    'forgot password -> reset link sent',
    'Map(token -> expired, user -> ada)',
    'Map(max_tokens -> 4096, temperature -> 0.2)',
    'refresh token -> access token exchange',
    // A path's last segment names no key (Keycloak's admin API, identity-and-ci.test.ts).
    'GET /admin/realms/prod/clients/4d96/client-secret -> 200',
  ]);
});

describe("a symmetric or service key in an env list's name/value pair", () => {
  it.each(
    planted(
      [
        (s) => `{"name": "AIRFLOW__CORE__FERNET_KEY", "value": "${s}"}`,
        (s) => `{"env":[{"name":"LOG_LEVEL","value":"info"},{"name":"SERVICE_KEY","value":"${s}"}]}`,
      ],
      () => `${sample.base64url(43)}=`,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps(['{"name": "SERVICE_KEY", "value": "billing-api"}', '{"Key":"account_key","Value":"storage-prod"}']);
});

describe("Laravel's application key", () => {
  const key = `base64:${sample.base64(43)}=`;
  it.each([
    `[2026-12-02 20:37:34] production.DEBUG: config('app') = Array ( [name] => Acme [env] => production [key] => ${key} [cipher] => AES-256-CBC )`,
    `  'key' => '${key}',`,
    `{"app":{"key":"${key}","cipher":"AES-256-CBC"}}`,
  ])('%s', (line) => expectOnlySecretGone(scrubber, line, key));

  keeps(["[key] => base64:short", `[cache_key] => base64:${sample.base64(43)}=`]);
});

describe('credentials in mail and vendor shapes', () => {
  it("takes Python smtplib's AUTH PLAIN as it echoes what it sends", () => {
    const plain = Buffer.from(`\0alerts@acme.io\0${sample.alnum(12)}`).toString('base64');
    expectOnlySecretGone(scrubber, `send: 'AUTH PLAIN ${plain}\\r\\n'`, plain);
  });

  it("takes Asana's token whole under an Asana key, its secret half included", () => {
    const token = `2/${sample.digits(16)}:${sample.hex(32)}`;
    for (const line of [`ASANA_ACCESS_TOKEN=${token}`, `::debug::Setting env ASANA_ACCESS_TOKEN=${token}`, `asana: {"asanaToken":"${token}"}`]) {
      expect(scrubber.redactLine(line)).not.toContain(token.slice(-32));
    }
  });
});

describe("the OpenTelemetry Collector's debug exporter", () => {
  keeps([
    `     -> http.request.header.x-amz-content-sha256: Slice(["${sample.hex(64)}"])`,
    `     -> http.request.header.x-amz-content-sha256: Str(${sample.hex(64)})`,
  ]);

  it('still takes a 64-hex token it prints under a token key', () => {
    const token = sample.hex(64);
    expectOnlySecretGone(scrubber, `     -> session.token: Str(${token})`, token);
  });
});

describe('what only looks like a secret in those logs', () => {
  const hex64 = sample.hex(64);
  keeps([
    // A Go struct whose secret field is empty: the next field is no value.
    '2026-12-02 18:13:57 DEBUG decoded form: {Username:walter Password: Token:<nil> RememberMe:false OTP:}',
    '2026-12-02 18:13:45 loaded config: &{Addr::8080 DB:{Host:db.internal Port:5432 User:app Password:REDACTED Name:app} APIKey:[REDACTED] JWTSecret: Debug:false}',
    // Switches and nested structures under a password's setting.
    'auth settings: token-ttl = 15 minutes, password-min-length = 10, require-password = on',
    "auth config: array ( 'password_timeout' => 10800, 'passwords' => array ( 'users' => array ( 'provider' => 'users', 'expire' => 60, ), ), )",
    'IdentityOptions { Password: PasswordOptions { RequiredLength: 11, RequireDigit: True }, SignIn: SignInOptions { RequireConfirmedEmail: True } }',
    // Masks.
    '[I 2026-12-02 18:54:42.143 ServerApp] 302 GET /?token=[secret] (@192.168.241.1) 1.61ms',
    'spark.hadoop.fs.s3a.secret.key=*********(redacted) spark.hadoop.fs.s3a.access.key=*********(redacted)',
    'L 12/02/2026 - 19:16:56: server_cvar: "sv_password" "***PROTECTED***"',
    '--2026-12-02 18:22:23--  ftp://carol:*password*@nas01.example.org/backups/db.sql.gz',
    '      <param name="password" value="$${default_password}"/>',
    // Ids and public keys under their names.
    '{"status":200,"headers":{"x-debug-token":"19e7c4","x-debug-token-link":"https://console.example.org/_profiler/033e36"}}',
    `INFO interactions: verifying with application_id=1404427801970607987 public_key=${hex64}`,
    `[main] app ready machineId=${hex64}`,
    `{"certificateId":"${hex64}"}`,
  ]);

  it.each([
    (s: string) => `{Username:walter Password:${s} Token:<nil>}`,
    (s: string) => `password=[${s}]`,
    (s: string) => `apigee: set target.header.X-Backend-Token ${s} flow=ProxyRequest`,
  ])('still takes the secret beside them: %s', (make) => {
    const s = `${sample.alnum(10)}7${sample.alnum(5)}`;
    expect(scrubber.redactLine(make(s))).not.toContain(s);
  });
});
