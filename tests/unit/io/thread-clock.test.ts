import { describe, expect, it } from 'vitest';
import { threadCpuMs } from '../../../src/io/thread-clock.js';

describe('threadCpuMs', () => {
  const start = threadCpuMs();

  it.runIf(start !== undefined)('counts what the thread spends, and not the time it waits', () => {
    const spin = (ms: number): void => {
      for (const until = performance.now() + ms; performance.now() < until; );
    };
    const before = threadCpuMs() as number;
    spin(300);
    const spun = (threadCpuMs() as number) - before;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    const waited = (threadCpuMs() as number) - before - spun;
    // A shared machine may take the core away during the spin, so not ~300: more than a third.
    expect(spun).toBeGreaterThan(100);
    expect(spun).toBeLessThan(400);
    // /proc counts in ticks of 10 ms.
    expect(waited).toBeLessThan(30);
  });
});
