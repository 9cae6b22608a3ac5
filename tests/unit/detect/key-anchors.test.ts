import fc from 'fast-check';
import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { mergeKeyAnchors } from '../../../src/detect/key-anchors.js';

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
