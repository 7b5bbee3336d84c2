import { fileURLToPath } from 'node:url';
import { defineSourceConfig } from '@evt/tooling-config/tsup';

// The guards are bundled in from each package's source (see src/registry.ts), and so is the
// little of `@evt/core` they use (`isObject`): from core's source modules, so that only the
// module it lives in is bundled, not core's built entry.
export default defineSourceConfig({
  entry: ['src/index.ts'],
  esbuildOptions(options) {
    options.alias = {
      '@evt/core': fileURLToPath(
        new URL('../core/src/index.ts', import.meta.url)
      ),
    };
  },
});
