#!/usr/bin/env node
// `pnpm perf`: the timings, which are not part of `pnpm test` because a loaded machine moves
// them: the benchmark with the bundle-size comparison (`pnpm bench`) and the cold start
// (`pnpm coldstart`, with the peers' handlers beside the examples). Builds the packages
// first. Report-only; with --check each exits non-zero when a goal or budget is missed, and so
// does this script. Other options go to the benchmark (e.g. --only S3 --rounds 3); the
// benchmark's tables are also written to .tmp/bench (performance.md, results.json).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const run = (command, commandArgs, cwd = root) =>
  spawnSync(command, commandArgs, { cwd, stdio: 'inherit' }).status === 0;

// A package that does not build leaves its old build (or none) behind: the cases it breaks
// are reported as such, and this script exits non-zero.
const built = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=./packages/*',
  '--output-logs=errors-only',
  '--continue',
]);
if (!built)
  console.error('\nSome packages did not build; measuring what did.\n');
const timed =
  run('node', ['build.mjs'], bench) &&
  run('node', ['dist/src/run.mjs', ...args], bench);
const coldstart = run('node', [
  'tooling/scripts/coldstart.mjs',
  '--with',
  'bench/size-peers',
  ...(check ? ['--check'] : []),
]);
process.exit(built && timed && coldstart ? 0 : 1);
