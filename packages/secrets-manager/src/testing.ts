import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/secrets-manager-event.json';
import type {
  RawSecretsManagerEvent,
  RawSecretsManagerEventRecord,
} from './secrets-manager-event';

/** One record as {@link createSecretsManagerEvent} builds it. */
export interface SampleSecretsManagerEventRecord
  extends Sample<RawSecretsManagerEventRecord> {}

/**
 * The event {@link createSecretsManagerEvent} returns: a fresh copy that fits
 * `SecretsManagerEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleSecretsManagerEvent
  extends Sample<Omit<RawSecretsManagerEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleSecretsManagerEventRecord[];
}

/**
 * The fields of the sample event that {@link createSecretsManagerEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface SecretsManagerEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleSecretsManagerEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS Secrets Manager event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { SecretsManagerEvent } from '@evt/secrets-manager';
 * import { createSecretsManagerEvent } from '@evt/secrets-manager/testing';
 *
 * const event = new SecretsManagerEvent(
 *   createSecretsManagerEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createSecretsManagerEvent<TBody = unknown>(
  overrides: SecretsManagerEventOverrides<TBody> = {}
): SampleSecretsManagerEvent {
  const event = structuredClone(sample) as SampleSecretsManagerEvent;
  const template = event.Records[0] as SampleSecretsManagerEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createSecretsManagerEvent',
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
