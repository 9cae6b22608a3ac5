import { describe, expect, it } from 'vitest';
import { builtinPatterns, createRedactor } from '../../src/index.js';

describe.each(builtinPatterns.map((p) => [p.id, p] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.match.map((ex) => [ex.input, ex.output]))('redacts %s', (input, output) => {
    expect(createRedactor().redactText(input)).toBe(output);
  });

  it.each(rule.examples.noMatch.map((text) => [text]))('leaves %s untouched', (text) => {
    expect(createRedactor().redactText(text)).toBe(text);
  });
});
