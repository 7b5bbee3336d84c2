/**
 * The contenders of a row, in the order the table shows them. `floor` is plain object access
 * with hand-written decoding; `evt` is this repository; the others are the libraries a
 * TypeScript Lambda author would otherwise pick: `middy` is a handler as Middy users deploy it
 * (`@middy/core` with `@middy/event-normalizer`), `middy-normalizer` the normalizer's own work
 * alone (its `before` hook, called directly: the strictest comparison).
 */
export const CONTENDERS = [
  'floor',
  'evt',
  'middy',
  'middy-normalizer',
  'powertools',
  'util-dynamodb',
] as const;

export type ContenderId = (typeof CONTENDERS)[number];

/** Table headings of the contenders. */
export const CONTENDER_LABELS: Record<ContenderId, string> = {
  floor: 'plain access',
  evt: 'evt',
  middy: 'Middy (core + event-normalizer)',
  'middy-normalizer': 'event-normalizer alone',
  powertools: 'Powertools parser',
  'util-dynamodb': '@aws-sdk/util-dynamodb',
};

/**
 * One contender's work for one invocation: construct whatever it constructs from the already
 * parsed event and read the row's fields, returning what it read. It may mutate the event
 * (Middy's normalizer does): every call gets its own freshly parsed copy. It may return a
 * promise (a Middy handler does): the worker then starts a whole batch of calls and waits for
 * them all inside the timed region, so Middy's own awaits are timed, and no await of the
 * harness per call is.
 */
// biome-ignore lint/suspicious/noExplicitAny: each case reads its own untyped JSON event
export type Read = (event: any) => unknown;

/**
 * One row of the benchmark. Every contender does the same reads with the same decoding (the
 * harness checks once, before timing, that they all return what the floor returns), so the
 * time difference is the cost of the library alone. The Lambda runtime hands a handler an
 * already parsed object, so `JSON.parse` is outside the timed region: each timed call gets a
 * fresh copy of `event` parsed beforehand.
 */
export interface BenchCase {
  /** Row label, e.g. `S3, 100 records`. */
  readonly name: string;
  /** The raw event as JSON text. */
  readonly event: string;
  /** Each contender's reads; `floor` and `evt` always, a peer when it handles this source. */
  readonly contenders: { readonly floor: Read; readonly evt: Read } & Partial<
    Record<Exclude<ContenderId, 'floor' | 'evt'>, Read>
  >;
  /** Decoded bytes per operation, to report MB/s for throughput rows. */
  readonly decodedBytes?: number;
  /**
   * Set on rows that measure something other than a wrapper's overhead (detection), where the
   * per-event goals (≤ 1.3x plain access, ≤ Middy) do not apply: the row reports its times and
   * this sentence stands in its goal cell.
   */
  readonly noGoal?: string;
  /** Why a peer that could be expected on this row is not (shown under the table). */
  readonly notes?: readonly string[];
}
