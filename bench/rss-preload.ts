/**
 * Loaded with `node --import` into child processes the harness times: at exit, writes the
 * process's peak RSS (KiB) to fd 3, which the harness opened as a pipe. Node gives a parent no
 * rusage of its children, so the child reports its own.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 not open: run outside the harness
  }
});
