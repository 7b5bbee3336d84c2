import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/code-pipeline-job-event.json';
import type {
  RawCodePipelineJobEvent,
  RawCodePipelineJobEventRecord,
} from './code-pipeline-job-event';

/** One record as {@link createCodePipelineJobEvent} builds it. */
export interface SampleCodePipelineJobEventRecord
  extends Sample<RawCodePipelineJobEventRecord> {}

/**
 * The event {@link createCodePipelineJobEvent} returns: a fresh copy that fits
 * `CodePipelineJobEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleCodePipelineJobEvent
  extends Sample<Omit<RawCodePipelineJobEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleCodePipelineJobEventRecord[];
}

/**
 * The fields of the sample event that {@link createCodePipelineJobEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface CodePipelineJobEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleCodePipelineJobEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS CodePipeline event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { CodePipelineJobEvent } from '@evt/codepipeline';
 * import { createCodePipelineJobEvent } from '@evt/codepipeline/testing';
 *
 * const event = new CodePipelineJobEvent(
 *   createCodePipelineJobEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createCodePipelineJobEvent<TBody = unknown>(
  overrides: CodePipelineJobEventOverrides<TBody> = {}
): SampleCodePipelineJobEvent {
  const event = structuredClone(sample) as SampleCodePipelineJobEvent;
  const template = event.Records[0] as SampleCodePipelineJobEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createCodePipelineJobEvent',
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
