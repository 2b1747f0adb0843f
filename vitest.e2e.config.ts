import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time keeps a 2-core machine steady.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
