import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    // A guard against hangs, not a speed goal: the heaviest tests (tier 1 against every example
    // wrapped five ways) take 25-40 s on an idle 2-core machine and 90 s beside another suite.
    testTimeout: 180_000,
  },
});
