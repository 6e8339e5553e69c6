// Config for the slow checks over the bulk corpus (not part of `vitest run`):
//   npx vitest run --config tests/bulk/vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: __dirname + '/../..',
    include: ['tests/bulk/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
