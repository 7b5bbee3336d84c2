import { defineSourceConfig } from '@evt/tooling-config/tsup';

export default defineSourceConfig({ entry: ['src/index.ts'] });
