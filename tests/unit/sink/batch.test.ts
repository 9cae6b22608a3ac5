import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Batch, type BatchLimits, batchEvents, DEFAULT_LIMITS, eventBytes, fitEvent, type LogEvent } from '../../../src/sink/batch.js';

const bytesOf = (batch: readonly LogEvent[]): number => batch.reduce((sum, e) => sum + eventBytes(e), 0);

function expectWithinLimits(batches: readonly Batch[], limits: BatchLimits): void {
  for (const { events: batch, bytes } of batches) {
    expect(bytes).toBe(bytesOf(batch));
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.length).toBeLessThanOrEqual(limits.maxBatchEvents);
    expect(bytesOf(batch)).toBeLessThanOrEqual(limits.maxBatchBytes);
    expect((batch.at(-1) as LogEvent).timestamp - (batch[0] as LogEvent).timestamp).toBeLessThanOrEqual(limits.maxSpanMs);
    for (let i = 1; i < batch.length; i++) expect((batch[i] as LogEvent).timestamp).toBeGreaterThanOrEqual((batch[i - 1] as LogEvent).timestamp);
    for (const e of batch) expect(eventBytes(e)).toBeLessThanOrEqual(limits.maxEventBytes);
  }
}

/** Small limits, so that short generated sequences reach every edge. */
const SMALL: BatchLimits = { maxBatchBytes: 400, maxBatchEvents: 5, maxSpanMs: 1000, maxEventBytes: 120 };
const event = fc.record({ timestamp: fc.integer({ min: 0, max: 5000 }), message: fc.string({ unit: 'grapheme', maxLength: 60 }) });

describe('batchEvents', () => {
  it('makes batches that keep every quota, whose concatenation is the input sorted stably', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 120 }), (events) => {
        const fitted = events.flatMap((e) => fitEvent(e, SMALL, 'split'));
        const batches = batchEvents(fitted, SMALL);
        expectWithinLimits(batches, SMALL);
        const stable = fitted.map((e, i) => ({ e, i })).sort((a, b) => a.e.timestamp - b.e.timestamp || a.i - b.i).map(({ e }) => e);
        expect(batches.flatMap((b) => b.events)).toEqual(stable);
        expect(batches.map((b) => b.full)).toEqual(batches.map((_, i) => i < batches.length - 1));
      }),
      { numRuns: 500 },
    );
  });

  it('counts each event by the sizes it is given, which follow their events through the sort', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const fitted = events.flatMap((e) => fitEvent(e, SMALL, 'split'));
        const sizes = fitted.map((e) => eventBytes(e));
        const given = batchEvents(fitted, SMALL, sizes);
        expect(given).toEqual(batchEvents(fitted, SMALL));
        for (const b of given) expect(b.sizes).toEqual(b.events.map((e) => eventBytes(e)));
      }),
      { numRuns: 300 },
    );
    // Sizes are taken as given, not counted again: 200 "bytes" each fills a 400-byte batch at 2.
    const three = [0, 1, 2].map((t) => ({ timestamp: t, message: 'm' }));
    expect(batchEvents(three, SMALL, [200, 200, 200]).map((b) => b.events.length)).toEqual([2, 1]);
  });

  it('cuts at 10,000 events, 1,048,576 bytes (26 per event counted) and 24 hours with the real limits', () => {
    const tiny = Array.from({ length: 25_000 }, (_, i) => ({ timestamp: 1_700_000_000_000 + i, message: 'x' }));
    expect(batchEvents(tiny).map((b) => b.events.length)).toEqual([10_000, 10_000, 5_000]);
    const big = Array.from({ length: 8 }, (_, i) => ({ timestamp: 1_700_000_000_000 + i, message: 'é'.repeat(100_000) }));
    const byBytes = batchEvents(big);
    expectWithinLimits(byBytes, DEFAULT_LIMITS);
    expect(byBytes.map((b) => b.events.length)).toEqual([5, 3]);
    const day = 24 * 60 * 60 * 1000;
    const spread = [0, day, day + 1, 2 * day + 1, 3 * day].map((t) => ({ timestamp: 1_700_000_000_000 + t, message: 'm' }));
    expect(batchEvents(spread.reverse()).map((b) => b.events.length)).toEqual([2, 2, 1]);
  });
});

describe('fitEvent', () => {
  it('splits an oversize message into marked parts that fit and reassemble, never cutting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 100, maxLength: 1500 }), (message) => {
        const limits = { ...SMALL, maxEventBytes: 150 };
        const parts = fitEvent({ timestamp: 7, message }, limits, 'split');
        for (const p of parts) {
          expect(eventBytes(p)).toBeLessThanOrEqual(150);
          expect(p.timestamp).toBe(7);
          expect(Buffer.from(p.message, 'utf8').toString('utf8')).toBe(p.message);
        }
        if (parts.length === 1 && parts[0]?.message === message) return;
        const marker = /^\[logscrub: part (\d+)\/(\d+)\] /;
        expect(parts.map((p) => p.message.match(marker)?.slice(1, 3).join('/'))).toEqual(parts.map((_, i) => `${i + 1}/${parts.length}`));
        expect(parts.map((p) => p.message.replace(marker, '')).join('')).toBe(message);
      }),
      { numRuns: 300 },
    );
  });

  it('truncates with a marker saying how many bytes were dropped when asked to', () => {
    const message = 'ü'.repeat(200_000);
    const [only, ...rest] = fitEvent({ timestamp: 1, message }, DEFAULT_LIMITS, 'truncate');
    expect(rest).toEqual([]);
    expect(eventBytes(only as LogEvent)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxEventBytes);
    const marker = / \[logscrub: truncated, (\d+) bytes dropped\]$/;
    const head = (only as LogEvent).message.replace(marker, '');
    // The head is the message's own beginning, cut between characters, and the count is exact.
    expect(message.startsWith(head)).toBe(true);
    expect(Number((only as LogEvent).message.match(marker)?.[1])).toBe(Buffer.byteLength(message) - Buffer.byteLength(head));
  });

  it('returns an event that fits as it is', () => {
    const e = { timestamp: 1, message: 'fits' };
    expect(fitEvent(e, DEFAULT_LIMITS, 'split')[0]).toBe(e);
  });
});
