import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/bedrock-agent-event.json';
import type {
  RawBedrockAgentEvent,
  RawBedrockAgentEventRecord,
} from './bedrock-agent-event';

/** One record as {@link createBedrockAgentEvent} builds it. */
export interface SampleBedrockAgentEventRecord
  extends Sample<RawBedrockAgentEventRecord> {}

/**
 * The event {@link createBedrockAgentEvent} returns: a fresh copy that fits
 * `BedrockAgentEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleBedrockAgentEvent
  extends Sample<Omit<RawBedrockAgentEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleBedrockAgentEventRecord[];
}

/**
 * The fields of the sample event that {@link createBedrockAgentEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface BedrockAgentEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleBedrockAgentEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon Bedrock Agents event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { BedrockAgentEvent } from '@evt/bedrock-agent';
 * import { createBedrockAgentEvent } from '@evt/bedrock-agent/testing';
 *
 * const event = new BedrockAgentEvent(
 *   createBedrockAgentEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createBedrockAgentEvent<TBody = unknown>(
  overrides: BedrockAgentEventOverrides<TBody> = {}
): SampleBedrockAgentEvent {
  const event = structuredClone(sample) as SampleBedrockAgentEvent;
  const template = event.Records[0] as SampleBedrockAgentEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createBedrockAgentEvent',
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
