import type { RawConnectContactFlowEvent } from './connect-contact-flow-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the event an Amazon Connect flow's Invoke AWS Lambda function block sends:
 * its `Name` is `ContactFlowEvent` and it has `Details`.
 *
 * @example
 * ```ts
 * import { ConnectContactFlowEvent, isConnectContactFlowEvent } from '@evt/connect';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isConnectContactFlowEvent(raw)) throw new TypeError('not an Amazon Connect flow event');
 *   return new ConnectContactFlowEvent(raw).contactData.contactId;
 * };
 * ```
 */
export function isConnectContactFlowEvent(
  raw: unknown
): raw is RawConnectContactFlowEvent {
  const event = raw as Fields;
  return (
    event?.Name === 'ContactFlowEvent' &&
    typeof event.Details === 'object' &&
    event.Details !== null
  );
}
