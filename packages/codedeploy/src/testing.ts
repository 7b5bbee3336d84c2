import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/code-deploy-lifecycle-hook-event.json';
import type {
  RawCodeDeployLifecycleHookEvent,
  RawCodeDeployLifecycleHookEventRecord,
} from './code-deploy-lifecycle-hook-event';

/** One record as {@link createCodeDeployLifecycleHookEvent} builds it. */
export interface SampleCodeDeployLifecycleHookEventRecord
  extends Sample<RawCodeDeployLifecycleHookEventRecord> {}

/**
 * The event {@link createCodeDeployLifecycleHookEvent} returns: a fresh copy that fits
 * `CodeDeployLifecycleHookEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleCodeDeployLifecycleHookEvent
  extends Sample<Omit<RawCodeDeployLifecycleHookEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleCodeDeployLifecycleHookEventRecord[];
}

/**
 * The fields of the sample event that {@link createCodeDeployLifecycleHookEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface CodeDeployLifecycleHookEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleCodeDeployLifecycleHookEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS CodeDeploy event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { CodeDeployLifecycleHookEvent } from '@evt/codedeploy';
 * import { createCodeDeployLifecycleHookEvent } from '@evt/codedeploy/testing';
 *
 * const event = new CodeDeployLifecycleHookEvent(
 *   createCodeDeployLifecycleHookEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createCodeDeployLifecycleHookEvent<TBody = unknown>(
  overrides: CodeDeployLifecycleHookEventOverrides<TBody> = {}
): SampleCodeDeployLifecycleHookEvent {
  const event = structuredClone(sample) as SampleCodeDeployLifecycleHookEvent;
  const template = event.Records[0] as SampleCodeDeployLifecycleHookEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createCodeDeployLifecycleHookEvent',
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
