import type { RawWorkMailEvent } from './work-mail-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the event Amazon WorkMail sends to a **Run Lambda** rule's function: it
 * has a `summaryVersion`, a `flowDirection` of `INBOUND` or `OUTBOUND` and an `envelope`
 * object. Only those fields are checked, not every field {@link WorkMailEvent} reads.
 *
 * @example
 * ```ts
 * import { isWorkMailEvent, WorkMailEvent } from '@evt/workmail';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isWorkMailEvent(raw)) throw new TypeError('not a WorkMail event');
 *   console.log(new WorkMailEvent(raw).messageId);
 * };
 * ```
 */
export function isWorkMailEvent(raw: unknown): raw is RawWorkMailEvent {
  const event = raw as Fields;
  const direction = event?.flowDirection;
  const envelope = event?.envelope;
  return (
    typeof event?.summaryVersion === 'string' &&
    (direction === 'INBOUND' || direction === 'OUTBOUND') &&
    typeof envelope === 'object' &&
    envelope !== null &&
    !Array.isArray(envelope)
  );
}
