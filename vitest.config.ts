import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the built CLI as a child process; give them room on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
