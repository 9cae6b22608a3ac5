/**
 * Databases' own logs and their clients' (round 34): Postgres's `parameters: $1 = '…'` beside the
 * statement, an INSERT with its literals in place (GORM, MySQL's general log), MySQL's backticked
 * columns, MariaDB's audit plugin's escaped quotes. The value in a secret column goes; the rest of
 * the statement, its other values and its ids stay.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3034);
const keeps = keepsEach(scrubber);
const password = (): string => `${sample.alnum(12)}!${sample.digits(3)}`;

describe("a value Postgres's log prints for a secret column's parameter", () => {
  it.each(
    planted(
      [
        (s) => `2026-11-26 01:34:20.158 UTC [52331]: [37-1] user=alice,db=analytics LOG:  duration: 4.501 ms  execute S_26: UPDATE users SET password = $1, updated_at = now() WHERE id = $2  DETAIL:  parameters: $1 = '${s}', $2 = '90927'`,
        (s) => `{"timestamp":"2026-11-26 01:34:20.158 UTC","message":"execute <unnamed>: insert into api_tokens (user_id, token) values ($1, $2)","detail":"parameters: $1 = '42', $2 = '${s}'"}`,
        (s) => `LOG:  execute <unnamed>: SELECT id FROM sessions WHERE token = $2 AND user_id = $1 DETAIL:  parameters: $1 = NULL, $2 = '${s}'`,
        (s) => `LOG:  execute S_1: UPDATE accounts SET note = $2, api_key = $1 WHERE id = $3 DETAIL:  parameters: $1 = '${s}', $2 = 'it''s mine', $3 = '7'`,
      ],
      () => sample.base64url(40),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    "execute S_3: UPDATE tokens SET last_used_at = $1 WHERE token_id = $2  DETAIL:  parameters: $1 = '2026-11-12 17:25:00', $2 = 'c5bd0c6e-7f4e-4b43-9a39-0b8e3c1f4a51'",
    "DETAIL:  parameters: $1 = 'ada@example.com', $2 = 'not-known-which-column'",
    "execute S_4: SELECT * FROM users WHERE email = $1 DETAIL:  parameters: $1 = 'ada@example.com'",
  ]);
});

describe('an INSERT with its literals in place', () => {
  it.each(
    planted(
      [
        (s) => `2026-11-27 08:20:42 /app/internal/store/creds.go:72 [3.655ms] [rows:1] INSERT INTO \`upstream_creds\` (\`name\`,\`password\`,\`created_at\`) VALUES ('legacy-ftp','${s}','2026-11-25 21:35:27')`,
        (s) => `2026-11-27T08:20:42.101Z\t  31 Query\tinsert into users (email, api_key) values ('a@example.com', '${s}')`,
        (s) => `INSERT INTO users (email, api_key) VALUES ('a@example.com', 'k-${sample.alnum(20)}'), ('b@example.com', '${s}')`.replace(/'k-[A-Za-z0-9]+'/, `'${s}'`),
        (s) => `{"sql":"INSERT INTO \\"smtp\\" (\\"host\\", \\"smtp_password\\") VALUES ('mail.example.com', '${s}')"}`,
      ],
      password,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    "INSERT INTO `api_tokens` (`name`,`token_type`,`expires_at`) VALUES ('ci','bearer',NULL)",
    "INSERT INTO users (email, password) VALUES ('a@example.com', ?)",
    'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
    "insert into audit (action, detail) values ('password reset', 'sent to a@example.com')",
  ]);
});

describe('a literal in a secret column that MySQL quotes in backticks', () => {
  it.each(
    planted(
      [
        (s) => `Executing (default): UPDATE \`mail_settings\` SET \`smtp_pass\`='${s}',\`updatedAt\`='2026-12-01 18:27:46' WHERE \`id\` = 96`,
        (s) => `SELECT * FROM \`users\` WHERE \`apiKey\` = '${s}' LIMIT 1`,
        (s) => `UPDATE \`integrations\` SET \`refresh_token\` = '${s}' WHERE \`id\` = 3`,
      ],
      password,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    "UPDATE `settings` SET `cache_key`='users:42', `token_type`='bearer', `password_changed_at`='2026-12-01'",
    'SELECT * FROM `users` WHERE `api_key` = ? LIMIT 1',
  ]);
});

describe("MariaDB's audit plugin's statement, its quotes escaped", () => {
  it.each(planted([(s) => `20261125 06:21:44,db-2,root,localhost,820,9608,QUERY,,'CREATE USER \\'reporting\\'@\\'%\\' IDENTIFIED BY \\'${s}\\'',0`], password))('%s', (line, s) =>
    expectOnlySecretGone(scrubber, line, s),
  );
});
