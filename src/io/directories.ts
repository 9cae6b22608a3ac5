/**
 * `mkdir -p` that always returns: the missing directories of a path created one at a time.
 *
 * Node's own `mkdirSync(path, { recursive: true })` never returns when a file system answers
 * ENOENT to a new directory under an existing one: `/proc/nope` loops forever on Node 20 and 24
 * (a pino transport with `destination: '/proc/nope/app.log'` hung at start-up). One `mkdirSync`
 * per missing directory, outermost first, ends in that error, which the caller reports.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates `path` and its missing parents. A directory that appears meanwhile (another process)
 * is fine; anything else that stops a directory being made throws its error (ENOENT, ENOTDIR,
 * EACCES, EROFS…).
 *
 * @example makeDirectories('/var/log/app/2026'); // like mkdir -p
 */
export function makeDirectories(path: string): void {
  const missing: string[] = [];
  for (let dir = resolve(path); !existsSync(dir); ) {
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
