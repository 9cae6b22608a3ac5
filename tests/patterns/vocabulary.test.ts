import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber, defaultVocabulary } from '../../src/index.js';

const scrubber = createScrubber();

/** A key of the vocabulary (`api key`) in the five shapes logs give it, each holding `value`. */
function shapes(key: string, value: string): string[] {
  const words = key.split(' ');
  const camel = words.map((w, i) => (i === 0 ? w : `${w[0]?.toUpperCase()}${w.slice(1)}`)).join('');
  const snake = words.join('_');
  const kebab = words.map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`).join('-');
  return [`{"${camel}":"${value}"}`, `{"${snake}":"${value}"}`, `${kebab}: ${value}`, `${snake.toUpperCase()}=${value}`, `${snake}: ${value}`];
}

/** A value that looks like a random credential: upper, lower and digits, from a seed. */
function randomValue(seed: number): string {
  const s = createSampler(seed);
  return `${s.from('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${s.from('abcdefghijkmnopqrstuvwxyz', 2)}${s.from('23456789', 2)}${s.alnum(18)}`;
}

describe('the vocabulary', () => {
  it('redacts every sensitive key as camelCase JSON, snake_case JSON, a kebab-case header, KEY=value and key: value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const value = randomValue(seed);
        for (const key of defaultVocabulary.sensitiveKeys) {
          for (const line of shapes(key, value)) expect(scrubber.redactText(line), `${key}: ${line}`).not.toContain(value);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('leaves every safe key alone in the same five shapes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const value = randomValue(seed);
        for (const key of defaultVocabulary.safeKeys) {
          if (key.startsWith(':')) continue; // `:runtime` is a marker inside an ARN, not a key
          for (const line of shapes(key, value)) expect(scrubber.redactText(line), key).toBe(line);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('reaches every key-driven rule with a config’s own sensitive keys', () => {
    const value = randomValue(7);
    const custom = createScrubber({ sensitiveKeys: ['favouriteColour'] });
    for (const line of shapes('favourite colour', value)) expect(custom.redactText(line), line).not.toContain(value);
    for (const line of shapes('favourite colour', value)) expect(scrubber.redactText(line), line).toBe(line);
  });

  it('exempts a config’s own safe keys from the key-driven rules', () => {
    const value = randomValue(8);
    const custom = createScrubber({ safeKeys: ['widget token'] });
    for (const line of shapes('widget token', value)) expect(custom.redactText(line), line).toBe(line);
    for (const line of shapes('widget token', value)) expect(scrubber.redactText(line), line).not.toContain(value);
  });
});
