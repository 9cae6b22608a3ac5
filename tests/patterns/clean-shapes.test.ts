/**
 * Clean lines of the shapes a red-team review found changed (false positives), class by class:
 * a line of each shape comes back byte-identical, and a true secret of the same shape still goes
 * (only the secret, a JSON line stays JSON, a second scrub changes nothing).
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xc1ea);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const token = (): string => sample.alnum(32);

describe('a flag named in prose or in help text: the next word is not its value (F2)', () => {
  it.each([
    // docker login, in countless CI logs.
    'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
    '2024-05-01T10:00:00.0000000Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
    JSON.stringify({ log: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n', stream: 'stderr' }),
    'The --client-secret option is required when using client credentials',
    'hint: use --api-key or set API_KEY in your environment',
    'option --password is deprecated and will be removed in a future release',
    'Missing --secret-key argument for subcommand encrypt',
    'Missing --secret-key argument',
    'helm: --password flag is deprecated; use --password-stdin',
    'ignoring --password because --password-file was given',
    'error: --api-key must be set when --endpoint is given',
    'Pass --password to the command, or --password-stdin instead',
    'you can pass --client-secret and --client-id together',
    'Use --password instead of -p',
    // argparse and cobra help: the metavar is the flag's name in capitals.
    '  -p, --password PASSWORD   Password for the registry',
    '  --client-secret CLIENT_SECRET  OAuth client secret',
    '  --api-key API_KEY     the key to use',
    'usage: deploy [-h] [--api-key API-KEY] [--password PASSWORD]',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it.each(
    planted(
      [
        (s) => `+ psql --host db --password ${s} -c "select 1"`,
        (s) => `docker login --username bot --password ${s} ghcr.io`,
        (s) => `run --api-key ${s} --region eu-west-1`,
        (s) => `deploy --client-secret ${s}`,
        (s) => `deploy --client-secret '${s}' via ssh`,
        (s) => JSON.stringify({ cmd: `vault login --api-key ${s} or fail` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted([(s) => `cli --password ${s} is the command`, (s) => `cli --password "${s}"`], () => `${sample.from('abcdefghijklmnopqrstuvwxyz', 9)}`),
  )('a lower-case word not of prose still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe("a validation message under a password's or a token's key is not a secret (F1)", () => {
  it.each([
    // Rails, Devise.
    '{"errors":{"password":["is too short (minimum is 8 characters)"]}}',
    `{"errors":{"password":["can't be blank"],"email":["is invalid"]}}`,
    `{"password_confirmation":["doesn't match Password"]}`,
    '{"errors":{"password":["is too long (maximum is 72 characters)"],"reset_password_token":["has already been taken"]}}',
    `password_confirmation: doesn't match Password`,
    `password: can't be blank`,
    'password: has already been taken',
    'password: is invalid',
    // Django REST framework.
    '{"password": ["This field is required."]}',
    '{"password": ["This field may not be blank."], "token": ["Invalid token."]}',
    '{"password": ["This password is too short. It must contain at least 8 characters.", "This password is too common."]}',
    '{"new_password2": ["The two password fields didn\'t match."]}',
    '{"password": ["Ensure this field has no more than 128 characters."]}',
    'password: This field is required.',
    // Laravel, Joi, Zod, hand-written APIs.
    '{"errors":{"password":["The password field is required."]}}',
    '{"message":"The given data was invalid.","errors":{"password":["The password must be at least 8 characters."]}}',
    '{"error":{"details":[{"message":"\\"password\\" is required","path":["password"]}]}}',
    '{"password":"must contain a digit"}',
    '{"token":"invalid"}',
    '{"token":"expired"}',
    '{"api_key":"missing or invalid"}',
    '{"password":"Required"}',
    '{"access_token":"not provided"}',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  const words = (n: number) => (): string => Array.from({ length: n }, () => sample.from('abcdefghijklmnopqrstuvwxyz', 6)).join(' ');
  it.each(
    planted(
      [
        (s) => JSON.stringify({ password: s }),
        (s) => JSON.stringify({ errors: [], password: [s] }),
        (s) => `password: "${s}"`,
        (s) => JSON.stringify({ client_secret: s }),
      ],
      words(4),
    ),
  )('a passphrase of random words still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [(s) => JSON.stringify({ password: s }), (s) => `password: ${s}`, (s) => JSON.stringify({ token: s }), (s) => `{"password": ["${s}"]}`],
      password,
    ),
  )('a password or token still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('Set-Cookie keeps harmless cookies, as the Cookie header does (F5)', () => {
  it.each([
    'Set-Cookie: lang=en-US; Path=/',
    'Set-Cookie: _ga=GA1.1.0970628795.8212972387; Domain=.example.com; Max-Age=63072000',
    'Set-Cookie: cookie_consent=accepted; Path=/; SameSite=Lax',
    'Set-Cookie: session=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'Set-Cookie: laravel_session=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/',
    'Set-Cookie: theme=dark; Path=/; Max-Age=31536000',
    'Set-Cookie: AWSALB=Wd8W6BE9ExkcmQ8tgvhYYtuV3g8c6fDKhEHCzW7CNcJZ2ILPdLqk4fTvn1m0Zdo4pZI0JvCFJxFr8SQfqfwzCt7Fw2mdKr5Pu4wEkWH0dIG3zCjNjT7qmy0iXTIA; Expires=Tue, 08 Dec 2026 10:00:00 GMT; Path=/',
    'Set-Cookie: AWSALBCORS=Wd8W6BE9ExkcmQ8tgvhYYtuV3g8c6fDKhEHCzW7CNcJZ2ILPdLqk4fTvn1m0Zdo4pZI0JvCFJxFr8SQfqfwzCt7Fw2mdKr5Pu4wEkWH0dIG3zCjNjT7qmy0iXTIA; Expires=Tue, 08 Dec 2026 10:00:00 GMT; Path=/; SameSite=None; Secure',
    'Set-Cookie: __cf_bm=Hq2fYb3tQ0rS.Zk8vX1pLm4nWc7dE5aGjU9iO6yTrB0-1714557600-1.0.1.1-Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef3Gh5Ij7Kl9Mn1Op3Qr5St7Uv9Wx1Yz; path=/; expires=Tue, 01-Dec-26 10:30:00 GMT; domain=.example.com; HttpOnly; Secure; SameSite=None',
    'Set-Cookie: _cfuvid=Xw1Yz3Ab5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr1St3Uv5-1714557600000-0.0.1.1-604800000; path=/; domain=.example.com; HttpOnly; Secure; SameSite=None',
    '< set-cookie: i18n_redirected=de; Path=/; Expires=Wed, 01 Dec 2027 10:00:00 GMT; SameSite=Lax',
    JSON.stringify({ headers: { 'set-cookie': ['lang=en-US; Path=/', 'cookie_consent=accepted; Path=/'] } }),
    JSON.stringify({ 'set-cookie': 'session=deleted; Max-Age=0; Path=/' }),
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  const cookieValue = (): string => sample.base64url(40);
  it.each(
    planted(
      [
        (s) => `Set-Cookie: adonis-session=${s}; Path=/; HttpOnly; Secure; SameSite=Lax`,
        (s) => `Set-Cookie: connect.sid=${s}; Path=/; HttpOnly`,
        (s) => `Set-Cookie: laravel_session=${s}; expires=Tue, 01-Dec-2026 12:00:00 GMT; Max-Age=7200; path=/; httponly; samesite=lax`,
        (s) => `Set-Cookie: PHPSESSID=${s}; path=/`,
        (s) => `Set-Cookie: __Host-next-auth.csrf-token=${s}; Path=/; HttpOnly; Secure; SameSite=Lax`,
        (s) => `Set-Cookie: remember_token=${s}; Path=/; Expires=Tue, 08 Dec 2026 10:00:00 GMT`,
        (s) => `Set-Cookie: myapp_auth=${s}; Path=/`,
        // Any name, a value that looks like a token.
        (s) => `Set-Cookie: x=${s}; Path=/`,
        (s) => JSON.stringify({ headers: { 'set-cookie': [`lang=en; Path=/`, `sid=${s}; Path=/; HttpOnly`] } }),
        (s) => `{"set-cookie":["remember_web=${s}; Max-Age=3600; Path=/"]}`,
      ],
      cookieValue,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it('a JWT-valued cookie goes whatever its name', () => {
    const jwt = sample.jwt();
    expectOnlySecretGone(scrubber, `Set-Cookie: prefs=${jwt}; Path=/`, jwt);
  });
});

describe('an indirection or a placeholder under a secret key stays whole (F6)', () => {
  it.each([
    // A shell's command substitution and parameter expansion.
    'DB_PASSWORD=$(cat /run/secrets/db_password)',
    'export DB_PASSWORD=$(cat /run/secrets/db_password)',
    'API_KEY=$(vault kv get -field=api_key secret/app)',
    ': "${API_KEY:?API_KEY must be set}"',
    'api_key: "${API_KEY:?must be set}"',
    '      - API_KEY=${API_KEY:?API_KEY must be set}',
    'DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
    // sops: the value is ciphertext.
    'password: ENC[AES256_GCM,data:aPHCPmTQlk1GuLR8tmu63A==,iv:0TYIAHdqIOlFVfMt7kXbxZwJvsXBM0LjMN4uc5sFJRE=,tag:mq1WF9Cd948WewmYOHxwdw==,type:str]',
    '    api_key: ENC[AES256_GCM,data:Zm9vYmFy,iv:YWJj,tag:ZGVm,type:str]',
    JSON.stringify({ password: 'ENC[AES256_GCM,data:aPHCPmTQlk1GuLR8tmu63A==,iv:0TYIAHdqIOlFVfMt7kXbxZwJvsXBM0LjMN4uc5sFJRE=,tag:mq1WF9Cd948WewmYOHxwdw==,type:str]' }),
    // Helm, Jinja and Ansible templates; YAML tags.
    'password: {{ .Values.db.password | quote }}',
    '  password: {{ vault_db_password }}',
    'password: !vault |',
    'password: !Ref DbPassword',
    'MasterUserPassword: !Ref DbPassword',
    "MasterUserPassword: !Sub '{{resolve:secretsmanager:${DbSecret}:SecretString:password}}'",
    'password: !secret db_password',
    // References in code and config.
    'password = var.db_password',
    '  password = local.db_password',
    'password: process.env.DB_PASSWORD',
    'const password = process.env.DB_PASSWORD;',
    'password: op://vault/db/password',
    'kubectl create secret generic db --from-file=password=./password.txt',
    // Redacted already by the program that logged it.
    'Password: Some("[REDACTED]")',
    'Config { user: "app", password: Some("[REDACTED]") }',
    "Settings(api_key=SecretStr('**********'), debug=False)",
    "password=SecretStr('**********')",
    'api_key=***************abcd',
    'api_key: sk-****************************abcd',
    // A call or an index that reads it from the environment by name, as a logged config shows
    // where a value comes from (round 24).
    JSON.stringify({ msg: 'ally config', github: { clientId: 'Iv1.137b57aa71b9a726', clientSecret: 'env(GITHUB_CLIENT_SECRET)' } }),
    JSON.stringify({ auth: { user: 'postmaster@mg.acme.io', pass: 'env("SMTP_PASSWORD")' } }),
    JSON.stringify({ credentials: { accessKeyId: 'env(AWS_ACCESS_KEY_ID)', secretAccessKey: 'env(AWS_SECRET_ACCESS_KEY)' } }),
    "password: Env.get('DB_PASSWORD')",
    "'password': os.environ['DB_PASSWORD']",
    'password = os.getenv("DB_PASSWORD")',
    "password: ENV.fetch('DB_PASSWORD')",
    "api_key = ENV['STRIPE_KEY']",
    'password = System.getenv("DB_PASSWORD")',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  // A default written beside the name may be the secret itself.
  it.each(planted([(s) => JSON.stringify({ password: `env('DB_PASSWORD', '${s}')` })], password))('a default beside a name still goes: %s', (line, secret) =>
    expect(scrubber.redactLine(line)).not.toContain(secret),
  );

  it.each(
    planted(
      [
        (s) => `DB_PASSWORD=${s}`,
        (s) => `password: ${s}`,
        (s) => `password: Some("${s}")`,
        (s) => `Settings(api_key=SecretStr('${s}'), debug=False)`,
        (s) => JSON.stringify({ password: s }),
        (s) => `api_key: "${s}" # {{ not a template }}`,
      ],
      password,
    ),
  )('a secret beside them still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('a bare 64-hex digest in Docker and CI output stays, a hex token still goes (F3)', () => {
  const h = (): string => sample.hex(64);
  it.each([
    `#12 writing image ${h()} done`,
    `#12 writing image sha256:${h()} done`,
    `+ docker rm -f ${h()}`,
    `docker stop ${h()}`,
    `{"ImageID": "${h()}"}`,
    `  "ImageID": "sha256:${h()}",`,
    `SHA256 (terraform_1.9.0_linux_amd64.zip) = ${h()}`,
    `SHA2-256(terraform.zip)= ${h()}`,
    `sha256sum: ${h()}`,
    `Error: expected sha256 ${h()}, got ${h()}`,
    `hash mismatch: expected ${h()} actual ${h()}`,
    `Saving cache: key=pip-${h()} paths=[~/.cache/pip]`,
    // sha256sum's output after a CI log's timestamp (round 43).
    `2025-03-18T03:38:15.3524125Z ${h()}  dist/app-cli_2.14.1_linux_amd64.tar.gz`,
    `2025-03-18T03:38:15.3524125Z ${h()} *app.zip`,
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it.each(
    planted(
      [
        (s) => `token=${s}`,
        (s) => JSON.stringify({ session: s }),
        (s) => `refresh failed for ${s}`,
        (s) => `docker login -p ${s} registry.example.com`,
      ],
      h,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it('a bare 128-hex in a sentence still goes', () => {
    const secret = sample.hex(128);
    expectOnlySecretGone(scrubber, `issued ${secret} to alice`, secret);
  });
});

describe('paging and sync cursors (F8)', () => {
  const cursor = (): string => `${sample.alnum(24)}=`;
  it.each([
    JSON.stringify({ kind: 'calendar#events', nextSyncToken: cursor(), syncToken: cursor() }),
    JSON.stringify({ operationType: 'insert', resumeToken: sample.hex(40) }),
    JSON.stringify({ '@odata.deltaLink': 'https://graph.microsoft.com/v1.0/users/delta', deltaToken: cursor() }),
    JSON.stringify({ skipToken: cursor(), value: [] }),
    `{"cancellation_token":"${sample.hex(20)}"}`,
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it.each(
    [(s: string) => JSON.stringify({ sessionToken: s }), (s: string) => `SESSION_ID=${s}`, (s: string) => JSON.stringify({ resume: { token: s } })].map((shape) => {
      const s = sample.alnum(24);
      return [shape(s), s] as const;
    }),
  )('still redacts %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe("a GraphQL operation's variables and their types are no values (F7)", () => {
  it.each([
    'query: mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    JSON.stringify({ operationName: 'Login', query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }' }),
    'mutation ResetPassword($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { ok } }',
    'mutation CreateKey($apiKey: ID!) { createKey(apiKey: $apiKey) { id } }',
    'mutation SetSecrets($secrets: [String!]!) { setSecrets(secrets: $secrets) }',
    'input LoginInput { email: String! password: String! }',
    'mysql -u root -p$password -e "show databases"',
    'password: $db_password',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it.each(
    planted(
      [
        (s) => JSON.stringify({ operationName: 'Login', variables: { email: 'a@example.com', password: s } }),
        (s) => `mutation { login(email: "a@example.com", password: "${s}") { token } }`,
        (s) => `password: ${s}`,
      ],
      () => `$${password()}`,
    ),
  )('the variables\' values still go, and a password that starts with $: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe("Twilio's resource SIDs under `sid` are ids, a session id there still goes (F8)", () => {
  const sid = (prefix: string): string => `${prefix}${sample.hex(32)}`;
  it.each([
    JSON.stringify({ sid: sid('SM'), status: 'queued', to: '+15005550006' }),
    JSON.stringify({ account_sid: sid('AC'), sid: sid('CA'), status: 'ringing' }),
    `twilio message sent sid=${sid('MM')} status=accepted`,
    `{"sid": "${sid('PN')}", "phone_number": "+15005550006"}`,
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it.each(
    planted(
      [
        (s) => JSON.stringify({ sid: s, user: 'alice' }),
        (s) => `sid=${s} ok`,
        (s) => `{"sid":"${s}"}`,
      ],
      () => sample.uuid(),
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it('a SID-like value with more after it still goes', () => {
    const secret = `${sid('SM')}${sample.alnum(8)}`;
    expectOnlySecretGone(scrubber, `sid=${secret} ok`, secret);
  });
});

describe('a key or certificate fingerprint is a digest (F3)', () => {
  it.each([
    `{"fingerprint":"${sample.hex(64)}"}`,
    `fingerprint=${sample.hex(40)} subject=CN=api.example.com`,
    `  "Fingerprint": "SHA256:${sample.alnum(43)}",`,
    `certificate fingerprint: ${sample.hex(64)}`,
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});
