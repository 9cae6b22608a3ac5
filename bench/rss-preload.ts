/**
 * Loaded with `node --import` into child processes the harness times: at exit, writes the
 * process's peak RSS (KiB) and CPU time (µs, all threads) to fd 3, which the harness opened as a pipe. Node gives a parent no
 * rusage of its children, so the child reports its own.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    // Then the CPU time of every thread (µs): the machine is shared, so wall time alone misleads.
    const usage = process.resourceUsage();
    writeSync(3, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  } catch {
    // fd 3 not open: run outside the harness
  }
});
