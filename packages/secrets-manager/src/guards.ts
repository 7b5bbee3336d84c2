import type { RawSecretsManagerEvent } from './secrets-manager-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the event Secrets Manager sends to a rotation function: it has a
 * `SecretId`, a `ClientRequestToken` and a rotation `Step`.
 *
 * @example
 * ```ts
 * import { isSecretsManagerEvent, SecretsManagerEvent } from '@evt/secrets-manager';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isSecretsManagerEvent(raw)) throw new TypeError('not a rotation event');
 *   return new SecretsManagerEvent(raw).step;
 * };
 * ```
 */
export function isSecretsManagerEvent(
  raw: unknown
): raw is RawSecretsManagerEvent {
  const event = raw as Fields;
  return (
    typeof event?.SecretId === 'string' &&
    typeof event.ClientRequestToken === 'string' &&
    typeof event.Step === 'string'
  );
}
