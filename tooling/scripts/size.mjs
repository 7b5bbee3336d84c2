#!/usr/bin/env node
// Bundle-size budgets: bundles `@evt/core` alone and every example handler (examples/src) the
// way a deployment would (esbuild: bundle, minify, ESM, platform node) and reports minified
// and gzip -9 bytes. Fails when one exceeds its budget in examples/size-budgets.json, or when
// its bundle keeps a top-level declaration that nothing in it uses (see unusedDeclarations).
// Sizes are deterministic, so this runs in `pnpm test`. Options: --json <file>.
//
// `bundle()` is exported so every other measurement bundles the same way: the cold-start
// script (tooling/scripts/coldstart.mjs) and the size comparison with peer libraries
// (bench/src/size.ts, `pnpm bench`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles one handler as a deployment would and measures it.
 * @param {string | { contents: string, resolveDir?: string }} entry a file, or module source
 * @param {string} outfile where the bundle is written
 * @param {{ metafile?: boolean, alias?: Record<string, string> }} [options] `metafile` keeps
 *   esbuild's metafile (bytes per input); `alias` maps package names to other entry files.
 * @returns {Promise<{ minified: number, gzipped: number, outfile: string, metafile?: import('esbuild').Metafile }>}
 */
export async function bundle(entry, outfile, options = {}) {
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: entry.contents,
            resolveDir: entry.resolveDir ?? join(root, 'examples'),
            loader: 'ts',
          },
        }),
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    legalComments: 'none',
    metafile: options.metafile ?? false,
    ...(options.alias ? { alias: options.alias } : {}),
  });
  const code = readFileSync(outfile);
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    outfile,
    ...(result.metafile ? { metafile: result.metafile } : {}),
  };
}

/**
 * The top-level declarations a handler's bundle keeps although nothing in it uses them.
 * esbuild drops an unused declaration only when it can tell that building it has no effect:
 * it keeps `const MAX = 64 * 1024 * 1024` and `Object.freeze({ … })` without a
 * `/* @__PURE__ *\/` mark in every bundle that imports the module, used or not.
 * @param {string} entry the handler's file
 * @returns {Promise<string[]>} the names, as the unminified bundle spells them
 */
export async function unusedDeclarations(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    write: false,
  });
  const code = result.outputFiles[0].text;
  const declared = code.matchAll(
    /^(?:var|let|const|(?:async )?function\*?|class) ([\w$]+)/gm
  );
  return [...declared]
    .map((match) => match[1])
    .filter((name) => {
      // A use is the name anywhere but after a single dot (a property of the same name);
      // a spread (`...NAME`) is a use.
      const uses = new RegExp(
        `(?<![\\w$])(?<![^.]\\.)${name.replaceAll('$', '\\$')}(?![\\w$])`,
        'g'
      );
      return code.match(uses).length < 2;
    });
}

/** The example handlers' names (examples/src/<name>.ts), sorted. */
export function exampleNames() {
  return readdirSync(join(root, 'examples/src'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

async function main() {
  const out = join(root, '.tmp/size');
  const budgets = JSON.parse(
    readFileSync(join(root, 'examples/size-budgets.json'), 'utf8')
  );
  const jsonIndex = process.argv.indexOf('--json');
  const rows = [];
  const failures = [];

  // The core alone: what every handler pays before its own source package.
  const core = await bundle(
    { contents: "export { EventWrapper } from '@evt/core';\n" },
    join(out, 'core-only.mjs')
  );
  rows.push({
    name: '@evt/core (EventWrapper)',
    ...core,
    budget: budgets['@evt/core'],
  });
  for (const name of exampleNames()) {
    const evt = await bundle(
      join(root, 'examples/src', `${name}.ts`),
      join(out, `${name}.mjs`)
    );
    rows.push({ name, ...evt, budget: budgets[name] });
    if (!budgets[name])
      failures.push(`${name}: no budget in examples/size-budgets.json`);
    const unused = await unusedDeclarations(
      join(root, 'examples/src', `${name}.ts`)
    );
    if (unused.length > 0)
      failures.push(
        `${name}: keeps ${unused.join(', ')} although nothing uses it (write a literal, or mark a pure call /* @__PURE__ */)`
      );
  }

  console.log(
    `${'handler'.padEnd(34)} ${'minified'.padStart(10)} ${'gzipped'.padStart(10)}  budget`
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(34)} ${kb(row.minified).padStart(10)} ${kb(row.gzipped).padStart(10)}  ${row.budget ? kb(row.budget) : ''}`
    );
    if (row.budget && row.gzipped > row.budget)
      failures.push(
        `${row.name}: ${kb(row.gzipped)} gzipped, budget ${kb(row.budget)}`
      );
  }
  if (jsonIndex !== -1)
    writeFileSync(
      process.argv[jsonIndex + 1],
      `${JSON.stringify(
        rows.map(({ outfile: _outfile, ...row }) => row),
        null,
        2
      )}\n`
    );
  if (failures.length > 0) {
    console.error(
      `\nOver budget or carrying unused code:\n${failures.map((line) => `  ${line}`).join('\n')}`
    );
    process.exit(1);
  }
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
)
  await main();
