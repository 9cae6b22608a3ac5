import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** Blanks between SQL's words, or `\040` where the mysql client's history file writes a space (`.mysql_history`). */
const SQL_BLANK = String.raw`(?:[ \t]|\\040)+`;

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sql = createSampler(2026120107);
const password = sql.password();
const errorToken = createSampler(2026120125).alnum(32);
/** Round 19's, from a sampler of their own. */
const round19 = createSampler(2026120220);
const boundToken = round19.base64url(48);
const boundPassword = `${round19.alnum(10)}!${round19.digits(2)}`;

/** An INSERT's first words. */
const INSERT_INTO = String.raw`(?i:insert[ \t]+(?:(?:or[ \t]+[a-z]+|ignore)[ \t]+)?into)[ \t]`;
/**
 * A column named for a secret and nothing else: its last word one of a secret's (`smtp_pass`,
 * `api_key`, `refreshToken`), so `token_type`, `cache_key` and `password_changed_at` are not.
 */
const SECRET_WORD_COLUMN = String.raw`(?:[A-Za-z0-9]+_)*(?i:password|passwd|pass|pwd|passphrase|secret|token|(?:api|access|private|secret|auth|signing|encryption|master)_?key)|[a-z][a-z0-9]*(?:Password|Pass|Secret|Token|ApiKey|AccessKey|PrivateKey|SecretKey)`;

/** A statement's first words: what ORMs' query logs print bindings after. */
const STATEMENT = String.raw`(?i:insert[ \t]+(?:(?:or[ \t]+[a-z]+|ignore)[ \t]+)?into|update|select|delete[ \t]+from)[ \t]`;
/** A bindings list's opening: `[` and its first value (a quote, a number, null, a boolean) or its end. */
const BINDINGS_OPEN = String.raw`\[[ \t]*(?:\\*["']|-?[0-9]|null|true|false|undefined|\]|\{[ \t]*\\*["']?[SNB]\\*["']?[ \t]*:)`;

const word = `${sql.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 1)}${sql.alnum(11)}`;

/** A statement's table that holds credentials: `FROM "authtoken_token"`, `from api_keys`, `JOIN "public"."ApiKey"`. */
const KEY_TABLE = String.raw`\b(?i:from|update|join)[ \t]+(?:[\\"\x60\[]*[A-Za-z0-9_]+[\\"\x60\]]*\.)?[\\"\x60\[]*[A-Za-z0-9_]*(?i:tokens?|api_?keys?|access_?keys?|credentials?|secrets?)[\\"\x60\]]*[ \t]`;

/** A quoted SQL string's text: `''` and backslash escapes inside. */
const QUOTED = String.raw`'((?:[^'\\\r\n]|''|\\[^\r\n])+)'`;

/** A Postgres role's name: an identifier or a double-quoted one. */
const ROLE_NAME = String.raw`(?:"[^"\r\n]{1,63}"|[A-Za-z_][A-Za-z0-9_$]{0,62})`;

/** The options of CREATE/ALTER ROLE that may come before its PASSWORD (Postgres's grammar). */
const ROLE_OPTION = String.raw`(?i:with|login|nologin|superuser|nosuperuser|createdb|nocreatedb|createrole|nocreaterole|inherit|noinherit|replication|noreplication|bypassrls|nobypassrls|encrypted|unencrypted|connection[ \t]+limit[ \t]+-?[0-9]+|valid[ \t]+until[ \t]+'[^'\r\n]*')`;

/**
 * A column or index name that says its value is a secret: a secret word (`api_token`,
 * `reset_password_token`, `apiKey`), maybe a hash or digest of one, and, for an index, the
 * suffix its name adds (`api_token_UNIQUE`, `idx_users_api_key`). The word ends the name:
 * `token_type`, `api_token_id` and `password_changed_at` hold no secret.
 */
const SECRET_COLUMN = String.raw`(?i:(?:[a-z0-9]+_?)*?(?:password|passwd|pwd|passphrase|secret|token|api_?key|access_?key|private_?key|auth_?key|signing_?key)(?:_?(?:hash|digest|encrypted))?)`;
const SECRET_INDEX = String.raw`(?:[A-Za-z0-9_$]+\.)?${SECRET_COLUMN}(?i:_(?:unique|uniq|idx|index|key|uk|uq|ukey))?`;

/** A value a constraint error prints, as the secret: no placeholder (`[REDACTED:…]`), no quote. */
const ERROR_VALUE = String.raw`[^,()\[ \t\r\n'"\\][^,() \t\r\n'"\\]*`;

/**
 * Postgres's `Key (a, b, c)=(1, 2, 3)`, the secret column at position `k` (0-based): only its value
 * is a group. A value printed with `, ` inside it would shift the positions; keys rarely hold one.
 */
const pgKeyAt = (k: number): string => {
  const column = String.raw`"?[A-Za-z0-9_$]+"?`;
  const value = String.raw`[^,()\r\n]*`;
  return String.raw`(?:${column}, ){${k}}"?${SECRET_COLUMN}"?(?:, ${column})*\)=\((?:${value}, ){${k}}(${ERROR_VALUE})(?:, ${value})*\)`;
};

/**
 * Passwords in SQL statements that applications, migrations and audit logs print.
 *
 * `IDENTIFIED BY` (Oracle, MySQL, MariaDB, Snowflake) waited for room in the pass over every byte:
 * its keyword took it past RE2's DFA budget until the key rules' anchors were merged (issue 9).
 */
export const sqlRules: readonly RuleSpec[] = [
  {
    id: 'sql-error-secret-value',
    family: 'sql',
    description: "a secret column's value in a constraint error: Postgres's DETAIL: Key (api_token)=(…) (of a composite key, only the secret column's), MySQL's Duplicate entry '…' for key '…api_token…', SQL Server's duplicate key value is (…) under a secret index",
    // Red-team: a unique index on a token column makes every duplicate print the token. The
    // column (Postgres) or the index's name (MySQL, SQL Server) says the value is a secret; a
    // key of e-mails or ids stays. Up to four columns before the secret one in a composite key.
    regex: [
      String.raw`\bKey \((?:${[0, 1, 2, 3].map(pgKeyAt).join('|')})`,
      String.raw`\b(?i:duplicate entry) '(${ERROR_VALUE.replace(',()', '')})' (?i:for key) '${SECRET_INDEX}'`,
      String.raw`\b(?i:constraint|unique index) '(?:[A-Za-z0-9_$]+\.)?(?i:uq_|ix_|uk_|ak_)?${SECRET_INDEX}'\.[^\r\n]*?\b(?i:duplicate key value is) \(([^()\[\r\n][^()\r\n]*)\)`,
    ].join('|'),
    // Tier 1b only: `key` is in the pass over every byte already, and in every match.
    keywords: ['key'],
    anchor: String.raw`Key \(|(?i:duplicate entry|duplicate key value is)`,
    anchorInPass: false,
    examples: {
      match: [
        {
          input: `DETAIL:  Key (api_token)=(${errorToken}) already exists.`,
          output: `DETAIL:  Key (api_token)=(${label('sql-error-secret-value')}) already exists.`,
        },
        {
          input: `DETAIL:  Key (tenant_id, api_key)=(42, ${errorToken}) already exists.`,
          output: `DETAIL:  Key (tenant_id, api_key)=(42, ${label('sql-error-secret-value')}) already exists.`,
        },
        {
          input: `ER_DUP_ENTRY: Duplicate entry '${errorToken}' for key 'users.api_token'`,
          output: `ER_DUP_ENTRY: Duplicate entry '${label('sql-error-secret-value')}' for key 'users.api_token'`,
        },
        {
          input: `Cannot insert duplicate key row in object 'dbo.users' with unique index 'IX_users_api_key'. The duplicate key value is (${errorToken}).`,
          output: `Cannot insert duplicate key row in object 'dbo.users' with unique index 'IX_users_api_key'. The duplicate key value is (${label('sql-error-secret-value')}).`,
        },
      ],
      noMatch: [
        'DETAIL:  Key (email)=(bob@example.com) already exists.',
        'DETAIL:  Key (token_type)=(bearer) already exists.',
        "Duplicate entry '42' for key 'PRIMARY'",
        "Duplicate entry '42' for key 'api_token_id_UNIQUE'",
        "Violation of PRIMARY KEY constraint 'PK_users'. Cannot insert duplicate key in object 'dbo.users'. The duplicate key value is (42).",
      ],
    },
  },
  {
    id: 'sql-bound-secret',
    family: 'sql',
    description:
      "a value bound to a secret column's parameter, as ORMs' query logs print a statement's bindings: Lucid's and Knex's values (?, ?) [ …, '…' ], TypeORM's -- PARAMETERS: […], Prisma's Params: […], a JSON log's \"bindings\":[…] or \"args\":[…] (pgx), Knex's bindings: [ … ], sql: '…'",
    // Round 19: the statement names the column (by position in an INSERT, by `column = ?`
    // elsewhere); only the value bound to a sensitive key's column goes (`src/detect/sql-bindings.ts`).
    regex: [
      // Drizzle's `-- params: […]`; Prisma's query event as JSON, its params a JSON string
      // (`"params": "[\"…\"]"`); peewee's `('<sql>', [<params>])` (round 47); pgx's tracelog
      // (`"sql":"…","args":[…]`) and node-postgres' query config (`"text":"…","values":[…]`; round 96).
      String.raw`\b(${STATEMENT}[^\r\n]*?)(?:--[ \t]*(?:PARAMETERS|params):[ \t]*|Params:[ \t]*|\\*["']?(?:bindings|Parameters|params|args|arguments|values)\\*["']?[ \t]*[:=][ \t]*\\*"?|\\*["'],[ \t]*|[ \t]+)(${BINDINGS_OPEN}[^\r\n]*)`,
      String.raw`\bbindings:[ \t]*(${BINDINGS_OPEN}[^\r\n]*?\])[^\r\n]*?\bsql:[ \t]*'(${STATEMENT}[^\r\n]*)`,
      // Postgres's own log (round 34): `execute S_1: UPDATE … $1 …` and, on the same line (a
      // JSON or CSV log's detail), `parameters: $1 = '…', $2 = '…'`.
      String.raw`\b(${STATEMENT}[^\r\n]*?)\bparameters:[ \t]+(\$1 = [^\r\n]*)`,
      // An INSERT with its literals in place (GORM, MySQL's general log): no bindings at all.
      String.raw`\b(${INSERT_INTO}[^\r\n]*?\)[ \t]*(?i:values)[ \t]*\([^\r\n]*)`,
      // Sequelize's logQueryParameters: the values after the statement's `;`, no brackets (round 47).
      String.raw`\b(${STATEMENT}[^\r\n]*?\$[0-9][^\r\n]*?);[ \t]+("[^\r\n]*)`,
      // datasource-proxy's SLF4JQueryLoggingListener (Spring, round 50): `Query:["<sql>"],
      // Params:[(…,…)]`, each statement's values bare between commas, a batch's tuples one by one.
      String.raw`\bQuery:\[\\*"(${STATEMENT}[^\r\n]*?)\\*"\],[ \t]*Params:\[(\([^\r\n]*)`,
    ].join('|'),
    // Tier 1b only: the column's word is in the pass over every byte already. A session table's
    // `id` holds none: `param` (Drizzle's `-- params:`, Prisma's `Params:`, TypeORM's
    // `PARAMETERS:`, Postgres's `parameters:`) wakes those lines; not `bindings`, which Lucid's
    // every query line holds.
    keywords: ['token', 'pass', 'pwd', 'secret', 'key', 'auth', 'param'],
    anchor: String.raw`${STATEMENT}`,
    anchorInPass: false,
    kind: 'sql-bindings',
    examples: {
      match: [
        {
          input: `"postgres" "ApiToken" "insert" (3.9 ms) insert into \`api_tokens\` (\`user_id\`, \`type\`, \`token\`, \`expires_at\`) values (?, ?, ?, ?) [ 6207, 'api', '${boundToken}', null ]`,
          output: `"postgres" "ApiToken" "insert" (3.9 ms) insert into \`api_tokens\` (\`user_id\`, \`type\`, \`token\`, \`expires_at\`) values (?, ?, ?, ?) [ 6207, 'api', '${label('sql-bound-secret')}', null ]`,
        },
        {
          input: `{"level":20,"sql":"insert into \\"password_reset_tokens\\" (\\"email\\", \\"token\\") values (?, ?)","bindings":["ada@example.com","${boundToken}"],"msg":"db:query"}`,
          output: `{"level":20,"sql":"insert into \\"password_reset_tokens\\" (\\"email\\", \\"token\\") values (?, ?)","bindings":["ada@example.com","${label('sql-bound-secret')}"],"msg":"db:query"}`,
        },
        {
          input: `query: INSERT INTO "user_session"("id", "token", "userId") VALUES (DEFAULT, $1, $2) RETURNING "id" -- PARAMETERS: ["${boundToken}",42]`,
          output: `query: INSERT INTO "user_session"("id", "token", "userId") VALUES (DEFAULT, $1, $2) RETURNING "id" -- PARAMETERS: ["${label('sql-bound-secret')}",42]`,
        },
        {
          input: `prisma:query UPDATE "public"."User" SET "resetToken" = $1, "resetTokenExpiry" = $2 WHERE "public"."User"."id" = $3 Params: ["${boundToken}","2026-11-12T17:25:00.970Z",9551] Duration: 8ms`,
          output: `prisma:query UPDATE "public"."User" SET "resetToken" = $1, "resetTokenExpiry" = $2 WHERE "public"."User"."id" = $3 Params: ["${label('sql-bound-secret')}","2026-11-12T17:25:00.970Z",9551] Duration: 8ms`,
        },
        {
          input: `{ method: 'insert', bindings: [ 'dev@acme.io', '${boundPassword}' ], __knexQueryUid: 'AMfsi0p6nOy4Q1sFJGCLq', sql: 'insert into "legacy_users" ("email", "plain_password") values (?, ?)' }`,
          output: `{ method: 'insert', bindings: [ 'dev@acme.io', '${label('sql-bound-secret')}' ], __knexQueryUid: 'AMfsi0p6nOy4Q1sFJGCLq', sql: 'insert into "legacy_users" ("email", "plain_password") values (?, ?)' }`,
        },
        {
          input: `LOG:  duration: 4.501 ms  execute S_26: UPDATE users SET password = $1, updated_at = now() WHERE id = $2  DETAIL:  parameters: $1 = '${boundPassword}', $2 = '90927'`,
          output: `LOG:  duration: 4.501 ms  execute S_26: UPDATE users SET password = $1, updated_at = now() WHERE id = $2  DETAIL:  parameters: $1 = '${label('sql-bound-secret')}', $2 = '90927'`,
        },
        {
          input: `/app/store/creds.go:72 [3.655ms] [rows:1] INSERT INTO \`upstream_creds\` (\`name\`,\`password\`,\`created_at\`) VALUES ('legacy-ftp','${boundPassword}','2026-11-25 21:35:27')`,
          output: `/app/store/creds.go:72 [3.655ms] [rows:1] INSERT INTO \`upstream_creds\` (\`name\`,\`password\`,\`created_at\`) VALUES ('legacy-ftp','${label('sql-bound-secret')}','2026-11-25 21:35:27')`,
        },
        {
          input: `SLF4JQueryLoggingListener : Name:dataSource, Connection:8, Time:1, Success:True, Type:Prepared, Batch:False, QuerySize:1, BatchSize:0, Query:["update app_user set password=?, password_changed_at=? where id=?"], Params:[(${boundPassword},2024-06-26 11:37:11.091,67792)]`,
          output: `SLF4JQueryLoggingListener : Name:dataSource, Connection:8, Time:1, Success:True, Type:Prepared, Batch:False, QuerySize:1, BatchSize:0, Query:["update app_user set password=?, password_changed_at=? where id=?"], Params:[(${label('sql-bound-secret')},2024-06-26 11:37:11.091,67792)]`,
        },
      ],
      noMatch: [
        `insert into "api_tokens" ("user_id", "type", "token_type") values (?, ?, ?) [ 6207, 'api', 'bearer' ]`,
        `select * from "users" where "email" = ? and "api_key_id" = ? limit ? [ 'ada@example.com', '${round19.uuid()}', 1 ]`,
        `update "tokens" set "last_used_at" = ? where "id" = ? [ '2026-11-12T17:25:00.970Z', 42 ]`,
        'Query:["update app_user set last_login_at=? where id=?"], Params:[(2024-06-26 11:37:11.091,67792)]',
      ],
    },
  },
  {
    id: 'sql-column-value',
    family: 'sql',
    description: "a literal given to a secret column that MySQL quotes in backticks: SET `smtp_pass`='…', WHERE `api_key` = '…' (Sequelize, GORM, MySQL's general log)",
    // Round 34. The key rules read `password='…'` and `"password" = '…'`; a backtick before the
    // `=` is MySQL's alone. Tier 1b only: the column's word is in the pass already.
    // Round 47: a credentials table's `key` column, whose name says nothing (Django REST
    // framework's `"authtoken_token"."key" = '…'`, p6spy's `from api_keys where key='…'`).
    regex: String.raw`\x60(?:${SECRET_WORD_COLUMN})\x60[ \t]*(?:=|<>|!=)[ \t]*(?:${QUOTED}|\\"((?:[^"\\\r\n])+)\\")|${KEY_TABLE}[^\r\n]*?[ \t(."\x60\[](?i:key)[\\"\x60\]]*[ \t]*=[ \t]*${QUOTED}`,
    keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
    anchor: String.raw`\x60[A-Za-z0-9_]*(?i:pass|pwd|secret|token|key)[A-Za-z]*\x60[ \t]*[=<!]|${KEY_TABLE}`,
    anchorInPass: false,
    examples: {
      match: [
        {
          input: `Executing (default): UPDATE \`mail_settings\` SET \`smtp_pass\`='${password}',\`updatedAt\`='2026-12-01 18:27:46' WHERE \`id\` = 96`,
          output: `Executing (default): UPDATE \`mail_settings\` SET \`smtp_pass\`='${label('sql-column-value')}',\`updatedAt\`='2026-12-01 18:27:46' WHERE \`id\` = 96`,
        },
        {
          input: `DEBUG django.db.backends (0.003) SELECT "authtoken_token"."key", "authtoken_token"."user_id" FROM "authtoken_token" WHERE "authtoken_token"."key" = '${errorToken}' LIMIT 21; args=('${errorToken}',)`,
          output: `DEBUG django.db.backends (0.003) SELECT "authtoken_token"."key", "authtoken_token"."user_id" FROM "authtoken_token" WHERE "authtoken_token"."key" = '${label('sql-column-value')}' LIMIT 21; args=('${label('sql-column-value')}',)`,
        },
      ],
      noMatch: ['SELECT * FROM `users` WHERE `api_key` = ? LIMIT 1', `SELECT "tokens"."id" FROM "tokens" WHERE "tokens"."kind" = 'refresh' LIMIT 21`],
    },
  },
  {
    id: 'sql-password-function',
    family: 'sql',
    description: "a password in MySQL's SET PASSWORD … = '…' and PASSWORD('…')",
    // `\b` before PASSWORD keeps `check_password('…')` and `setPassword('…')` (code, a call) out.
    regex: String.raw`\b(?i:set[ \t]+password)(?:[ \t]+(?i:for)[ \t]+[^=\r\n]{1,100}?)?[ \t]*=[ \t]*(?:(?i:old_)?(?i:password)[ \t]*\([ \t]*)?'((?:[^'\\\r\n]|''|\\[^\r\n])+)'|\b(?i:old_)?(?i:password)[ \t]*\([ \t]*'((?:[^'\\\r\n]|''|\\[^\r\n])+)'[ \t]*\)`,
    keywords: ['password'],
    // Tier 1b only: `password` is in the pass over every byte already. Not `password[ \t]*=`:
    // that would wake it on every `password=` of a request log, for nothing.
    anchor: String.raw`(?i:password)[ \t]*\(|(?i:set[ \t]+password)[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `SET PASSWORD FOR 'app'@'%' = PASSWORD('${password}');`, output: `SET PASSWORD FOR 'app'@'%' = PASSWORD('${label('sql-password-function')}');` },
        { input: `SET PASSWORD FOR app = '${password}'`, output: `SET PASSWORD FOR app = '${label('sql-password-function')}'` },
        { input: `SELECT id FROM users WHERE hash = PASSWORD('${password}')`, output: `SELECT id FROM users WHERE hash = PASSWORD('${label('sql-password-function')}')` },
      ],
      noMatch: ["check_password('x')", "user.setPassword('x')", 'SET PASSWORD FOR app = ?', 'password() returned null'],
    },
  },
  {
    id: 'sql-role-password',
    family: 'sql',
    description: "a password in Postgres's CREATE/ALTER ROLE|USER … [ENCRYPTED] PASSWORD '…', whatever clauses follow it (VALID UNTIL, CREATEDB, NOSUPERUSER), and in a user mapping's OPTIONS (…, password '…')",
    // Red-team L5: the key rules took `PASSWORD '…'` only at the statement's end or after `WITH`.
    // Here after the role's name and any of CREATE ROLE's options, in Postgres's grammar, so
    // MySQL's `IDENTIFIED BY PASSWORD '…'` stays sql-identified-by's; or in a user mapping's
    // OPTIONS. A hash (`'md5…'`, `'SCRAM-SHA-256$…'`) goes too, being crackable. `PASSWORD NULL`
    // and `PASSWORD $1` are no strings: they stay.
    regex: String.raw`\b(?i:create|alter)[ \t]+(?i:role|user|group)[ \t]+${ROLE_NAME}(?:[ \t]+${ROLE_OPTION})*[ \t]+(?i:password)[ \t]+${QUOTED}|\b(?i:create|alter)[ \t]+(?i:user)[ \t]+(?i:mapping)[ \t][^\r\n]{0,256}?\b(?i:options)[ \t]*\([^)\r\n]*?\b(?i:password)[ \t]+${QUOTED}`,
    // Tier 1b only: `password` is in the pass over every byte already.
    keywords: ['password'],
    anchor: String.raw`\b(?i:create|alter)[ \t]+(?i:role|user|group)[ \t]`,
    anchorInPass: false,
    examples: {
      match: [{ input: `ALTER ROLE app PASSWORD '${password}' VALID UNTIL '2030-01-01';`, output: `ALTER ROLE app PASSWORD '${label('sql-role-password')}' VALID UNTIL '2030-01-01';` }],
      noMatch: ["ALTER ROLE app PASSWORD NULL VALID UNTIL '2030-01-01';"],
    },
  },
  {
    id: 'sql-identified-by',
    family: 'sql',
    description: "a password in SQL's IDENTIFIED BY (CREATE/ALTER USER, GRANT; Oracle, MySQL, MariaDB, Snowflake), a hash after BY PASSWORD, BY VALUES or WITH <…password plugin> AS too (SHOW CREATE USER, mysqldump)",
    // Quoted: '…' or "…" (\"…\" inside a JSON string), after an optional `WITH plugin` (MySQL) and
    // `PASSWORD`/`VALUES` (a hash, crackable). Unquoted, Oracle's identifier passwords: only in a
    // CREATE/ALTER USER|ROLE statement and before its end or next clause, so that prose
    // ("identified by their email") and `BY PASSWORD '…'` are not read as one.
    regex: String.raw`(?:\b|\\040)(?i:identified)${SQL_BLANK}(?:(?i:with)${SQL_BLANK}\\?["'\x60]?[A-Za-z0-9_]+\\?["'\x60]?${SQL_BLANK})?(?i:by)${SQL_BLANK}(?:(?i:password|values)${SQL_BLANK})?(?:${QUOTED}|\\?"((?:[^"\\\r\n])+)\\?"|\\'((?:[^'\\\r\n])+)\\')|\b(?i:create|alter)[ \t]+(?i:user|role)[ \t]+[^'"\r\n;]{1,128}?[ \t](?i:identified)[ \t]+(?i:by)[ \t]+([A-Za-z][A-Za-z0-9_$#]{0,127})(?:[ \t]*(?:;|\\?"|(?m:$))|[ \t]+(?i:default|account|password|quota|profile|replace|container)\b)|\b(?i:identified)[ \t]+(?i:with)[ \t]+\\?["'\x60]?[A-Za-z0-9_]*(?i:password)[A-Za-z0-9_]*\\?["'\x60]?[ \t]+(?i:as)[ \t]+${QUOTED}`,
    keywords: ['identified'],
    // Tier 1b only: `identified` is on no line of the bench corpora or loghub (124,634 lines), so
    // the anchor's 40 characters in the pass saved nothing there.
    anchorInPass: false,
    anchor: String.raw`(?:\b|\\040)(?i:identified)${SQL_BLANK}(?i:by|with)(?:[ \t]|\\040)`,
    examples: {
      match: [
        { input: `CREATE USER 'app'@'%' IDENTIFIED BY '${password}';`, output: `CREATE USER 'app'@'%' IDENTIFIED BY '${label('sql-identified-by')}';` },
        { input: `ALTER USER 'u'@'localhost' IDENTIFIED WITH caching_sha2_password BY '${password}'`, output: `ALTER USER 'u'@'localhost' IDENTIFIED WITH caching_sha2_password BY '${label('sql-identified-by')}'` },
        { input: `GRANT ALL ON db.* TO 'u'@'%' identified by "${password}";`, output: `GRANT ALL ON db.* TO 'u'@'%' identified by "${label('sql-identified-by')}";` },
        { input: `{"sql":"CREATE USER \\"app\\" IDENTIFIED BY \\"${password}\\"","msg":"migration"}`, output: `{"sql":"CREATE USER \\"app\\" IDENTIFIED BY \\"${label('sql-identified-by')}\\"","msg":"migration"}` },
        { input: `ALTER USER scott IDENTIFIED BY ${word};`, output: `ALTER USER scott IDENTIFIED BY ${label('sql-identified-by')};` },
        { input: `CREATE USER app IDENTIFIED BY ${word} DEFAULT TABLESPACE users`, output: `CREATE USER app IDENTIFIED BY ${label('sql-identified-by')} DEFAULT TABLESPACE users` },
        { input: `CREATE USER 'old'@'%' IDENTIFIED BY PASSWORD '*${sql.hex(40).toUpperCase()}'`, output: `CREATE USER 'old'@'%' IDENTIFIED BY PASSWORD '${label('sql-identified-by')}'` },
        // The mysql client's history file writes each space as `\040` (round 77).
        { input: `ALTER\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${password}';`, output: `ALTER\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${label('sql-identified-by')}';` },
        // MariaDB's audit plugin quotes the statement and escapes its quotes (round 34).
        { input: `20261125 06:21:44,db-2,root,localhost,820,9608,QUERY,,'CREATE USER \\'reporting\\'@\\'%\\' IDENTIFIED BY \\'${password}\\'',0`, output: `20261125 06:21:44,db-2,root,localhost,820,9608,QUERY,,'CREATE USER \\'reporting\\'@\\'%\\' IDENTIFIED BY \\'${label('sql-identified-by')}\\'',0` },
      ],
      noMatch: [
        'CREATE USER app IDENTIFIED BY ?;',
        "CREATE USER app IDENTIFIED BY '?'",
        'ALTER USER app IDENTIFIED EXTERNALLY;',
        'CREATE USER app IDENTIFIED GLOBALLY AS \'CN=app\'',
        'the user is identified by their email address',
        'Each request is identified by a request id',
        'ALTER USER app IDENTIFIED BY :new_password',
      ],
    },
  },
];
