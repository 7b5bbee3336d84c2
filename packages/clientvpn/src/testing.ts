import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/client-vpn-connection-handler-event.json';
import type {
  RawClientVpnConnectionHandlerEvent,
  RawClientVpnConnectionHandlerEventRecord,
} from './client-vpn-connection-handler-event';

/** One record as {@link createClientVpnConnectionHandlerEvent} builds it. */
export interface SampleClientVpnConnectionHandlerEventRecord
  extends Sample<RawClientVpnConnectionHandlerEventRecord> {}

/**
 * The event {@link createClientVpnConnectionHandlerEvent} returns: a fresh copy that fits
 * `ClientVpnConnectionHandlerEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleClientVpnConnectionHandlerEvent
  extends Sample<Omit<RawClientVpnConnectionHandlerEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleClientVpnConnectionHandlerEventRecord[];
}

/**
 * The fields of the sample event that {@link createClientVpnConnectionHandlerEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface ClientVpnConnectionHandlerEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleClientVpnConnectionHandlerEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS Client VPN event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { ClientVpnConnectionHandlerEvent } from '@evt/clientvpn';
 * import { createClientVpnConnectionHandlerEvent } from '@evt/clientvpn/testing';
 *
 * const event = new ClientVpnConnectionHandlerEvent(
 *   createClientVpnConnectionHandlerEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createClientVpnConnectionHandlerEvent<TBody = unknown>(
  overrides: ClientVpnConnectionHandlerEventOverrides<TBody> = {}
): SampleClientVpnConnectionHandlerEvent {
  const event = structuredClone(
    sample
  ) as SampleClientVpnConnectionHandlerEvent;
  const template = event
    .Records[0] as SampleClientVpnConnectionHandlerEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createClientVpnConnectionHandlerEvent',
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
