/**
 * JSON request bodies that access logs write with their quotes escaped (a red-team review,
 * leaks3): nginx's `$request_body` under `escape=default` writes `"` as `\x22`, and a body or a
 * parameter URL-encoded writes it as `%22`. No key rule read either, and the password leaked
 * whole. Only the secret goes: the escapes, the other fields and the line's own format stay, and
 * the placeholder brings no `"`, `\` or `%` into the escaped text.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xe5ca9ed);
const password = (): string => `${sample.alnum(6)}${sample.alnum(4)}`;
const token = (): string => sample.alnum(32);

const keeps = keepsEach(scrubber);

/** A JSON body as nginx's `escape=default` writes it: `"` as `\x22`. */
const hex = (json: string): string => json.replace(/"/g, '\\x22');
/** A JSON body URL-encoded, as a form field, a query parameter or a logged body carry it. */
const pct = (json: string): string => encodeURIComponent(json);
const NGINX = '10.0.0.5 - - [01/May/2024:10:00:00 +0000] "POST /api/login HTTP/1.1" 200 87 "-" "curl/8.5.0"';

describe('a JSON body whose quotes nginx wrote as \\x22', () => {
  it.each(
    planted(
      [
        (s) => `${NGINX} "${hex(`{"username":"bob","password":"${s}"}`)}"`,
        (s) => `${NGINX} "${hex(`{"password":"${s}","remember":true}`)}" 0.012`,
        (s) => `${NGINX} "${hex(`{ "user": "bob", "password" : "${s}" }`)}"`,
        (s) => `${NGINX} "${hex(`{"auth":{"user":"bob","pass":"${s}"}}`)}"`,
        (s) => `${NGINX} "${hex(`{"grant_type":"password","client_secret":"${s}","client_id":"web"}`)}"`,
        (s) => `${NGINX} "${hex(`{"new_password":"${s}","confirm":true}`)}"`,
        (s) => JSON.stringify({ time: '2024-05-01T10:00:00Z', request_body: hex(`{"username":"bob","password":"${s}"}`) }),
        (s) => `request_body="${hex(`{"password":"${s}"}`)}" status=200`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => `${NGINX} "${hex(`{"api_key":"${s}"}`)}"`,
        (s) => `${NGINX} "${hex(`{"refresh_token":"${s}","grant_type":"refresh_token"}`)}"`,
        (s) => `${NGINX} "${hex(`{"apiKey":"${s}","page":2}`)}"`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it("goes in the reviewer's line", () =>
    expectOnlySecretGone(
      scrubber,
      '10.0.0.5 - - [01/May/2024:10:00:00 +0000] "POST /api/login HTTP/1.1" 200 87 "-" "curl/8.5.0" "{\\x22username\\x22:\\x22bob\\x22,\\x22password\\x22:\\x22Hunter2Pw9\\x22}"',
      'Hunter2Pw9',
    ));

  keeps([
    `${NGINX} "${hex('{"username":"bob","remember":true}')}"`,
    `${NGINX} "${hex('{"password":"","user":"bob"}')}"`,
    `${NGINX} "${hex('{"token_type":"bearer","max_tokens":256}')}"`,
    `${NGINX} "${hex('{"password":null}')}"`,
    `${NGINX} "${hex('{"password_reset":true,"email":"bob@example.com"}')}"`,
    `${NGINX} "${hex('{"token":"expired"}')}"`,
    '10.0.0.5 - - [01/May/2024:10:00:00 +0000] "GET /api/\\x22password\\x22 HTTP/1.1" 404 0 "-" "-"',
  ]);
});

describe('a JSON body URL-encoded: %22 quotes', () => {
  it.each(
    planted(
      [
        (s) => `body: ${pct(`{"password":"${s}"}`)}`,
        (s) => `data=${pct(`{"username":"bob","password":"${s}","remember":true}`)}`,
        (s) => `POST /login?payload=${pct(`{"user":"bob","pass":"${s}"}`)} 200`,
        (s) => JSON.stringify({ msg: 'request', body: pct(`{"password":"${s}"}`) }),
        (s) => `${NGINX} "payload=${pct(`{"password":"${s}"}`)}"`,
        (s) => `body: ${pct(`{"password": "${s}"}`).toLowerCase().replace(s.toLowerCase(), s)}`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => `data=${pct(`{"api_key":"${s}"}`)}`,
        (s) => `GET /cb?state=${pct(`{"access_token":"${s}","n":1}`)} 302`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    ['body: %7B%22password%22%3A%22Hunter2Pw9%22%7D', 'Hunter2Pw9'],
    ['data=%7B%22api_key%22%3A%22Zk3pQ9xW2mN7vB4cR8tY1uH6jL0aS5dF%22%7D', 'Zk3pQ9xW2mN7vB4cR8tY1uH6jL0aS5dF'],
    ['body=username%3Dbob%26password%3DHunter2Pw9', 'Hunter2Pw9'],
  ] as const)("goes in the reviewer's line %s", (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    `data=${pct('{"username":"bob","remember":true}')}`,
    `data=${pct('{"password":""}')}`,
    `data=${pct('{"token_type":"bearer","max_tokens":256}')}`,
    `q=${pct('"password"')}&page=2`,
    `GET /search?q=${pct('{"password_policy":"strong"}')} 200`,
    `data=${pct('{"token":"expired"}')}`,
  ]);
});
