#!/usr/bin/env node
// Cold start: the time to import each minified example bundle in a fresh Node process, minus
// the time to import an empty module in the same way. Bundles every example handler itself
// (with size.mjs's `bundle()`, so exactly as `pnpm size` does) into .tmp/coldstart: the evt
// handler (examples/src) and its hand-written baseline (examples/baselines), plus the
// `<example>.<variant>.ts` handlers of each `--with <dir>` (e.g. the bench's peer-library
// versions). Runs each import in RUNS fresh processes and reports the median.
// A timing, so report-only: with --check it exits 1 when an evt handler is over BUDGET_MS.
// Needs the packages' builds (`pnpm build`). Options: --check, --with <dir>, --runs <n>,
// --json <file>.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, exampleNames, root } from './size.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const check = args.includes('--check');
const RUNS = Number(option('--runs') ?? 31);
const BUDGET_MS = 1.5;
const dir = join(root, '.tmp/coldstart');
const extraDirs = args
  .flatMap((arg, index) => (args[index - 1] === '--with' ? [arg] : []))
  .map((path) => resolve(path));

// What to import: [name, kind, entry file].
function entries() {
  const list = [];
  for (const name of exampleNames()) {
    list.push([name, 'evt', join(root, 'examples/src', `${name}.ts`)]);
    const baseline = join(root, 'examples/baselines', `${name}.ts`);
    if (existsSync(baseline)) list.push([name, 'by hand', baseline]);
    for (const extra of extraDirs) {
      for (const file of readdirSync(extra).filter(
        (entry) => entry.startsWith(`${name}.`) && entry.endsWith('.ts')
      ))
        list.push([name, file.slice(name.length + 1, -3), join(extra, file)]);
    }
  }
  return list;
}

rmSync(dir, { recursive: true, force: true });
const bundles = [];
for (const [name, kind, entry] of entries()) {
  const file = join(dir, `${name}.${kind.replaceAll(' ', '-')}.mjs`);
  try {
    await bundle(entry, file);
  } catch (error) {
    console.error(
      `${name} (${kind}): cannot bundle ${entry}; are the packages built (pnpm build)?`
    );
    throw error;
  }
  bundles.push({ name, kind, file });
}
const empty = join(dir, 'empty.mjs');
const emptyToo = join(dir, 'empty-too.mjs');
writeFileSync(empty, 'export {};\n');
writeFileSync(emptyToo, 'export {};\n');

// The loader is warmed by importing one empty module first, so the timed import measures the
// bundle itself: its parse, compile, evaluation and the built-in modules it pulls in.
// Each process then times a second empty module and the bundle, and reports the difference,
// so per-process noise cancels out. (The result is computed before touching process.stdout,
// whose first access sets the stream up and takes milliseconds.)
const probe = `await import(process.argv[1]);
let start = performance.now();
await import(process.argv[2]);
const empty = performance.now() - start;
start = performance.now();
await import(process.argv[3]);
const bundle = performance.now() - start;
process.stdout.write(String(bundle - empty));`;

function importMs(file) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        probe,
        pathToFileURL(empty).href,
        pathToFileURL(emptyToo).href,
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8' }
    );
    samples.push(Number(output));
  }
  samples.sort((a, b) => a - b);
  return samples[RUNS >> 1];
}

const rows = [];
const failures = [];
for (const { name, kind, file } of bundles) {
  // A bundle can import faster than the reference empty module; that reads as 0.
  const ms = Math.max(0, importMs(file));
  rows.push({ name, kind, importMs: Number(ms.toFixed(3)) });
  if (kind === 'evt' && ms > BUDGET_MS)
    failures.push(
      `${name}: ${ms.toFixed(2)} ms to import, budget ${BUDGET_MS} ms`
    );
}

console.log(
  `Import time in a fresh process minus that of an empty module, median of ${RUNS} processes; Node ${process.version}`
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(40)} ${row.kind.padEnd(10)} ${row.importMs.toFixed(2).padStart(7)} ms`
  );
}
const jsonOut = option('--json');
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
if (failures.length > 0) {
  console.error(
    `\n${check ? 'Over budget' : 'Over budget (report only; --check fails on it)'}:\n${failures.map((line) => `  ${line}`).join('\n')}`
  );
  if (check) process.exit(1);
}
