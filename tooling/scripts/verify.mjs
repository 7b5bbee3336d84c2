#!/usr/bin/env node
// The one command that runs every test and check (the README's test command, and CI's):
// lint, then build/typecheck/test (with coverage)/package checks/docs/size budgets through
// turbo, then the repository-level checks: package layout, README snippets, examples, bundle
// sizes, cold start, packed-tarball smoke test, release dry run, and the benchmark budgets.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const steps = [
  ['lint and format', 'pnpm', ['exec', 'biome', 'ci', '.']],
  [
    'build, typecheck, unit + type + robustness tests with coverage, publint + attw, TSDoc, size-limit',
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'build',
      'typecheck',
      'test',
      'check:package',
      'docs:check',
      'size',
      '--output-logs=errors-only',
      '--continue=dependencies-successful',
    ],
  ],
  ['package layout', 'node', ['tooling/scripts/check-packages.mjs']],
  [
    'README snippets type-check',
    'node',
    ['tooling/scripts/check-readme-snippets.mjs'],
  ],
  [
    'examples run on their events',
    'pnpm',
    ['--filter', '@evt/examples', 'start'],
  ],
  ['example bundle sizes', 'node', ['tooling/scripts/size.mjs']],
  ['cold start', 'node', ['tooling/scripts/coldstart.mjs']],
  [
    'packed tarballs from ESM and CommonJS',
    'node',
    ['tooling/scripts/smoke.mjs'],
  ],
  ['release dry run', 'node', ['tooling/scripts/release-dry.mjs']],
  ['benchmark budgets', 'pnpm', ['--filter', '@evt/bench', 'bench:check']],
];

const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
    },
  });
  results.push({
    name,
    ok: status === 0,
    seconds: (Date.now() - started) / 1000,
  });
}

console.log('\n━━ summary');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? '✓' : '✗'} ${name} (${seconds.toFixed(0)} s)`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
