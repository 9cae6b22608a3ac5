import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateCorpus, recallOf, subscriptionEvent } from '../../bench/corpus.js';
import { naiveRedactLine } from '../../bench/baselines/naive.js';

describe('benchmark corpora', () => {
  it('are the same bytes for the same options', () => {
    const a = generateCorpus({ kind: 'jsonl', bytes: 64 * 1024, density: 0.1 });
    const b = generateCorpus({ kind: 'jsonl', bytes: 64 * 1024, density: 0.1 });
    expect(a.data.equals(b.data)).toBe(true);
  });

  it('list every planted secret on the line that holds it', () => {
    const { data, planted } = generateCorpus({ kind: 'text', bytes: 64 * 1024, density: 0.1 });
    const lines = data.toString().split('\n');
    expect(planted.size).toBeGreaterThan(5);
    for (const [line, secrets] of planted) for (const secret of secrets) expect(lines[line]).toContain(secret);
  });

  it('plant nothing at density 0', () => {
    expect(generateCorpus({ kind: 'jsonl', bytes: 32 * 1024, density: 0 }).planted.size).toBe(0);
  });

  it('make a request log whose lines are pino JSON, with benign cookies, SQL about sessions and 64-hex digests', () => {
    const { data, lines } = generateCorpus({ kind: 'reqlog', bytes: 256 * 1024, density: 0 });
    const text = data.toString().replace(/\n$/, '').split('\n');
    expect(text).toHaveLength(lines);
    for (const line of text) expect(() => JSON.parse(line)).not.toThrow();
    const share = (re: RegExp): number => text.filter((l) => re.test(l)).length / lines;
    expect(share(/"cookie":"theme=/)).toBeGreaterThan(0.3);
    expect(share(/\\"sessions\\"/)).toBeGreaterThan(0.05);
    expect(share(/[0-9a-f]{64}/)).toBeGreaterThan(0.01);
  });

  it('plant secrets in a request log on about `density` of its lines, each listed on its line', () => {
    const { data, lines, planted } = generateCorpus({ kind: 'reqlog', bytes: 512 * 1024, density: 0.1 });
    const text = data.toString().split('\n');
    expect(planted.size / lines).toBeGreaterThan(0.07);
    expect(planted.size / lines).toBeLessThan(0.13);
    for (const [line, secrets] of planted) for (const secret of secrets) expect(text[line]).toContain(secret);
  });

  it('make CloudWatch subscription events that decode to their messages', () => {
    const event = subscriptionEvent(['a', 'b']);
    const payload = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString()) as { logEvents: { message: string }[] };
    expect(payload.logEvents.map((e) => e.message)).toEqual(['a', 'b']);
  });
});

describe('recall', () => {
  it('is the share of planted secrets missing from the output', () => {
    const planted = new Map([[0, ['s1', 's2']], [1, ['s3']]]);
    expect(recallOf(planted, ['x s1 x', 'gone'])).toBeCloseTo(2 / 3);
    expect(recallOf(planted, ['', ''])).toBe(1);
  });

  it('counts the naive baseline fairly: it removes what its regexes know', () => {
    const { data, planted } = generateCorpus({ kind: 'jsonl', bytes: 128 * 1024, density: 0.2 });
    const out = data.toString().replace(/\n$/, '').split('\n').map(naiveRedactLine);
    expect(recallOf(planted, out)).toBeGreaterThan(0.9);
  });
});
