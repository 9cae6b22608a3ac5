/**
 * When a default run (no `--jobs`) starts worker threads on one input: threads cost a cold start
 * each, so a small input stays on the main thread, and a big one gets them from the start.
 */
import { fstatSync } from 'node:fs';

/** Bytes read before a default run starts worker threads on a stream of unknown size (measured here: no gain at 128 MiB, 1.44× at 512 MiB with 2 cores). */
export const PARALLEL_AFTER_BYTES = 256 * 1024 * 1024;

/**
 * A lone input known to be at least this big (a file, or stdin redirected from one) gets its
 * threads from the start: started mid-stream they each pay their cold start (~0.5 s of CPU: the
 * automata's first states, the JIT) after this thread has paid its own; started at 64 MiB into
 * 256, 1.07× the wall time of one thread, worse than none. Measured 2026-12-01 on the request log
 * (1%) with 2 cores, wall time, two threads against one, alternating: 128 MiB 1.49–1.51 s against
 * 1.43 (slower), 256 MiB 2.06–2.07 against 2.02–2.28 (even), 512 MiB 3.03 against 3.28–3.39
 * (0.91×). Two threads cost ~1.5 s of CPU more than one whatever the size (two start-ups and
 * warm-ups, blocks handed over), which only a big input repays.
 */
export const PARALLEL_FROM_START_BYTES = 256 * 1024 * 1024;

/**
 * Bytes to read before starting threads on one input of `size` bytes (undefined: a pipe, size unknown).
 *
 * @example startJobsAfter(300 * 2 ** 20) // 0: from the start
 */
export const startJobsAfter = (size: number | undefined): number => (size !== undefined && size >= PARALLEL_FROM_START_BYTES ? 0 : PARALLEL_AFTER_BYTES);

/**
 * The size of what `fd` reads when it is a regular file (stdin redirected from one: `< big.log`);
 * undefined for a pipe, a terminal or a device.
 *
 * @example fileSizeOf(0) // 268437580 for `logscrub scrub < big.log`, undefined for `cat big.log | logscrub scrub`
 */
export function fileSizeOf(fd: number): number | undefined {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
