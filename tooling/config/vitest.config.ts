import { defineConfig } from 'vitest/config';

// The harness's own tests (the shared helpers are plain .js, checked by `typecheck`).
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 300_000 },
});
