/**
 * Secrets in three shapes of line the key rules did not read (s14): a page's CSRF token in its
 * `<meta name="csrf-token" content="…">`, as an HTML response is logged; code that compares a
 * secret with `!=` or `!==` (`if api_key != "…"`, `req.headers['x-api-key'] !== '…'`); and a
 * password in a sentence without quotes (`login with password … for ada`). Only the secret goes,
 * a JSON line stays JSON, a second scrub changes nothing, and the look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x5e514);

/** Token-shaped: mixed case and digits, no symbol to escape. */
const token = (): string => `${sample.alnum(14)}4kQ${sample.alnum(14)}`;
const password = (): string => `${sample.alnum(5)}7#${sample.alnum(4)}!`;

/** A line as a pino message: the same line, JSON-escaped inside a string. */
const inJson = (line: string): string => JSON.stringify({ level: 30, msg: line });

describe("a page's CSRF token in a <meta> element", () => {
  const names = ['csrf-token', 'csrf_token', '_csrf', 'xsrf-token', 'X-CSRF-TOKEN'];
  const cases = names.flatMap((name) => {
    const secret = token();
    return [
      [`<meta name="${name}" content="${secret}">`, secret],
      [`<meta content="${secret}" name="${name}" />`, secret],
      [`<meta name='${name}' content='${secret}'>`, secret],
      [`&lt;meta name=&quot;${name}&quot; content=&quot;${secret}&quot;&gt;`, secret],
      [inJson(`<head><meta charset="utf-8"><meta name="${name}" content="${secret}"></head>`), secret],
    ] as const;
  });
  it.each(cases)('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  // With keys of a config's own, the key rules' anchors may not fit the pass over every byte, and
  // their keywords find their lines: a short key before an HTML-escaped quote (`_csrf&quot;`) was
  // no keyword, and its line was never scanned (s42).
  const ownKeys = createScrubber({ sensitiveKeys: ['x_auth', 'q_pass', 'r_tok', 'z_key', 'k_sec', 'm_pw', 'n_cred', 'p_pin'] });
  it.each(cases.filter(([line]) => line.startsWith('&lt;')))('with keys of its own: %s', (line, secret) => expectOnlySecretGone(ownKeys, line, secret));

  it.each([
    '<meta name="csrf-param" content="authenticity_token" />',
    `<meta name="description" content="${token()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="csrf-token" content="">',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('code that compares a secret with != or !==', () => {
  const cases = ['api_key', 'apiKey', 'token', 'client_secret', 'auth_token', 'X-Api-Key'].flatMap((key) => {
    const secret = token();
    return [
      [`if ${key} != "${secret}":`, secret],
      [`if (${key} !== '${secret}') {`, secret],
      [`if (req.headers['${key}'] !== '${secret}') return res.status(401)`, secret],
      [`if (req.headers['${key}'] === '${secret}') next()`, secret],
      [inJson(`if (${key} != "${secret}") deny()`), secret],
    ] as const;
  });
  it.each(cases)('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    "if api_key != '' and token != 'expired':",
    'if (authToken !== "undefined") {',
    'if (token != null && token !== undefined) {',
    'assert token != "%s"',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('a password in a sentence, unquoted', () => {
  const cases = [
    (pw: string) => `Using password ${pw} for user bob`,
    (pw: string) => `login failed for ada with password ${pw}`,
    (pw: string) => `connecting to db1 with password ${pw} (attempt 2)`,
    (pw: string) => inJson(`seeded admin with password ${pw}`),
    (pw: string) => `authenticating using passphrase ${pw}, key ~/.ssh/id_ed25519`,
  ].map((make) => {
    const pw = password();
    return [make(pw), pw] as const;
  });
  it.each(cases)('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  // The rule's own look-alikes (its examples' noMatch) are the catalog test's; these are more.
  it.each([
    'Authenticated with password.',
    'rotated with password v2 policy',
    'login with password 2FA',
    'sshd[811]: Accepted password for ada from 10.0.0.5 port 52144 ssh2',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('a YAML name/value pair, the value on a line after the name', () => {
  const cases = ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'client_secret', 'API_TOKEN', 'GITHUB_TOKEN', 'stripe.secret_key'].flatMap((name) => {
    const secret = token();
    return [
      [`env:\n- name: ${name}\n  value: ${secret}\n- name: LOG_LEVEL\n  value: debug`, secret],
      [`        - name: "${name}"\n          value: "${secret}"`, secret],
      [`- name: '${name}'\n  value: '${secret}' # rotated 2026-11`, secret],
      [`- name: ${name}\r\n  value: ${secret}\r\n`, secret],
      [`- name: ${name}\n  # set by the pipeline\n  description: from vault\n  value: ${secret}`, secret],
      [`Tags:\n  - Key: ${name}\n    Value: ${secret}`, secret],
      [`Parameters:\n  - ParameterKey: ${name}\n    ParameterValue: ${secret}`, secret],
      [inJson(`rendered manifest:\n      env:\n        - name: ${name}\n          value: "${secret}"\n`), secret],
      [JSON.stringify({ msg: JSON.stringify({ values: `env:\n  - name: ${name}\n    value: ${secret}\n` }) }), secret],
    ] as const;
  });
  it.each(cases)('%s', (text, secret) => {
    const once = scrubber.redactBuffer(Buffer.from(text)).toString();
    expect(once, text).not.toContain(secret);
    expect(once.replace(/\[REDACTED:[a-z0-9-]+\]/g, secret), text).toBe(text);
    expect(scrubber.redactBuffer(Buffer.from(once)).toString()).toBe(once);
  });

  it.each([
    '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password',
    '- name: DB_PASSWORD\n  value: ${DB_PASSWORD}',
    '- name: DB_PASSWORD\n  value: ""',
    `- name: DB_PASSWORD\n- name: OTHER\n  value: ${token()}`,
    `- name: DB_PASSWORD\n  valueFrom: vault\nspec:\n  value: ${token()}`,
    '- name: API_TOKEN\n  value: expired',
    '- name: TOKEN_TTL\n  value: "3600"',
    `- name: db-password-rotation\n  value: weekly`,
    `containers:\n- name: api\n  image: ghcr.io/acme/api:1.2.3\n  value: ${token()}`,
  ])('keeps %j', (text) => expect(scrubber.redactBuffer(Buffer.from(text)).toString()).toBe(text));
});
