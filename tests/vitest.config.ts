import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Storage tests read and write real files (years of generated history); on a
    // busy two-core machine 5 s is too tight. Nothing here asserts a duration.
    testTimeout: 30_000,
  },
});
