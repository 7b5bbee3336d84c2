#!/usr/bin/env node
// Cold start: the time to import each minified example bundle (from `pnpm size`, in .tmp/size)
// in a fresh Node process, minus the time to import an empty module in the same way. Runs
// each import in RUNS fresh processes and reports the median. Fails when an evt example
// exceeds BUDGET_MS. Options: --json <file>.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, '.tmp/size');
const RUNS = 31;
const BUDGET_MS = 1.5;
const jsonIndex = process.argv.indexOf('--json');

if (!existsSync(dir)) {
  console.error('no bundles in .tmp/size: run `pnpm size` first');
  process.exit(1);
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
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.mjs') && !name.startsWith('empty'))
  .sort()) {
  const name = file.slice(0, -4);
  const kind = name.endsWith('.baseline')
    ? 'by hand'
    : name.includes('.')
      ? name.split('.').pop()
      : 'evt';
  // A bundle can import faster than the reference empty module; that reads as 0.
  const ms = Math.max(0, importMs(join(dir, file)));
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
if (jsonIndex !== -1)
  writeFileSync(
    process.argv[jsonIndex + 1],
    `${JSON.stringify(rows, null, 2)}\n`
  );
if (failures.length > 0) {
  console.error(
    `\nOver budget:\n${failures.map((line) => `  ${line}`).join('\n')}`
  );
  process.exit(1);
}
