/**
 * A change shown as `old -> new` under a secret's key, as Terraform's plan prints an attribute it
 * will update (`~ admin_password = "…" -> "…"`, `~ "DB_PASSWORD" = "…" -> "…"` in a map) and
 * Pulumi's preview (`~ dbPassword: "…" => "…"`): a red-team review (N2) found the new value kept,
 * since a key's rule took only the first value after it. Both sides go, unless trivial (`null`,
 * `(sensitive value)`, `(known after apply)`); the rest of the line stays byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, expectSecretsGone, keepsEach } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x71a4);
const password = (): string => `${sample.alnum(5)}!${sample.alnum(6)}`;
const token = (): string => sample.alnum(32);

const keeps = keepsEach(scrubber);

type Maker = (old: string, now: string) => string;

const pairs = (makers: readonly Maker[], secret: () => string): (readonly [string, readonly [string, string]])[] =>
  makers.map((make) => {
    const pair = [secret(), secret()] as const;
    return [make(...pair), pair] as const;
  });

describe('a Terraform plan or Pulumi preview that changes a password or a strict secret (N2)', () => {
  it.each(
    pairs(
      [
        (a, b) => `      ~ admin_password = "${a}" -> "${b}"`,
        (a, b) => `      ~ "DB_PASSWORD" = "${a}" -> "${b}"`,
        (a, b) => `      ~ master_password                     = "${a}" -> "${b}"`,
        (a, b) => `      ~ password = "${a}" -> "${b}" # forces replacement`,
        (a, b) => `  ~ client_secret = "${a}" -> "${b}"`,
        (a, b) => `2026-12-01T23:10:00.1234567Z       ~ admin_password = "${a}" -> "${b}"`,
        (a, b) => `    ~ dbPassword: "${a}" => "${b}"`,
        (a, b) => JSON.stringify({ log: `      ~ admin_password = "${a}" -> "${b}"\n`, stream: 'stdout' }),
        (a, b) => JSON.stringify({ msg: `~ "SMTP_PASSWORD" = "${a}" -> "${b}"` }),
        (a, b) => `config changed: smtp_password: "${a}" -> "${b}"`,
      ],
      password,
    ),
  )('%s', (line, pair) => expectSecretsGone(scrubber, line, pair));

  it.each(
    [
      (s: string) => `      ~ client_secret = null -> "${s}"`,
      (s: string) => `      ~ admin_password = (sensitive value) -> "${s}"`,
      (s: string) => `      ~ admin_password = "${s}" -> (known after apply)`,
      (s: string) => `      ~ admin_password = "${s}" -> null`,
      (s: string) => `      ~ "API_KEY" = "" -> "${s}"`,
    ].map((make) => {
      const s = password();
      return [make(s), s] as const;
    }),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('a Terraform plan that changes a token-named value (N2)', () => {
  it.each(
    pairs(
      [
        (a, b) => `      ~ token = "${a}" -> "${b}"`,
        (a, b) => `      ~ auth_token = "${a}" -> "${b}"`,
        (a, b) => `      ~ "GITHUB_TOKEN" = "${a}" -> "${b}"`,
        (a, b) => `      ~ secret = "${a}" -> "${b}"`,
      ],
      token,
    ),
  )('%s', (line, pair) => expectSecretsGone(scrubber, line, pair));

  it.each(
    [
      (s: string) => `      ~ token = "abc" -> "${s}"`,
      (s: string) => `      ~ secret = null -> "${s}"`,
      (s: string) => `      ~ access_token = "${s}" -> (known after apply)`,
    ].map((make) => {
      const s = token();
      return [make(s), s] as const;
    }),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('plan lines that change nothing secret (N2)', () => {
  keeps([
    '      ~ admin_password = (sensitive value)',
    '      ~ password = (sensitive value) -> (known after apply)',
    '      ~ secret_string = (sensitive value)',
    '      ~ token = null -> (known after apply)',
    '      ~ instance_type = "t3.small" -> "t3.large"',
    '      ~ "LOG_LEVEL" = "info" -> "debug"',
    '      ~ max_tokens = 256 -> 4096',
    '      ~ token_ttl = "3600" -> "7200"',
    '      ~ password_length = 16 -> 24',
    '      ~ secret_name = "prod/db" -> "prod/db-v2"',
    '      ~ token = "expired" -> "revoked"',
    '      ~ enable_password_auth = true -> false',
    '      ~ tags = { "Name" = "web" -> "web-1" }',
    '  # aws_db_instance.main will be updated in-place',
    'Plan: 0 to add, 1 to change, 0 to destroy.',
    '      ~ admin_password = "[REDACTED:password-assignment]" -> "[REDACTED:password-assignment]"',
  ]);
});
