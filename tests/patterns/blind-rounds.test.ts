import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { BLIND_ROOT, readRound, scoreRound } from '../support/blind.js';

/**
 * The blind rounds from session 35 on (tests/corpora/blind): corpora that helper sessions wrote
 * without reading the rules, kept so that no later change loses what they found. Each round's
 * known.json lists the secret lines that still leak and the look-alikes still changed when it was
 * last scored (`node dist/scripts/blind-score.js --write-known`): the rules may do better than it,
 * never worse.
 */
const scrubber = createScrubber();
const rounds = readdirSync(BLIND_ROOT).sort();

describe('the blind rounds', () => {
  it('are there', () => {
    expect(rounds.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(rounds)('round %s', (name) => {
    const round = readRound(join(BLIND_ROOT, name));
    const score = scoreRound(round, (line) => scrubber.redactLine(line));

    it('removes every secret it removed when last scored', () => {
      const known = new Set(round.known.leaks);
      expect(score.leaks.filter((l) => !known.has(l.index)).map((l) => `${l.index} [${l.note}] ${l.output}`)).toEqual([]);
    });

    it('leaves every look-alike it left when last scored', () => {
      const known = new Set(round.known.changed);
      expect(score.changed.filter((c) => !known.has(c.index)).map((c) => `${c.index} ${c.output}`)).toEqual([]);
    });
  });
});
