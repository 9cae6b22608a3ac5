/**
 * Where an unquoted value ends (a red-team review, leaks3): a bare value was cut at the first
 * `;`, `|`, `<`, `>` or `\`, and the rest of a password holding one survived. The cuts are right
 * where a new field or markup starts there (`;user=bob`, `|host:db`, `</password>`, `\n`); else
 * the character is the password's. Also a YAML single-quoted value's `''` and a URL password's
 * raw `@` and `#`. Only the secret goes; the look-alikes stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1ea53);
/** A password that holds `cut` twice, between random runs: `Ab3;xY9;kQ7z`. */
const holding = (cut: string) => (): string => `${sample.alnum(4)}${cut}${sample.alnum(4)}${cut}${sample.alnum(5)}`;
/**
 * A password that holds a lone `\`, followed by a capital or a digit: after one, `\n`, `\t`,
 * `\r`, `\u0022`, `\x22` and `\"` are escapes of the line's own, where the value ends.
 */
const backslashed = (): string => `${sample.alnum(4)}\\${sample.from('ABCDEFGHJKLMPQSVWXYZ0123456789', 1)}${sample.alnum(3)}`;

const keeps = keepsEach(scrubber);

/** Lines that give a password its key in the shapes logs use; the password holds the cut characters. */
const passwordLines: readonly ((s: string) => string)[] = [
  (s) => `DB_PASSWORD=${s}`,
  (s) => `level=info password=${s} user=bob`,
  (s) => `  password: ${s}`,
  (s) => `export MYSQL_ROOT_PASSWORD=${s}`,
  (s) => `2024-05-01T10:00:00Z INFO connecting with password=${s} host=db`,
  (s) => `Server=db;Database=app;User Id=sa;Password=${s}`,
  (s) => JSON.stringify({ level: 'info', msg: `login password=${s} ok` }),
  (s) => `time="2024-05-01T10:00:00Z" level=debug msg=config db_password=${s}`,
];

describe('a bare password holding ; | < > or \\ goes whole', () => {
  for (const cut of [';', '|', '<', '>']) {
    it.each(planted(passwordLines, holding(cut)))(`(${cut}) %s`, (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  }
  it.each(planted(passwordLines.filter((_, i) => i !== 6), backslashed))('(\\) %s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    ['DB_PASSWORD=Ab3;xY9;kQ7z', 'Ab3;xY9;kQ7z'],
    ['level=info password=Ab3|xY9<kQ7z user=bob', 'Ab3|xY9<kQ7z'],
    ['  password: Ab3\\xY9>kQ7z', 'Ab3\\xY9>kQ7z'],
    ['SECRET_KEY=Ab3;xY9;kQ7z', 'Ab3;xY9;kQ7z'],
    ['client_secret: Qw8|Er5>Ty2 scope=read', 'Qw8|Er5>Ty2'],
    ['password=Ab3;xY9;kQ7z;user=bob', 'Ab3;xY9;kQ7z'],
    ['Password=Ab3;xY9;Persist Security Info=True', 'Ab3;xY9'],
  ] as const)('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe("a YAML or SQL single-quoted value holding '' goes whole", () => {
  it.each(
    planted(
      [
        (s) => `    password: '${s}'`,
        (s) => `db_password: '${s}' # set by ops`,
        (s) => `ALTER USER app PASSWORD '${s}';`,
        (s) => `  - password: '${s}'`,
      ],
      () => `${sample.alnum(3)}''${sample.alnum(6)}`,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  it("goes whole in the reviewer's line", () => expectOnlySecretGone(scrubber, "    password: 'it''s-a-pw'", "it''s-a-pw"));
});

describe('a URL password holding a raw @ or # goes whole: the authority ends at the last @', () => {
  it.each(
    planted(
      [
        (s) => `mongodb://admin:${s}@mongo:27017/admin`,
        (s) => `DATABASE_URL=postgres://app:${s}@db.internal:5432/app`,
        (s) => `{"redis":"redis://:${s}@cache:6379/0"}`,
        (s) => `connecting to amqp://guest:${s}@rabbit:5672/%2F`,
      ],
      () => `${sample.alnum(2)}@${sample.alnum(2)}#${sample.alnum(5)}`,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  it("goes whole in the reviewer's line", () => expectOnlySecretGone(scrubber, 'mongodb://admin:p@ss#word1@mongo:27017/admin', 'p@ss#word1'));
});

describe('the cuts stay where a field, a cookie, a table cell, markup, a redirect or an escape starts', () => {
  it.each([
    ['password=abc;user=bob', 'password=[REDACTED:password-assignment];user=bob'],
    ['Server=db;Password=Hx9q2;Database=app', 'Server=db;Password=[REDACTED:password-assignment];Database=app'],
    ['Password=Hx9q2;Persist Security Info=True', 'Password=[REDACTED:password-assignment];Persist Security Info=True'],
    ['| password=Hx9q2| user=bob |', '| password=[REDACTED:password-assignment]| user=bob |'],
    ['user:bob|password:Hx9q2|host:db01|port:5432', 'user:bob|password:[REDACTED:password-assignment]|host:db01|port:5432'],
    ['<td>password=Hx9q2</td><td>ok</td>', '<td>password=[REDACTED:password-assignment]</td><td>ok</td>'],
    ['<p>Password: Hx9q2<br>Welcome</p>', '<p>Password: [REDACTED:password-assignment]<br>Welcome</p>'],
    ['echo password=Hx9q2>/tmp/out.txt', 'echo password=[REDACTED:password-assignment]>/tmp/out.txt'],
    ['password=Hx9q2>>/var/log/app.log', 'password=[REDACTED:password-assignment]>>/var/log/app.log'],
    ['password=Hx9q2&user=bob', 'password=[REDACTED:password-assignment]&user=bob'],
    ['{"msg":"password: Hx9q2\\nnext line"}', '{"msg":"password: [REDACTED:password-assignment]\\nnext line"}'],
    ['{"msg":"password=Hx9q2\\tuser=bob"}', '{"msg":"password=[REDACTED:password-assignment]\\tuser=bob"}'],
    ['{"msg":"set password=\\"Hx9q2\\" ok"}', '{"msg":"set password=\\"[REDACTED:password-assignment]\\" ok"}'],
    ["{'password': 'Hx9q2', 'user': 'bob'}", "{'password': '[REDACTED:password-assignment]', 'user': 'bob'}"],
    ["password='Hx9q2' user='bob'", "password='[REDACTED:password-assignment]' user='bob'"],
  ] as const)('%s', (line, expected) => expect(scrubber.redactLine(line)).toBe(expected));

  keeps([
    'Cookie: a=b; c=d',
    'Set-Cookie: theme=dark; Path=/; HttpOnly',
    'password=;user=bob',
    'password=|user=bob',
    '| password | must be 12 characters |',
    'Server=db;Database=app;Trusted_Connection=True;',
    'mailto:ops@example.com#top',
    'https://example.com:8443/a/@scope/pkg#readme',
    'https://host:443/a?next=/b@c#x',
    'git@github.com:org/repo.git#main',
  ]);
});

describe('a bare value inside a string or a sentence loses none of its surroundings (review3, W1)', () => {
  const password = (): string => `${sample.alnum(5)}!${sample.alnum(6)}`;
  it.each([
    (s: string) => `logger=provisioning.datasources level=debug msg="inserting datasource" name=Postgres secureJsonData="map[password:${s}]"`,
    (s: string) => `logger=provisioning.datasources secureJsonData="map[password:${s}]" orgId=1`,
    (s: string) => `msg="Loading configuration" remote_write="[{url: https://prom.example.com/push, basic_auth: {username: 4249155, password: ${s}}}]"`,
    (s: string) => `unit started (Environment=API_SECRET=${s}). next=1`,
    (s: string) => `err="dial failed: map[password:${s} user:ada]"`,
  ])('%s', (make) => {
    const s = password();
    expectOnlySecretGone(scrubber, make(s), s);
  });
});
