import { defineCommandConfig } from '@evt/tooling-config/tsup';

export default defineCommandConfig({ entry: ['src/index.ts', 'src/cli.ts'] });
