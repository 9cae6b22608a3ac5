import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/detect/compile.js';
import { compileRegex } from '../../src/detect/engine.js';
import { builtinRules, createScrubber } from '../../src/index.js';

const scrubber = createScrubber();

describe('the built-in catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = builtinRules.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('compiles with RE2, and every secretGroup exists', () => {
    expect(() => compileRules(builtinRules)).not.toThrow();
  });

  it("names in moreSecrets a group of the rule's regex and a rule of the catalog for its label", () => {
    const ids = new Set(builtinRules.map((p) => p.id));
    for (const p of builtinRules) {
      const groups = compileRegex(p.regex).groupCount;
      for (const more of p.moreSecrets ?? []) {
        expect(more.group, p.id).toBeGreaterThan(0);
        expect(more.group, p.id).toBeLessThanOrEqual(groups);
        expect(ids.has(more.ruleId), `${p.id}: ${more.ruleId}`).toBe(true);
      }
    }
  });

  it('has lower-case keywords, and at least one example of each kind per rule', () => {
    for (const p of builtinRules) {
      for (const k of p.keywords) expect(k).toBe(k.toLowerCase());
      expect(p.keywords.length > 0 || p.anchor !== undefined, p.id).toBe(true);
      expect(p.examples.match.length, p.id).toBeGreaterThan(0);
      expect(p.examples.noMatch.length, p.id).toBeGreaterThan(0);
    }
  });

  it('finds a keyword (or the anchor) inside every match of every example', () => {
    for (const p of builtinRules) {
      const regex = compileRegex(p.regex);
      const anchor = p.anchor === undefined ? undefined : compileRegex(p.anchor);
      for (const ex of p.examples.match) {
        // The engine runs a rule on one line: a YAML block scalar's example spans several.
        const lines = ex.input.split('\n').map((line) => Buffer.from(line));
        const bytes = lines.find((line) => regex.exec(line, 0) !== null) ?? Buffer.from(ex.input);
        const m = regex.exec(bytes, 0);
        expect(m, `${p.id}: ${ex.input}`).not.toBeNull();
        if (m === null) continue;
        // A Cookie header rule matches the header's name and reads its value, the rest of the line.
        const text = bytes.subarray(m.start, p.kind === 'cookie-header' ? bytes.length : m.end);
        if (anchor !== undefined) expect(anchor.exec(text, 0), p.id).not.toBeNull();
        else expect(p.keywords.some((k) => text.toString('utf8').toLowerCase().includes(k.toLowerCase())), `${p.id}: ${text}`).toBe(true);
      }
    }
  });

  it('never writes a regex that can match a line break (no \\s)', () => {
    for (const p of builtinRules) expect(p.regex.includes('\\s'), p.id).toBe(false);
  });

  it('makes placeholders that no rule matches: every example output scrubs to itself', () => {
    for (const p of builtinRules) {
      for (const ex of p.examples.match) expect(scrubber.redactText(ex.output), p.id).toBe(ex.output);
    }
  });

  it('is documented: every rule has a description and a family', () => {
    for (const p of builtinRules) {
      expect(p.description.length, p.id).toBeGreaterThan(10);
      expect(p.family.length, p.id).toBeGreaterThan(0);
    }
  });
});
