/**
 * Scores the built-in rules on labelled corpora: blind rounds that helper sessions wrote without
 * reading the code (tests/corpora/blind/<round>/: secrets.jsonl of {line, secrets[], note}, and
 * clean.txt of look-alikes that must stay byte-for-byte).
 *
 *   node dist/scripts/blind-score.js [DIR…] [--show leak|fp|all] [--by-note] [--write-known]
 *
 * With no DIR, every round under tests/corpora/blind. `--write-known` records today's leaks and
 * changed look-alikes in each round's known.json, the baseline tests/patterns/blind-rounds.test.ts
 * holds the rules to (never worse than it).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScrubber } from '../src/index.js';
import { BLIND_ROOT, readRound, scoreRound, type RoundScore } from '../tests/support/blind.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? args[showAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
const rounds = dirs.length > 0 ? dirs : readdirSync(BLIND_ROOT).sort().map((d) => join(BLIND_ROOT, d));

const scrubber = createScrubber();
const total = { lines: 0, leaks: 0, clean: 0, changed: 0 };
for (const dir of rounds) {
  const round = readRound(dir);
  const score: RoundScore = scoreRound(round, (line) => scrubber.redactLine(line));
  total.lines += round.secrets.length;
  total.leaks += score.leaks.length;
  total.clean += round.clean.length;
  total.changed += score.changed.length;
  console.log(`${dir}: ${score.leaks.length} of ${round.secrets.length} secret lines leak, ${score.changed.length} of ${round.clean.length} look-alikes changed`);
  if (show === 'leak' || show === 'all') for (const l of score.leaks) console.log(`  LEAK [${l.note}] ${l.output}`);
  if (show === 'fp' || show === 'all') for (const c of score.changed) console.log(`  FP   ${c.output}`);
  if (flag('--by-note')) {
    const byNote = new Map<string, number>();
    for (const l of score.leaks) byNote.set(l.note, (byNote.get(l.note) ?? 0) + 1);
    for (const [note, n] of [...byNote].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${note}`);
  }
  if (flag('--write-known')) {
    const known = { leaks: score.leaks.map((l) => l.index), changed: score.changed.map((c) => c.index) };
    writeFileSync(join(dir, 'known.json'), `${JSON.stringify(known)}\n`);
  }
}
if (rounds.length > 1) console.log(`all: ${total.leaks} of ${total.lines} secret lines leak, ${total.changed} of ${total.clean} look-alikes changed`);
