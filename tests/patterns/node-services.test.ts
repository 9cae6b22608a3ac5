/**
 * Node services and the pino apps they run (rounds 38 and 42): the password or key a hashing,
 * HMAC or JWT call is given as a literal, as a debug line or a stack trace prints the call;
 * CloudFront's signed cookies, also as its access log percent-encodes them; and what stays: the
 * same calls given names, and analytics' visitor ids in a Cookie header.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3038);
const keeps = keepsEach(scrubber);

describe("a literal password or key of a hashing, HMAC or JWT call", () => {
  it.each(
    planted(
      [
        (s) => `2024-11-26T04:57:07.445Z app:auth bcrypt.compare('${s}', user.passwordHash) -> false (userId=57311)`,
        (s) => `bcrypt.hashSync("${s}", 10)`,
        (s) => `    at argon2.verify(user.hash, '${s}')`,
        (s) => `Hash.make('${s}')`,
        (s) => `check_password_hash(user.pw_hash, "${s}")`,
        (s) => `hashed = bcrypt.hashpw(b'${s}', bcrypt.gensalt())`,
      ],
      () => sample.password(),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  it.each(
    planted(
      [
        (s) => `crypto.createHmac('sha256', '${s}') used for /api/webhooks/internal (digest=ae4888b53714f940c33cdc7f01486ecaa1bf00f4f76aba7924c752de7687b39a)`,
        (s) => `jwt.verify(token, '${s}')`,
        (s) => `jwt.sign({ sub: '42', role: 'admin' }, "${s}", { expiresIn: '1h' })`,
        (s) => `token = jwt.encode(payload, "${s}", algorithm="HS256")`,
        (s) => `createCipheriv('aes-256-gcm', '${s}', iv)`,
        (s) => `sig = hmac.new(b"${s}", body, hashlib.sha256).hexdigest()`,
      ],
      () => sample.base64(32),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    'bcrypt.compare(password, user.passwordHash) -> false',
    "crypto.createHmac('sha256', secret).update(body).digest('hex')",
    'jwt.verify(token, process.env.JWT_SECRET)',
    "jwt.sign(payload, config.get('app.key'))",
    'argon2.hash(input.password, { type: argon2.argon2id })',
    "hmac.new(key, msg, hashlib.sha256)",
  ]);
});

describe("analytics' visitor ids in a Cookie header", () => {
  keeps([
    '{"cookie":"ajs_anonymous_id=017b5f1c-47e4-43c1-aa04-aabd77d56d53; theme=dark"}',
    'cookie: theme=dark; ajs_user_id=b76b90a3-0bb8-4f2f-b4af-c1a846cbef11; locale=en; _fbp=fb.1.1710283081645.6113016096',
    'Cookie: hubspotutk=5f1c2a9e3b7d4c1e9f0a2d8b7c6e5a41; __hstc=181257784.5f1c2a9e3b7d4c1e9f0a2d8b7c6e5a41.1710283081645.1710283081645.1710283081645.1',
  ]);

  it.each(planted([(s) => `cookie: ajs_anonymous_id=017b5f1c-47e4-43c1-aa04-aabd77d56d53; adonis-session=${s}`], () => sample.base64url(40)))('%s', (line, s) =>
    expectOnlySecretGone(scrubber, line, s),
  );
});

describe("CloudFront's signed cookies", () => {
  const signature = () => sample.base64(342).replace(/\+/g, '-').replace(/=/g, '_').replace(/\//g, '~');
  it.each(
    planted(
      [
        (s) => `2024-12-05\t17:55:58\tLHR61-P4\t499271\t92.225.151.81\tGET\td111111abcdef8.cloudfront.net\t/private/hls/index.m3u8\t200\t-\tMozilla/5.0\t-\tCloudFront-Key-Pair-Id=K2JCJMDEHXQW5F%3B%20CloudFront-Signature=${s}%3B%20theme=dark\tMiss`,
        (s) => `cookie: CloudFront-Key-Pair-Id=K2JCJMDEHXQW5F; CloudFront-Signature=${s}; theme=dark`,
        (s) => `Set-Cookie: CloudFront-Signature=${s}; Path=/private; Secure; HttpOnly`,
      ],
      signature,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps(['cookie: CloudFront-Key-Pair-Id=K2JCJMDEHXQW5F; theme=dark']);
});
