import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../src/detect/compile.js';
import { compileRun, parseRun } from '../../../src/detect/runs.js';
import type { RuleSpec } from '../../../src/types.js';

/** The leftmost run's start by a plain regex: the reference the sampled search must equal. */
function reference(source: string, text: string, from: number): number {
  const re = new RegExp(source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m === null ? -1 : m.index;
}

describe('parseRun', () => {
  it('reads one ASCII class with a count, ranges and single characters', () => {
    const run = parseRun('[0-9a-fA-F]{64}');
    expect(run?.length).toBe(64);
    const members = [...(run?.table ?? [])].flatMap((v, c) => (v === 1 ? [String.fromCharCode(c)] : [])).join('');
    expect(members).toBe('0123456789ABCDEFabcdef');
    expect(parseRun('[-_a-z]{20}')?.table['-'.charCodeAt(0)]).toBe(1);
  });

  it('leaves every other shape to RE2', () => {
    for (const source of ['[0-9a-f]{8}', '[^0-9]{64}', '[0-9a-f]{64,}', '[0-9a-f]{64}x', 'x[0-9a-f]{64}', '[\\d]{64}', '[é]{64}', '[a-f]{32}|[0-9]{32}']) {
      expect(parseRun(source), source).toBeUndefined();
    }
  });
});

describe('compileRun', () => {
  const hex = '[0-9a-fA-F]{64}';
  const run = compileRun(parseRun(hex) as NonNullable<ReturnType<typeof parseRun>>);

  it('finds the leftmost run at or after from, as the regex would', () => {
    const line = `id=${'a'.repeat(63)} x ${'b1'.repeat(40)} y`;
    expect(run.startOfNext(Buffer.from(line), 0)).toBe(reference(hex, line, 0));
    expect(run.startOfNext(Buffer.from(line), 80)).toBe(reference(hex, line, 80));
    expect(run.startOfNext(Buffer.from('f'.repeat(63)), 0)).toBe(-1);
  });

  it('agrees with the regex on any text and any start', () => {
    const piece = fc.oneof(fc.constantFrom('a', 'F', '0', '9', 'g', ' ', '\n', 'é', '-'), fc.integer({ min: 1, max: 140 }).map((n) => 'c0ffee'.repeat(n).slice(0, n)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(400), (pieces, at) => {
        const text = pieces.join('');
        const bytes = Buffer.from(text, 'latin1');
        const from = Math.min(at, bytes.length);
        expect(run.startOfNext(bytes, from)).toBe(reference(hex, text, from));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tier 1 with a run kept out of the automaton', () => {
  const spec = (id: string, extra: Partial<RuleSpec>): RuleSpec => ({ id, family: 'custom', description: '', regex: '', keywords: [], examples: { match: [], noMatch: [] }, ...extra });
  const detector = compileRules([
    spec('long-hex', { regex: String.raw`\b([0-9a-f]{64,})\b`, prefilter: '[0-9a-f]{64}' }),
    spec('word', { regex: 'tok_([a-z]{8})', keywords: ['tok_'] }),
  ]);
  const hexLine = (n: number): string => `h ${'0123456789abcdef'.repeat(4).slice(0, 60)}${String(n).padStart(4, '0')}`;

  it('answers hits of both kinds, in order, whatever the order they were found in', () => {
    const block = Buffer.from([hexLine(1), 'tok_abcdefgh', 'clean', hexLine(2), hexLine(3), 'x tok_zzzzzzzz', ''].join('\n'));
    const hits = detector.hits(block);
    const lines: number[] = [];
    for (let pos = 0; ; ) {
      const end = hits.next(pos);
      if (end < 0) break;
      const line = block.subarray(0, end).toString().split('\n').length - 1;
      lines.push(line);
      const nl = block.indexOf(10, end - 1);
      pos = nl < 0 ? block.length : nl + 1;
    }
    expect(lines).toEqual([0, 1, 3, 4, 5]);
    // The stateless form agrees hit by hit.
    expect(detector.hitEnd(block, 0)).toBe(detector.hits(block).next(0));
  });

  it('starts afresh when asked from an earlier position', () => {
    const block = Buffer.from(`${hexLine(1)}\ntok_abcdefgh\n`);
    const hits = detector.hits(block);
    const second = hits.next(block.indexOf(10) + 1);
    expect(second).toBeGreaterThan(block.indexOf(10));
    expect(hits.next(0)).toBe(66);
  });
});
