import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time keeps a 2-core machine steady.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // expect.poll waits for a state, not against the clock: its default 1 s would fail a correct
    // but slow run on a busy 2-core machine. This only guards against hanging, with the poll's own message.
    expect: { poll: { timeout: 30_000 } },
  },
});
