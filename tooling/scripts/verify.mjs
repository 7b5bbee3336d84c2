#!/usr/bin/env node
// The one command that runs every test and check (the README's test command, and CI's):
// lint, then build/typecheck/test (with coverage)/package checks/docs/size budgets through
// turbo, then the repository-level checks: package layout, the API reference, README
// snippets, examples, bundle sizes, the worst inputs of the attack review under a memory
// ceiling, the generated template, packed-tarball smoke test, the packed types under node10
// resolution and release dry run.
// Every step is deterministic: nothing here compares a wall-clock time with a budget, so the
// gate gives the same answer on a loaded machine. Timings (benchmark and cold start) are
// `pnpm perf`, report-only unless given --check.
import { spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

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
    'the API reference of every package, TypeDoc validation on, warnings failing',
    'pnpm',
    ['run', '--silent', 'docs'],
  ],
  [
    'the package template, generated and checked',
    'node',
    ['tooling/scripts/check-template.mjs'],
  ],
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
  [
    'the attack review’s worst inputs under a memory ceiling',
    'node',
    ['tooling/scripts/resources.mjs'],
  ],
  [
    'packed tarballs from ESM and CommonJS',
    'node',
    ['tooling/scripts/smoke.mjs'],
  ],
  [
    'packed types and testing subpaths under moduleResolution node10',
    'node',
    ['tooling/scripts/check-node10.mjs'],
  ],
  ['release dry run', 'node', ['tooling/scripts/release-dry.mjs']],
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
