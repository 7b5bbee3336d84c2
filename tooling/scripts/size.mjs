#!/usr/bin/env node
// Bundles every example handler (and its hand-written baseline and peer-library versions,
// when present) the way a deployment would (esbuild: bundle, minify, ESM, platform node) and
// reports minified and gzipped bytes. Fails when an example exceeds its budget in
// examples/size-budgets.json. Bundles are left in .tmp/size for the cold-start check.
// Options: --json <file> writes the table.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, '.tmp/size');
mkdirSync(out, { recursive: true });
const budgets = JSON.parse(
  readFileSync(join(root, 'examples/size-budgets.json'), 'utf8')
);
const jsonIndex = process.argv.indexOf('--json');

async function measure(entry, name) {
  const outfile = join(out, `${name}.mjs`);
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : {
          stdin: { ...entry, resolveDir: join(root, 'examples'), loader: 'ts' },
        }),
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    legalComments: 'none',
  });
  const code = readFileSync(outfile);
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    outfile,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [];
const failures = [];
const examples = readdirSync(join(root, 'examples/src'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

// The core alone: what every handler pays before its own source package.
const core = await measure(
  { contents: "export { EventWrapper } from '@evt/core';\n" },
  'core-only'
);
rows.push({
  name: '@evt/core (EventWrapper)',
  kind: 'core',
  ...core,
  budget: budgets['@evt/core'],
});

for (const name of examples) {
  const evt = await measure(join(root, 'examples/src', `${name}.ts`), name);
  rows.push({ name, kind: 'evt', ...evt, budget: budgets[name] });
  const baseline = join(root, 'examples/baselines', `${name}.ts`);
  if (existsSync(baseline)) {
    rows.push({
      name,
      kind: 'by hand',
      ...(await measure(baseline, `${name}.baseline`)),
    });
  }
  const peerDir = join(root, 'bench/size-peers');
  if (existsSync(peerDir)) {
    for (const file of readdirSync(peerDir).filter(
      (entry) => entry.startsWith(`${name}.`) && entry.endsWith('.ts')
    )) {
      const peer = file.slice(name.length + 1, -3);
      rows.push({
        name,
        kind: peer,
        ...(await measure(join(peerDir, file), `${name}.${peer}`)),
      });
    }
  }
}

console.log(
  `${'handler'.padEnd(34)} ${'variant'.padEnd(10)} ${'minified'.padStart(10)} ${'gzipped'.padStart(10)}  budget`
);
for (const row of rows) {
  const budget = row.budget ? kb(row.budget) : '';
  console.log(
    `${row.name.padEnd(34)} ${row.kind.padEnd(10)} ${kb(row.minified).padStart(10)} ${kb(row.gzipped).padStart(10)}  ${budget}`
  );
  if (row.budget && row.gzipped > row.budget)
    failures.push(
      `${row.name}: ${kb(row.gzipped)} gzipped, budget ${kb(row.budget)}`
    );
  if (row.kind === 'evt' && !row.budget)
    failures.push(`${row.name}: no budget in examples/size-budgets.json`);
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
