/**
 * The `lambda` scenario's memory probe, run as a process of its own: how far one batch raises
 * the peak RSS of a warm Lambda. Reads one `awslogs.data` from a file, warms up on a small batch
 * (rules compiled, code paths JIT-compiled, as in a warm container), then handles the batch once.
 * Prints the RSS before (garbage collected) and the peak RSS after, in KiB.
 *
 * `node --expose-gc dist/bench/lambda-memory.js FILE subscription|firehose|naive`
 */
import { readFileSync } from 'node:fs';
import { createScrubber } from '../src/index.js';
import { subscriptionEvent } from './corpus.js';
import { type LambdaPath, runPath } from './lambda-path.js';

const [file, path] = process.argv.slice(2) as [string, LambdaPath];
const scrubber = createScrubber();
const small = subscriptionEvent(Array.from({ length: 200 }, (_, i) => `{"msg":"warm-up ${i}","password":"x${i}"}`)).awslogs.data;
for (let i = 0; i < 20; i++) runPath(path, scrubber, small);
const data = readFileSync(file, 'utf8');
// Garbage of the warm-up collected, so that the peak after is the batch's (run with --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const before = Math.round(process.memoryUsage.rss() / 1024);
const { bytes } = runPath(path, scrubber, data);
const after = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify({ before, after, bytes })}\n`);
