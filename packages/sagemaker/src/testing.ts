import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/ground-truth-pre-human-task-event.json';
import type {
  RawGroundTruthPreHumanTaskEvent,
  RawGroundTruthPreHumanTaskEventRecord,
} from './ground-truth-pre-human-task-event';

/** One record as {@link createGroundTruthPreHumanTaskEvent} builds it. */
export interface SampleGroundTruthPreHumanTaskEventRecord
  extends Sample<RawGroundTruthPreHumanTaskEventRecord> {}

/**
 * The event {@link createGroundTruthPreHumanTaskEvent} returns: a fresh copy that fits
 * `GroundTruthPreHumanTaskEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleGroundTruthPreHumanTaskEvent
  extends Sample<Omit<RawGroundTruthPreHumanTaskEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleGroundTruthPreHumanTaskEventRecord[];
}

/**
 * The fields of the sample event that {@link createGroundTruthPreHumanTaskEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface GroundTruthPreHumanTaskEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleGroundTruthPreHumanTaskEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon SageMaker Ground Truth event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { GroundTruthPreHumanTaskEvent } from '@evt/sagemaker';
 * import { createGroundTruthPreHumanTaskEvent } from '@evt/sagemaker/testing';
 *
 * const event = new GroundTruthPreHumanTaskEvent(
 *   createGroundTruthPreHumanTaskEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createGroundTruthPreHumanTaskEvent<TBody = unknown>(
  overrides: GroundTruthPreHumanTaskEventOverrides<TBody> = {}
): SampleGroundTruthPreHumanTaskEvent {
  const event = structuredClone(sample) as SampleGroundTruthPreHumanTaskEvent;
  const template = event.Records[0] as SampleGroundTruthPreHumanTaskEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createGroundTruthPreHumanTaskEvent',
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
