import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The widget and console are compiled from src/web-client first (test/support/web-client-setup.ts).
    globalSetup: ['test/support/web-client-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite instances and Chromium are heavy, so keep parallelism modest.
    maxWorkers: 2,
  },
});
