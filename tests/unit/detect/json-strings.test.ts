import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../patterns/index.js';
import { createSampler } from '../../../patterns/sample.js';
import { decodeStrings, jsonTokens } from '../../../src/detect/json-strings.js';
import { createScrubber } from '../../../src/index.js';

const scrubber = createScrubber();
const s = createSampler(2026120544);
const pw = `${s.alnum(6)}!${s.alnum(6)}7`;

const text = (line: string, t: { start: number; end: number }): string => Buffer.from(line).toString('utf8', t.start, t.end);

describe('jsonTokens', () => {
  it("gives a record's strings and scalars, keys told from values, escapes flagged", () => {
    const line = '{"a":"x\\"y","n":-1.5e3,"l":[true,null,"z"],"o":{}}';
    const tokens = jsonTokens(Buffer.from(line), 0, line.length) ?? [];
    expect(tokens.map((t) => [text(line, t), t.isString, t.isKey, t.escaped])).toEqual([
      ['a', true, true, false],
      ['x\\"y', true, false, true],
      ['n', true, true, false],
      ['-1.5e3', false, false, false],
      ['l', true, true, false],
      ['true', false, false, false],
      ['null', false, false, false],
      ['z', true, false, false],
      ['o', true, true, false],
    ]);
  });

  it('reads the record after text before it (a Lambda line), in offsets of the whole buffer', () => {
    const line = 'x\n2026-11-29T10:00:00.000Z\tabc\tINFO\t{"msg":"hi"}';
    const tokens = jsonTokens(Buffer.from(line), 2, line.length) ?? [];
    expect(tokens.map((t) => text(line, t))).toEqual(['msg', 'hi']);
  });

  it.each([['{"a":"b",}'], ['{"a":"b"} trailing'], ['{"a":"b"'], ['{"a" "b"}'], ['{a:1}'], ['{"a":[1,]}'], ['no record'], ['{"a":"unterminated}']])(
    'finds no record in %s',
    (line) => expect(jsonTokens(Buffer.from(line), 0, line.length)).toBeUndefined(),
  );
});

describe('decodeStrings', () => {
  it('decodes escapes to UTF-8, each byte mapped back to its whole escape, one string a line', () => {
    const line = '{"a":"p\\u0026q\\ud83d\\ude00\\"","b":"\\/"}';
    const bytes = Buffer.from(line);
    const values = (jsonTokens(bytes, 0, bytes.length) ?? []).filter((t) => !t.isKey);
    const decoded = decodeStrings(bytes, values);
    expect(decoded.text.toString('utf8')).toBe('p&q😀"\n/\n');
    const at = (i: number): string => line.slice(decoded.starts[i], decoded.ends[i]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(at)).toEqual(['p', '\\u0026', 'q', '\\ud83d\\ude00', '\\ud83d\\ude00', '\\ud83d\\ude00', '\\ud83d\\ude00', '\\"', '', '\\/']);
  });
});

describe('a JSON record redacted keeps its strings whole', () => {
  it.each([
    ['{"level":30,"msg":"NickServ IDENTIFY requested","nick":"bob"}'],
    ['{"level":30,"out":"    DefaultPassword    REG_SZ    ","host":"ws1"}'],
    ['{"job":{"log":" PASS  src/app.test.ts"},"n":1}'],
    ['{"prompt": "Password:", "user": "ada"}'],
    ['{"cmd": "mysql -u root -p", "host": "db"}'],
    ['{"log":"PASS src/app.test.ts (5.2 s)\\n","stream":"stderr"}'],
    ['{"log":"ddd9a00b4b6d1c4e0a3b2f5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e  dist/app.tar.gz\\n","stream":"stdout"}'],
    ['{"msg":"haproxy: stats auth enabled","user":"ada"}'],
  ])('keeps %s as it was', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it('ends a value read to the line at its string: the members after it stay', () => {
    const out = scrubber.redactLine(`{"level":30,"cmd":"redis-cli -h cache-01 AUTH ${pw}","ok":true}`);
    expect(JSON.parse(out)).toEqual({ level: 30, cmd: 'redis-cli -h cache-01 AUTH [REDACTED:redis-auth-command]', ok: true });
  });

  it("reads alone the strings a value dropped for crossing members ran over (a scanner's report; round 114)", () => {
    // `'` closes no string here: the quotes of two members made one value of all between them.
    const key = `SG.${s.base64url(22)}.${s.base64url(43)}`;
    const out = scrubber.redactLine(`{"snippet":{"before":"const sendgridApiKey = '","matching":"${key}","after":"';"},"status":null}`);
    expect(JSON.parse(out)).toEqual({ snippet: { before: "const sendgridApiKey = '", matching: '[REDACTED:sendgrid-api-key]', after: "';" }, status: null });
  });

  it('puts one string for a list of numbers, so the record still parses', () => {
    const out = scrubber.redactLine('{"advanced":{"network_key":[68, 74, 175, 136, 10, 126, 83, 252, 7, 60, 22, 242, 160, 177, 58, 99],"pan_id":6754}}');
    expect(JSON.parse(out)).toEqual({ advanced: { network_key: ['[REDACTED:secret-byte-array]'], pan_id: 6754 } });
  });
});

describe('a record inside JSON strings, as deep as a Lambda event carries one (second review)', () => {
  const nest = (record: object, depth: number): string => {
    let line = JSON.stringify(record);
    for (let i = 0; i < depth; i++) line = JSON.stringify({ body: line });
    return line;
  };
  const inner = (out: string, depth: number): unknown => {
    let value: unknown = JSON.parse(out);
    for (let i = 0; i < depth; i++) value = JSON.parse((value as { body: string }).body);
    return value;
  };

  it.each([1, 2, 3])('keeps the look-alikes of a top-level record as they were, %i strings deep', (depth) => {
    for (const record of [{ prompt: 'Password:', user: 'ada' }, { cmd: 'mysql -u root -p', host: 'db' }, { log: 'PASS src/app.test.ts (5.2 s)\n', stream: 'stderr' }]) {
      const line = nest(record, depth).replace(/\\",\\"/g, '\\", \\"');
      expect(scrubber.redactLine(line)).toBe(line);
    }
  });

  it.each([1, 2, 3])('takes the secret and keeps the members after it, %i strings deep', (depth) => {
    const out = scrubber.redactLine(nest({ level: 'info', cmd: `redis-cli -h cache-01 AUTH ${pw}`, ok: true }, depth));
    expect(inner(out, depth)).toEqual({ level: 'info', cmd: 'redis-cli -h cache-01 AUTH [REDACTED:redis-auth-command]', ok: true });
  });

  it('quotes the one string put for a list of numbers inside a JSON string', () => {
    const out = scrubber.redactLine(nest({ advanced: { network_key: [68, 74, 175, 136, 10, 126, 83, 252, 7, 60, 22, 242, 160, 177, 58, 99], pan_id: 6754 } }, 1));
    expect(inner(out, 1)).toEqual({ advanced: { network_key: ['[REDACTED:secret-byte-array]'], pan_id: 6754 } });
  });

  it('takes a secret in the text before a record up to the record', () => {
    expect(scrubber.redactLine(`info:     DefaultPassword    REG_SZ    ${pw} {"host":"ws1"}`)).toBe('info:     DefaultPassword    REG_SZ    [REDACTED:registry-secret-value] {"host":"ws1"}');
  });

  it("reads structlog's event as a message, with Python's spacing", () => {
    expect(scrubber.redactLine(`{"event": "redis-cli -h cache-01 AUTH ${pw}", "level": "info"}`)).toBe('{"event": "redis-cli -h cache-01 AUTH [REDACTED:redis-auth-command]", "level": "info"}');
  });
});

describe("a JSON string's escapes do not hide a secret", () => {
  const gone = (record: object, secret: string): void => {
    const out = scrubber.redactLine(JSON.stringify(record));
    expect(JSON.stringify(JSON.parse(out))).not.toContain(secret);
  };
  it.each([
    [`conn Server=db;User Id=sa;Password=${pw}+xyz;Encrypt=true`, `${pw}+xyz`],
    [`password=café${pw} user=ada`, `café${pw}`],
    [`Failed login for ada with password '${pw}'`, pw],
    [`+ curl -fsS -u "ci:${pw}" https://repo.example.com/x`, pw],
    [`smtplib: server.login("mailer@example.org", "${pw}")`, pw],
    [`requirepass ${pw}`, pw],
  ])('%s', (message, secret) => {
    // As Go, .NET and PHP write them: `\u002B`, `\u00e9`, `\u0027`; Node writes `\"`.
    const escaped = JSON.stringify({ level: 30, msg: message }).replace(/[+'é]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const out = scrubber.redactLine(escaped);
    expect(JSON.parse(out).msg).not.toContain(secret);
    gone({ level: 30, msg: message }, secret);
  });

  it('finds a key inside JSON inside a JSON string, a PEM body split by escaped line breaks, and leaves both records valid', () => {
    const body = s.base64(64);
    const pem = `-----BEGIN PRIVATE KEY-----\n${body}\n${body}\n-----END PRIVATE KEY-----\n`;
    const out = scrubber.redactLine(JSON.stringify({ body: JSON.stringify({ pem }) }));
    const inner = JSON.parse(JSON.parse(out).body).pem as string;
    expect(inner).not.toContain(body);
    expect(inner).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('finds a bearer token written with escaped slashes whole', () => {
    const token = `${s.alnum(12)}/${s.alnum(12)}/${s.alnum(12)}`;
    const out = scrubber.redactLine(`{"msg":"Authorization: Bearer ${token.replaceAll('/', '\\/')}"}`);
    expect(out).toBe('{"msg":"Authorization: Bearer [REDACTED:http-authorization]"}');
  });
});

describe('every catalog example as a pino message', () => {
  const inputs = builtinRules.flatMap((r) => r.examples.match.map((m) => m.input)).filter((input) => !input.includes('\n'));

  it('comes out as JSON that parses, as a message and as JSON inside a JSON string', () => {
    for (const input of inputs) {
      for (const record of [{ level: 30, msg: input }, { body: JSON.stringify({ msg: input }) }]) {
        const out = scrubber.redactLine(JSON.stringify(record));
        expect(() => JSON.parse(out), out).not.toThrow();
      }
    }
  });
});

describe('records of words that rules read as keys (fast-check)', () => {
  const word = fc.constantFrom('password', 'Password:', 'AUTH', 'PASS', '-p', 'token', 'secret', 'key=', ':', '=', 'auth', 'login', 'user', 'ada', 'stats', 'requirepass', 'IDENTIFY', '|', '"', '\\', 'é', '\n', 'mysql', 'bearer', 'Basic', 'x');
  const value = fc.oneof(
    fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')),
    fc.integer(),
    fc.boolean(),
  );
  const record = fc.dictionary(fc.constantFrom('msg', 'cmd', 'user', 'log', 'password', 'n', 'ok', 'body'), value, { minKeys: 1, maxKeys: 5 });

  it('come out as JSON that parses, with the same keys in the same order', () => {
    fc.assert(
      fc.property(record, fc.boolean(), (r, python) => {
        const line = python ? JSON.stringify(r).replace(/","/g, '", "').replace(/":/g, '": ') : JSON.stringify(r);
        const out = scrubber.redactLine(line);
        const parsed = JSON.parse(out) as Record<string, unknown>;
        expect(Object.keys(parsed)).toEqual(Object.keys(r));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a CloudWatch Logs export's line", () => {
  it.each([
    [`2026-11-29T10:00:00.000Z requirepass ${pw}`],
    [`2026-11-29T10:00:02.000Z password | ${pw}`],
    [`2026-11-29T10:00:04Z   password ${pw}`],
    [`2026-11-29T10:00:01.123456789Z db.internal:5432:app:appuser:${pw}`],
  ])('is read from its message: %s', (line) => {
    const out = scrubber.redactLine(line);
    expect(out).not.toContain(pw);
    expect(out.slice(0, 20)).toBe(line.slice(0, 20));
  });
});
