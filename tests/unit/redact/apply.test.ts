import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { applyFindings } from '../../../src/redact/apply.js';
import { createScrubber } from '../../../src/scrubber.js';
import type { Finding } from '../../../src/types.js';

const s = createSampler(19);
const label = () => (id: string) => Buffer.from(`[REDACTED:${id}]`);
const apply = (text: string, start: number, end: number): string =>
  applyFindings(Buffer.from(text), [{ ruleId: 'x', start, end } as Finding], label).toString();

describe('applyFindings', () => {
  it('gives the same Buffer back when there is nothing to replace', () => {
    const bytes = Buffer.from('{"a":1}');
    expect(applyFindings(bytes, [], label)).toBe(bytes);
  });

  it('takes in the escape a span starts inside of, so no backslash is left without its letter', () => {
    // `\f` then a token: a rule sees `f98…` as hex. `\u0041` then a token: it sees `0041…`.
    expect(apply('{"m":"a \\fdeadbeef z"}', 9, 18)).toBe('{"m":"a [REDACTED:x] z"}');
    expect(apply('{"m":"a \\u0041bcdef z"}', 10, 19)).toBe('{"m":"a [REDACTED:x] z"}');
    expect(apply('{"m":"a \\ud83d\\ude00bcdef z"}', 16, 25)).toBe('{"m":"a \\ud83d[REDACTED:x] z"}');
  });

  it('takes in the escape a span ends inside of, so the quote after it is not unescaped', () => {
    expect(apply('{"m":"k=abc\\"de"}', 8, 12)).toBe('{"m":"k=[REDACTED:x]de"}');
    expect(apply('{"m":"k=abc\\u0022de"}', 8, 14)).toBe('{"m":"k=[REDACTED:x]de"}');
  });

  it('leaves a span alone that starts after an escaped backslash (an even run of backslashes)', () => {
    expect(apply('{"m":"a\\\\deadbeef"}', 9, 17)).toBe('{"m":"a\\\\[REDACTED:x]"}');
  });

  it('keeps JSON lines valid when a token follows an escape without a break, as the built-in rules find them', () => {
    const scrubber = createScrubber();
    const lines = [
      `{"message":"Authorization: Bearer \\f${s.hex(64)}","n":1}`,
      `{"note":"Cookie: adonis-session=\\u0041${s.uuid()}; a=b","n":1}`,
      `{"msg":"-----BEGIN PRIVATE KEY-----\\ud83d\\ude00${s.base64(40)}","n":1}`,
    ];
    for (const line of lines) {
      JSON.parse(line);
      const out = scrubber.redactLine(line);
      expect(out).not.toBe(line);
      expect(() => JSON.parse(out), out).not.toThrow();
    }
  });
});
