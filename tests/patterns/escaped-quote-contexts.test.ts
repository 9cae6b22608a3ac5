/**
 * Escaped quotes (`\u0022`, `&quot;`, `&#39;`, …) in the contexts beyond `key=value` (escq2):
 * header maps, HTML form fields, code that compares or passes a value, the references HTML writes
 * in upper case or zero-padded (`&#X22;`, `&#034;`), and JSON in JSON in JSON (`\\\"`). Each was a
 * class of log line that kept its secret. Only the secret goes: the escapes around it stay byte for
 * byte, a JSON line stays JSON, and a second scrub changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { nestJson } from '../../patterns/parts.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xe5c92);

/** Token-shaped, so every rule takes it: mixed case and digits, no symbol to escape. */
const token = (): string => `${sample.alnum(12)}7aZ${sample.alnum(12)}`;

/** The quotings of `escaped-quotes.test.ts`, and the ones escq left out. */
const QUOTES = ['\\u0022', '\\u0027', '&quot;', '&#34;', '&#x22;', '&#39;', '&#x27;', '&apos;'] as const;
const MORE_QUOTES = ['&#X22;', '&#X27;', '&#034;', '&#039;', '&#x0022;', '&#x0027;', '&QUOT;'] as const;
const ALL_QUOTES = [...QUOTES, ...MORE_QUOTES];

describe('a header whose name and value are quoted by escapes', () => {
  const cases = ALL_QUOTES.flatMap((q) => {
    const bearer = token();
    const basic = Buffer.from(`ada:${sample.password()}`).toString('base64');
    const raw = token();
    const apiKey = token();
    const authToken = token();
    const cookie = token();
    const setCookie = token();
    return [
      { q, secret: bearer, inner: `{${q}authorization${q}:${q}Bearer ${bearer}${q}}` },
      { q, secret: basic, inner: `{${q}Proxy-Authorization${q}: ${q}Basic ${basic}${q}, ${q}Host${q}: ${q}api${q}}` },
      { q, secret: raw, inner: `{${q}authorization${q}:${q}${raw}${q}}` },
      { q, secret: apiKey, inner: `{${q}X-Api-Key${q}:${q}${apiKey}${q}}` },
      { q, secret: authToken, inner: `[[${q}x-auth-token${q},${q}${authToken}${q}]]` },
      { q, secret: cookie, inner: `{${q}Cookie${q}:${q}lang=en; myapp_auth=${cookie}${q}}` },
      { q, secret: setCookie, inner: `{${q}set-cookie${q}:${q}remember_web=${setCookie}; Path=/${q}}` },
    ];
  });

  it.each(cases)('$inner: the credential goes, the escapes stay', ({ secret, inner }) => {
    expectOnlySecretGone(scrubber, `{"level":30,"msg":"request ${inner}"}`, secret);
    expectOnlySecretGone(scrubber, `<pre>${inner}</pre>`, secret);
  });

  it.each(QUOTES)('leaves a header without a credential unchanged (%s)', (q) => {
    for (const line of [`{"msg":"{${q}authorization${q}:${q}Bearer${q}}"}`, `{"msg":"{${q}Cookie${q}:${q}lang=en; theme=dark${q}}"}`, `{"msg":"${q}authorization${q} header missing"}`]) {
      expect(scrubber.redactLine(line)).toBe(line);
    }
  });
});

describe('an HTML form field whose attributes are quoted by escapes', () => {
  /** The tag's `<` as it is logged: raw, escaped for HTML, and escaped by System.Text.Json. */
  const TAGS = [
    ['<', '>'],
    ['&lt;', '&gt;'],
    ['\\u003C', '\\u003E'],
    ['\\u003c', '\\u003e'],
  ] as const;
  const cases = ALL_QUOTES.flatMap((q) =>
    TAGS.flatMap(([open, close]) => {
      const csrf = token();
      const password = sample.password();
      const first = token();
      return [
        { q, secret: csrf, html: `${open}input type=${q}hidden${q} name=${q}csrf_token${q} value=${q}${csrf}${q}${close}` },
        { q, secret: password, html: `${open}input name=${q}password${q} type=${q}password${q} value=${q}${password}${q} /${close}` },
        { q, secret: first, html: `${open}input value=${q}${first}${q} name=${q}api_token${q}${close}` },
      ];
    }),
  );

  it.each(cases)('$html: the value goes, the escapes stay', ({ secret, html }) => {
    expectOnlySecretGone(scrubber, `{"level":30,"msg":"render ${html} ok"}`, secret);
    expectOnlySecretGone(scrubber, `<td>${html}</td>`, secret);
  });

  it.each(QUOTES)('leaves a form field without a secret value unchanged (%s)', (q) => {
    for (const line of [
      `<input type=${q}password${q} name=${q}password${q}>`,
      `&lt;input name=${q}password${q} value=${q}${q}&gt;`,
      `{"msg":"&lt;input type=${q}hidden${q} name=${q}csrf_token${q}&gt;"}`,
      `<input name=${q}page_size${q} value=${q}20${q}>`,
    ]) {
      expect(scrubber.redactLine(line)).toBe(line);
    }
  });
});

describe('code that compares or passes a value quoted by escapes', () => {
  const cases = ALL_QUOTES.flatMap((q) => {
    const [a, b, c, d, e, f, g, h] = [token(), token(), token(), token(), token(), token(), `hunter2-long-${token()}`, token()];
    return [
      { q, secret: a, code: `if (password == ${q}${a}${q}) {` },
      { q, secret: b, code: `if token === ${q}${b}${q} then` },
      { q, secret: c, code: `assert db_password != ${q}${c}${q}` },
      { q, secret: d, code: `if (pwd.equals(${q}${d}${q})) {` },
      { q, secret: e, code: `client_secret == ${q}${e}${q}` },
      { q, secret: f, code: `props.put(${q}password${q}, ${q}${f}${q})` },
      { q, secret: g, code: `password = ${q}${g}${q}` },
      { q, secret: h, code: `session_token == ${q}${h}${q}` },
    ];
  });

  it.each(cases)('$code: the value goes, the escapes stay', ({ secret, code }) => {
    expectOnlySecretGone(scrubber, `{"level":30,"msg":"eval ${code}"}`, secret);
    expectOnlySecretGone(scrubber, `<code>${code}</code>`, secret);
  });

  it.each(QUOTES)('leaves a comparison without a value unchanged (%s)', (q) => {
    for (const line of [`if (password == ${q}${q}) {`, `{"msg":"fields = (${q}password${q}, ${q}email${q})"}`, `if token == expected then`]) {
      expect(scrubber.redactLine(line)).toBe(line);
    }
  });
});

describe('upper-case and zero-padded character references', () => {
  const cases = MORE_QUOTES.flatMap((q) => {
    const [a, b, c] = [token(), token(), `${token()}, a passphrase`];
    return [
      { q, secret: a, text: `password=${q}${a}${q}` },
      { q, secret: b, text: `{${q}api_key${q}: ${q}${b}${q}}` },
      { q, secret: c, text: `client_secret: ${q}${c}${q}` },
    ];
  });

  it.each(cases)('$text: the value goes, the references stay', ({ secret, text }) => {
    expectOnlySecretGone(scrubber, `{"msg":"${text} ok"}`, secret);
    expectOnlySecretGone(scrubber, `<p>${text}</p>`, secret);
  });

  it('reads a value whose references are of both spellings as one value', () => {
    const secret = token();
    expectOnlySecretGone(scrubber, `<p>password=&#X22;${secret}&amp;&#X27;x&#x22;</p>`, `${secret}&amp;&#X27;x`);
  });
});

describe('JSON in a JSON string in a JSON string', () => {
  const records = (secret: string): Record<string, unknown>[] => [
    { password: secret },
    { msg: `login password="${secret}" ok` },
    { msg: `api_key='${secret}' ok` },
    { msg: `if token == "${secret}" then` },
    { msg: `props.put("password", "${secret}")` },
    { msg: `Authorization: Bearer ${secret}` },
    { headers: { authorization: `Bearer ${secret}` } },
    { msg: `<input type="hidden" name="csrf_token" value="${secret}">` },
    { msg: `{"client_secret":"${secret}"}` },
  ];
  const cases = [1, 2, 3].flatMap((levels) =>
    records('x').map((_, i) => {
      const secret = token();
      return { levels, secret, line: nestJson(records(secret)[i], levels) };
    }),
  );

  it('reads the sample of the brief two strings in', () => {
    const line = '{"body":"{\\"data\\":\\"{\\\\\\"password\\\\\\":\\\\\\"s3cr3t-Value-123\\\\\\"}\\"}"}';
    expectOnlySecretGone(scrubber, line, 's3cr3t-Value-123');
  });

  it.each(cases)('$line: the secret goes, the escaped quotes stay', ({ secret, line }) => {
    expectOnlySecretGone(scrubber, line, secret);
  });
});

describe('a name/value pair whose quotes are escapes', () => {
  const cases = ALL_QUOTES.flatMap((q) => {
    const [a, b, c] = [sample.password(), token(), token()];
    return [
      { q, secret: a, json: `{${q}name${q}:${q}DB_PASSWORD${q},${q}value${q}:${q}${a}${q}}` },
      { q, secret: b, json: `{${q}Key${q}: ${q}api_token${q}, ${q}Value${q}: ${q}${b}${q}}` },
      { q, secret: c, json: `{${q}ParameterKey${q}:${q}ClientSecret${q},${q}ParameterValue${q}:${q}${c}${q}}` },
    ];
  });

  it.each(cases)('$json: the value goes, the escapes stay', ({ secret, json }) => {
    expectOnlySecretGone(scrubber, `{"level":30,"msg":"task env [${json}]"}`, secret);
    expectOnlySecretGone(scrubber, `<pre>[${json}]</pre>`, secret);
  });

  it.each(QUOTES)('leaves a pair that names no secret unchanged (%s)', (q) => {
    const line = `{"msg":"[{${q}name${q}:${q}LOG_LEVEL${q},${q}value${q}:${q}debug${q}}, {${q}name${q}:${q}DB_PASSWORD${q},${q}value${q}:${q}${q}}]"}`;
    expect(scrubber.redactLine(line)).toBe(line);
  });
});
