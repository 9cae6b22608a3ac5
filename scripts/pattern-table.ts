/**
 * Prints the README's table of built-in rules from the catalog, or with `--write` replaces it
 * in README.md between the markers. `tests/unit/readme.test.ts` fails when the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../patterns/index.js';

export const BEGIN = '<!-- patterns:begin -->';
export const END = '<!-- patterns:end -->';

/** The markdown table, one row per rule in match order. */
export function patternTable(): string {
  const rows = builtinRules.map((p) => `| \`${p.id}\` | ${p.family} | ${p.description.replaceAll('|', '\\|')} |`);
  return ['| id | family | what it finds |', '| --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) {
    const readme = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    writeFileSync(readme, `${text.slice(0, start + BEGIN.length)}\n${patternTable()}\n${text.slice(end)}`);
  } else {
    process.stdout.write(`${patternTable()}\n`);
  }
}
