/**
 * A fifth and a sixth blind red-team review: the shapes of other scanners' test suites (a
 * credential's tail after `!`, `:` or `%3D`, keys with a qualifier, a key named in a sentence,
 * code and placeholders where a value stands) and production logs of AdonisJS apps and network
 * devices (PHC password hashes, header-name lists, form bodies, running configs, FTP and IPsec).
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5a19);
const keeps = keepsEach(scrubber);

describe('a credential with !, : or a percent escape inside', () => {
  it.each([
    ['Salesforce session id', () => `00D${sample.alnum(15)}!AR${sample.alnum(90)}.${sample.alnum(8)}`],
    ['percent-encoded bearer token', () => `${'A'.repeat(21)}${sample.alnum(26)}%3D${sample.alnum(50)}`],
  ])('goes whole after Authorization: Bearer and Bearer alone: %s', (_, make) => {
    const s = make();
    expectOnlySecretGone(scrubber, `Authorization: Bearer ${s}`, s);
    expectOnlySecretGone(scrubber, `curl -H "Authorization: Bearer ${s}" https://api.example.com`, s);
    expectOnlySecretGone(scrubber, `sending bearer ${s} upstream`, s);
  });
  it("goes whole after Authorization: Bearer: Asana's token", () => {
    const s = `2/${sample.digits(16)}/${sample.digits(16)}:${sample.hex(32)}`;
    expectOnlySecretGone(scrubber, `Authorization: Bearer ${s}`, s);
  });
  keeps(['Authorization: Bearer [REDACTED:http-authorization]!x', 'token_type=Bearer expires_at=2026-11-12T07:31:44Z']);
  it('ends at a colon before a blank: the message goes on', () => {
    const s = sample.alnum(24);
    expect(scrubber.redactLine(`Authorization: Bearer ${s}: rejected`)).toBe('Authorization: Bearer [REDACTED:http-authorization]: rejected');
  });
});

describe('a secret key with a qualifier after it', () => {
  it.each([
    (s: string) => `apiKeyProd = "${s}"`,
    (s: string) => `MJ_APIKEY_PRIVATE=${s}`,
    (s: string) => `my_password_secure = "${s}"`,
    (s: string) => `password_super_secure: '${s}'`,
    (s: string) => `passwordConfirm = "${s}"`,
    (s: string) => `{"clientSecretOld":"${s}"}`,
  ])('goes: %s', (make) => {
    const s = `${sample.alnum(14)}7${sample.alnum(6)}`;
    expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps([`token_id = "${sample.alnum(24)}7"`, `tokenizer_prod = "${sample.alnum(24)}7"`, 'secret_name=prod-db-credentials', 'api_key_public=pk_4f9']);
});

describe("a key's name in a sentence, then its value", () => {
  it.each([
    (s: string) => `datadog client initialised with key ${s}`,
    (s: string) => `using api key ${s}`,
    (s: string) => `the client secret is ${s}.`,
    (s: string) => `Authenticating against {Endpoint} as {User} using secret ${s}`,
  ])('goes: %s', (make) => {
    const s = `${sample.alnum(20)}${sample.hex(12)}`;
    expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps([
    'gpg: using RSA key 4AEE18F83AFDEB23A1B2C3D4E5F60718293A4B5C',
    'gpg: using EDDSA key 3A1F0B1C2D3E4F5061728394A5B6C7D8E9F0A1B2',
    `cache key ${sample.hex(32)} missed`,
    'Found record with key 3fa85f64-5717-4562-b3fc-2c963f66afa6',
    'secret mysql-root-password-7f9c8d6b5 created',
    'api key rotation scheduled for tenant acme-production-eu-west-1',
  ]);
});

describe('code and placeholders where a value stands', () => {
  keeps([
    'apiKey: this.apiKey,',
    'client_secret = settings.CLIENT_SECRET',
    'apiKey: process.env.STRIPE_KEY!,',
    '  APP_KEY: Env.schema.string(),',
    '  SMTP_PASSWORD: Env.schema.string.optional(),',
    'api-key="somefakekey"',
    'token = "dummy-token-for-tests"',
    '  secretKey: "REPLACE_ME",',
    '  signing_key    = "YOUR_API_KEY_HERE"',
    'webhook_secret=%env(WEBHOOK_SECRET)%',
    'encryptionKey := `${ENCRYPTION_KEY}`',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    '{"apiKey":"sk_live_…bD5b","last4":"6977"}',
    "{'passphrase': '…#BXq'} and {\"password\":{\"S\":\"…239@\"}}",
    // Round 29: vendors' docs and masked printouts.
    'tsApiKey=tskey-auth******** (masked)',
    'LobApiKey=live_8df6******** (masked)',
    'docs: set SENDGRID_API_KEY=SG.<key> in your environment',
    'docs: set MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1 in your environment',
    '{"FlwSecretKey":"FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X"}',
    'Authorization: Bearer patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    'docs: set HEROKU_API_KEY=00000000-0000-0000-0000-000000000000',
    'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=username:password',
    '{"redact":{"paths":["req.headers.authorization","req.headers.cookie","*.password","*.token"],"censor":"[Redacted]"}}',
    'aws_secret_access_key = "vault:secret/data/app#password"',
    'awsSecretAccessKey := `REPLACE_ME`',
    '  dbPassword: `{{ .Values.dbPassword }}`,',
    'password = ",.:-¨@*¿?!"',
    'PuttyPassword=0',
  ]);
  it('a password with dots, a `$` or brackets in it still goes (a review)', () => {
    for (const line of ['{"password":"Summer...2024!"}', 'password=hunter2...!9xZ#', 'password=$uper/Secret9', 'auth_pass [Xq7#mP2vL9]']) {
      expect(scrubber.redactLine(line)).toContain('[REDACTED:');
    }
  });
  it('a value that only starts like one still goes', () => {
    for (const s of [`this${sample.alnum(12)}9`, `your${sample.alnum(12)}9`, `fake${sample.alnum(12)}9`, `dummy${sample.alnum(12)}9`]) expectOnlySecretGone(scrubber, `client_secret = "${s}"`, s);
  });
});

describe('a key left empty before the next option of a command line', () => {
  keeps(['./server --mySecretString= --port 8443', 'java -Dapp.apiKey= -jar app.jar']);
  it("still takes a value that is the option's", () => {
    const s = `${sample.alnum(18)}4`;
    expectOnlySecretGone(scrubber, `java -Dapp.apiKey=${s} -jar app.jar`, s);
  });
});

describe('AdonisJS logs', () => {
  it("AdonisJS v6's scrypt password hash (a PHC string) goes wherever it is", () => {
    const hash = `${sample.base64(22).replace(/=+$/, '')}$${sample.base64(86).replace(/=+$/, '')}`;
    const scrypt = `$scrypt$n=16384,r=8,p=1$${hash}`;
    for (const line of [
      `{"level":20,"sql":"insert into \\"users\\" (\\"email\\", \\"password\\") values (?, ?)","bindings":["bob@example.com","${scrypt}"]}`,
      `{"row":{"id":12,"password_hash":"${scrypt}"}}`,
      `> await hash.make(password) '${scrypt}'`,
    ]) {
      expect(scrubber.redactLine(line)).not.toContain(hash.slice(0, 20));
      expect(scrubber.redactLine(line)).not.toContain(hash.slice(-20));
    }
  });
  keeps([
    '{"res":{"headers":{"vary":"Accept-Encoding, Cookie, Authorization","access-control-allow-headers":"Authorization, X-CSRF-Token, X-XSRF-TOKEN"}}}',
    '{"allowed":["Authorization","X-Requested-With"]}',
  ]);
  it("a header pair's raw credential still goes", () => {
    const s = sample.hex(40);
    expectOnlySecretGone(scrubber, `{"rawHeaders":["Host","api","Authorization","${s}"]}`, s);
  });
  it("a form body's CSRF field takes nothing of the fields after it", () => {
    const csrf = sample.base64url(36);
    const password = `${sample.alnum(10)}7`;
    const line = `{"rawBody":"_csrf=${csrf}&email=j.doe%40example.com&password=${password}"}`;
    expect(scrubber.redactLine(line)).toContain('&email=j.doe%40example.com&password=[REDACTED:');
    expectOnlySecretGone(scrubber, line.replace(`password=${password}`, 'remember=1'), csrf);
  });
});

describe("a network device's running config", () => {
  const type7 = `0${sample.from('0123456789ABCDEF', 19)}`;
  const password = `${sample.alnum(8)}42`;
  it.each([
    [`username admin privilege 15 password 7 ${type7}`, type7],
    [`tacacs-server host 10.1.1.5 key 7 ${type7}`, type7],
    [` ip ospf message-digest-key 1 md5 7 ${type7}`, type7],
    [`enable password ${password}`, password],
    [`username ops password 0 ${password}`, password],
    [`radius-server key ${password}`, password],
    [`crypto isakmp key ${password} address 0.0.0.0`, password],
    [` key-string ${password}`, password],
    [`        set psksecret ENC ${sample.base64(64)}`, undefined],
  ])('%s', (line, secret) => {
    const s = secret ?? line.split(' ').at(-1) ?? '';
    expectOnlySecretGone(scrubber, line, s);
  });
  keeps(['key 1 of 3 rotated', 'password 7 days before expiry', 'no service password-encryption', 'enable secret', 'set password ENC']);
});

describe('a password in a protocol transcript', () => {
  const password = `${sample.alnum(8)}-${sample.alnum(5)}`;
  it.each([
    `Wed Dec  2 06:51:45 2026 [pid 942] [app_rw] FTP command: Client "::ffff:10.95.69.249", "PASS ${password}"`,
    `Dec  2 04:43:42 ftp pure-ftpd: (?@10.128.116.86) [DEBUG] Command [pass] [${password}]`,
    `10.0.0.1 10.0.0.2 : PSK "${password}"`,
    `> set_network 0 psk "${password}"`,
    `<Data Name="CommandLine">sc.exe config MySvc obj= CORP\\svc_app password= ${password}</Data>`,
  ])('%s', (line) => expectOnlySecretGone(scrubber, line, password));
  keeps(['PASS src/app.test.ts (5.2 s)', 'PASS  tests/unit/engine.test.ts', 'FTP response: Client "::1", "230 Login successful."', 'sc.exe query MySvc']);
});

describe('a secret given to a setter, and Notion\'s legacy token alone', () => {
  it.each([
    (s: string) => `user.setPassword("${s}");`,
    (s: string) => `client.setApiKey('${s}')`,
    (s: string) => `    .clientSecret("${s}")`,
    (s: string) => `config.withAccessToken("${s}").build()`,
    (s: string) => `new UsernamePasswordCredentials("admin", "${s}")`,
  ])('goes: %s', (make) => {
    const s = `${sample.alnum(16)}7${sample.alnum(4)}`;
    expectOnlySecretGone(scrubber, make(s), s);
  });
  it('a Notion secret_ token goes with no Notion key before it', () => {
    const s = `secret_${sample.alnum(43)}`;
    expectOnlySecretGone(scrubber, `[DEBUG] Using key ${s} for request 86bd3c0f`, s);
  });
  keeps([
    'String pw = vault.getPassword("prod/db-main2");',
    'secrets.readSecret("payments/ApiKey1")',
    'lexer.token("IDENT")',
    'secret_key_base_for_the_production_environment_v2',
  ]);
});
