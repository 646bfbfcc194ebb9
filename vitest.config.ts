// Unit and API tests: every *.test.ts under src/, each file on its own database.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // Tests seal secrets like a real portal; this key is for tests only (a real one comes from `npx portal keys generate`).
    env: { PORTAL_SECRET_KEY: 'dGVzdHMgb25seTogbm90IGEgcG9ydGFsIGtleSEhISE=' },
  },
});
