import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/vpc-lattice-event.json';
import type {
  RawVPCLatticeEvent,
  RawVPCLatticeEventRecord,
} from './vpc-lattice-event';

/** One record as {@link createVPCLatticeEvent} builds it. */
export interface SampleVPCLatticeEventRecord
  extends Sample<RawVPCLatticeEventRecord> {}

/**
 * The event {@link createVPCLatticeEvent} returns: a fresh copy that fits
 * `VPCLatticeEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleVPCLatticeEvent
  extends Sample<Omit<RawVPCLatticeEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleVPCLatticeEventRecord[];
}

/**
 * The fields of the sample event that {@link createVPCLatticeEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface VPCLatticeEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleVPCLatticeEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon VPC Lattice event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { VPCLatticeEvent } from '@evt/vpc-lattice';
 * import { createVPCLatticeEvent } from '@evt/vpc-lattice/testing';
 *
 * const event = new VPCLatticeEvent(
 *   createVPCLatticeEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createVPCLatticeEvent<TBody = unknown>(
  overrides: VPCLatticeEventOverrides<TBody> = {}
): SampleVPCLatticeEvent {
  const event = structuredClone(sample) as SampleVPCLatticeEvent;
  const template = event.Records[0] as SampleVPCLatticeEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createVPCLatticeEvent',
    lists: { bodies },
    copy: (index) => ({
      ...structuredClone(template),
      eventID: numbered(template.eventID, index),
    }),
    each: (record, index) => {
      const body = bodies?.[index];
      if (body !== undefined) {
        record.body = typeof body === 'string' ? body : JSON.stringify(body);
      }
    },
  });
  return event;
}
