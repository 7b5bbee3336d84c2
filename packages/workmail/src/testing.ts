import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/work-mail-event.json';
import type { RawWorkMailEvent } from './work-mail-event';

/**
 * The event {@link createWorkMailEvent} returns: a fresh copy that fits `WorkMailEvent`'s
 * constructor. (`@types/aws-lambda` has no type for this event.)
 */
export interface SampleWorkMailEvent extends Sample<RawWorkMailEvent> {}

/**
 * Builds a sample Amazon WorkMail **Run Lambda** event (AWS's documented inbound message), as
 * a fresh copy you may change.
 *
 * @param changes The fields to replace; a list (`envelope.recipients`) replaces the sample's.
 * @returns The raw event.
 * @example
 * ```ts
 * import { WorkMailEvent } from '@evt/workmail';
 * import { createWorkMailEvent } from '@evt/workmail/testing';
 *
 * const event = new WorkMailEvent(
 *   createWorkMailEvent({
 *     flowDirection: 'OUTBOUND',
 *     envelope: { recipients: [{ address: 'partner@example.net' }] },
 *   })
 * );
 * event.envelope.recipientAddresses; // ['partner@example.net']
 * ```
 */
export function createWorkMailEvent(
  changes?: DeepPartial<RawWorkMailEvent>
): SampleWorkMailEvent {
  return mergeDeep(structuredClone(sample) as SampleWorkMailEvent, changes);
}
