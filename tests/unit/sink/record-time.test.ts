import { describe, expect, it } from 'vitest';
import { recordTime } from '../../../src/sink/record-time.js';

describe('recordTime', () => {
  const NOW = 1_700_000_000_000;

  it.each([
    ['{"level":30,"time":1764460800123,"msg":"x"}', 1764460800123],
    ['{"level":30,"time":1764460800,"msg":"x"}', 1764460800000],
    ['{"level":30,"time":"2025-11-30T00:00:00.123Z","msg":"x"}', Date.parse('2025-11-30T00:00:00.123Z')],
  ])('reads pino\'s time in %s', (line, want) => {
    expect(recordTime(line, NOW)).toBe(want);
  });

  it.each([
    ['plain text, no time at all'],
    ['{"level":30,"time":"yesterday"}'],
    ['{"level":30,"time":null}'],
    ['{"level":30,"time":"2025-11-30T00:00:00Z'],
    ['{"level":30,"msg":"job done","time":123}'],
    ['{"level":30,"time":99999999999999}'],
    [`{"level":30,${'"pad":"x",'.repeat(40)}"time":1764460800123}`],
  ])('falls back to the time given for %s', (line) => {
    expect(recordTime(line, NOW)).toBe(NOW);
  });
});
