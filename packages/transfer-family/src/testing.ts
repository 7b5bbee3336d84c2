import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/transfer-family-authorizer.json';
import type {
  RawTransferFamilyAuthorizer,
  RawTransferFamilyAuthorizerRecord,
} from './transfer-family-authorizer';

/** One record as {@link createTransferFamilyAuthorizer} builds it. */
export interface SampleTransferFamilyAuthorizerRecord
  extends Sample<RawTransferFamilyAuthorizerRecord> {}

/**
 * The event {@link createTransferFamilyAuthorizer} returns: a fresh copy that fits
 * `TransferFamilyAuthorizer`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleTransferFamilyAuthorizer
  extends Sample<Omit<RawTransferFamilyAuthorizer, 'Records'>> {
  /** The records of the batch. */
  Records: SampleTransferFamilyAuthorizerRecord[];
}

/**
 * The fields of the sample event that {@link createTransferFamilyAuthorizer} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface TransferFamilyAuthorizerOverrides<TBody = unknown>
  extends BatchOverrides<SampleTransferFamilyAuthorizerRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS Transfer Family event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { TransferFamilyAuthorizer } from '@evt/transfer-family';
 * import { createTransferFamilyAuthorizer } from '@evt/transfer-family/testing';
 *
 * const event = new TransferFamilyAuthorizer(
 *   createTransferFamilyAuthorizer({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createTransferFamilyAuthorizer<TBody = unknown>(
  overrides: TransferFamilyAuthorizerOverrides<TBody> = {}
): SampleTransferFamilyAuthorizer {
  const event = structuredClone(sample) as SampleTransferFamilyAuthorizer;
  const template = event.Records[0] as SampleTransferFamilyAuthorizerRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createTransferFamilyAuthorizer',
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
