import sample from '../test/events/example-source-event.json';
import type {
  RawExampleSourceEvent,
  RawExampleSourceEventRecord,
} from './example-source-event';

/** The fields of the sample event that {@link createExampleSourceEvent} can replace. */
export interface ExampleSourceEventOverrides {
  /** The records of the batch (`Records`); each is merged over the sample record. */
  readonly records?: readonly Partial<RawExampleSourceEventRecord>[];
}

/**
 * Builds a sample Example Service event, as a fresh copy you may change.
 *
 * @param overrides The fields to replace in the sample.
 * @returns The raw event.
 * @example
 * ```ts
 * import { ExampleSourceEvent } from '@evt/example-source';
 * import { createExampleSourceEvent } from '@evt/example-source/testing';
 *
 * const event = new ExampleSourceEvent(
 *   createExampleSourceEvent({ records: [{ body: '{"id":"a-1"}' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createExampleSourceEvent(
  overrides: ExampleSourceEventOverrides = {}
): RawExampleSourceEvent {
  const event = structuredClone(sample) as RawExampleSourceEvent;
  const template = event.Records[0] as RawExampleSourceEventRecord;
  if (overrides.records !== undefined) {
    event.Records = overrides.records.map((record) => ({
      ...structuredClone(template),
      ...record,
    }));
  }
  return event;
}
