import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    // The e2e tests spawn real terminals; two cores do not take more in parallel.
    maxWorkers: 2,
    globalSetup: ['tests/helpers/tempRoot.ts'],
  },
});
