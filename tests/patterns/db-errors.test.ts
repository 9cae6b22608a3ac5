/**
 * Red-team leak class 3: a database's constraint error prints the offending row's key value, and
 * when the key is a secret column (`api_token`, `password_hash`, `api_key`) that value is the
 * secret. Postgres's `DETAIL:  Key (col)=(value)`, also a composite key (only the secret column's
 * value goes), MySQL's `Duplicate entry '…' for key '…'`, SQL Server's `The duplicate key value is (…)`.
 * A key of other columns (`email`, `PRIMARY`, `token_type`) stays byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0xdbe);
const hex = (): string => sample.hex(40);
const token = (): string => sample.alnum(32);

const keeps = keepsEach(scrubber);

describe("Postgres's Key (column)=(value) for a secret column", () => {
  it.each(
    planted(
      [
        (s) => `ERROR:  duplicate key value violates unique constraint "users_api_token_key" DETAIL:  Key (api_token)=(${s}) already exists.`,
        (s) => `DETAIL:  Key (api_token)=(${s}) already exists.`,
        (s) => `2024-05-01 10:00:00.123 UTC [4242] app@prod DETAIL:  Key (reset_password_token)=(${s}) already exists.`,
        (s) => `DETAIL:  Key (tenant_id, api_key)=(42, ${s}) already exists.`,
        (s) => `DETAIL:  Key (tenant_id, region, access_token)=(42, eu-west-1, ${s}) already exists.`,
        (s) => `DETAIL:  Key (api_key, tenant_id)=(${s}, 42) already exists.`,
        (s) => `DETAIL:  Key ("apiToken")=(${s}) already exists.`,
        (s) => `DETAIL:  Key (token)=(${s}) is not present in table "sessions".`,
        (s) => `DETAIL:  Key (password_hash)=(${s}) already exists.`,
        (s) => JSON.stringify({ level: 'error', code: '23505', detail: `Key (api_token)=(${s}) already exists.`, constraint: 'users_api_token_key' }),
        (s) => `error: duplicate key value violates unique constraint "users_api_token_key" { detail: 'Key (api_token)=(${s}) already exists.', code: '23505' }`,
      ],
      hex,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'DETAIL:  Key (email)=(bob@example.com) already exists.',
    'DETAIL:  Key (id)=(42) already exists.',
    'DETAIL:  Key (tenant_id, name)=(42, default) already exists.',
    'DETAIL:  Key (token_type)=(bearer) already exists.',
    'DETAIL:  Key (api_token_id)=(42) is not present in table "api_tokens".',
    'DETAIL:  Key (user_id)=(7) is still referenced from table "tokens".',
    'DETAIL:  Key (tenant_id, api_key)=(42, [REDACTED:x]) already exists.',
    'ERROR:  duplicate key value violates unique constraint "users_api_token_key"',
    'DETAIL:  Failing row contains (1, null, 2024-05-01).',
    'DETAIL:  Key (password_changed_at)=(2024-05-01 10:00:00) already exists.',
  ]);
});

describe("MySQL's Duplicate entry and SQL Server's duplicate key value under a secret key", () => {
  it.each(
    planted(
      [
        (s) => `ER_DUP_ENTRY: Duplicate entry '${s}' for key 'users.api_token'`,
        (s) => `ER_DUP_ENTRY: Duplicate entry '${s}' for key 'api_token_UNIQUE'`,
        (s) => `Error 1062 (23000): Duplicate entry '${s}' for key 'idx_users_api_key'`,
        (s) => `pymysql.err.IntegrityError: (1062, "Duplicate entry '${s}' for key 'users.reset_password_token'")`,
        (s) => JSON.stringify({ code: 'ER_DUP_ENTRY', errno: 1062, sqlMessage: `Duplicate entry '${s}' for key 'users.api_token'` }),
        (s) => `Violation of UNIQUE KEY constraint 'UQ_users_api_token'. Cannot insert duplicate key in object 'dbo.users'. The duplicate key value is (${s}).`,
        (s) => `Cannot insert duplicate key row in object 'dbo.users' with unique index 'IX_users_api_key'. The duplicate key value is (${s}).`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  // MySQL joins a composite key's values with `-`, which a value may hold too: the whole entry goes.
  it('redacts the whole entry of a composite key that holds a secret column', () => {
    const secret = `42-${token()}`;
    expectOnlySecretGone(scrubber, `Duplicate entry '${secret}' for key 'uniq_tenant_api_key'`, secret);
  });

  keeps([
    "Duplicate entry '42' for key 'PRIMARY'",
    "ER_DUP_ENTRY: Duplicate entry 'bob@example.com' for key 'users.email'",
    "Duplicate entry 'bearer' for key 'token_type_idx'",
    "Duplicate entry '42' for key 'api_token_id_UNIQUE'",
    "Duplicate entry '' for key 'users.api_token'",
    "Violation of PRIMARY KEY constraint 'PK_users'. Cannot insert duplicate key in object 'dbo.users'. The duplicate key value is (42).",
    "Cannot insert duplicate key row in object 'dbo.users' with unique index 'IX_users_email'. The duplicate key value is (bob@example.com).",
  ]);
});
