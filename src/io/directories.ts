/**
 * `mkdir -p` that always returns: the missing directories of a path created one at a time.
 *
 * Node's own `mkdirSync(path, { recursive: true })` never returns when a file system answers
 * ENOENT to a new directory under an existing one: `/proc/nope` loops forever on Node 20 and 24
 * (a pino transport with `destination: '/proc/nope/app.log'` hung at start-up). One `mkdirSync`
 * per missing directory, outermost first, ends in that error, which the caller reports.
 *
 * It says which directories it made, so an output that is not written after all (a file that
 * failed, an interrupted run) can take them away again if they are left empty: outputs appear
 * whole or not at all, and so do the directories made for them.
 */
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fsPath } from './file-names.js';

/**
 * Creates `path` and its missing parents, and returns those it made, outermost first. A directory
 * that appears meanwhile (another process) is fine; anything else that stops a directory being
 * made throws its error (ENOENT, ENOTDIR, EACCES, EROFS…).
 *
 * @example makeDirectories('/var/log/app/2026'); // like mkdir -p: ['/var/log/app', '/var/log/app/2026'] if app was missing
 */
export function makeDirectories(path: string): string[] {
  const missing: string[] = [];
  const made: string[] = [];
  for (let dir = resolve(path); !existsSync(fsPath(dir)); ) {
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(fsPath(dir));
      made.push(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return made;
}

/**
 * Removes those of `dirs` that are empty, deepest first; one that holds anything (another
 * output, another thread's temp file) stays, and so do its parents. Never throws: synchronous and
 * best effort, for failure paths and signal handlers.
 *
 * @example removeEmptyDirectories(makeDirectories('out/a/b')); // out/a/b, then out/a, then out, if empty
 */
export function removeEmptyDirectories(dirs: Iterable<string>): void {
  // A directory's path is longer than its parent's: longest first is deepest first.
  for (const dir of [...new Set(dirs)].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(fsPath(dir));
    } catch {
      // Not empty (an output or a temp file is there), or gone already.
    }
  }
}
