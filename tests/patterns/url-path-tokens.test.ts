/**
 * One-time tokens in a URL's path (s15): the password-reset, e-mail verification, invitation and
 * magic-login links every web framework mails, as access logs, request logs and framework routers
 * print the request that follows the link. Whoever reads the log can take over the account while
 * the link is valid. Only the token goes; ids, slugs, digests and file names in paths stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x7a7b5);

/** The tokens frameworks issue for such links. */
const tokens: readonly (readonly [string, () => string])[] = [
  ['64 hex (Laravel, AdonisJS, Discourse)', () => sample.hex(64)],
  ['32 hex', () => sample.hex(32)],
  ['base64url (Devise, nanoid, crypto.randomBytes)', () => sample.base64url(43).replace(/^[-_]+/, 'k')],
  ['20 letters and digits', () => `${sample.alnum(19)}7`],
  ['a UUID', () => sample.uuid()],
];

/** Where the token sits: the link's path, as each kind of log prints the request. */
const shapes: readonly ((token: string) => string)[] = [
  (t) => `10.0.0.1 - - [30/Nov/2026:10:00:00 +0000] "GET /password/reset/${t} HTTP/1.1" 200 512 "-" "Mozilla/5.0"`,
  (t) => `10.0.0.1 - - [30/Nov/2026:10:00:00 +0000] "GET /reset-password/${t}?email=ada%40example.com HTTP/1.1" 200 512`,
  (t) => JSON.stringify({ level: 30, time: 1764496800000, req: { method: 'GET', url: `/verify-email/${t}` }, msg: 'request completed' }),
  (t) => JSON.stringify({ level: 'info', url: `https://app.example.com/invitations/accept/${t}`, status: 302 }),
  (t) => `Started GET "/users/confirmation/${t}" for 127.0.0.1 at 2026-11-30 10:00:00 +0000`,
  (t) => `[2026-11-30 10:00:00] production.INFO: {"url":"https:\\/\\/app.test\\/reset-password\\/${t}","ip":"10.0.0.1"}`,
  (t) => `GET /auth/magic-link/${t} 302 12.345 ms - 56`,
  (t) => `INFO  [http] GET /api/v1/invite/${t}/ 200`,
  (t) => `method=GET path=/account/activate/${t} status=200 duration=3ms`,
  (t) => `"GET /auth/verify/${t} HTTP/2.0" 200`,
  (t) => `mail queued to=ada@example.com template=reset link=https://app.example.com/password/reset/${t}`,
  (t) => `GET /email/verify/${t} 302`,
  (t) => `GET /unsubscribe/${t} 200`,
  // The two names a pass without room had left out (s17).
  (t) => `::1 - - [02/Dec/2026:02:00:00 +0000] "GET /forgot-password/${t} HTTP/1.1" 200 812`,
  (t) => `POST /api/auth/password-reset/${t}/confirm 204 8ms`,
  (t) => JSON.stringify({ msg: 'incoming request', req: { url: `/auth/forgot_password/${t}?next=%2F` } }),
];

describe('a one-time token in a link path', () => {
  for (const [kind, token] of tokens) {
    it.each(shapes.map((shape) => {
      const t = token();
      return [shape(t), t] as const;
    }))(`${kind}: %s`, (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  }

  it.each(
    [
      // Django: /reset/<uidb64>/<timestamp base36>-<hash>/: the uid stays, the token goes.
      (t: string) => `"GET /accounts/reset/MQ/${t}/ HTTP/1.1" 302 0`,
      (t: string) => `INFO django.server "GET /reset/NDI/${t}/ HTTP/1.1" 200 3162`,
      (t: string) => `GET /email/verify/12/${t} 200`,
    ].map((shape, i) => {
      const t = i < 2 ? `${sample.from('0123456789abcdefghijklmnopqrstuvwxyz', 6)}-${sample.hex(i === 0 ? 20 : 32)}` : sample.hex(40);
      return [shape(t), t] as const;
    }),
  )('after a short id segment: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('paths that hold no token stay', () => {
  it.each([
    'GET /password/reset 200',
    'GET /password/reset/sent 200',
    'GET /forgot-password 200',
    'GET /forgot-password/sent 200',
    'GET /password-reset/done/ 200',
    'POST /api/password/change 200',
    'GET /password-reset/expired-link-help 200',
    'GET /reset-password/expired-link-help 200',
    'GET /accounts/reset/MQ/set-password/ 200',
    'GET /accounts/reset/done/ 200',
    'POST /api/v1/invitations/accept 201',
    'GET /invite/team-members-2024 200',
    'GET /confirm/order-12345-confirmation 200',
    'GET /verify/2fa 200',
    'GET /activate/plugin-name-v2-1-0-beta 200',
    'GET /api/users/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/orders 200',
    'GET /assets/reset-5d41402abc4b2a76b9719d911017c592.css 200',
    'GET /commits/9fceb02d0ae598e95dc970b74767f19372d61af8 200',
    'connection reset by peer: /var/run/app/9fceb02d0ae598e95dc970b74767f19372d61af8.sock',
    'verify: /etc/ssl/certs/ca-certificates.crt OK',
    'GET /docs/reset/reset-password-guide-v2 200',
    '{"event":"password_reset_requested","user_id":"3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});
