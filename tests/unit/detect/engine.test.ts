import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { MAX_SHARED_TRIGGER_CHARS } from '../../../src/constants.js';
import { compileRegex, compileSet, countGroups } from '../../../src/detect/engine.js';
import { builtinRules } from '../../../src/index.js';

/** RE2's own count: an empty alternative always matches, so one exec shows every group. */
const re2Count = (source: string): number => (new RE2(`(?:${source})|`).exec('')?.length ?? 1) - 1;

describe('countGroups', () => {
  it('agrees with RE2 on every built-in rule and on the tricky corners of the syntax', () => {
    const sources = [
      ...builtinRules.map((r) => r.regex),
      String.raw`(a)(?:b)(?P<c>d)[(]\(`,
      String.raw`[\]()](x)`,
      String.raw`[^]()](x)`,
      String.raw`[[:alpha:]()](y)`,
      String.raw`\Q(((\E(z)`,
      String.raw`(?i)(a)(?i:b)(?<n>c)`,
      String.raw`((a)|(b))*`,
    ];
    for (const source of sources) {
      // Read off the source as written: a rule's groups are counted without compiling it.
      expect(countGroups(source), source).toBe(re2Count(source));
      expect(countGroups(new RE2(source).internalSource), source).toBe(re2Count(source));
    }
  });

  it('gives a compiled regex its group count', () => {
    expect(compileRegex(String.raw`(a)(?:b)(c)`).groupCount).toBe(2);
  });
});

describe('start', () => {
  it('finds where the next match starts, with the byte before `from` as its context', () => {
    const re = compileRegex(String.raw`\b(ab)`);
    const line = Buffer.from('xab ab ab');
    expect(re.start(line, 0)).toBe(4);
    expect(re.start(line, 1)).toBe(4); // `\b` at 1 sees the `x` before it
    expect(re.start(line, 5)).toBe(7);
    expect(re.start(line, 9)).toBe(-1);
  });

  it('answers one byte after a match it starts on, as exec from there would, within a word and across many', () => {
    const re = compileRegex(String.raw`\b[a-z.]*(pass)[ =]+(\w+)`);
    const line = Buffer.from('ssl.keystore.pass = null x.pass=1 ' + 'y'.repeat(50) + 'pass=2');
    for (let from = 0; from <= line.length; from++) {
      const re2 = new RE2(String.raw`\b[a-z.]*(pass)[ =]+(\w+)`, 'g');
      re2.lastIndex = from;
      const m = re2.exec(line);
      expect(re.start(line, from), `from ${from}`).toBe(m === null ? -1 : m.index);
    }
  });
});

describe('compileRegex', () => {
  it('throws for a source RE2 rejects, unless asked to compile it on first use', () => {
    expect(() => compileRegex('(?<=a)b')).toThrow();
    const lazy = compileRegex('(?<=a)b', true);
    expect(lazy.groupCount).toBe(0);
    expect(() => lazy.start(Buffer.from('ab'), 0)).toThrow();
  });

  it('finds the same matches whether compiled at once or on first use', () => {
    const source = String.raw`\b(tok_[a-z]{4})\b`;
    const line = Buffer.from('x tok_abcd tok_ab tok_wxyz');
    const eager = compileRegex(source);
    const lazy = compileRegex(source, true);
    expect(lazy.exec(line, 3)).toEqual(eager.exec(line, 3));
    expect(lazy.start(line, 3)).toBe(eager.start(line, 3));
    expect(lazy.coversWhole('tok_abcd')).toBe(true);
  });
});

describe('coversWhole', () => {
  it('says whether the match at the start spans the whole text, as exec from 0 would', () => {
    const re = compileRegex(String.raw`\b(npm_[A-Za-z0-9]{4})\b`);
    expect(re.coversWhole('npm_ab12')).toBe(true);
    expect(re.coversWhole('npm_ab12 x')).toBe(false);
    expect(re.coversWhole('x npm_ab12')).toBe(false);
    expect(re.coversWhole('')).toBe(false);
  });

  it('judges the match at the start, not a longer one further on', () => {
    // At 0 the first alternative wins (`a`, not the whole `ab`), as exec from 0 would say.
    expect(compileRegex('a|ab').coversWhole('ab')).toBe(false);
    expect(compileRegex('ab|a').coversWhole('ab')).toBe(true);
    expect(compileRegex('b+').coversWhole('abb')).toBe(false);
  });
});

describe('compileSet', () => {
  it('names every source found, in ascending order, whichever Set holds it', () => {
    // Sources with a counted repetition sit in a Set of their own; the answer is the same.
    const set = compileSet(['(?i:cookie)', String.raw`\b[0-9a-f]{8}\b`, 'AKIA', 'tok_[a-z]{2,}', 'zzz']);
    expect(set.match(Buffer.from('Cookie: id=deadbeef; AKIA tok_ab'))).toEqual([0, 1, 2, 3]);
    expect(set.match(Buffer.from('tok_a zz'))).toEqual([]);
    expect(set.match(Buffer.from('zzz deadbeef'))).toEqual([1, 4]);
  });

  it('names every index of a source given several times, matching it once', () => {
    const set = compileSet(['(?i:authorization)', 'AKIA', '(?i:authorization)', 'zzz', 'AKIA']);
    expect(set.match(Buffer.from('Authorization: AKIA'))).toEqual([0, 1, 2, 4]);
    expect(set.match(Buffer.from('zzz'))).toEqual([3]);
  });

  it('answers the same for a source too long to share a Set, which gets one of its own', () => {
    const names = Array.from({ length: 400 }, (_, i) => `vendor${i.toString(36)}`);
    const long = `(?i:(?:${names.join('|')})[a-z0-9_.-]*key)`;
    expect(long.length).toBeGreaterThan(MAX_SHARED_TRIGGER_CHARS);
    const set = compileSet(['zzz', long, 'AKIA', long.replace('key)', 'pass)')]);
    expect(set.match(Buffer.from('AKIA vendorb_api_key zzz'))).toEqual([0, 1, 2]);
    expect(set.match(Buffer.from('VENDOR1-pass vendor2key'))).toEqual([1, 3]);
    expect(set.match(Buffer.from('vendor_key'))).toEqual([]);
  });
});
