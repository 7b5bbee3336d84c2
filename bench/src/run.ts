// `pnpm bench`: per-event overhead and bundle size of evt beside plain object access and the
// peer libraries, printed as the README's Performance section (markdown) and written as JSON.
//
// Time. The Lambda runtime hands a handler an already parsed object, so each contender is
// timed on construct + read only, over a fresh pre-parsed copy of the event per call (see
// worker.ts). Each contender of each case runs alone in its own process (no shared JIT state,
// heap or inline caches), for `--rounds` rounds; a round runs the cases and, within a case, the
// contenders in an order rotated by one each round, so drift of the machine spreads over all
// of them. Per row: the best (lowest) of the rounds' medians per contender, the ratio of that
// to the floor's (plain access) best, and the spread: how far the next best round is from the
// best, as a percentage.
//
// Why the best round and not the median of rounds: on shared machines a whole process lands
// in a slow state or not (measured here: the same worker, plain access included, reads either
// ~47 or ~80 µs on S3's 100 records, each process stable within itself, with V8's hash and
// random seeds fixed and address randomisation off), so a median over a few rounds mixes the
// two states at random and a per-round ratio divides one state by the other. Noise only ever
// adds time, so the best round is the contender's own cost; the spread shows whether a second
// round came close to it. Seven rounds by default. That still leaves a contender now and then
// whose seven processes all ran slow (two runs of the whole table an hour apart agreed within
// ~5 % on most rows, but Kafka's plain access read 134 µs in one and 231 µs in the other), so
// compare a row that moved with `pnpm bench:instructions` before trusting it.
//
// Size. See size.ts.
//
// Options: --check (exit 1 when a row misses a goal: evt over 1.3x the floor, or slower than
// Middy's event normalizer, except by less than the rounds' spread, shown as "≈"; or an
// example handler larger than its Middy counterpart; or a case broken), --only <text> (cases whose name
// contains it), --rounds <n> (7), --no-size, --no-time, --json <file>
// (.tmp/bench/results.json), --markdown <file> (.tmp/bench/performance.md), --node <binary>
// (the Node that runs the workers, for Lambda's other runtimes: `pnpm smoke` leaves Node 22
// and 24 in .tmp/nodes), and the worker's --warmup-mb, --mb, --warmup, --time, --batch-us
// (see worker.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  type BenchCase,
  CONTENDER_LABELS,
  CONTENDERS,
  type ContenderId,
} from './case';
import { nodeVersionOf } from './node-binary';
import { measureSizes, type SizeReport } from './size';
import type { WorkerResult } from './worker';

/** Goals of the issue: evt at most this many times the floor, and never slower than Middy. */
const MAX_RATIO = 1.3;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const check = args.includes('--check');
const only = option('--only')?.toLowerCase();
const rounds = Number(option('--rounds') ?? 7);
// The Node that runs the workers, and its version (for the header and the JSON).
const nodeBinary = option('--node') ?? process.execPath;
const nodeVersion = nodeVersionOf(nodeBinary);
// Passed on to every worker (see worker.ts for what they mean and their defaults).
const workerOptions = [
  '--warmup-mb',
  '--mb',
  '--warmup',
  '--time',
  '--batch-us',
].flatMap((name) => {
  const value = option(name);
  return value === undefined ? [] : [name, value];
});
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const jsonOut = option('--json') ?? join(root, '.tmp/bench/results.json');
const markdownOut =
  option('--markdown') ?? join(root, '.tmp/bench/performance.md');
const caseDir = join(here, '../cases');
const workerFile = join(here, 'worker.mjs');

interface Job {
  readonly file: string;
  readonly index: number;
  readonly benchCase: BenchCase;
  readonly contenders: ContenderId[];
}

interface TimeRow {
  readonly name: string;
  /** Per contender: each round's median ns per call, in round order. */
  readonly rounds: Partial<Record<ContenderId, number[]>>;
  /** Per contender: the best (lowest) of its rounds' medians, in ns per call. */
  readonly best: Partial<Record<ContenderId, number>>;
  /** How far the next best round median is from the best, over the best (0 with one round). */
  readonly spread: Partial<Record<ContenderId, number>>;
  /** The contender's best over the floor's best. */
  readonly ratio: Partial<Record<ContenderId, number>>;
  /** Goals missed; `withinNoise` when the distance is inside the rounds' spread. */
  readonly misses: { text: string; withinNoise: boolean }[];
  readonly notes: readonly string[];
  /** Why the row has no per-event goal (see `BenchCase.noGoal`). */
  noGoal?: string | undefined;
}

/** The best of the rounds' values and how far the next best is from it (see above). */
const bestOf = (values: readonly number[]): [best: number, spread: number] => {
  const [best = Number.NaN, next = best] = [...values].sort((a, b) => a - b);
  return [best, (next - best) / best];
};

const formatNs = (ns: number): string =>
  ns >= 1e6
    ? `${(ns / 1e6).toFixed(2)} ms`
    : ns >= 1e4
      ? `${(ns / 1e3).toFixed(1)} µs`
      : ns >= 1e3
        ? `${(ns / 1e3).toFixed(2)} µs`
        : `${ns.toFixed(0)} ns`;

/** Every case's result is the floor's, for every contender, before anything is timed. */
async function verify(benchCase: BenchCase): Promise<void> {
  const expected = benchCase.contenders.floor(JSON.parse(benchCase.event));
  for (const id of CONTENDERS) {
    const read = benchCase.contenders[id];
    if (!read || id === 'floor') continue;
    const actual = await read(JSON.parse(benchCase.event));
    if (!isDeepStrictEqual(actual, expected)) {
      throw new Error(
        `${benchCase.name}: ${id} read ${JSON.stringify(actual)?.slice(0, 300)}, the floor ${JSON.stringify(expected)?.slice(0, 300)}`
      );
    }
  }
}

/** Cases that could not run: a contender threw or read something else than the floor. */
const broken: string[] = [];

async function loadJobs(): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const file of readdirSync(caseDir)
    .filter((name) => name.endsWith('.mjs'))
    .sort()) {
    const path = join(caseDir, file);
    const module = (await import(path)) as { cases: BenchCase[] };
    for (const [index, benchCase] of module.cases.entries()) {
      if (only && !benchCase.name.toLowerCase().includes(only)) continue;
      try {
        await verify(benchCase);
      } catch (error) {
        broken.push(
          `${benchCase.name}: ${String((error as Error).message ?? error)
            .split('\n')[0]
            ?.slice(0, 200)}`
        );
        continue;
      }
      jobs.push({
        file: path,
        index,
        benchCase,
        contenders: CONTENDERS.filter((id) => benchCase.contenders[id]),
      });
    }
  }
  return jobs;
}

function runWorker(job: Job, contender: ContenderId): WorkerResult {
  const result = spawnSync(
    nodeBinary,
    [workerFile, job.file, String(job.index), contender, ...workerOptions],
    { encoding: 'utf8', maxBuffer: 1 << 20 }
  );
  if (result.status !== 0) {
    throw new Error(
      `${job.benchCase.name} / ${contender}: worker exited ${result.status}\n${result.stderr}`
    );
  }
  return JSON.parse(result.stdout) as WorkerResult;
}

const rotate = <T>(items: readonly T[], by: number): T[] => {
  const shift = items.length ? by % items.length : 0;
  return [...items.slice(shift), ...items.slice(0, shift)];
};

function measureTimes(jobs: Job[]): TimeRow[] {
  const samples = jobs.map(
    () => ({}) as Partial<Record<ContenderId, number[]>>
  );
  const total = jobs.reduce((sum, job) => sum + job.contenders.length, 0);
  for (let round = 0; round < rounds; round++) {
    const started = Date.now();
    for (const jobIndex of rotate(
      jobs.map((_, index) => index),
      round
    )) {
      const job = jobs[jobIndex] as Job;
      for (const contender of rotate(job.contenders, round)) {
        const { ns } = runWorker(job, contender);
        const list = ((
          samples[jobIndex] as Partial<Record<ContenderId, number[]>>
        )[contender] ??= []);
        list[round] = ns;
      }
    }
    process.stderr.write(
      `round ${round + 1}/${rounds}: ${total} processes in ${((Date.now() - started) / 1000).toFixed(0)} s\n`
    );
  }
  return jobs.map((job, jobIndex) => {
    const byContender = samples[jobIndex] as Partial<
      Record<ContenderId, number[]>
    >;
    const floor = byContender.floor ?? [];
    const row: TimeRow = {
      name: job.benchCase.name,
      rounds: byContender,
      best: {},
      spread: {},
      ratio: {},
      misses: [],
      notes: job.benchCase.notes ?? [],
    };
    const [floorBest] = bestOf(floor);
    for (const contender of job.contenders) {
      const [best, spread] = bestOf(byContender[contender] ?? []);
      row.best[contender] = best;
      row.spread[contender] = spread;
      row.ratio[contender] = best / floorBest;
    }
    // A miss within the spread (evt's plus the other side's) is shown as "≈" and does not fail
    // --check: at that distance the order of the two can flip from run to run.
    row.noGoal = job.benchCase.noGoal;
    if (row.noGoal !== undefined) return row;
    const evtRatio = row.ratio.evt ?? 0;
    const evtSpread = row.spread.evt ?? 0;
    const floorSpread = row.spread.floor ?? 0;
    if (evtRatio > MAX_RATIO) {
      row.misses.push({
        text: `${evtRatio.toFixed(2)}x plain access > ${MAX_RATIO}x`,
        withinNoise: evtRatio <= MAX_RATIO * (1 + evtSpread + floorSpread),
      });
    }
    // The goal's Middy is a handler as deployed (core + normalizer); the normalizer alone is
    // shown beside it.
    const middyRatio = row.ratio.middy;
    if (middyRatio !== undefined && evtRatio > middyRatio) {
      row.misses.push({
        text: `slower than Middy (${evtRatio.toFixed(2)}x vs ${middyRatio.toFixed(2)}x)`,
        withinNoise:
          evtRatio <= middyRatio * (1 + evtSpread + (row.spread.middy ?? 0)),
      });
    }
    return row;
  });
}

function timeTable(rows: TimeRow[]): string {
  const shown = CONTENDERS.filter((id) =>
    rows.some((row) => row.best[id] !== undefined)
  );
  const lines = [
    `| case | ${shown.map((id) => CONTENDER_LABELS[id]).join(' | ')} | goals (≤ ${MAX_RATIO}x, ≤ Middy) |`,
    `| --- | ${shown.map(() => '---:').join(' | ')} | --- |`,
  ];
  for (const row of rows) {
    const cells = shown.map((id) => {
      const ns = row.best[id];
      if (ns === undefined) return '';
      const spread = `±${((row.spread[id] ?? 0) * 100).toFixed(0)}%`;
      return id === 'floor'
        ? `${formatNs(ns)} ${spread}`
        : `**${(row.ratio[id] ?? 0).toFixed(2)}x** ${formatNs(ns)} ${spread}`;
    });
    lines.push(
      `| ${row.name} | ${cells.join(' | ')} | ${
        row.noGoal ??
        (row.misses.length
          ? row.misses
              .map(
                (miss) =>
                  `${miss.withinNoise ? '≈' : '✗'} ${miss.text}${miss.withinNoise ? ' (within the spread)' : ''}`
              )
              .join('; ')
          : '✓')
      } |`
    );
  }
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus();
  return `${platform()} ${arch()}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), Node ${nodeVersion}, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} at the end`;
}

// The markdown: blocks separated by a blank line.
const blocks: string[] = [`Measured by \`pnpm bench\`: ${machine()}.`];
let size: SizeReport | undefined;
if (!args.includes('--no-size')) {
  size = await measureSizes(root);
}
let times: TimeRow[] = [];
if (!args.includes('--no-time')) {
  times = measureTimes(await loadJobs());
  const notes = [...new Set(times.flatMap((row) => row.notes))];
  blocks.push(
    '### Per-event overhead',
    `Construct + read on an already parsed event (a fresh copy per call, parsed outside the timed region), each contender alone in its own process, ${rounds} rounds in rotated order. Each cell: ratio to plain access (best over best), the best of the rounds' median times per event, spread (how far the next best round is from the best; a whole process can land in a slow state on a shared machine, so the best round is the contender's own cost). Every contender does the same reads and the same decoding as plain access; Middy is a handler as deployed, \`middy().use(eventNormalizer())\` with Middy's defaults and a Lambda-like context (its calls of a batch are started together and awaited together, so only Middy's own awaits are timed); "event-normalizer alone" is the normalizer's \`before\` hook called directly, without \`@middy/core\`. "≈": missed by less than the spread.`,
    timeTable(times)
  );
  if (notes.length) blocks.push(notes.map((note) => `- ${note}`).join('\n'));
  if (broken.length)
    blocks.push(
      ['Not measured (broken):', ...broken.map((line) => `- ${line}`)].join(
        '\n'
      )
    );
}
if (size) {
  blocks.push(
    '### Bundle size',
    'Each example handler bundled as a deployment would be (esbuild: bundle, minify, ESM, platform node), gzip -9, beside the same handler written by hand and with the peers (bench/size-peers). KB = 1,024 bytes.',
    size.markdown,
    `What the bytes are (esbuild metafile per package and per source module, and each top-level declaration): \`${relative(root, size.analysisFile)}\`.`
  );
}
const markdown = blocks.join('\n\n');
console.log(`\n${markdown}`);

mkdirSync(dirname(jsonOut), { recursive: true });
writeFileSync(
  jsonOut,
  `${JSON.stringify(
    {
      machine: machine(),
      node: nodeVersion,
      rounds,
      workerOptions,
      time: times,
      size: size?.rows ?? [],
    },
    null,
    2
  )}\n`
);
mkdirSync(dirname(markdownOut), { recursive: true });
writeFileSync(markdownOut, `${markdown}\n`);
console.log(`\nWritten: ${jsonOut}, ${markdownOut}`);

const failures = [
  ...broken,
  ...times.flatMap((row) =>
    row.misses
      .filter((miss) => !miss.withinNoise)
      .map((miss) => `${row.name}: ${miss.text}`)
  ),
  ...(size?.failures ?? []),
];
if (failures.length > 0) {
  console.error(
    `\n${check ? 'Goals missed' : 'Goals missed (report only; --check fails on them)'}:\n${failures.map((line) => `  ${line}`).join('\n')}`
  );
  if (check) process.exit(1);
}
