/**
 * Credentials in wire-protocol commands and HTTP client calls (s14): Redis's AUTH as MONITOR
 * prints it, SMTP's and IMAP's AUTH with an initial response, FTP's PASS in a client's trace,
 * and a user/password pair handed to an HTTP client. Only the secret goes, a second scrub changes
 * nothing, and test runners' PASS lines and protocol chatter without a credential stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x9a55);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const base64 = (): string => Buffer.from(`\0ada\0${password()}`).toString('base64');

describe('Redis AUTH as MONITOR prints it', () => {
  it.each(
    planted(
      [
        (s) => `1701234567.123456 [0 127.0.0.1:50612] "AUTH" "${s}"`,
        (s) => `1701234567.123456 [0 10.0.3.7:6379] "auth" "default" "${s}"`,
        (s) => `1701234567.123456 [0 unix:/run/redis.sock] "HELLO" "3" "AUTH" "app" "${s}" "SETNAME" "api"`.replace(' "SETNAME" "api"', ''),
        (s) => JSON.stringify({ msg: `redis monitor: 1701234567.1 [0 10.0.0.1:1] "AUTH" "${s}"` }),
        (s) => `2026-11-30T10:00:00.000Z ioredis:redis write command[127.0.0.1:6379]: 0 -> auth([ '${s}' ])`,
        (s) => `2026-11-30T10:00:00.000Z ioredis:redis write command[10.0.0.7:6379]: 0 -> auth([ 'default', '${s}' ])`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(['1701234567.1 [0 127.0.0.1:1] "GET" "auth"', '1701234567.1 [0 127.0.0.1:1] "AUTH" "(redacted)"', '"auth": "none"'])('keeps %s', (line) =>
    expect(scrubber.redactLine(line)).toBe(line),
  );
});

describe("SMTP's and IMAP's AUTH with an initial response", () => {
  it.each(
    planted(
      [
        (s) => `[2026-11-30 10:00:00] DEBUG [smtp] C: AUTH PLAIN ${s}`,
        (s) => `> AUTH XOAUTH2 ${s}`,
        (s) => `A1 AUTHENTICATE PLAIN ${s}`,
        (s) => JSON.stringify({ level: 20, msg: `C: AUTH PLAIN ${s}`, tnx: 'client' }),
      ],
      base64,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(['S: 250-AUTH PLAIN LOGIN XOAUTH2', 'C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: AUTH PLAIN /* secret */', 'S: 235 2.7.0 Authentication successful'])('keeps %s', (line) =>
    expect(scrubber.redactLine(line)).toBe(line),
  );
});

describe("FTP's PASS in a client's trace", () => {
  it.each(planted([(s) => `> PASS ${s}`, (s) => `C: PASS ${s}`, (s) => JSON.stringify({ msg: `> PASS ${s}` })], password))('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    'PASS src/app.test.ts (5.2 s)',
    ' PASS  tests/login.spec.js',
    '--- PASS: TestLogin (0.00s)',
    '    --- PASS: TestLogin/bad_password (0.01s)',
    JSON.stringify({ Action: 'output', Output: '--- PASS: TestAuth (0.00s)\n' }),
    '---> PASS XXXX',
    '> PASS',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('a user and password handed to an HTTP client', () => {
  it.each(
    planted(
      [
        (s) => `requests.get(url, auth=('ada', '${s}'), timeout=5)`,
        (s) => `r = requests.post(url, auth=HTTPBasicAuth("ada", "${s}"))`,
        (s) => `auth = HTTPDigestAuth('ada', '${s}')`,
        (s) => `$client->request('GET', $url, ['auth' => ['ada', '${s}']]);`,
        (s) => `aiohttp.BasicAuth('ada', '${s}', encoding='latin1')`,
        (s) => JSON.stringify({ msg: `retrying with auth=("ada", "${s}")` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(['auth=(user, password)', "HTTPBasicAuth('ada', os.environ['PW'])", "auth=('ada', '')", "'auth' => ['basic']", "auth=('ada', '%s')", "auth: ['admin', 'editor']", "'auth' => ['web', 'api']"])('keeps %s', (line) =>
    expect(scrubber.redactLine(line)).toBe(line),
  );
});
