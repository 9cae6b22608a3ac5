/** Where a label placeholder stands in redacted text. */
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+\]/g;

/**
 * The spans of `input` that `output` replaced by placeholders, found by aligning the text between
 * them; `[]` when `output` is not `input` with spans replaced.
 *
 * @example secretSpans('a=xyz b', 'a=[REDACTED:x] b') // [[2, 5]]
 */
export function secretSpans(input: string, output: string): [number, number][] {
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
