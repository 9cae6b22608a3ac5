/**
 * The CPU time of the calling thread: what a thread spent itself, not the time it waited for a
 * core. The pass over every byte judges its own speed by it (`createPass` in compile.ts), since a
 * clock on the wall also counts the time another thread had the core (the CLI's workers beside
 * its main thread, a pino transport's worker at a lower priority than the app) or a Lambda was
 * throttled.
 */
import { readFileSync } from 'node:fs';

interface CpuUsage {
  readonly user: number;
  readonly system: number;
}

/** Node 22.15 and 23.9 on: exact, in µs. */
const threadCpuUsage = (process as { threadCpuUsage?: () => CpuUsage }).threadCpuUsage?.bind(process);
/** Linux before that: the thread's utime and stime in `/proc`, in ticks of 10 ms (USER_HZ 100). */
let procStat = process.platform === 'linux';

/**
 * The calling thread's CPU time so far in ms, or undefined where it cannot be told (Node 20 off Linux).
 *
 * @example const before = threadCpuMs(); work(); const spent = (threadCpuMs() ?? NaN) - (before ?? NaN);
 */
export function threadCpuMs(): number | undefined {
  if (threadCpuUsage !== undefined) {
    const { user, system } = threadCpuUsage();
    return (user + system) / 1000;
  }
  if (!procStat) return undefined;
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    // utime and stime are fields 14 and 15 of stat(5); the slice starts at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    procStat = false;
    return undefined;
  }
}
