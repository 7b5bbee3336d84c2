// Times one contender of one case, alone in this process (run.ts starts one process per
// contender per round, so no other contender's code shares the JIT state or the heap).
//
// Each timed call gets its own freshly parsed event, as a Lambda invocation does: a small
// batch of copies is `JSON.parse`d just before the clock starts (so, as in Lambda, the event
// is fresh in the CPU caches), then the clock covers only the contender's construct + read
// over the batch. Batches last about `--batch-us` µs.
//
// Warm-up and measurement are each sized by the event bytes processed (`--warmup-mb`, `--mb`:
// 24 MB is about 22,000 calls on a 1.1 KB event, 300 on a 76 KB one; the optimising compiler needs
// roughly the same amount of work per record either way), capped by timed milliseconds
// (`--warmup`, `--time`), with at least 10 batches and 20 calls. The process prints the median
// of the batches' ns per call as JSON: a median of batches leaves out the batches that a
// garbage collection or another process lands in.
//
// Usage: node worker.mjs <case module> <case index> <contender> [--warmup-mb <MB>]
//          [--mb <MB>] [--warmup <ms>] [--time <ms>] [--batch-us <µs>]
import type { BenchCase, ContenderId, Read } from './case';

export interface WorkerResult {
  /** Median of the batches' ns per call. */
  readonly ns: number;
  /** First and third quartiles of the batches' ns per call. */
  readonly q1: number;
  readonly q3: number;
  /** Timed batches, and calls per batch at the end. */
  readonly batches: number;
  readonly batchSize: number;
}

const [file, index, contender, ...rest] = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = rest.indexOf(name);
  return at === -1 ? fallback : Number(rest[at + 1]);
};
const warmupMb = option('--warmup-mb', 24);
const measureMb = option('--mb', 16);
const warmupMs = option('--warmup', 2000);
const timeMs = option('--time', 500);
const batchUs = option('--batch-us', 50);

const module = (await import(file as string)) as { cases: BenchCase[] };
const benchCase = module.cases[Number(index)];
const read: Read | undefined = benchCase?.contenders[contender as ContenderId];
if (!benchCase || !read) {
  throw new Error(`no contender ${contender} in case ${index} of ${file}`);
}
const call: Read = read;
const text = benchCase.event;
const callsPerMb = 1e6 / Buffer.byteLength(text);
let batchSize = 1;
let sink: unknown;

function parseBatch(size: number): unknown[] {
  const batch = new Array<unknown>(size);
  for (let at = 0; at < size; at++) batch[at] = JSON.parse(text);
  return batch;
}

/** Times one batch of `batchSize` calls: its ns per call and its total ns. */
function timeBatch(): { perCall: number; elapsed: number; calls: number } {
  const batch = parseBatch(batchSize);
  const start = process.hrtime.bigint();
  for (let at = 0; at < batch.length; at++) sink = call(batch[at]);
  const elapsed = Number(process.hrtime.bigint() - start);
  return { perCall: elapsed / batch.length, elapsed, calls: batch.length };
}

/**
 * Times one batch of an async contender (a Middy handler): starts every call, then waits for
 * them all, inside the timed region.
 */
async function timeAsyncBatch(): Promise<{
  perCall: number;
  elapsed: number;
  calls: number;
}> {
  const batch = parseBatch(batchSize);
  const pending = new Array<unknown>(batch.length);
  const start = process.hrtime.bigint();
  for (let at = 0; at < batch.length; at++) pending[at] = call(batch[at]);
  sink = await Promise.all(pending);
  const elapsed = Number(process.hrtime.bigint() - start);
  return { perCall: elapsed / batch.length, elapsed, calls: batch.length };
}

/**
 * Times batches for `callBudget` calls or `budgetMs` ms of timed work, whichever comes first;
 * returns each batch's ns per call, sorted. With `adapt`, sizes each batch from the previous
 * one's time (while warming up, as the code gets faster).
 */
async function run(
  budgetMs: number,
  callBudget: number,
  adapt: boolean
): Promise<number[]> {
  const samples: number[] = [];
  let timed = 0;
  let calls = 0;
  while (
    (timed < budgetMs * 1e6 && calls < callBudget) ||
    samples.length < 10 ||
    calls < 20
  ) {
    const batch = isAsync ? await timeAsyncBatch() : timeBatch();
    samples.push(batch.perCall);
    timed += batch.elapsed;
    calls += batch.calls;
    if (adapt) resize(batch.perCall);
  }
  return samples.sort((a, b) => a - b);
}

function resize(perCall: number): void {
  batchSize = Math.min(
    1024,
    Math.max(1, Math.round((batchUs * 1e3) / Math.max(perCall, 1)))
  );
}

const quantile = (values: number[], q: number): number =>
  values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

const probe = call(JSON.parse(text));
const isAsync = probe instanceof Promise;
if (isAsync) await probe;
const warm = await run(warmupMs, warmupMb * callsPerMb, true);
// The fastest quarter of the warm-up batches says how long a call takes once optimised.
resize(quantile(warm.slice(0, Math.ceil(warm.length / 4)), 0.5));
const samples = await run(timeMs, measureMb * callsPerMb, false);
const result: WorkerResult = {
  ns: quantile(samples, 0.5),
  q1: quantile(samples, 0.25),
  q3: quantile(samples, 0.75),
  batches: samples.length,
  batchSize,
};
// Keeps the last result alive, so no call can be optimised away.
if (sink === Symbol.for('never')) console.error(sink);
process.stdout.write(`${JSON.stringify(result)}\n`);
