/**
 * Which values are worth redacting: not empty, not a placeholder (ours or another tool's), not a
 * word that says "no secret here" (`null`, `true`, `${VAR}`), not an allowlisted example.
 * The words and shapes come from the vocabulary.
 */
import type { Vocabulary } from '../types.js';

/** Every placeholder we write starts so; a value holding one was redacted already (idempotence). */
const OWN_PLACEHOLDER = '[REDACTED';

/**
 * @example
 * const isCandidate = createValuePolicy(defaultVocabulary, [], new Set());
 * isCandidate('null'); // false
 * isCandidate('hunter2'); // true
 */
export function createValuePolicy(
  vocabulary: Pick<Vocabulary, 'trivialValues' | 'trivialShapes' | 'placeholderShapes'>,
  allowlist: readonly string[],
  maskTexts: ReadonlySet<string>,
): (text: string) => boolean {
  const words = new Set(vocabulary.trivialValues.map((w) => w.toLowerCase()));
  const shapes = new RegExp(`^(?:${vocabulary.trivialShapes.join('|')})$`, 'i');
  const placeholders = new RegExp(`^(?:${vocabulary.placeholderShapes.join('|')})$`);
  const allowed = new Set(allowlist);
  return (text) =>
    text.length > 0 &&
    !text.includes(OWN_PLACEHOLDER) &&
    !maskTexts.has(text) &&
    !allowed.has(text) &&
    !words.has(text.toLowerCase()) &&
    !shapes.test(text) &&
    !placeholders.test(text);
}
