import { defineBundlingSourceConfig } from '@evt/tooling-config/tsup';

export default defineBundlingSourceConfig({ entry: ['src/index.ts'] });
