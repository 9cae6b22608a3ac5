/**
 * What a second, adversarial pass over the leaks review's rules found (review-leaks): shapes of
 * real logs the rules' own examples missed. True positives come from a seeded sampler.
 */
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';

const s = createSampler(2026113021);
const md5 = s.hex(32);
const label = createScrubber();
const redactors = [
  ['label', label],
  ['mask', createScrubber({ redactor: 'mask' })],
  ['hash', createScrubber({ redactor: 'hash', hashKey: 'k'.repeat(32) })],
] as const;

describe('HTTP Digest credentials', () => {
  it('are redacted once: a response that comes first stays as the first pass left it, with every redactor', () => {
    // The Authorization rule read `response=` before a placeholder's `"[` or `"*` as a token68 credential.
    const input = `Authorization: Digest response="${md5}", username="ada", realm="api", uri="/x"`;
    for (const [name, scrubber] of redactors) {
      const once = scrubber.redactText(input);
      expect(once, name).not.toContain(md5);
      expect(scrubber.redactText(once), name).toBe(once);
    }
  });

  it('lose their response where the header name is not on the line: an access log, a JSON value, a message', () => {
    const R = '[REDACTED:http-digest-response]';
    const shapes = [
      // Apache's %{Authorization}i, quotes escaped.
      [`10.0.0.1 - ada [01/Jan/2026:00:00:00 +0000] "GET /x HTTP/1.1" 200 5 "Digest username=\\"ada\\", realm=\\"api\\", uri=\\"/x\\", response=\\"${md5}\\""`, `response=\\"${R}\\"`],
      [JSON.stringify({ auth: `Digest username="ada", realm="api", response="${md5}"` }), `response=\\"${R}\\"`],
      [`sip: sending credentials Digest username="1001",realm="asterisk",uri="sip:100@pbx",response=${md5},algorithm=MD5`, `response=${R},`],
    ];
    for (const [input, kept] of shapes) {
      const out = label.redactText(input as string);
      expect(out).not.toContain(md5);
      expect(out).toContain(kept);
    }
  });

  it('keep a parameter whose quoted value starts with a symbol', () => {
    for (const text of ['Authorization: Digest username="_svc", realm="api"', 'Authorization: Digest username="${USER}", realm="api"']) {
      expect(label.redactText(text)).toBe(text);
    }
  });
});

describe('XML config that names a secret in an attribute', () => {
  const password = s.password();

  it('takes a value held in a CDATA section, and keeps its markers', () => {
    const shapes = [
      [`<entry key="db.password"><![CDATA[${password}]]></entry>`, `<entry key="db.password"><![CDATA[[REDACTED:xml-named-secret]]]></entry>`],
      [
        `<setting name="Password" serializeAs="String"><value><![CDATA[a<b${password}]]></value></setting>`,
        `<setting name="Password" serializeAs="String"><value><![CDATA[[REDACTED:xml-named-secret]]]></value></setting>`,
      ],
    ];
    for (const [input, output] of shapes) expect(label.redactText(input as string)).toBe(output);
  });
});

describe('tab- and pipe-separated fields', () => {
  it('keep schema rows whose next column is a SQL type with a length', () => {
    const rows = [
      'password\tvarchar(255)\tNO\t\tNULL',
      'password_hash\tchar(60)\tNO\t\tNULL',
      '|password|varchar(64)|not null|',
      'api_key\tcharacter varying(64)\tYES',
      'SECRET_KEY|VARBINARY(32)|',
      'pin|decimal(6,0)|',
    ];
    for (const row of rows) expect(label.redactText(row)).toBe(row);
  });

  it('still take a value beside such a row', () => {
    const password = s.password();
    expect(label.redactText(`password\t${password}\tvarchar(255)`)).toBe('password\t[REDACTED:secret-field]\tvarchar(255)');
  });
});

describe('psql output in a log', () => {
  it('loses a password in expanded display, where the key column is padded before its pipe', () => {
    const password = s.password();
    const input = `-[ RECORD 1 ]+------\nusename  | ada\npassword | ${password}\nvaluntil | infinity`;
    expect(label.redactText(input)).toBe(`-[ RECORD 1 ]+------\nusename  | ada\npassword | [REDACTED:secret-field]\nvaluntil | infinity`);
  });

  it('keeps a key column padded before a type or a plain word, and a shell pipe after a key', () => {
    for (const text of [' password      | text                     |           | not null |', 'password | required', 'echo $PASSWORD | docker login --password-stdin', 'cat password | base64 -d']) {
      expect(label.redactText(text)).toBe(text);
    }
  });
});
