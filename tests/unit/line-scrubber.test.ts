import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { countLines, createLineScrubber } from '../../src/line-scrubber.js';
import { createScrubber } from '../../src/index.js';

const s = createSampler(4242);
const scrubber = createScrubber({ maxLineBytes: 1024 });

/** Feeds `chunks` through a fresh line scrubber; returns the output and the stats. */
function feed(chunks: readonly (string | Buffer)[]) {
  const lines = scrubber.stream();
  const out = [...chunks.flatMap((c) => lines.push(Buffer.from(c))), ...lines.end()];
  return { out: Buffer.concat(out).toString(), stats: lines.stats() };
}

describe('createLineScrubber', () => {
  it('keeps one line out per line in when a too-long line arrives over three reads', () => {
    const { out, stats } = feed(['first\nxx', 'x'.repeat(800), `${'x'.repeat(800)}\nafter\n`]);
    expect(out).toBe('first\n[REDACTED:line-too-long]\nafter\n');
    expect(stats).toMatchObject({ lines: 3, linesTooLong: 1, failed: 1 });
  });

  it('replaces a too-long last line that has no newline, and one that is held whole in a single read', () => {
    expect(feed(['ok\n', 'y'.repeat(600), 'y'.repeat(600)]).out).toBe('ok\n[REDACTED:line-too-long]');
    expect(feed([`ok\n${'z'.repeat(2000)}\nend`]).out).toBe('ok\n[REDACTED:line-too-long]\nend');
  });

  it('joins a line split across reads before scanning it', () => {
    const jwt = s.jwt();
    const line = `Authorization: Bearer ${jwt}\n`;
    const { out, stats } = feed([line.slice(0, 30), line.slice(30, 60), line.slice(60)]);
    expect(out).toBe('Authorization: Bearer [REDACTED:jwt]\n');
    expect(stats.byRule).toEqual({ jwt: 1 });
  });

  it('follows a PEM key body across reads, and only within its own stream', () => {
    const body = [s.base64(64), s.base64(64)];
    const pem = ['-----BEGIN PRIVATE KEY-----\n', `${body[0]}\n`, `${body[1]}\n`, '-----END PRIVATE KEY-----\n'];
    expect(feed(pem).out).toBe(`${pem[0]}[REDACTED:private-key]\n[REDACTED:private-key]\n${pem[3]}`);
    const other = scrubber.stream();
    const first = scrubber.stream();
    first.push(Buffer.from(pem[0] as string));
    expect(Buffer.concat(other.push(Buffer.from(pem[1] as string))).toString()).toBe(pem[1]);
  });

  it('takes a key body\'s short last line too, bare or padded after a log prefix', () => {
    // A body's last line is what is left of the key: often under PEM_MIN_RUN (`5NDH0A==`), and it
    // stayed while the lines before it went (s15, a red-team review).
    for (const last of [`${s.base64(6)}==`, `${s.base64(11)}=`]) {
      const pem = ['-----BEGIN PRIVATE KEY-----\n', `${s.base64(64)}\n`, `${last}\n`, '-----END PRIVATE KEY-----\n'];
      expect(feed(pem).out).toBe(`${pem[0]}[REDACTED:private-key]\n[REDACTED:private-key]\n${pem[3]}`);
      expect(feed([pem.join('').replace(last, last.replace(/=+$/, ''))]).out).toBe(`${pem[0]}[REDACTED:private-key]\n[REDACTED:private-key]\n${pem[3]}`);
      const prefixed = pem.map((line) => `2026-11-30T10:00:00.000Z\tc0ffee00\t${line}`);
      expect(feed(prefixed).out).toBe(
        [prefixed[0], `${prefixed[1]?.slice(0, 34)}[REDACTED:private-key]\n`, `${prefixed[2]?.slice(0, 34)}[REDACTED:private-key]\n`, prefixed[3]].join(''),
      );
    }
  });

  it('keeps a short word, on a line of its own or after a log prefix, after a key body with no END', () => {
    const pem = ['-----BEGIN PRIVATE KEY-----\n', `${s.base64(64)}\n`, 'INFO ok\n', 'INFO restarting\n'];
    expect(feed(pem).out).toBe(`${pem[0]}[REDACTED:private-key]\n${pem[2]}${pem[3]}`);
    for (const word of ['done', 'OK', 'Done']) expect(feed([pem[0] as string, pem[1] as string, `${word}\n`]).out).toBe(`${pem[0]}[REDACTED:private-key]\n${word}\n`);
  });

  it('writes the same bytes however the input is cut into reads', () => {
    const input = [
      `{"password":"${s.password()}","n":1}`,
      '',
      'plain text\r',
      `token=${s.hex(64)}`,
      'x'.repeat(1500),
      '-----BEGIN PRIVATE KEY-----',
      s.base64(64),
      '-----END PRIVATE KEY-----',
      'ünïcödé ✓',
    ].join('\n');
    const bytes = Buffer.from(input);
    const whole = feed([bytes]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = points.slice(1).map((end, i) => bytes.subarray(points[i], end));
        const cut = feed(chunks);
        expect(cut.out).toBe(whole.out);
        expect(cut.stats).toEqual(whole.stats);
      }),
      { numRuns: 200 },
    );
  });

  it('counts lines, a last line without a newline included', () => {
    expect(countLines(Buffer.from('a\nb\n'))).toBe(2);
    expect(countLines(Buffer.from('a\nb'))).toBe(2);
    expect(countLines(Buffer.alloc(0))).toBe(0);
    expect(feed(['a\n', 'b']).stats.lines).toBe(2);
  });

  it.each([
    [{ maxLineBytes: Number.NaN }, 'stream() option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received number NaN'],
    [{ maxLineBytes: 'abc' }, 'stream() option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received the string "abc"'],
    [{ maxLineBytes: 2 ** 40 }, 'stream() option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received number 1099511627776'],
    [{ maxLineBytes: 0 }, 'stream() option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received number 0'],
    [{ maxLineBytes: -1 }, 'stream() option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received number -1'],
    [{ maxLineBytes: null }, 'stream() option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received null'],
    [{ maxLinebytes: 4096 }, 'stream() option "maxLinebytes" is unknown; allowed: maxLineBytes'],
    [null, 'stream() options must be an object { maxLineBytes? }, received null'],
  ])('refuses stream(%o) as a config is refused, naming the option', (options, message) => {
    expect(() => scrubber.stream(options as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS', message }));
  });

  it('takes its maxLineBytes from the scrubber unless told', () => {
    const lines = createLineScrubber(scrubber, { maxLineBytes: 2048 });
    expect(Buffer.concat([...lines.push(Buffer.from(`${'q'.repeat(1500)}\n`)), ...lines.end()]).toString()).toBe(`${'q'.repeat(1500)}\n`);
  });
});
