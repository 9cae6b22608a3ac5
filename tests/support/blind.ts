/**
 * Blind rounds: labelled corpora that helper sessions wrote without reading the rules. Each round
 * is a folder of secrets.jsonl ({line, secrets[], note} a line), clean.txt (look-alikes, one a
 * line) and known.json (the indexes that leaked or changed when the round was last scored).
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository's root, whether this runs from its source (vitest) or from dist/ (the script). */
const REPO = fileURLToPath(new URL(import.meta.url.includes('/dist/tests/') ? '../../../' : '../../', import.meta.url));
export const BLIND_ROOT = join(REPO, 'tests', 'corpora', 'blind');

export interface SecretLine { line: string; secrets: string[]; note: string }
export interface Round { secrets: SecretLine[]; clean: string[]; known: { leaks: number[]; changed: number[] } }
export interface Outcome { index: number; note: string; output: string }
export interface RoundScore { leaks: Outcome[]; changed: Outcome[] }

export function readRound(dir: string): Round {
  const secrets = readFileSync(join(dir, 'secrets.jsonl'), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as SecretLine);
  const clean = readFileSync(join(dir, 'clean.txt'), 'utf8').split('\n').filter((l) => l !== '');
  const knownFile = join(dir, 'known.json');
  const known = existsSync(knownFile) ? (JSON.parse(readFileSync(knownFile, 'utf8')) as Round['known']) : { leaks: [], changed: [] };
  return { secrets, clean, known };
}

/** A secret line leaks when any of its secrets is still in the output, as often as in the input. */
export function scoreRound(round: Round, redact: (line: string) => string): RoundScore {
  const leaks: Outcome[] = [];
  round.secrets.forEach((s, index) => {
    const output = redact(s.line);
    if (s.secrets.some((secret) => count(output, secret) >= count(s.line, secret))) leaks.push({ index, note: s.note, output });
  });
  const changed: Outcome[] = [];
  round.clean.forEach((line, index) => {
    const output = redact(line);
    if (output !== line) changed.push({ index, note: '', output });
  });
  return { leaks, changed };
}

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}
