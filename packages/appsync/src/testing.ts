import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/app-sync-resolver-event.json';
import type {
  RawAppSyncResolverEvent,
  RawAppSyncResolverEventRecord,
} from './app-sync-resolver-event';

/** One record as {@link createAppSyncResolverEvent} builds it. */
export interface SampleAppSyncResolverEventRecord
  extends Sample<RawAppSyncResolverEventRecord> {}

/**
 * The event {@link createAppSyncResolverEvent} returns: a fresh copy that fits
 * `AppSyncResolverEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleAppSyncResolverEvent
  extends Sample<Omit<RawAppSyncResolverEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleAppSyncResolverEventRecord[];
}

/**
 * The fields of the sample event that {@link createAppSyncResolverEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface AppSyncResolverEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleAppSyncResolverEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS AppSync event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { AppSyncResolverEvent } from '@evt/appsync';
 * import { createAppSyncResolverEvent } from '@evt/appsync/testing';
 *
 * const event = new AppSyncResolverEvent(
 *   createAppSyncResolverEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createAppSyncResolverEvent<TBody = unknown>(
  overrides: AppSyncResolverEventOverrides<TBody> = {}
): SampleAppSyncResolverEvent {
  const event = structuredClone(sample) as SampleAppSyncResolverEvent;
  const template = event.Records[0] as SampleAppSyncResolverEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createAppSyncResolverEvent',
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
