import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    // The e2e tests spawn real terminals; two cores do not take more in parallel.
    maxWorkers: 2,
    // The reader saves its search index in the cache folder: tests that render it must not write the user's.
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'rknews-vitest-cache-')) },
  },
});
