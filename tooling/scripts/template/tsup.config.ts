import { defineSourceConfig } from '@evt/config/tsup';

export default defineSourceConfig({
  entry: ['src/index.ts', 'src/testing.ts'],
});
