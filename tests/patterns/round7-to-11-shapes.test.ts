/**
 * Blind red-team reviews seven to eleven: the shapes of other scanners' test suites (trufflehog's
 * "a <vendor> secret <value>", detect-secrets' keyword values, gitleaks' samples and false
 * positives), credentials as other ecosystems log them (Spring, botocore, SMTP, ZooKeeper, SSSD,
 * Bundler), AWS's own (DynamoDB items), the masks and dumps of runtimes and log libraries, and
 * lines that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x7e57);
const keeps = keepsEach(scrubber);
/** Capitals, small letters and digits, all three present whatever the sampler draws. */
const token = (n: number): string => `Q${sample.alnum(n - 3)}z7`;

describe('a secret named in a sentence, in base64 or with dashes', () => {
  it.each([
    ['pagerduty', () => `u+${token(10)}/${sample.alnum(8)}`],
    ['okta', () => `00${token(20)}-${token(18)}`],
    ['cloudinary', () => `${token(9)}-${token(17)}`],
    ['azure', () => `${token(40)}/${token(30)}+${token(14)}==`],
  ])("goes after trufflehog's 'a %s secret …'", (vendor, make) => {
    const s = make();
    expectOnlySecretGone(scrubber, `You can find a ${vendor} secret ${s} within`, s);
  });
  it("Honeycomb's key, all small letters and digits, and a Zapier hook's path", () => {
    const key = `hcaik_${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 58)}`;
    expectOnlySecretGone(scrubber, `You can find a honeycomb secret ${key} within`, key);
    const hook = `${sample.digits(7)}/${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 7)}`;
    expectOnlySecretGone(scrubber, `zapier: POST https://hooks.zapier.com/hooks/catch/${hook}/ -> 200`, hook);
  });
  keeps(['secret mysql-root-password-7f9c8d6b5 created', 'secret default/app-tls-2024-rotation-v3 synced']);
});

describe("detect-secrets' keyword values: symbols with no digit", () => {
  const value = () => `${sample.from('abcdefghijklmnopqrstuvwxyz', 1)}{{h}o)p$${'{'}e]nob(ody[finds>-_$#thisone}`;
  it.each([(s: string) => `secret = "${s}"`, (s: string) => `secret_token: "${s}"`, (s: string) => `some_dict["secret"] = "${s}"`])('go under a secret key: %s', (make) => {
    const s = value();
    expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps([
    'token=%[req.hdr(x-token)]',
    'secret: com.apple.xpc.activity/4505:',
    'stream/token: com.apple.xpc.activity/4505: 132: Request for stale data',
    'missing header x-api-key (request_id=201b6845-d4e4-4d05-a8db-36a82a9955f3)',
    'token=%{http_x_auth_token}',
    "token=req.headers['x-token']",
  ]);
});

describe('a Telegram bot token with no Telegram key before it', () => {
  it('goes after its bot id (a public name, which stays), in code and in a message', () => {
    const s = `AA${sample.base64url(33)}`;
    expectOnlySecretGone(scrubber, `bot = telebot.TeleBot("${sample.digits(9)}:${s}")`, s);
    expectOnlySecretGone(scrubber, `poller started for ${sample.digits(10)}:${s} (webhook off)`, s);
  });
  keeps(['link 00:AA:BB:CC:DD:EE up', 'ts=12:30:AA']);
});

describe('an AWS access key id with a digit outside base32', () => {
  it.each(['AKIA', 'ASIA'])('goes whole: %s…', (prefix) => {
    const s = `${prefix}${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8)}0189${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}`;
    expectOnlySecretGone(scrubber, `botocore.credentials DEBUG Found credentials in environment variables. AWS_ACCESS_KEY_ID=${s}`, s);
    expectOnlySecretGone(scrubber, `{"access_key_id": "${s}"}`, s);
  });
});

describe('credentials other ecosystems log', () => {
  it("Spring's property resolver at DEBUG", () => {
    const s = `${sample.alnum(8)}$${sample.alnum(6)}`;
    expectOnlySecretGone(scrubber, `o.s.c.e.PropertySourcesPropertyResolver : Found key 'spring.datasource.password' in PropertySource 'applicationConfig: [classpath:/application.properties]' with value '${s}'`, s);
  });
  it("SMTP's AUTH LOGIN: the password's base64 on a client line", () => {
    const s = Buffer.from(`${sample.alnum(10)}!`).toString('base64');
    expectOnlySecretGone(scrubber, `2026-12-02 10:00:01\tCLIENT -> SERVER: ${s}`, s);
    expectOnlySecretGone(scrubber, `send: '${s}\\r\\n'`, s);
  });
  it("ZooKeeper's super digest, SSSD's bind password", () => {
    const digest = `${sample.base64(27).replace(/=+$/, '')}=`;
    expectOnlySecretGone(scrubber, `-Dzookeeper.DigestAuthenticationProvider.superDigest=super:${digest}`, digest);
    const pw = `${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${sample.from('abcdefghijklmnopqrstuvwxyz', 8)}217`;
    expectOnlySecretGone(scrubber, `ldap_default_authtok = ${pw}`, pw);
  });
  it("Bundler's gem server credentials (Sidekiq Pro)", () => {
    const s = `${sample.hex(8)}:${sample.hex(8)}`;
    expectOnlySecretGone(scrubber, `[entrypoint] env: NODE_ENV=production BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${s} PORT=8080`, s);
  });
  it('an application password in its groups of four', () => {
    const s = Array.from({ length: 6 }, () => sample.alnum(4)).join(' ');
    expectOnlySecretGone(scrubber, `WP application password: ${s}`, s);
    const google = Array.from({ length: 4 }, () => sample.from('abcdefghijklmnopqrstuvwxyz', 4)).join(' ');
    expectOnlySecretGone(scrubber, `Gmail app password: ${google}`, google);
  });
  keeps(['CLIENT -> SERVER: STARTTLS', 'C: QUIT', 'RPC: Registered named UNIX socket transport module.', "Found key 'spring.datasource.password' in PropertySource 'systemEnvironment' with value of type String"]);
});

describe("what other scanners' suites and real logs hold and is no secret", () => {
  keeps([
    'db_password={0}',
    'SECRET_KEY=@SECRET_KEY@',
    'api_key = "abcdefghijklmnopqrstuvwxyz"',
    'token = "abcdefghijklmnopqrstuvwxyz0123456789"',
    'signing_key = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"',
    'GOOGLE_API_KEY=AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
    'login(username=username, password=password)',
    'passwd: password updated successfully',
    'DB_PASSWORD= REDIS_PASSWORD= MAIL_PASSWORD=',
    '[1,{"a":"pw:2"}]',
    `Cache restored cache-key=node-modules-Linux-${sample.hex(64)}, hit=true`,
    `{"msg":"change stream resumed","resumeToken":{"_data":"82${sample.hex(80).toUpperCase()}"}}`,
  ]);
  it('a weak password still goes, and a key left empty takes nothing', () => {
    expect(scrubber.redactLine('password=Password1')).toBe('password=[REDACTED:password-assignment]');
    const s = `${sample.alnum(10)}!4`;
    expectOnlySecretGone(scrubber, `DB_PASSWORD= REDIS_PASSWORD=${s} MAIL_PASSWORD=`, s);
  });
});

describe('a DynamoDB item dumped while debugging (round 10)', () => {
  it.each([
    (v: string) => `Item: {'pk': {'S': 'TENANT#408'}, 'smtpPassword': {'S': '${v}'}, 'createdAt': {'N': '1796208711817'}}`,
    (v: string) => `{ clientName: 'DynamoDBClient', output: { Item: { email: { S: 'ada@example.com' }, password: { S: '${v}' } } } }`,
    (v: string) => `{"Item": {"clientSecret": {"S": "${v}"}, "active": {"BOOL": true}}}`,
  ])('the value under its type goes: %s', (make) => {
    const v = `${sample.alnum(9)}${sample.digits(3)}!`;
    expectOnlySecretGone(scrubber, make(v), v);
  });
  keeps(["{'pk': {'S': 'TENANT#1'}, 'email': {'S': 'ada@example.com'}, 'passwordUpdatedAt': {'N': '1796208711817'}}"]);
});

describe('a session cookie under its own name (round 11)', () => {
  it.each([(v: string) => `{"username":"ada","sessionCookie":"${v}"}`, (v: string) => `{"level":"info","session_cookie":"${v}","host":"db-3"}`])('goes: %s', (make) => {
    const v = `s%3A${sample.alnum(32)}.${sample.base64url(43)}`;
    expectOnlySecretGone(scrubber, make(v), v);
  });
});

describe('masks as runtimes, log libraries and query strings write them (round 11)', () => {
  keeps([
    '"GET /api/v1/login?port=3306&passwd=%5BFILTERED%5D&timeout_ms=3000 HTTP/1.1" 200 512',
    '"GET /api/v1/login?user_id=88351&access_token=%3Credacted%3E HTTP/1.1" 200 512',
    'redirect to /sso/callback?next=%2Fapp%3Fsecret_access_key%3D%253Chidden%253E%26email%3Dx',
    'GET /track?data=%7B%22adminPassword%22%3A%22%5BFILTERED%5D%22%2C%22port%22%3A3306%7D',
    'request failed body={"authorization":null,"connection_string":"postgres://linus:********@db-1.internal:5432/orders"} status=400',
    'app.DEBUG: login attempt {"connection_string":"redis://:xxxxx@cache:6379/0","secret":"[MASKED]","user_id":52130} []',
    '[debug] upstream error: #MyApp.Accounts.User<id: 639, password_min_length: 12, password: **redacted**, ...>',
    '<div data-config="{&quot;username&quot;:&quot;etl&quot;,&quot;password&quot;:null,&quot;timeoutMs&quot;:3000}"></div>',
    'app.DEBUG: user created App\\Config\\DbConfig Object ( [enabled] => true [password:protected] =>  [userId] => 45653 )',
    'app.DEBUG: payload Object ( [apiKey] =>  [port:protected] => 5432 [userId] => 55512 )',
    'app.DEBUG: loaded config array(2) { ["port"]=> int(443) ["password"]=> string(8) "<hidden>" }',
    "info: loaded config { dbPasswords: Set(2) { '***', 'placeholder-3' }, count: 2 }",
  ]);
  it('a real value in the same shapes still goes', () => {
    const v = `${sample.alnum(8)}&${sample.digits(2)}`;
    expectOnlySecretGone(scrubber, `app.DEBUG: loaded config array(2) { ["port"]=> int(443) ["password"]=> string(${v.length}) "${v}" }`, v);
    const q = `${sample.alnum(20)}9`;
    expectOnlySecretGone(scrubber, `"GET /api/v1/login?port=3306&passwd=${q}&timeout_ms=3000 HTTP/1.1" 200 512`, q);
    // The key names a secret: its value goes whole.
    expect(scrubber.redactLine(`{"connection_string":"postgres://linus:${q}@db-1.internal:5432/orders"}`)).toBe('{"connection_string":"[REDACTED:sensitive-key]"}');
  });
});

describe('AWS: the CLI, Cognito, CloudTrail and ECS (round 10)', () => {
  it("aws sts get-session-token --output text: the secret key after the expiry", () => {
    const key = sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
    const line = `CREDENTIALS\tASIA${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\t2026-12-02T03:35:25Z\t${key}\tFwoGZXIvYXdzE${sample.base64(120)}`;
    expect(scrubber.redactLine(line)).not.toContain(key);
  });
  it("Cognito's SECRET_HASH in InitiateAuth's parameters", () => {
    const hash = `${sample.base64(43).replace(/=+$/, '').slice(0, 43)}=`;
    expectOnlySecretGone(scrubber, `{"AuthFlow":"USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"ada@example.com","SECRET_HASH":"${hash}"}}`, hash);
  });
  keeps([
    `{"eventName":"CreateSecret","requestParameters":{"name":"prod/api","secretString":"HIDDEN_DUE_TO_SECURITY_REASONS","clientRequestToken":"${sample.uuid()}"}}`,
    `{"secrets":[{"name":"DB_PASSWORD","valueFrom":"arn:aws:secretsmanager:us-east-1:624215479777:secret:prod/db-dKe4AE:password::"},{"name":"API_KEY","valueFrom":"arn:aws:ssm:us-east-1:624215479777:parameter/prod/api-key"}]}`,
  ]);
});

describe('HTTP credentials in every shape a header takes (round 12)', () => {
  it("a signed request's signature or MAC, the parameters around it kept", () => {
    const sig = sample.base64(44);
    expectOnlySecretGone(scrubber, `authorization: HMAC-SHA256 keyId="${sample.alnum(16)}", algorithm="hmac-sha256", headers="(request-target) host date", signature="${sig}"`, sig);
    expectOnlySecretGone(scrubber, `{${sample.uuid()}|Hawk id="${sample.alnum(12)}", ts="1790686345", nonce="wwwOuu", mac="${sig}"|gzip} "GET / HTTP/1.1"`, sig);
    const oauth = `${sample.alnum(27)}%3D`;
    expectOnlySecretGone(scrubber, `authorization: 'OAuth oauth_nonce="${sample.alnum(32)}", oauth_signature="${oauth}", oauth_signature_method="HMAC-SHA1"'`, oauth);
  });
  it("NTLM's authenticate message, Riot's and DeepL's keys, Google's service-account token, with no header name", () => {
    const ntlm = `TlRMTVNTUAADAAAAGAAY${sample.base64(160).replace(/=+$/, '')}`;
    expectOnlySecretGone(scrubber, `"DELETE /api/v1/metrics HTTP/1.1" 204 3702 "-" "okhttp/4.12.0" "NTLM ${ntlm}"`, ntlm);
    const riot = `RGAPI-${sample.uuid()}`;
    expectOnlySecretGone(scrubber, `0/0 {${sample.uuid()}|823|*/*|${riot}} "POST /health HTTP/1.1"`, riot);
    const deepl = `${sample.uuid()}:fx`;
    expectOnlySecretGone(scrubber, `{DeepL-Auth-Key ${deepl}|1240} "GET /v2/usage HTTP/1.1"`, deepl);
    const ya29 = `ya29.c.${sample.base64url(120)}`;
    expectOnlySecretGone(scrubber, `"GET /oauth/token HTTP/1.1" 204 277 "-" "okhttp/4.12.0" "Bearer ${ya29}"`, ya29);
  });
  it("Go's http.Header map: the value inside its list", () => {
    const key = sample.hex(32);
    expectOnlySecretGone(scrubber, `DEBUG outbound request headers=map[ocp-apim-subscription-key:[${key}] traceparent:[00-a7c389b2-01]]`, key);
  });
  keeps([
    'WWW-Authenticate: Hawk error="Stale timestamp"',
    'WWW-Authenticate: NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgomi',
    'signature verification failed for key kid-2024',
  ]);
});

describe('digests by their place (round 13)', () => {
  keeps([
    `kubelet: "Pod event" pod="prod/search-api-m28d2xwjqv-4lzxn" event={"ID":"${sample.uuid()}","Type":"ContainerStarted","Data":"${sample.hex(64)}"}`,
    `kubelet.go:2457] "SyncLoop (PLEG): event for pod" event=&{ID:${sample.uuid()} Type:ContainerDied Data:${sample.hex(64)}}`,
    `Task succeeded in 56.59s: {'invoice_id': 8040980364, 's3_key': 'avatars/u/71219/${sample.hex(64)}.parquet'}`,
  ]);
});

describe("a person's password under a secret's key (round 7)", () => {
  it.each(['Summer2026!', 'Winter#2025', 'P@ssw0rd99'])('goes, its letters repeated and all: %s', (s) => {
    expectOnlySecretGone(scrubber, `secret = ${s}`, s);
    expectOnlySecretGone(scrubber, `{"level":"warn","msg":"loaded","token":"${s}"}`, s);
  });
  keeps(['secret = Summer2026', 'token: Expired!', 'secret=v2-final']);
});
