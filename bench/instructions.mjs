#!/usr/bin/env node
// Instructions per event, counted by valgrind's callgrind: the deterministic companion of the
// timed benchmark (src/run.ts), for comparing a change on a machine whose timings are noisy.
//
// For each selected case and contender (`evt`, `floor` = plain access, or any other of the
// case's contenders), one process calls the contender on the case's event for a warm-up, then
// again between two marks (as the timed benchmark's worker does, both sized by event bytes,
// 24 MB and 16 MB by default: about 22,000 and 14,500 calls on a 1.1 KB event, 220 and 145 on
// a 110 KB one, so periodic garbage collections average out); callgrind counts only what runs between the
// marks (each mark is a call of `os.getPriority()`, whose native `uv_os_getpriority` nothing
// else calls, and callgrind dumps its counters on entering it). So start-up, module loading,
// parsing the events and the warm-up are left out, and the count over the marked calls divided
// by their number is the cost of one call once warm. V8 runs `--predictable` (single-threaded
// compiler and GC, fixed seeds), so the counts repeat from run to run to within a few
// instructions per event. With one compiler thread, compiling runs on the thread callgrind
// counts: so the calls run in one function that the warm-up (in slices) leaves optimised,
// contender included, and each count is checked for the compiler's own instructions
// (`v8::internal::compiler::` functions), which the output reports rather than hides. The
// calls cycle over a small pool of events parsed up front (so a contender that changes its
// event, as Middy's normalizer does, is refused).
//
// Usage (after `node build.mjs`, which bundles the cases into dist/; needs valgrind):
//   node instructions.mjs [case ...] [--contenders evt,floor] [--warmup-mb 24] [--mb 16]
//     [--json <file>] [--node <binary>]
// `--node` counts under another Node binary (Lambda runs Node 20, 22 and 24; `pnpm smoke`
// leaves 22 and 24 in .tmp/nodes/<major>/package/bin/node).
// A case is a case-insensitive part of a row name (`S3, 1 record`, `kinesis`, `alb`); without
// one, the per-record rows: S3 1 and 100 records, Kinesis, ALB, Function URL, API Gateway v2.
// `--inner <file> <index> <contender> <calls> [--warmup <calls>]` is the run callgrind measures (also usable
// alone, e.g. under `--trace-opt --trace-deopt`, or with `--allow-natives-syntax --status`
// to print whether the contender ends optimised).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeVersionOf } from './dist/src/node-binary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const caseDir = join(here, 'dist/cases');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const POOL = 8;

if (args[0] === '--inner') {
  const [, file, index, contender, calls] = args;
  const warmup = Number(option('--warmup', 3000));
  const { cases } = await import(pathToFileURL(file).href);
  const benchCase = cases[Number(index)];
  const read = benchCase.contenders[contender];
  const pool = Array.from({ length: POOL }, () => JSON.parse(benchCase.event));
  // One loop in a function, run for the warm-up in slices and then once between the marks, so
  // that by the first mark the loop and the contender are optimised and nothing is left to
  // compile inside the counted region. (Two top-level loops were each compiled on the stack,
  // the second one inside the region: 356 instructions per call of compiler work counted
  // against evt on the one-event EventBridge case.)
  const run = (count) => {
    let last;
    for (let at = 0; at < count; at++) last = read(pool[at % POOL]);
    return last;
  };
  const slice = Math.max(1, Math.ceil(warmup / 100));
  let sink;
  for (let done = 0; done < warmup; done += slice) sink = run(slice);
  const measured = Number(calls);
  getPriority();
  sink = run(measured);
  getPriority();
  if (args.includes('--status')) {
    // Needs --allow-natives-syntax; bit 4 (16) set means optimised by TurboFan.
    const status = new Function('f', 'return %GetOptimizationStatus(f)');
    console.log(`${contender}: optimization status ${status(read)}`);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  process.exit(0);
}

const DEFAULT_CASES = [
  's3, 1 record',
  's3, 100 records',
  'kinesis, 100',
  'alb',
  'function url',
  'api gateway v2',
];
const selected = args.filter(
  (arg, at) => !arg.startsWith('--') && !args[at - 1]?.startsWith('--')
);
const wanted = (selected.length ? selected : DEFAULT_CASES).map((name) =>
  name.toLowerCase()
);
const contenders = option('--contenders', 'evt,floor').split(',');
// The calls reuse a few events, so a contender must leave its event as it found it; and only
// what runs before the second mark is counted, so it must be synchronous.
const unmeasurable = contenders.filter((id) => id.startsWith('middy'));
if (unmeasurable.length > 0) {
  console.error(
    `${unmeasurable.join(', ')}: not measurable here (Middy's normalizer decodes the event in place, and a Middy handler is async); pnpm bench times them on a fresh copy per call`
  );
  process.exit(2);
}
const warmupMb = Number(option('--warmup-mb', 24));
const measureMb = Number(option('--mb', 16));
const jsonOut = option('--json', undefined);
const nodeBinary = option('--node', process.execPath);

const jobs = [];
for (const name of readdirSync(caseDir).sort()) {
  if (!name.endsWith('.mjs')) continue;
  const file = join(caseDir, name);
  const { cases } = await import(pathToFileURL(file).href);
  cases.forEach((benchCase, index) => {
    const row = benchCase.name.toLowerCase();
    if (wanted.some((part) => row.includes(part))) {
      const bytes = Buffer.byteLength(benchCase.event);
      jobs.push({
        file,
        index,
        name: benchCase.name,
        warmup: Math.max(100, Math.round((warmupMb * 1e6) / bytes)),
        calls: Math.max(100, Math.round((measureMb * 1e6) / bytes)),
      });
    }
  });
}
if (jobs.length === 0) {
  console.error(`no case matches ${wanted.join(', ')}`);
  process.exit(1);
}

/** Instructions per call of one contender between the marks, under callgrind. */
function count(job, contender) {
  const dir = mkdtempSync(join(tmpdir(), 'evt-callgrind-'));
  const out = join(dir, 'callgrind.out');
  try {
    const result = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        `--callgrind-out-file=${out}`,
        '--dump-before=uv_os_getpriority',
        nodeBinary,
        '--predictable',
        fileURLToPath(import.meta.url),
        '--inner',
        job.file,
        String(job.index),
        contender,
        String(job.calls),
        '--warmup',
        String(job.warmup),
      ],
      { encoding: 'utf8' }
    );
    if (result.status !== 0) {
      throw new Error(`callgrind failed on ${job.name}:\n${result.stderr}`);
    }
    // Dump 1 runs up to the first mark, dump 2 from the first mark to the second.
    const marked = readFileSync(`${out}.2`, 'utf8');
    const totals = /^(?:summary|totals): (\d+)/m.exec(marked);
    if (!totals) throw new Error(`no totals in callgrind dump of ${job.name}`);
    return {
      perCall: Number(totals[1]) / job.calls,
      compilerPerCall: compilerInstructions(marked) / job.calls,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The instructions a callgrind dump spent in V8's optimising compiler (functions in
 * `v8::internal::compiler::`), own cost only. The warm-up is meant to leave nothing to compile
 * between the marks; a count that includes compiling (a deoptimisation and re-optimisation, or
 * a harness change) is then reported rather than taken for the contender's cost.
 */
function compilerInstructions(dump) {
  const names = new Map();
  let inCompiler = false;
  let callCost = false;
  let total = 0;
  for (const line of dump.split('\n')) {
    const named = /^(c?fn)=\((\d+)\)(?: (.*))?$/.exec(line);
    if (named) {
      const [, kind, id, name] = named;
      if (name !== undefined) names.set(id, name);
      if (kind === 'fn') {
        inCompiler = (names.get(id) ?? '').includes('v8::internal::compiler::');
      }
      continue;
    }
    if (line.startsWith('calls=')) {
      // The next cost line is the call's inclusive cost, charged to the callee already.
      callCost = true;
      continue;
    }
    if (/^[+\-*\d]/.test(line)) {
      if (callCost) callCost = false;
      else if (inCompiler)
        total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

const results = [];
const compiled = [];
const nodeVersion = nodeVersionOf(nodeBinary);
console.log(
  `instructions per event (callgrind, Node ${nodeVersion}; warm-up ${warmupMb} MB of events, then ${measureMb} MB counted)\n`
);
console.log(
  `| case | ${contenders.join(' | ')} |${contenders.length > 1 ? ` ${contenders[0]} / ${contenders[1]} |` : ''}`
);
console.log(
  `| --- | ${contenders.map(() => '---:').join(' | ')} |${contenders.length > 1 ? ' ---: |' : ''}`
);
for (const job of jobs) {
  const perCall = {};
  const compilerPerCall = {};
  for (const contender of contenders) {
    const counted = count(job, contender);
    perCall[contender] = Math.round(counted.perCall);
    compilerPerCall[contender] = Math.round(counted.compilerPerCall);
    if (counted.compilerPerCall > counted.perCall / 200) {
      compiled.push(
        `${job.name}, ${contender}: ${Math.round(counted.compilerPerCall).toLocaleString('en-US')} of the ${perCall[contender].toLocaleString('en-US')} instructions per call are V8's optimising compiler at work inside the counted region (a deoptimisation?): compare with care`
      );
    }
  }
  results.push({
    name: job.name,
    node: nodeVersion,
    instructions: perCall,
    compilerInstructions: compilerPerCall,
  });
  const cells = contenders.map((contender) =>
    perCall[contender].toLocaleString('en-US')
  );
  const ratio =
    contenders.length > 1
      ? ` ${(perCall[contenders[0]] / perCall[contenders[1]]).toFixed(2)}x |`
      : '';
  console.log(`| ${job.name} | ${cells.join(' | ')} |${ratio}`);
}
if (compiled.length > 0) console.log(`\n${compiled.join('\n')}`);
if (jsonOut) await writeFile(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
