import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    // Hooks build plans as tests do (test/write/word-structure.test.ts): the same bound.
    hookTimeout: 60_000,
  },
});
