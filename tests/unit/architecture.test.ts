import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
/** Code without its comments: a JSDoc example may mention `process.env`. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const sources = [...files(join(root, 'src')), ...files(join(root, 'patterns'))].map((file) => ({ file: relative(root, file), text: code(readFileSync(file, 'utf8')) }));

// STYLE.md §1: a pure core with thin adapters; only the adapters touch I/O and the process.
const ADAPTERS = /^src\/(io|cli|lambda)\//;
const IO_IMPORT = /from '(node:fs|node:stream|node:worker_threads|worker_threads|@aws-sdk\/[^']+|pino-abstract-transport)'/;

it('keeps I/O and process access in the adapters (src/io, src/cli, src/lambda)', () => {
  const offenders = sources.filter(({ file, text }) => !ADAPTERS.test(file) && (IO_IMPORT.test(text) || /\bprocess\./.test(text)));
  expect(offenders.map((s) => s.file)).toEqual([]);
});

it('imports re2 in one module only, src/detect/engine.ts', () => {
  const importers = sources.filter(({ text }) => /from 're2'/.test(text)).map((s) => s.file);
  expect(importers).toEqual(['src/detect/engine.ts']);
});

it('lets patterns/ import only types from src/', () => {
  const offenders = sources.filter(({ file, text }) => file.startsWith('patterns/') && /^import (?!type )[^;]*from '\.\.\/src\//m.test(text));
  expect(offenders.map((s) => s.file)).toEqual([]);
});

it('keeps detection from calling back into framing', () => {
  const offenders = sources.filter(({ file, text }) => file.startsWith('src/detect/') && /from '\.\.\/framing\//.test(text));
  expect(offenders.map((s) => s.file)).toEqual([]);
});

it('lets only the config layer and the adapters import the rule catalog (patterns/)', () => {
  const allowed = new Set(['src/options.ts', 'src/index.ts', 'src/cli/main.ts']);
  const offenders = sources.filter(({ file, text }) => file.startsWith('src/') && !allowed.has(file) && /from '(\.\.\/)+patterns\//.test(text));
  expect(offenders.map((s) => s.file)).toEqual([]);
});
