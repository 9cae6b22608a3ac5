import { describe, expect, it } from 'vitest';
import { readableBytes } from '../../../src/detect/readable-bytes.js';
import { createScrubber } from '../../../src/scrubber.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('readableBytes', () => {
  it('gives the same Buffer back when it is valid UTF-8', () => {
    const bytes = Buffer.from('password=étienne 😀\n');
    expect(readableBytes(bytes)).toBe(bytes);
  });

  it('stands an ASCII letter in for each byte of an invalid sequence, keeping every offset and every valid character', () => {
    const out = readableBytes(Buffer.concat([latin1('a\xe9b '), Buffer.from('é'), latin1(' \xed\xa0\x80 \xf0\x9f\x98 \xc3')]));
    expect(out.toString('latin1')).toBe(`axb ${Buffer.from('é').toString('latin1')} xxx xxx x`);
  });
});

describe('a secret in a line that is not UTF-8 (a Latin-1 log)', () => {
  it('is redacted, and the bytes around it pass through as they were', () => {
    const scrubber = createScrubber();
    const lines = ['password=\xe9tienne2024Secret!\n', 'password=Etienne\xe92024Secret!\n', 'password="\xe9tienne2024Secret!" user=Andr\xe9\n'];
    for (const line of lines) {
      const out = scrubber.redactBuffer(latin1(line)).toString('latin1');
      expect(out, line).not.toContain('2024Secret');
      expect(out.startsWith('password=')).toBe(true);
    }
    expect(scrubber.redactBuffer(latin1(lines[2] as string)).toString('latin1')).toBe('password="[REDACTED:password-assignment]" user=Andr\xe9\n');
  });
});
