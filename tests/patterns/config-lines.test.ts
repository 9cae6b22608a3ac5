/**
 * Secrets in the lines of config files and dumps that logs print whole (config-lines): PostgreSQL's
 * `.pgpass`, Wi-Fi PSKs of wpa_supplicant, hostapd and NetworkManager, auth headers a web server or
 * proxy config sets, R's and other languages' assignment operators, and PHP's `var_dump` with the
 * value on the line after its key. Only the secret goes, JSON stays JSON, a second scrub changes
 * nothing, and the look-alikes of each shape stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xc0f19);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const token = (): string => `${sample.alnum(10)}8Qz${sample.alnum(11)}`;
const hex64 = (): string => sample.hex(64);
const basic = (): string => Buffer.from(`ada:${password()}`).toString('base64');

const keeps = keepsEach(scrubber);

describe("PostgreSQL's .pgpass lines", () => {
  it.each(
    planted(
      [
        (s) => `db.internal:5432:app:ada:${s}`,
        (s) => `localhost:6432:*:app_user:${s}`,
        (s) => `10.0.3.7:15432:billing:svc_billing:${s}`,
        (s) => String.raw`\:\:1:5432:app:ada:${s}`,
        (s) => `db.internal:5432:app:ada:${s}\r`,
        (s) => JSON.stringify({ msg: `$ cat ~/.pgpass\ndb.internal:5432:app:ada:${s}\nreplica.internal:5433:app:ada:${s}\n` }),
        (s) => JSON.stringify({ msg: `PGPASSFILE=/run/secrets/pgpass:\n*:5432:*:postgres:${s}` }),
        (s) => JSON.stringify({ line: `db.internal:5432:app:ada:${s}` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(planted([(s) => `db.internal:5432:app:ada:${s}`, (s) => `*:5432:*:*:${s}`], () => `${sample.alnum(4)}\\:${password()}\\\\x`))('%s', (line, secret) =>
    expectOnlySecretGone(scrubber, line, secret),
  );

  keeps([
    '2026-11-30 10:00:00:123:INFO:app:started',
    'fe80::1:2:3:4',
    '2001:db8:85a3:0:0:8a2e:370:7334',
    'host:5432:db:user:',
    'key:1:field:x:y',
    'cache:1:user:42:name',
    '2026-11-30T10:00:00.000Z',
    '00:1a:2b:3c:4d:5e',
    '00:11:22:33:44:55',
    'main.go:1234: listening on :8080',
    'ada:x:1000:1000:Ada Lovelace,,,:/home/ada:/bin/bash',
    'db.internal:5432:app:ada:[REDACTED:pgpass-line]',
  ]);
});

describe('Wi-Fi PSKs in wpa_supplicant, hostapd and NetworkManager configs and logs', () => {
  it.each(
    planted(
      [
        (s) => `psk="${s}"`,
        (s) => `\tpsk="${s}"`,
        (s) => `wpa_passphrase=${s}`,
        (s) => `sae_password=${s}`,
        (s) => `psk: ${s}`,
        (s) => `802-11-wireless-security.psk:          ${s}`,
        (s) => `802-11-wireless-security.psk:${s}`,
        (s) => `wifi-sec.psk: ${s}`,
        (s) => JSON.stringify({ msg: `network={\n\tssid="home"\n\tkey_mgmt=WPA-PSK\n\tpsk="${s}"\n}` }),
        (s) => JSON.stringify({ msg: `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${s}\n` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(planted([(s) => `psk=${s}`, (s) => `wpa_psk=${s}`, (s) => `  psk: ${s}`], hex64))('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'key_mgmt=WPA-PSK',
    'wpa_key_mgmt=WPA-PSK SAE',
    'psk=<hidden>',
    'psk=*',
    'psk=""',
    'proto=RSN',
    '802-11-wireless-security.psk:          <hidden>',
    '802-11-wireless-security.psk:          --',
    '802-1x.password:                        --',
    '802-11-wireless-security.psk-flags:    0 (none)',
    '802-11-wireless-security.key-mgmt:     wpa-psk',
    'wlan0: WPA: Key negotiation completed with 00:11:22:33:44:55 [PTK=CCMP GTK=CCMP]',
  ]);
});

describe('auth headers set by nginx, Apache and HAProxy config lines', () => {
  it.each(
    planted(
      [
        (s) => `proxy_set_header Authorization "Basic ${s}";`,
        (s) => `    proxy_set_header  Proxy-Authorization  "Basic ${s}";`,
        (s) => `http-request set-header Authorization "Basic ${s}"`,
        (s) => `http-request set-header Authorization Basic\\ ${s}`,
        (s) => JSON.stringify({ msg: `nginx: [emerg] in /etc/nginx/conf.d/api.conf: proxy_set_header Authorization "Basic ${s}";` }),
      ],
      basic,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => `proxy_set_header X-Api-Key ${s};`,
        (s) => `add_header Authorization "Bearer ${s}";`,
        (s) => `add_header X-Auth-Token ${s} always;`,
        (s) => `grpc_set_header Authorization 'Bearer ${s}';`,
        (s) => `RequestHeader set Authorization "Bearer ${s}"`,
        (s) => `Header always set X-Api-Key "${s}"`,
        (s) => `http-request set-header X-Api-Key ${s}`,
        (s) => `http-response add-header X-Access-Token ${s}`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'proxy_set_header Authorization $http_authorization;',
    'proxy_set_header Host $host;',
    'proxy_set_header Authorization "";',
    'proxy_set_header Authorization "Basic $upstream_basic";',
    'proxy_set_header X-Api-Key $api_key;',
    'RequestHeader unset Authorization',
    'http-request set-header X-Api-Key %[req.hdr(x-key)]',
    'RequestHeader set Authorization "%{HTTP_AUTHORIZATION}e" env=HTTP_AUTHORIZATION',
  ]);
});

describe('R and other assignment operators', () => {
  it.each(
    planted(
      [
        (s) => `password <- "${s}"`,
        (s) => `db_password <- '${s}'`,
        (s) => `Sys.setenv(DB_PASSWORD = "${s}")`,
        (s) => `password := '${s}';`,
        (s) => `DB_Password : constant String := "${s}";`,
        (s) => `DB_PASSWORD ?= ${s}`,
        (s) => JSON.stringify({ msg: `> password <- "${s}"` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => `api_key <<- '${s}'`,
        (s) => `Sys.setenv(API_KEY = "${s}")`,
        (s) => `"${s}" -> token`,
        (s) => `'${s}' ->> github_token`,
        (s) => `apiKey := "${s}"`,
        (s) => `TOKEN ?= ${s}`,
        (s) => `TOKEN := ${s}`,
        (s) => `TOKEN += ${s}`,
        (s) => `API_TOKEN ::= ${s}`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'x <- 5',
    'if (a < -1)',
    'if (password < -1) stop()',
    'password <- readline("Password: ")',
    'token <- Sys.getenv("GITHUB_TOKEN")',
    'n_tokens <- 5',
    'token <- ""',
    '"expired" -> status',
  ]);
});

describe('dumps with the value on the line after its key, logged as one line', () => {
  const varDump = (key: string, s: string): string => `array(2) {\n  ["user"]=>\n  string(3) "ada"\n  ${key}=>\n  string(${s.length}) "${s}"\n}`;
  it.each(
    planted(
      [
        (s) => JSON.stringify({ msg: varDump('["password"]', s) }),
        (s) => JSON.stringify({ msg: varDump('["db_password"]', s).replaceAll('\n', '\r\n') }),
        (s) => JSON.stringify({ msg: varDump('["password":protected]', s) }),
        (s) => JSON.stringify({ level: 'debug', context: { dump: varDump('["api_key"]', s) } }),
        (s) => `[password] => ${s}`,
        (s) => `    [password:protected] => ${s}`,
        (s) => `  ["password":protected]=> string(${s.length}) "${s}"`,
        (s) => JSON.stringify({ msg: `Array\n(\n    [user] => ada\n    [password] => ${s}\n)\n` }),
        (s) => `'password' => '${s}'`,
        (s) => `Parameters: {"password"=>"${s}", "user"=>"ada"}`,
        (s) => `params={:password=>"${s}", :user=>"ada"}`,
        (s) => JSON.stringify({ msg: `{'password': '${s}',\n 'user': 'ada'}` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    JSON.stringify({ msg: '["password"]=>\n  NULL' }),
    JSON.stringify({ msg: '["password_length"]=>\n  int(12)' }),
    JSON.stringify({ msg: '["password"]=>\n  string(0) ""' }),
    JSON.stringify({ msg: '["user"]=>\n  string(3) "ada"' }),
  ]);
});

describe("PHP's var_dump printed as lines, the value on the line after its key", () => {
  it.each(
    planted(
      [
        (s) => `array(2) {\n  ["user"]=>\n  string(3) "ada"\n  ["password"]=>\n  string(${s.length}) "${s}"\n}`,
        (s) => `object(App\\Models\\User)#12 (2) {\r\n  ["name"]=>\r\n  string(3) "ada"\r\n  ["api_key":protected]=>\r\n  string(${s.length}) "${s}"\r\n}\r\n`,
        (s) => `[2026-11-30 10:00:00] local.DEBUG: dump\narray(1) {\n  ["config"]=>\n  array(1) {\n    ["db_password"]=>\n    string(${s.length}) "${s}"\n  }\n}`,
      ],
      password,
    ),
  )('%s', (text, secret) => {
    const once = scrubber.redactBuffer(Buffer.from(text)).toString();
    expect(once, text).not.toContain(secret);
    expect(once.replace(/\[REDACTED:[a-z0-9-]+\]/g, secret), text).toBe(text);
    expect(scrubber.redactBuffer(Buffer.from(once)).toString()).toBe(once);
  });

  it.each([
    '  ["password"]=>\n  NULL\n  ["user"]=>\n  string(3) "ada"',
    '  ["password"]=>\n  string(0) ""',
    '  ["password_length"]=>\n  int(12)\n  ["user"]=>\n  string(3) "ada"',
    '  ["password"]=>\n  array(1) {\n    [0]=>\n    string(3) "abc"\n  }\n  ["user"]=>\n  string(3) "ada"',
  ])('keeps %s', (text) => expect(scrubber.redactBuffer(Buffer.from(text)).toString()).toBe(text));
});
