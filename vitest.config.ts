import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests start Chromium; two cores cannot run many at once.
    fileParallelism: true,
    testTimeout: 30_000,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
