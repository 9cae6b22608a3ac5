/**
 * `engine`: the redaction engine in-process, against the naive redactor, pino's own `redact`
 * paths, and the plumbing limits (line split alone, gunzip alone).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import pino from 'pino';
import { compileRules, type Detector } from '../../src/detect/compile.js';
import { createScrubber, resolveOptions } from '../../src/index.js';
import { naiveRedactLine } from '../baselines/naive.js';
import type { LoadedCorpus, Scenario } from '../types.js';

const CHUNK = 1024 * 1024;
const NEWLINE = 0x0a;

/** Whole-line chunks of about 1 MiB, as the CLI and the transports feed the engine. */
function chunksOf(data: Buffer): Buffer[] {
  const chunks: Buffer[] = [];
  for (let start = 0; start < data.length; ) {
    let end = Math.min(data.length, start + CHUNK);
    if (end < data.length) end = data.lastIndexOf(NEWLINE, end) + 1 || data.length;
    chunks.push(data.subarray(start, end));
    start = end;
  }
  return chunks;
}

const linesOf = (data: Buffer): string[] => data.toString('utf8').replace(/\n$/, '').split('\n');

/** The records as an app would hand them to a logger: parsed before timing. */
const recordsOf = (data: Buffer): Record<string, unknown>[] => linesOf(data).map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * The redact paths an AdonisJS app would put in config/logger.ts for this corpus's shape.
 * pino's redact is path-based: it cannot see secrets inside strings or under keys it was not told.
 */
const PINO_PATHS = [
  'request.headers.authorization',
  'request.headers.cookie',
  'password',
  '*.password',
  'token',
  'sessionId',
  'apiKey',
  '*.apiKey',
  'env.AWS_SECRET_ACCESS_KEY',
];

function pinoLogger(onLine: (line: string) => void) {
  // pino writes each serialised record to a destination's write(); a plain object is enough.
  return pino({ redact: PINO_PATHS, base: null, timestamp: false }, { write: onLine });
}

const ALL = ['jsonl-0', 'jsonl-1', 'jsonl-10', 'text-1', 'loghub', 'reqlog-1', 'reqlog-10', 'adversarial'];

/** The line holding the hit that ends at `end`: [start, end) of it. */
function lineAround(chunk: Buffer, end: number, floor: number): [number, number] {
  let start = end - 1;
  while (start > floor && chunk[start - 1] !== NEWLINE) start--;
  const nl = chunk.indexOf(NEWLINE, end - 1);
  return [start, nl < 0 ? chunk.length : nl];
}

/**
 * Tier 1 alone, as the scan runs it: from each hit to the end of its line, then on. With
 * `count`, also asks which rules can fire on each hit line and counts the lines that reach them.
 */
function tier1Pass(detector: Detector, chunks: readonly Buffer[], count: boolean): number {
  let reached = 0;
  for (const chunk of chunks) {
    const hits = detector.hits(chunk);
    for (let pos = 0; pos < chunk.length; ) {
      const end = hits.next(pos);
      if (end < 0) break;
      const [start, lineEnd] = lineAround(chunk, end, pos);
      if (count && detector.lineRules(chunk, start, lineEnd).length > 0) reached++;
      pos = lineEnd + 1;
    }
  }
  return reached;
}

export const engine: Scenario = {
  name: 'engine',
  description: 'redaction in-process: Buffer bulk (1 MiB chunks) and the per-object API',
  approaches: [
    {
      name: 'logscrub redactBuffer',
      corpora: [...ALL, 'jsonl-intl-1'],
      prepare(corpus: LoadedCorpus) {
        const chunks = chunksOf(corpus.data);
        const scrubber = createScrubber();
        return {
          run() {
            for (const chunk of chunks) scrubber.redactBuffer(chunk);
          },
          output: () => linesOf(Buffer.concat(chunks.map((c) => scrubber.redactBuffer(c)))),
          reached: () => tier1Pass(compileRules(resolveOptions({}).rules), chunks, true),
        };
      },
    },
    {
      // The goal of issue 9 is a ratio to this row: the engine against its own first tier alone.
      name: 'plumbing: tier-1 RE2 pass only',
      corpora: ALL,
      prepare(corpus) {
        const chunks = chunksOf(corpus.data);
        const detector = compileRules(resolveOptions({}).rules);
        return {
          run() {
            tier1Pass(detector, chunks, false);
          },
        };
      },
    },
    {
      name: 'logscrub redactObject',
      corpora: ['jsonl-1'],
      prepare(corpus) {
        const records = recordsOf(corpus.data);
        const scrubber = createScrubber();
        return {
          run() {
            for (const record of records) scrubber.redactObject(record);
          },
          output: () => records.map((r) => JSON.stringify(scrubber.redactObject(r))),
        };
      },
    },
    {
      name: 'naive (parse, walk, 10 regexes, stringify)',
      role: 'baseline',
      corpora: ALL,
      prepare(corpus) {
        const lines = linesOf(corpus.data);
        return {
          run() {
            for (const line of lines) naiveRedactLine(line);
          },
          output: () => lines.map(naiveRedactLine),
        };
      },
    },
    {
      name: 'pino-redact (paths)',
      corpora: ['jsonl-1', 'jsonl-10'],
      prepare(corpus) {
        const records = recordsOf(corpus.data);
        const timed = pinoLogger(() => {});
        return {
          run() {
            for (const record of records) timed.info(record);
          },
          output() {
            const out: string[] = [];
            const logger = pinoLogger((line) => out.push(line.replace(/\n$/, '')));
            for (const record of records) logger.info(record);
            return out;
          },
        };
      },
    },
    {
      name: 'plumbing: line split only',
      role: 'limit',
      corpora: ALL,
      prepare(corpus) {
        const chunks = chunksOf(corpus.data);
        return {
          run() {
            let lines = 0;
            for (const chunk of chunks) for (let i = chunk.indexOf(NEWLINE); i >= 0; i = chunk.indexOf(NEWLINE, i + 1)) lines++;
            // Use the count, so the loop is not optimised away.
            if (lines < 0) throw new Error('unreachable');
          },
        };
      },
    },
    {
      name: 'plumbing: zlib gunzip only',
      corpora: ['jsonl-1'],
      prepare(corpus) {
        const gz = gzipSync(corpus.data);
        return {
          run() {
            gunzipSync(gz);
          },
        };
      },
    },
  ],
};
