/**
 * Rounds 54 (Node and TypeScript backends) and 55 (mail, messaging and telephony), written blind
 * and scored before any of this: the classes they showed, each as a class (more shapes than the
 * rounds' lines), and the look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5455);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

const oneCase = (n: number): string => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', n);

describe('a one-case key in groups under a secret name (Viber: <16>-<16>-<16> of a-z0-9)', () => {
  goes(
    [
      (s) => `X-Viber-Auth-Token: ${s}`,
      (s) => `{"auth_token":"${s}","event":"send_message"}`,
      (s) => `token=${s}`,
    ],
    () => `${oneCase(14)}q7-${oneCase(14)}x3-${oneCase(14)}k9`,
  );
  keeps([
    'token=20231105-1234-5678-release',
    'build_token=api-7d9f8c6b5-x2k4m',
    'session_token=my-feature-branch-name',
    'Set-Cookie: __stripe_mid=4e1e0e96-d7e7-415e-9f8f-834783fd5ca2c1f05b; Path=/; Max-Age=31536000; SameSite=Strict',
  ]);
});

describe('a cookie whose value is a URL: where a login returns to, named like an auth cookie', () => {
  keeps([
    '{"cookie":"theme=dark; locale=en; next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fdashboard"}',
    'Cookie: next-auth.callback-url=https://app.example.com/settings; locale=en',
    'Set-Cookie: auth_return_to=https%3A%2F%2Fshop.example.com%2Fcart; Path=/; HttpOnly',
  ]);
  goes(
    [
      (s) => `Cookie: next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2F; next-auth.session-token=${s}`,
    ],
    () => sample.base64url(48),
  );
});

describe("a password in a mail or chat client's protocol transcript", () => {
  goes(
    [
      (s) => `Oct 25 10:22:46 mx1 fetchmail[54212]: POP3> PASS ${s}`,
      (s) => `*cmd* 'PASS ${s}'`,
      (s) => `[2024-09-27 00:46:12] >> PASS ${s}`,
    ],
    () => sample.password(),
  );
  goes(
    [(s) => `2024-09-09 10:13:26 c2s3e1d4b64c131 debug Received[c2s_unauthed]: <auth mechanism='PLAIN' xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>${s}</auth>`],
    () => Buffer.from(`\0mateo\0${sample.password()}`).toString('base64'),
  );
  keeps(['PASS src/app.test.ts (5.2 s)', 'fetchmail[311]: POP3> PASS *', "<auth mechanism='EXTERNAL' xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>=</auth>"]);
});

describe('the password of a login call, given as a literal', () => {
  goes(
    [
      (s) => `    server.login("mailer@example.org", "${s}")`,
      (s) => `  File "/app/notify.py", line 31, in send\n    smtp.login('alerts@example.org', '${s}')`.split('\n')[1] as string,
      (s) => `ftp.login("deploy", "${s}")`,
      (s) => `#0 /var/www/vendor/phpmailer/phpmailer/src/PHPMailer.php(2227): PHPMailer\\PHPMailer\\SMTP->authenticate('ada@example.org', '${s}', 'LOGIN', NULL)`,
    ],
    () => sample.password(),
  );
  keeps(['    server.login(user, password)', 'server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)', "ftp.login('anonymous')", "PHPMailer\\PHPMailer\\SMTP->authenticate('ada@example.org', NULL, 'LOGIN', NULL)"]);
});

describe("PHPMailer's SMTP login in a PHP stack trace", () => {
  goes(
    [(s) => `#0 /var/www/vendor/phpmailer/phpmailer/src/PHPMailer.php(2227): PHPMailer\\PHPMailer\\SMTP->authenticate('ada@example.org', '${s}', 'LOGIN', NULL)`],
    () => sample.password(),
  );
  keeps(["PHPMailer\\PHPMailer\\SMTP->authenticate('ada@example.org', NULL, 'LOGIN', NULL)"]);
});

describe("a secret as php artisan config:show prints it", () => {
  goes(
    [
      (s) => `  mailers.smtp.password ............................... ${s}`,
      (s) => `  services.mailgun.secret ............................. ${s}`,
      (s) => `  mailers ⇁ smtp ⇁ password ........................... ${s}`,
    ],
    () => sample.password(),
  );
  keeps(['  auth.password_timeout ............................... 10800', '  mailers.smtp.password ............................... null', '  broadcasting.connections.pusher.key ........ 2f9a0c1b7e4d3a6c5b80']);
});

describe('a token-shaped value an error quotes back, whatever it was for', () => {
  goes(
    [
      (s) => `EnvValidationException: Value for environment variable "DB_PORT" must be numeric, instead received "${s}"`,
      (s) => `{"level":50,"err":{"code":"E_INVALID_ENV_VARIABLES","help":"- Value for environment variable \\"APP_URL\\" must be a valid URL, instead received \\"${s}\\""}}`,
      (s) => `SyntaxError: Unexpected token '${s[0]}', "${s}" is not valid JSON`,
    ],
    () => `${sample.alnum(8)}4${sample.alnum(7)}`,
  );
  goes(
    [(s) => `  - Value for environment variable "PG_CONNECTION" must be a valid URL, instead received "${s}"`],
    () => `app:${sample.alnum(22)}@db.internal:5432`,
  );
  keeps([
    '- Value for environment variable "NODE_ENV" must be one of development, production, instead received "staging"',
    '- Value for environment variable "REDIS_URL" must be a valid URL, instead received "localhost:6379"',
    '- Value for environment variable "PORT" must be numeric, instead received "3000x"',
    `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON`,
    `SyntaxError: Unexpected token 'u', "undefined" is not valid JSON`,
  ]);
});

describe("OAuth 1.0a's verifier, which with the request token gets the access token", () => {
  goes(
    [
      (s) => `54.18.166.141 - - [13/Jul/2024:14:50:31 +0000] "GET /auth/twitter/callback?oauth_verifier=${s} HTTP/1.1" 302 73`,
      (s) => `{"oauth_verifier":"${s}","provider":"twitter"}`,
    ],
    () => sample.alnum(32),
  );
  keeps(['OAuth 1.0a callback without oauth_verifier: denied=true']);
});

describe("Mailgun's key under a bare key, on a line that names Mailgun", () => {
  goes(
    [
      (s) => `mail config {"mailer":"mailgun","baseUrl":"https://api.eu.mailgun.net/v3","key":"${s}","domain":"mg.example.com"}`,
      (s) => `{"key":"${s}","domain":"mg.example.com","service":"Mailgun"}`,
    ],
    () => `${sample.hex(32)}-${sample.hex(8)}-${sample.hex(8)}`,
  );
  keeps(['mailgun: queued <20240101120000.1a2b3c4d5e6f7a8b@mg.example.com>', `{"key":"${'ab12'.repeat(8)}-0c1d2e3f-4a5b6c7d","service":"postmark"}`]);
});

describe('a one-time code in the text of the message that sends it', () => {
  goes(
    [
      (s) => `DEBUG twilio.http_client: POST /Messages.json data: Body=Your+Initech+verification+code+is+${s}&From=%2B14153890936`,
      (s) => `{"msg":"sms sent","provider":"vonage","text":"${s} is your Globex login code. Do not share it."}`,
      (s) => `mail queued: subject="Your sign-in code is ${s}"`,
      (s) => `G-${s} is your Google verification code.`,
      (s) => `[sns] Publish: Your one-time code is: ${s}`,
    ],
    () => sample.digits(6),
  );
  keeps(['the error code is 5000', 'Your order code is 4411 for pickup', 'exit code is 137 after OOM', 'Your verification code is expired']);
});

describe("Roundcube's session and auth cookies, with no Cookie: before them", () => {
  goes(
    [
      (s) => `10.33.139.88 - - [16/Feb/2025:21:44:43 +0000] "POST /?_task=mail&_action=refresh HTTP/1.1" 200 312 "-" "Mozilla/5.0" "roundcube_cookies=enabled; roundcube_sessid=${s}; language=en_US"`,
      (s) => `Cookie: roundcube_sessauth=${s}`,
    ],
    () => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 26),
  );
  keeps(['"roundcube_cookies=enabled; language=en_US"']);
});

describe('telephony and chat: SRTP keys in SDP, NickServ, Exim', () => {
  goes(
    [
      (s) => `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${s}|2^31`,
      (s) => `a=crypto:2 AEAD_AES_256_GCM inline:${s}`,
    ],
    () => sample.base64(40),
  );
  goes(
    [
      (s) => `[2025-01-21 08:37:58] >> PRIVMSG NickServ :IDENTIFY bob ${s}`,
      (s) => `/msg NickServ identify ${s}`,
      (s) => `    client_send = ^postmaster@example.net^${s}`,
      (s) => `    client_send = : ada@example.net : ${s}`,
    ],
    () => sample.password(),
  );
  keeps([
    'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:',
    'NickServ identify failed for bob: invalid password',
    '  client_send = ^${extract{user}{${lookup{$host}lsearch{/etc/exim4/passwd.client}}}}^${extract{pass}{x}}',
  ]);
});
