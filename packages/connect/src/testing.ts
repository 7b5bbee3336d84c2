import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/connect-contact-flow-event.json';
import type {
  RawConnectContactFlowEvent,
  RawConnectContactFlowEventRecord,
} from './connect-contact-flow-event';

/** One record as {@link createConnectContactFlowEvent} builds it. */
export interface SampleConnectContactFlowEventRecord
  extends Sample<RawConnectContactFlowEventRecord> {}

/**
 * The event {@link createConnectContactFlowEvent} returns: a fresh copy that fits
 * `ConnectContactFlowEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleConnectContactFlowEvent
  extends Sample<Omit<RawConnectContactFlowEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleConnectContactFlowEventRecord[];
}

/**
 * The fields of the sample event that {@link createConnectContactFlowEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface ConnectContactFlowEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleConnectContactFlowEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon Connect event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { ConnectContactFlowEvent } from '@evt/connect';
 * import { createConnectContactFlowEvent } from '@evt/connect/testing';
 *
 * const event = new ConnectContactFlowEvent(
 *   createConnectContactFlowEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createConnectContactFlowEvent<TBody = unknown>(
  overrides: ConnectContactFlowEventOverrides<TBody> = {}
): SampleConnectContactFlowEvent {
  const event = structuredClone(sample) as SampleConnectContactFlowEvent;
  const template = event.Records[0] as SampleConnectContactFlowEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createConnectContactFlowEvent',
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
