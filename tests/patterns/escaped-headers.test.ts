/**
 * Request headers logged inside an escaped string or as byte tuples (red-team N3): Python's
 * http.client debug (`send: b'…\r\nAuthorization: Basic …\r\n'`), Node's `_header` in
 * util.inspect, Go's `%q` request dumps, a `"raw"` JSON field, httpx/h11 header lists
 * (`[(b'authorization', b'Basic …')]`). The escape before the header's name (`\n`, `\t`) ends in
 * a word character, so no word boundary stands there. Only the credential goes; the look-alikes
 * stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4e3);
const basic = (): string => Buffer.from(`${sample.alnum(6)}:${sample.alnum(8)}${sample.digits(3)}`).toString('base64');
const hexToken = (): string => sample.hex(40);
const opaque = (): string => sample.alnum(32);

const keeps = keepsEach(scrubber);

describe('an Authorization header after an escaped line break or tab', () => {
  it.each(
    planted(
      [
        (s) => String.raw`send: b'POST /oauth/token HTTP/1.1\r\nHost: auth.example.com\r\nAuthorization: Basic ${s}\r\nContent-Length: 29\r\n\r\n'`,
        (s) => String.raw`  _header: 'POST /2010-04-01/Accounts HTTP/1.1\r\nAuthorization: Basic ${s}\r\nHost: api.twilio.com\r\n\r\n',`,
        (s) => String.raw`"GET /v1/items HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Basic ${s}\r\nUser-Agent: Go-http-client/1.1\r\n\r\n"`,
        (s) => String.raw`\tAuthorization: Basic ${s}`,
        (s) => String.raw`headers:\n  Authorization: Basic ${s}\n  Accept: */*`,
        (s) => String.raw`send: b'GET / HTTP/1.1\r\nProxy-Authorization: Basic ${s}\r\n\r\n'`,
        (s) => String.raw`send: b'GET / HTTP/1.1\r\nauthorization: Basic ${s}\r\n\r\n'`,
        (s) => JSON.stringify({ raw: `GET / HTTP/1.1\r\nAuthorization: Basic ${s}\r\nHost: example.com\r\n\r\n` }),
        (s) => JSON.stringify({ level: 'debug', msg: `request dump:\n\tAuthorization: Basic ${s}\n\tAccept: */*` }),
        // JSON inside a JSON string: the escape doubled (`\\r\\n`).
        (s) => JSON.stringify({ body: JSON.stringify({ raw: `GET / HTTP/1.1\r\nAuthorization: Basic ${s}\r\n` }) }),
      ],
      basic,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => String.raw`{"raw":"GET / HTTP/1.1\r\nAuthorization: Token ${s}\r\n"}`,
        (s) => String.raw`send: b'GET /api/v2/projects HTTP/1.1\r\nAuthorization: Token ${s}\r\nAccept: application/json\r\n\r\n'`,
        (s) => String.raw`\nAuthorization: Token ${s}\n`,
        (s) => String.raw`send: b'GET / HTTP/1.1\r\nAuthorization: token ${s}\r\n\r\n'`,
        (s) => JSON.stringify({ msg: `> GET /user HTTP/1.1\n> Authorization: token ${s}\n> Accept: */*` }),
      ],
      hexToken,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => String.raw`send: b'GET / HTTP/1.1\r\nAuthorization: ${s}\r\n\r\n'`,
        (s) => String.raw`{"raw":"GET / HTTP/1.1\r\nAuthorization: ${s}\r\n"}`,
        (s) => String.raw`send: b'GET / HTTP/1.1\r\nCookie: theme=dark; myapp_auth=${s}\r\n\r\n'`,
        (s) => JSON.stringify({ raw: `GET / HTTP/1.1\r\nCookie: lang=en; x=${s}\r\n` }),
      ],
      opaque,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('an Authorization header as a tuple of byte strings (httpx, h11, Python reprs)', () => {
  it.each(
    planted(
      [
        (s) => `headers=[(b'Host', b'api.example.com'), (b'Authorization', b'Basic ${s}')]`,
        (s) => `Headers([(b'host', b'api.example.com'), (b'accept', b'*/*'), (b'authorization', b'Basic ${s}')])`,
        (s) => `send_request_headers.started request=<Request [b'POST']> headers=[(b'Authorization', b'Basic ${s}'), (b'Content-Length', b'29')]`,
        (s) => `(b'proxy-authorization', b'Basic ${s}')`,
        (s) => `[('authorization', 'Basic ${s}')]`,
        (s) => `[(b"Authorization", b"Basic ${s}")]`,
      ],
      basic,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted([(s) => `[(b'Authorization', b'Token ${s}')]`, (s) => `headers=[(b'authorization', b'token ${s}')]`], hexToken),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(planted([(s) => `[(b'authorization', b'${s}')]`], opaque))('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('escaped request dumps and header tuples with no credential stay', () => {
  keeps([
    String.raw`send: b'GET /health HTTP/1.1\r\nHost: api.example.com\r\nAccept-Encoding: identity\r\n\r\n'`,
    String.raw`reply: 'HTTP/1.1 401 Unauthorized\r\n'`,
    'header: WWW-Authenticate: Basic realm="api"',
    String.raw`"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"api\"\r\n\r\n"`,
    String.raw`"GET / HTTP/1.1\r\nAuthorization: Bearer <token>\r\n"`,
    String.raw`send: b'GET / HTTP/1.1\r\nAuthorization: Basic <redacted>\r\n\r\n'`,
    String.raw`send: b'GET / HTTP/1.1\r\nAuthorization: Basic ***\r\n\r\n'`,
    String.raw`"request failed\nAuthorization failed for user bob\n"`,
    String.raw`msg="upstream said\nauthorization: denied (policy)"`,
    String.raw`\tauthorization, bearer tokens rotated`,
    String.raw`"Authorization header missing\r\n"`,
    String.raw`"HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Headers: Authorization, Content-Type\r\n\r\n"`,
    String.raw`"OPTIONS / HTTP/1.1\r\nAccess-Control-Request-Headers: authorization,content-type\r\n\r\n"`,
    String.raw`send: b'GET / HTTP/1.1\r\nAuthorization: \r\n\r\n'`,
    String.raw`\nAuthorization: required\n`,
    String.raw`\tAuthorization: Digest auth failed: response mismatch for user ada`,
    "headers=[(b'Host', b'api.example.com'), (b'Accept', b'*/*'), (b'Connection', b'keep-alive')]",
    "[(b'authorization', b'')]",
    "[('Vary', 'Authorization'), ('Content-Type', 'application/json')]",
    "[(b'vary', b'Authorization, Accept-Encoding')]",
    String.raw`send: b'GET / HTTP/1.1\r\nCookie: theme=dark; lang=en\r\n\r\n'`,
    JSON.stringify({ raw: 'GET / HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n' }),
    JSON.stringify({ msg: 'Authorization:\n\tpolicy=admin-only\n\tresult=denied' }),
  ]);
});
