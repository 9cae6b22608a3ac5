/**
 * A token right after an escape that ends in a word character: a percent escape in a URL-encoded
 * context (`?token%3Dghp_…`, `%22AKIA…%22`) or a JSON string escape in a multi-line message
 * (`\nAKIA…`). `\b` sees no boundary there (`%3Dghp_` reads `Dg`), so a rule that opened with it
 * let the token through (leaks review, class 1).
 */
import { describe, expect, it } from 'vitest';
import { builtinRules, createScrubber } from '../../src/index.js';
import { secretSpans } from '../support/secret-spans.js';

const scrubber = createScrubber();

/** What comes right before and after a token in URL-encoded and JSON-escaped contexts. */
const CONTEXTS = [
  ['GET /cb?next=%2Fhome%3Ftoken%3D', '%26x%3D1 302'],
  ['q=%22', '%22'],
  ['h=Authorization%3A%20Bearer%20', ' ok'],
  ['{"msg":"config dump:\\n', '\\nend"}'],
  ['{"msg":"key\\t', '"}'],
  ['{"u":"\\u0022', '\\u0022"}'],
] as const;

/** Every secret of a token rule's examples that the rule finds by its shape alone, with no key before it. */
const tokens = builtinRules
  .filter((rule) => rule.generic !== true)
  .flatMap((rule) =>
    rule.examples.match.flatMap((ex) =>
      secretSpans(ex.input, ex.output)
        .map(([a, b]) => ex.input.slice(a, b))
        .filter((secret) => secret.length >= 12 && !/[%"\\ ]/.test(secret) && !scrubber.redactText(`x ${secret} y`).includes(secret))
        .map((secret) => [rule.id, secret] as const),
    ),
  );

describe('a token after an escape that ends in a word character', () => {
  it('has token examples to plant', () => {
    expect(tokens.length).toBeGreaterThan(40);
  });

  it.each(tokens)('%s: goes after a percent escape and a JSON escape: %s', (_id, secret) => {
    for (const [before, after] of CONTEXTS) {
      const out = scrubber.redactText(`${before}${secret}${after}`);
      expect(out).not.toContain(secret);
      // The escape stays: only the token goes.
      expect(out.startsWith(before)).toBe(true);
    }
  });

  it('keeps text that only looks like a prefix after an escape', () => {
    for (const line of ['q=%22ghp_short%22', 'q=%20AKIA%20', '{"msg":"a\\nsk-proj\\n"}', 'p=%3Dxoxb-1']) {
      expect(scrubber.redactText(line)).toBe(line);
    }
  });
});
