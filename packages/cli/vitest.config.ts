import { defineSourceProject } from '@evt/tooling-config/vitest';

export default defineSourceProject();
