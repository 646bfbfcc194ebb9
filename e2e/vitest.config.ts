// Browser tests: one demo portal for the run, files one after another, Chromium from Debian.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 660_000,
    pool: 'forks',
    // A poll waits for what a walk asserts as long as a locator waits for an element (Playwright's 30 s), not vitest's
    // default 1 s: on a busy machine a list answering in 2 s is slow, not wrong.
    expect: { poll: { timeout: 30_000 } },
  },
});
