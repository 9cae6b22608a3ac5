import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BEGIN, END, patternTable } from '../../scripts/pattern-table.js';

it('shows the pattern table generated from the catalog (npm run readme:patterns)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
  expect(table).toBe(patternTable());
});
