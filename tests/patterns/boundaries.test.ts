import { describe, expect, it } from 'vitest';
import { builtinRules, createScrubber } from '../../src/index.js';
import { secretSpans } from '../support/secret-spans.js';

const scrubber = createScrubber();

// After base64 padding (`…==`) a value has ended: what follows is no part of the token.
const endsInPadding = (secret: string): boolean => secret.endsWith('=');

describe('a match ends on a token boundary (issue 7)', () => {
  const cases = builtinRules.flatMap((rule) =>
    rule.examples.match.flatMap((ex) =>
      secretSpans(ex.input, ex.output)
        .filter(([a, b]) => b - a >= 8 && !endsInPadding(ex.input.slice(a, b)))
        .map(([, b]) => [rule.id, ex.input, b] as const),
    ),
  );

  it.each(cases)('%s: a longer token than the example\'s goes whole or stays whole: %s', (_id, input, end) => {
    for (const more of ['Q7xZ9k', 'q7x_Z9', 'Q7x-Z9']) {
      const longer = `${input.slice(0, end)}${more}${input.slice(end)}`;
      const out = scrubber.redactText(longer);
      // A placeholder right before the extra characters is a token cut short: its tail survived.
      expect(out).not.toMatch(new RegExp(`\\[REDACTED:[a-z0-9-]+\\]${more}`));
    }
  });
});
