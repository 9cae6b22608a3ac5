/**
 * Leak classes a red-team review found by running realistic log lines through the scrubber: each
 * class in the shapes real logs give it, not only the reviewer's example. Only the secret goes, a
 * second scrub changes nothing, and the look-alikes of each class stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1ea5);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const plain = (): string => `${sample.alnum(5)}${sample.alnum(4)}`;

const keeps = keepsEach(scrubber);

describe("Redis's requirepass and masterauth, in every shape a log gives them (L16)", () => {
  it.each(
    planted(
      [
        (s) => `redis-server --requirepass ${s} --appendonly yes`,
        (s) => `redis-server /etc/redis/redis.conf --masterauth ${s} --replicaof 10.0.0.4 6379`,
        (s) => `redis-server --requirepass "${s}"`,
        (s) => `redis-server --requirepass=${s}`,
        (s) => `            "Args": ["redis-server", "--requirepass", "${s}"],`,
        (s) => `"Cmd": ["redis-server","--appendonly","yes","--masterauth","${s}"]`,
        (s) => `command: ['redis-server', '--requirepass', '${s}']`,
        (s) => JSON.stringify({ level: 'info', msg: `starting redis-server --requirepass ${s} --port 6380` }),
        (s) => JSON.stringify({ Args: ['redis-server', '--requirepass', s] }),
        (s) => `1714557600.123456 [0 10.0.0.4:51234] "CONFIG" "SET" "requirepass" "${s}"`,
        (s) => `1714557600.123456 [0 10.0.0.4:51234] "config" "set" "masterauth" "${s}"`,
        (s) => JSON.stringify({ msg: `1714557600.1 [0 10.0.0.4:1] "CONFIG" "SET" "requirepass" "${s}"` }),
        (s) => `requirepass ${s}`,
        (s) => `requirepass "${s}"`,
        (s) => `masterauth ${s}`,
        (s) => `    masterauth ${s}`,
        (s) => `# requirepass ${s}`,
        (s) => `127.0.0.1:6379> CONFIG SET requirepass ${s}`,
        (s) => `$ redis-cli config set masterauth "${s}"`,
        (s) => `sentinel auth-pass mymaster ${s}`,
        (s) => `SENTINEL SET mymaster auth-pass ${s}`,
        (s) => JSON.stringify({ redis: { requirepass: s, maxmemory: '2gb' } }),
        (s) => `  requirepass: "${s}"`,
        (s) => `masterauth=${s}`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  // foobared is the password redis.conf's own comment shows; deployments copy it verbatim
  // (`redis://:foobared@redis:6379`), so it goes too, commented out or not.
  it.each([['# requirepass foobared', 'foobared'] as const, ['requirepass foobared', 'foobared'] as const])('%s', (line, secret) =>
    expectOnlySecretGone(scrubber, line, secret),
  );

  keeps([
    'command: ["redis-server", "--requirepass", "$(REDIS_PASSWORD)"]',
    'command: redis-server --requirepass ${REDIS_PASSWORD}',
    'redis-server --requirepass $REDIS_PASSWORD',
    'masteruser default',
    'requirepass',
    '1714557600.1 [0 10.0.0.4:1] "CONFIG" "GET" "requirepass"',
    'WARNING: no requirepass is set, the server accepts any client',
    '# If the master is password protected (using the "requirepass" configuration',
    'sentinel auth-pass mymaster',
    '{"requirepass":"","maxmemory":"2gb"}',
    'requirepass: must be set when protected-mode is off',
  ]);
});

describe('passwords and keys that servers and setup tools print when they make them (L2)', () => {
  it.each(
    planted(
      [
        (s) => `2024-05-01T10:00:00.000000Z 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ${s}`,
        (s) => `2016-03-01T10:00:00.000000Z 1 [Note] A temporary password is generated for root@localhost: ${s}`,
        (s) => JSON.stringify({ log: `2024-05-01T10:00:00.000000Z 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ${s}\n`, stream: 'stderr' }),
        (s) => `PASSWORD elastic = ${s}`,
        (s) => `PASSWORD kibana_system = ${s}`,
        (s) => `PASSWORD remote_monitoring_user = ${s}`,
        (s) => `The generated password for the elastic built-in superuser is : ${s}`,
        (s) => `Generated password for user elastic: ${s}`,
        (s) => `password for elastic: ${s}`,
        (s) => `INFO simple_auth_manager | Password for user 'admin': ${s}`,
        (s) => `root password is: ${s}`,
        (s) => `Your admin password is ${s}`,
        (s) => `The password for the admin user is ${s}`,
        (s) => `The new password is ${s}.`,
        (s) => `GRAFANA admin password reset to ${s}`,
        (s) => JSON.stringify({ level: 'info', msg: `root password is: ${s}` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => `Your API key is ${s}`,
        (s) => `Your new API token is: ${s}`,
        (s) => `Your access token is "${s}"`,
        (s) => JSON.stringify({ msg: `Your API key is ${s}` }),
      ],
      () => sample.alnum(32),
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'the password is incorrect',
    'Your password is too short',
    'The password is sha256-hashed before it is stored',
    'Changed password for user [elastic]',
    'Password for the [elastic] user successfully reset.',
    'Failed password for invalid user admin from 10.0.0.1 port 22 ssh2',
    'Accepted password for ada from 10.0.0.1 port 51234 ssh2',
    'Password for user admin: authentication failed',
    'A temporary password is generated for root@localhost: <redacted>',
    'Please use the following password to proceed to installation:',
    'Your API key is invalid',
    'Your API key is missing from the request headers',
    'The access token is expired',
    "SET PASSWORD FOR 'app'@'%' = 'x';".replace(" = 'x'", ''),
    'PASSWORD elastic = ${ELASTIC_PASSWORD}',
    'PASSWORD mode = strict',
    'Password for user ada is: expired',
    'The new password is at least 12 characters.',
    'The API key is valid for 30 days',
    'Password for user root@localhost has expired. To log in you must change it using a client that supports expired passwords.',
  ]);
});

describe('a password as the one item of a list or tuple, as Python, Ruby and YAML print a form (L3)', () => {
  it.each(
    planted(
      [
        (s) => `POST: <QueryDict: {'username': ['alice'], 'password': ['${s}']}>`,
        (s) => `request.POST=<QueryDict: {'csrfmiddlewaretoken': ['x'], 'password': ['${s}'], 'next': ['/']}>`.replace("['x']", "['a']"),
        (s) => `form={'password': ('${s}',)}`,
        (s) => `form={'password': ("${s}",)}`,
        (s) => `password: ["${s}"]`,
        (s) => `password: ['${s}']`,
        (s) => `params={"password"=>["${s}"]}`,
        (s) => `Parameters: {"utf8"=>"✓", "user"=>{"email"=>"ada@example.com", "password"=>["${s}"]}}`,
        (s) => `:password => ["${s}"]`,
        (s) => `password=['${s}']`,
        (s) => `data: {'password': [ '${s}' ]}`,
        (s) => JSON.stringify({ msg: `form data: {'password': ['${s}']}` }),
        (s) => JSON.stringify({ password: [s] }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it('takes every item of a longer list, the quotes around the list kept', () => {
    const [a, b] = [password(), password()];
    const line = `{'password': ['${a}', '${b}']}`;
    const once = scrubber.redactLine(line);
    expect(once).not.toContain(a);
    expect(once).not.toContain(b);
    expect(once).toMatch(/^\{'password': \['\[REDACTED:[a-z-]+\]'\]\}$/);
  });

  it('takes both fields of a form with a confirmation', () => {
    const s = password();
    expect(scrubber.redactLine(`{'password': ['${s}'], 'password_confirmation': ['${s}']}`)).not.toContain(s);
  });

  keeps([
    "{'password': []}",
    "{'password': ['']}",
    "{'password': ()}",
    'password: []',
    '{"password":[]}',
    "{'password': ['[REDACTED:password-assignment]']}",
  ]);
});

describe('a key named in words, a space before "Key", as a label, a JSON key or a table row (L1)', () => {
  const labels = ['API Key', 'Secret Key', 'Encryption Key', 'Private Key', 'Signing Key', 'HMAC Key', 'Master Key', 'License Key', 'Subscription Key', 'Account Key', 'Secret Access Key', 'api key'];
  const token = (): string => sample.alnum(32);
  it.each(labels.flatMap((label) => planted([(s) => `${label}: ${s}`, (s) => `${label} = ${s}`], token)))('%s', (line, secret) =>
    expectOnlySecretGone(scrubber, line, secret),
  );

  it.each(
    planted(
      [
        (s) => `AWS Secret Access Key [None]: ${s}`,
        (s) => `AWS Secret Access Key [****************EKEY]: ${s}`,
        (s) => `{"API Key":"${s}"}`,
        (s) => `{"name": "prod", "Secret Key": "${s}"}`,
        (s) => JSON.stringify({ msg: `API Key: ${s}` }),
        (s) => `| API Key | ${s} |`,
        (s) => `|Subscription Key|${s}|`,
        (s) => `2026-12-01 10:00:00 INFO Created API Key: ${s}`,
        (s) => `Your new API key: ${s}`,
        (s) => `settings={'Encryption Key': '${s}'}`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it('takes the secret access key aws configure echoes, base64 with slashes and pluses', () => {
    const s = `${sample.alnum(12)}/${sample.alnum(12)}+${sample.alnum(14)}`;
    expectOnlySecretGone(scrubber, `AWS Secret Access Key [None]: ${s}`, s);
  });

  keeps([
    'Primary Key: id',
    'Foreign Key: user_id',
    'Partition Key: userId',
    'Sort Key: createdAt',
    'Cache Key: user:42:profile',
    'Public Key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmXq3VJ0e7sY6N1w2ZtQkR8pP4cL9bT5uH2jD6fA1sE ada@host',
    'Idempotency Key: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f',
    'API Key: missing',
    'API Key: not set',
    'API Key: ****abcd',
    'API Key: configured',
    'Private Key: /etc/ssl/private/server.key',
    'Private Key: production-server.key.pem',
    'AWS Access Key ID [None]: ',
    '| API Key | string | yes | the key from the dashboard |',
    'Signing Key: ${SIGNING_KEY}',
  ]);
});

describe("Postgres's PASSWORD '…' with more clauses after it (L5)", () => {
  it.each(
    planted(
      [
        (s) => `ALTER ROLE app PASSWORD '${s}' VALID UNTIL '2025-01-01';`,
        (s) => `CREATE ROLE app WITH LOGIN PASSWORD '${s}' CREATEDB;`,
        (s) => `2026-12-01 10:00:00.000 UTC [42] LOG:  statement: CREATE ROLE app LOGIN PASSWORD '${s}' NOSUPERUSER`,
        (s) => `CREATE USER app WITH ENCRYPTED PASSWORD '${s}' VALID UNTIL 'infinity';`,
        (s) => `ALTER USER "app-ro" WITH PASSWORD '${s}' CONNECTION LIMIT 10;`,
        (s) => `create role app login password '${s}' in role readers;`,
        (s) => JSON.stringify({ msg: `statement: ALTER ROLE app PASSWORD '${s}' VALID UNTIL '2030-01-01'` }),
        (s) => `CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password '${s}');`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'ALTER ROLE app PASSWORD NULL;',
    'ALTER ROLE app PASSWORD NULL VALID UNTIL \'2025-01-01\';',
    'CREATE ROLE app WITH LOGIN PASSWORD $1 CREATEDB;',
    "ALTER ROLE app VALID UNTIL '2025-01-01';",
    'ERROR:  role "app" already exists',
  ]);
});
