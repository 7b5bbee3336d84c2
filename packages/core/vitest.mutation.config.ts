import { defineSourceProject } from '@evt/tooling-config/vitest';

// Stryker runs the behaviour tests once per mutant: no type tests, no coverage thresholds.
export default defineSourceProject({
  test: { typecheck: { enabled: false }, coverage: { enabled: false } },
});
