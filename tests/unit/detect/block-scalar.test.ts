import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { BLOCK_SCALAR_MAX_LINES } from '../../../src/constants.js';
import { createScrubber, NO_CARRY } from '../../../src/index.js';

const scrubber = createScrubber();
const s = createSampler(2026113013);
const secret = s.password();
const L = '[REDACTED:secret-block-scalar]';

describe('a YAML block scalar under a secret key', () => {
  it('takes each line indented deeper than the key and keeps CRLF line ends', () => {
    const input = `password: |\r\n  ${secret}\r\n  ${secret}\r\nuser: ada\r\n`;
    expect(scrubber.redactText(input)).toBe(`password: |\r\n  ${L}\r\n  ${L}\r\nuser: ada\r\n`);
  });

  it('ends at the first line no deeper than the key, so the next key and its value stay', () => {
    const input = `db:\n  password: >-\n    ${secret}\n  host: db.internal\n  port: 5432\n`;
    expect(scrubber.redactText(input)).toBe(`db:\n  password: >-\n    ${L}\n  host: db.internal\n  port: 5432\n`);
  });

  it('follows an escaped CRLF inside a JSON string and keeps the line valid JSON', () => {
    const input = JSON.stringify({ msg: `password: |\r\n  ${secret}\r\nuser: ada` });
    const out = scrubber.redactText(input);
    expect(out).not.toContain(secret);
    expect(JSON.parse(out)).toEqual({ msg: `password: |\r\n  ${L}\r\nuser: ada` });
  });

  it('takes what a block that ends the text holds, with no line break after it', () => {
    expect(scrubber.redactText(`token: |\n  ${secret}`)).toBe(`token: |\n  ${L}`);
  });

  it('follows a block for at most BLOCK_SCALAR_MAX_LINES lines', () => {
    const lines = Array.from({ length: BLOCK_SCALAR_MAX_LINES + 2 }, () => `  ${secret}`);
    const out = scrubber.redactText(`password: |\n${lines.join('\n')}\n`).split('\n');
    expect(out[BLOCK_SCALAR_MAX_LINES]).toBe(`  ${L}`);
    expect(out[BLOCK_SCALAR_MAX_LINES + 1]).toBe(`  ${secret}`);
  });

  it('takes the block under a quoted key, raw or with its quotes escaped in a JSON string', () => {
    // The JSON-key rule read `"password": |` as a key with the bare value `|` and left the block (review-leaks).
    expect(scrubber.redactText(`"password": |\n  ${secret}\nuser: ada`)).toBe(`"password": |\n  ${L}\nuser: ada`);
    expect(scrubber.redactText(`'api_key': >-\n  ${secret}\n`)).toBe(`'api_key': >-\n  ${L}\n`);
    const input = JSON.stringify({ msg: `"password": |\n  ${secret}\nuser: ada` });
    const out = scrubber.redactText(input);
    expect(JSON.parse(out)).toEqual({ msg: `"password": |\n  ${L}\nuser: ada` });
  });

  it('follows a YAML dump two JSON strings in, and keeps both levels valid JSON', () => {
    // Helm values logged as a string field of a JSON message: the line breaks are `\\n` (review-leaks).
    const input = JSON.stringify({ msg: JSON.stringify({ values: `db:\n  password: |\n    ${secret}\n    ${secret}\n  user: ada`, n: 1 }) });
    const out = scrubber.redactText(input);
    expect(out).not.toContain(secret);
    expect(JSON.parse(JSON.parse(out).msg)).toEqual({ values: `db:\n  password: |\n    ${L}\n    ${L}\n  user: ada`, n: 1 });
  });

  it('ends a block two strings in at the inner string\'s closing quote', () => {
    const input = JSON.stringify({ msg: JSON.stringify({ values: `password: >-\n  ${secret}`, user: 'ada' }) });
    expect(JSON.parse(JSON.parse(scrubber.redactText(input)).msg)).toEqual({ values: `password: >-\n  ${L}`, user: 'ada' });
  });

  it('leaves a key that opens no block, and a block under a key that names no secret', () => {
    for (const text of ['password: |\nuser: ada\n', `notes: |\n  ${secret}\n`, 'password: |\n\n']) {
      expect(scrubber.redactText(text)).toBe(text);
    }
  });
});

describe("PHP var_dump's value on the line after its key", () => {
  const V = '[REDACTED:php-var-dump-next-line]';

  it("takes the string(N) line at the key's column and nothing after the next key", () => {
    const input = `  ["password"]=>\n  string(${secret.length}) "${secret}"\n  ["user"]=>\n  string(3) "ada"\n`;
    expect(scrubber.redactText(input)).toBe(`  ["password"]=>\n  string(${secret.length}) "${V}"\n  ["user"]=>\n  string(3) "ada"\n`);
  });

  it("stops at var_dump's next key, so a NULL value lends the next key's value to no one", () => {
    const input = '  ["password"]=>\n  NULL\n  ["user"]=>\n  string(3) "ada"\n';
    expect(scrubber.redactText(input)).toBe(input);
  });

  it('goes on into the next block of a stream when the key ends a block', () => {
    const first = scrubber.redactBlock(Buffer.from('array(1) {\n  ["password"]=>\n'), NO_CARRY);
    const second = scrubber.redactBlock(Buffer.from(`  string(${secret.length}) "${secret}"\n}\n`), first.carry);
    expect(second.bytes.toString()).toBe(`  string(${secret.length}) "${V}"\n}\n`);
  });
});
