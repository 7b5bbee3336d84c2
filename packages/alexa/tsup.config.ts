import { defineSourceConfig } from '@evt/tooling-config/tsup';

const entry = ['src/index.ts', 'src/testing.ts'];
export default defineSourceConfig({ entry });
