import type { RawTransferFamilyAuthorizer } from './transfer-family-authorizer';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is an AWS Transfer Family custom identity provider request: it names a
 * `username`, the `serverId` and the `protocol`.
 */
export function isTransferFamilyAuthorizer(
  raw: unknown
): raw is RawTransferFamilyAuthorizer {
  const event = raw as Fields;
  return (
    typeof event?.username === 'string' &&
    typeof event.serverId === 'string' &&
    typeof event.protocol === 'string'
  );
}
