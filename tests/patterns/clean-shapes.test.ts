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
