// Bundles the bench (its orchestrator, its worker and every case file, bench/cases/*.ts) into
// dist/, so the bench runs on plain Node 20 against the packages' published builds and the
// peer libraries. esbuild and typescript stay external: the size comparison runs them.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const cases = readdirSync('cases')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `cases/${name}`);

await build({
  entryPoints: ['src/run.ts', 'src/worker.ts', 'src/node-binary.ts', ...cases],
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  external: ['esbuild', 'typescript'],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
