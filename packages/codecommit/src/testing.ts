import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/code-commit-event.json';
import testTriggerSample from '../test/events/code-commit-event.test-trigger.json';
import type { RawCodeCommitRecord } from './code-commit-event';

/** One record as {@link createCodeCommitEvent} builds it. */
export interface SampleCodeCommitRecord extends Sample<RawCodeCommitRecord> {}

/**
 * The event {@link createCodeCommitEvent} returns: a fresh copy that fits both
 * `CodeCommitEvent`'s constructor and the `CodeCommitTriggerEvent` of `@types/aws-lambda`.
 */
export interface SampleCodeCommitEvent {
  /** The records of the event. */
  Records: SampleCodeCommitRecord[];
}

/**
 * What {@link createCodeCommitEvent} can change in the sample event. The count and `records`
 * each set the number of records.
 */
export interface CodeCommitEventOverrides
  extends BatchOverrides<SampleCodeCommitRecord> {
  /**
   * Start from the documented test of a trigger (`eventName` `TriggerEventTest`, with
   * `customData`) instead of the documented push.
   */
  readonly testTrigger?: boolean | undefined;
  /** The repository ARN of every record (`eventSourceARN`); also sets `awsRegion` from it. */
  readonly repositoryArn?: string | undefined;
}

/**
 * Builds a CodeCommit trigger event from the documented sample: a fresh deep copy each call,
 * so tests may change it freely. Records added by `count` are copies of the first with
 * numbered event IDs.
 *
 * @param overrides The number of records, the sample to start from, the repository and the
 * record fields to change.
 * @returns The raw event, ready for `new CodeCommitEvent(...)` or a handler.
 * @throws {TypeError} when `count` and `records` ask for different numbers of records.
 * @example
 * ```ts
 * import { CodeCommitEvent } from '@evt/codecommit';
 * import { createCodeCommitEvent } from '@evt/codecommit/testing';
 *
 * const event = new CodeCommitEvent(
 *   createCodeCommitEvent({
 *     repositoryArn: 'arn:aws:codecommit:eu-west-1:123456789012:shop',
 *     record: {
 *       codecommit: {
 *         references: [{ commit: 'a1b2c3d', ref: 'refs/tags/v1.0.0', created: true }],
 *       },
 *     },
 *   })
 * );
 * event.record.repositoryName; // 'shop'
 * event.record.references[0]?.tagName; // 'v1.0.0'
 * ```
 */
export function createCodeCommitEvent(
  overrides: CodeCommitEventOverrides = {}
): SampleCodeCommitEvent {
  const event = structuredClone(
    (overrides.testTrigger
      ? testTriggerSample
      : sample) as SampleCodeCommitEvent
  );
  const template = event.Records[0] as SampleCodeCommitRecord;
  const { repositoryArn } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createCodeCommitEvent',
    copy: (index) => ({
      ...structuredClone(template),
      eventId: numbered(template.eventId, index),
    }),
    each: (record) => {
      if (repositoryArn !== undefined) {
        record.eventSourceARN = repositoryArn;
        record.awsRegion = repositoryArn.split(':')[3] ?? record.awsRegion;
      }
    },
  });
  return event;
}
