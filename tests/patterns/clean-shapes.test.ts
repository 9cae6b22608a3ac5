/**
 * Clean lines of the shapes a red-team review found changed (false positives), class by class:
 * a line of each shape comes back byte-identical, and a true secret of the same shape still goes
 * (only the secret, a JSON line stays JSON, a second scrub changes nothing).
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xc1ea);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const token = (): string => sample.alnum(32);

const cases = (makers: readonly ((s: string) => string)[], secret: () => string): (readonly [string, string])[] =>
  makers.map((make) => {
    const s = secret();
    return [make(s), s] as const;
  });

describe('a flag named in prose or in help text: the next word is not its value (F2)', () => {
  it.each([
    // docker login, in countless CI logs.
    'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
    '2024-05-01T10:00:00.0000000Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
    JSON.stringify({ log: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n', stream: 'stderr' }),
    'The --client-secret option is required when using client credentials',
    'hint: use --api-key or set API_KEY in your environment',
    'option --password is deprecated and will be removed in a future release',
    'Missing --secret-key argument for subcommand encrypt',
    'Missing --secret-key argument',
    'helm: --password flag is deprecated; use --password-stdin',
    'ignoring --password because --password-file was given',
    'error: --api-key must be set when --endpoint is given',
    'Pass --password to the command, or --password-stdin instead',
    'you can pass --client-secret and --client-id together',
    'Use --password instead of -p',
    // argparse and cobra help: the metavar is the flag's name in capitals.
    '  -p, --password PASSWORD   Password for the registry',
    '  --client-secret CLIENT_SECRET  OAuth client secret',
    '  --api-key API_KEY     the key to use',
    'usage: deploy [-h] [--api-key API-KEY] [--password PASSWORD]',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it.each(
    cases(
      [
        (s) => `+ psql --host db --password ${s} -c "select 1"`,
        (s) => `docker login --username bot --password ${s} ghcr.io`,
        (s) => `run --api-key ${s} --region eu-west-1`,
        (s) => `deploy --client-secret ${s}`,
        (s) => `deploy --client-secret '${s}' via ssh`,
        (s) => JSON.stringify({ cmd: `vault login --api-key ${s} or fail` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    cases([(s) => `cli --password ${s} is the command`, (s) => `cli --password "${s}"`], () => `${sample.from('abcdefghijklmnopqrstuvwxyz', 9)}`),
  )('a lower-case word not of prose still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe("a validation message under a password's or a token's key is not a secret (F1)", () => {
  it.each([
    // Rails, Devise.
    '{"errors":{"password":["is too short (minimum is 8 characters)"]}}',
    `{"errors":{"password":["can't be blank"],"email":["is invalid"]}}`,
    `{"password_confirmation":["doesn't match Password"]}`,
    '{"errors":{"password":["is too long (maximum is 72 characters)"],"reset_password_token":["has already been taken"]}}',
    `password_confirmation: doesn't match Password`,
    `password: can't be blank`,
    'password: has already been taken',
    'password: is invalid',
    // Django REST framework.
    '{"password": ["This field is required."]}',
    '{"password": ["This field may not be blank."], "token": ["Invalid token."]}',
    '{"password": ["This password is too short. It must contain at least 8 characters.", "This password is too common."]}',
    '{"new_password2": ["The two password fields didn\'t match."]}',
    '{"password": ["Ensure this field has no more than 128 characters."]}',
    'password: This field is required.',
    // Laravel, Joi, Zod, hand-written APIs.
    '{"errors":{"password":["The password field is required."]}}',
    '{"message":"The given data was invalid.","errors":{"password":["The password must be at least 8 characters."]}}',
    '{"error":{"details":[{"message":"\\"password\\" is required","path":["password"]}]}}',
    '{"password":"must contain a digit"}',
    '{"token":"invalid"}',
    '{"token":"expired"}',
    '{"api_key":"missing or invalid"}',
    '{"password":"Required"}',
    '{"access_token":"not provided"}',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  const words = (n: number) => (): string => Array.from({ length: n }, () => sample.from('abcdefghijklmnopqrstuvwxyz', 6)).join(' ');
  it.each(
    cases(
      [
        (s) => JSON.stringify({ password: s }),
        (s) => JSON.stringify({ errors: [], password: [s] }),
        (s) => `password: "${s}"`,
        (s) => JSON.stringify({ client_secret: s }),
      ],
      words(4),
    ),
  )('a passphrase of random words still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    cases(
      [(s) => JSON.stringify({ password: s }), (s) => `password: ${s}`, (s) => JSON.stringify({ token: s }), (s) => `{"password": ["${s}"]}`],
      password,
    ),
  )('a password or token still goes: %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});
