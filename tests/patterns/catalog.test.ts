import { describe, expect, it } from 'vitest';
import { builtinRules, createScrubber } from '../../src/index.js';

// One scrubber for every example: per-call methods carry nothing from one call to the next.
const scrubber = createScrubber();

describe.each(builtinRules.map((p) => [p.id, p] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.match.map((ex) => [ex.input, ex.output]))('redacts %s', (input, output) => {
    expect(scrubber.redactText(input)).toBe(output);
  });

  it.each(rule.examples.noMatch.map((text) => [text]))('leaves %s untouched', (text) => {
    expect(scrubber.redactText(text)).toBe(text);
  });
});
