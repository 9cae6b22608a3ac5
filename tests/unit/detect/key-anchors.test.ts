import fc from 'fast-check';
import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { mergeKeyAnchors, withoutCovered } from '../../../src/detect/key-anchors.js';

const merge = (...sources: string[]): { source: string; members: number[] }[] =>
  mergeKeyAnchors(sources.map((source, member) => ({ source, member }))).map(({ source, members }) => ({ source, members: [...members] }));

describe('mergeKeyAnchors', () => {
  it('joins the keys of anchors with the same separator', () => {
    expect(merge('(?i:(?:token|secret)s?)[:=]', '(?i:(?:password|token)s?)[:=]')).toEqual([{ source: '(?i:(?:token|secret|password)s?)[:=]', members: [0, 1] }]);
  });

  it('joins the separators of anchors with the same keys, and what a merge made alike', () => {
    expect(merge('(?i:(?:token)s?)=', '(?i:(?:password)s?)=', '(?i:(?:password|token)s?):')).toEqual([{ source: '(?i:(?:token|password)s?)(?:=|:)', members: [0, 1, 2] }]);
  });

  it('never puts a key before a separator that none of its anchors had it before', () => {
    expect(merge('(?i:(?:token)s?)=', '(?i:(?:password)s?)\\|', '(?i:(?:token)s?):', '(?i:(?:password)s?)=')).toEqual([
      { source: '(?i:(?:token)s?)(?:=|:)', members: [0, 2] },
      { source: '(?i:(?:password)s?)(?:\\||=)', members: [1, 3] },
    ]);
  });

  it('keeps apart anchors that differ in both, or in what comes before the keys', () => {
    const apart = ['(?i:(?:token)s?)=', '(?i:(?:password)s?)[!,"]', '--(?i:[a-z0-9_.-]*(?:token)s?)=', '--(?i:(?:token)s?)='];
    expect(merge(...apart)).toEqual(apart.map((source, i) => ({ source, members: [i] })));
  });

  it('leaves alone what it cannot take apart safely: other shapes, a group open across the keys, an alternation around them', () => {
    const alone = ['AKIA|ASIA', '(?:a|(?i:(?:token)s?))=', '(?i:(?:token)s?)=|x', '(?i:(?:token)s?)[(]|(?i:(?:token)s?)=', '(?i:(?:to(?:k)en)s?)='];
    expect(merge(...alone, '(?i:(?:secret)s?)=')).toEqual([...alone, '(?i:(?:secret)s?)='].map((source, i) => ({ source, members: [i] })));
  });

  it('splits keys at | outside character classes only', () => {
    expect(merge('(?i:(?:a[|]b|c)s?)=', '(?i:(?:d)s?)=')[0]?.source).toBe('(?i:(?:a[|]b|c|d)s?)=');
  });

  it('matches exactly where one of the anchors it merged matches', () => {
    const keys = ['token', 'secret', 'pass[_.-]?word', 'api[_.-]?key'];
    const separators = ['[:=]', '\\\\*"[ \\t]*:', '[ \\t]+\\|', '(?:\\t|\\\\t)'];
    const anchor = fc.record({ keys: fc.subarray(keys, { minLength: 1 }), separator: fc.constantFrom(...separators) }).map(({ keys: k, separator }) => `(?i:(?:${k.join('|')})s?)${separator}`);
    const text = fc.array(fc.constantFrom('token', 'TOKENS', 'secret', 'password', 'pass-word', 'api_key', '=', ':', '"', '\\', ' ', '\t', '|', 'x', '\\t'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(anchor, { minLength: 1, maxLength: 5 }), text, (anchors, input) => {
        const any = anchors.some((a) => new RE2(a).test(input));
        const merged = merge(...anchors);
        expect(merged.flatMap((m) => m.members).sort()).toEqual(anchors.map((_, i) => i));
        expect(merged.some((m) => new RE2(m.source).test(input))).toBe(any);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('withoutCovered', () => {
  it('drops the alternatives of a literal group whose every match holds a literal of the pass', () => {
    expect(withoutCovered('(?i:(?:access[_.-]?token|session[_.-]?id|pw)s?)[:=]', ['token', 'key'])).toBe('(?i:(?:session[_.-]?id|pw)s?)[:=]');
    expect(withoutCovered('<[A-Za-z0-9_.:-]*(?i:(?:password|secret)[ \\t>]|(?:pwd|pin)>)', ['pass', 'secret'])).toBe('<[A-Za-z0-9_.:-]*(?i:(?:[^\\x00-\\x{10FFFF}])[ \\t>]|(?:pwd|pin)>)');
  });

  it('reads a literal only inside one word: across a separator a key may be spelled apart', () => {
    expect(withoutCovered('(?:pas[_.-]?skey|x)=', ['pass'])).toBe('(?:pas[_.-]?skey|x)=');
  });

  it('leaves groups of other shapes, classes and escapes as they are', () => {
    const sources = ['(?:=>|[:=]|[ \\t]string[ \\t]*=)', '(?:\\t|\\\\t|\\|)', '(?i:key|name)[ \\t]*=', '[(?:token)]', '\\(?:token|x)'];
    for (const source of sources) expect(withoutCovered(source, ['token'])).toBe(source);
  });

  it('hits, with the literals, every line the whole anchor hits (fast-check)', () => {
    const words = ['token', 'secret', 'session', 'pin', 'pw', 'api', 'key', 'csrf'];
    const word = fc.constantFrom(...words);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.subarray(words), fc.string(), (keys, literals, line) => {
        const source = `(?i:(?:${keys.map((k) => k.join('[_.-]?')).join('|')})s?)[:=]`;
        const text = `${line} ${keys.flat().join('_')}= ${line}`;
        const whole = new RE2(source).test(text);
        const reduced = new RE2(withoutCovered(source, literals)).test(text);
        const literal = literals.some((l) => text.toLowerCase().includes(l));
        expect(!whole || reduced || literal).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
