import { defineSourceProject } from '@evt/config/vitest';

export default defineSourceProject();
