/**
 * One row of the benchmark: the same work done by hand (the floor), by evt, and by the peer a
 * TypeScript user would otherwise pick. Every variant receives a freshly `JSON.parse`d copy of
 * `event` on each iteration, as a Lambda invocation does, and must return the same values
 * (the harness compares them once before timing).
 */
export interface BenchCase {
  /** Row label, e.g. `S3, 100 records`. */
  readonly name: string;
  /** The raw event as JSON text. */
  readonly event: string;
  /** Plain object access with hand-written decoding: the floor. */
  // biome-ignore lint/suspicious/noExplicitAny: each case reads its own untyped JSON event
  floor(event: any): unknown;
  /** The same reads through evt. */
  // biome-ignore lint/suspicious/noExplicitAny: each case reads its own untyped JSON event
  evt(event: any): unknown;
  /** The same reads through a peer library, when one exists for this source. */
  readonly peer?: {
    readonly name: string;
    // biome-ignore lint/suspicious/noExplicitAny: each case reads its own untyped JSON event
    run(event: any): unknown;
  };
  /** Largest allowed evt/floor time ratio; the check fails above it. */
  readonly budget: number;
  /** Decoded bytes per operation, to report MB/s for throughput rows. */
  readonly decodedBytes?: number;
  /**
   * Parse the event once and hand every iteration the same deep-frozen object, so the row
   * times the decoding alone (DynamoDB unmarshalling) rather than `JSON.parse` of a large event.
   */
  readonly parseOnce?: boolean;
  /** Skip comparing the peer's result with the floor's (its shapes differ, e.g. Date objects). */
  readonly peerResultDiffers?: boolean;
}
