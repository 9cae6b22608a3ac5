import { describe, expect, it } from 'vitest';
import { builtinRules, createScrubber } from '../../src/index.js';

const scrubber = createScrubber();
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+\]/g;

/** The spans of `input` that `output` replaced by placeholders, found by aligning the text between them. */
function secretSpans(input: string, output: string): [number, number][] {
  const pieces = output.split(PLACEHOLDER);
  const spans: [number, number][] = [];
  let pos = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const at = input.indexOf(piece, pos);
    if (at < 0 || (i === 0 && at !== 0)) return [];
    if (i > 0) spans.push([pos, at]);
    pos = at + piece.length;
  }
  return spans;
}

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
