import { argumentError } from '@evt/core';

// The decision a client connect handler returns. AWS's admin guide documents one response
// schema, `v1`: the decision, the message the client shows when the connection is denied
// (`error-msg-on-failed-posture-compliance`) and the posture compliance statuses; AWS's Go and
// Rust event libraries agree. The builder writes it unless told otherwise. A `v3` variant that
// keys the message `error-msg-on-denied-connection` is not in the admin guide; it appears in
// handlers written for newer endpoints, so the builder writes it only when asked to.
// A wrong argument is the caller's bug, so it is a TypeError naming the argument; no message
// quotes the strings it was given.

/**
 * The versions of the response schema the builder writes: `v1`, the one AWS documents (the
 * default), or `v3`, which is not in AWS's admin guide (see
 * {@link ClientVpnConnectionHandlerResponseV3}).
 */
export type ClientVpnResponseSchemaVersion = 'v1' | 'v3';

/** What {@link clientVpnConnectionHandlerResponse} builds a response from. */
export interface ClientVpnConnectionHandlerResponseInit {
  /** Whether to allow the new connection (`allow`). */
  readonly allow: boolean;
  /**
   * The text the client shows when the connection is denied: steps or guidance, at most 255
   * characters. Empty when absent. (`error-msg-on-failed-posture-compliance`; in the opt-in
   * `v3` schema, `error-msg-on-denied-connection`.)
   */
  readonly errorMessage?: string | undefined;
  /**
   * The posture compliance statuses of the device, names you choose (`compliant`,
   * `quarantined`, ...): at most 10, each at most 255 characters. They appear in the
   * connection logs. None when absent. (`posture-compliance-statuses`)
   */
  readonly postureComplianceStatuses?: readonly string[] | undefined;
  /**
   * The version of the response schema to write: `v1`, the one AWS documents (the default), or
   * `v3`, which is not in AWS's admin guide and appears in handlers written for newer
   * endpoints; use `v3` only if your endpoint asks for it.
   */
  readonly schemaVersion?: ClientVpnResponseSchemaVersion | undefined;
}

/**
 * The response of a client connect handler, exactly as AWS's admin guide documents it (schema
 * `v1`) and as Client VPN reads it.
 */
export interface ClientVpnConnectionHandlerResponse {
  /** Whether to allow the new connection. */
  allow: boolean;
  /** The text the client shows when the connection is denied; may be empty. */
  'error-msg-on-failed-posture-compliance': string;
  /** The posture compliance statuses of the device; may be empty. */
  'posture-compliance-statuses': string[];
  /** The version of the response schema. */
  'schema-version': 'v1';
}

/**
 * The response of a client connect handler in the `v3` schema, which keys the message
 * `error-msg-on-denied-connection`. It is not in AWS's admin guide; it is seen in handlers
 * written for newer endpoints. Use it only if your endpoint asks for it; otherwise return the
 * documented {@link ClientVpnConnectionHandlerResponse}.
 */
export interface ClientVpnConnectionHandlerResponseV3 {
  /** Whether to allow the new connection. */
  allow: boolean;
  /** The text the client shows when the connection is denied; may be empty. */
  'error-msg-on-denied-connection': string;
  /** The posture compliance statuses of the device; may be empty. */
  'posture-compliance-statuses': string[];
  /** The version of the response schema. */
  'schema-version': 'v3';
}

const BUILDER = 'clientVpnConnectionHandlerResponse';
/** The longest message and status name AWS accepts, in characters. */
const MAX_TEXT = 255;
/** The most posture compliance statuses AWS accepts. */
const MAX_STATUSES = 10;

/** The number of characters (code points, not UTF-16 units) of `text`, counted up to `limit + 1`. */
function charactersUpTo(text: string, limit: number): number {
  let count = 0;
  for (const _character of text) {
    count++;
    if (count > limit) break;
  }
  return count;
}

/** `value` checked to be a string of at most 255 characters. */
function shortText(argument: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw argumentError(BUILDER, argument, 'a string', value);
  }
  if (charactersUpTo(value, MAX_TEXT) > MAX_TEXT) {
    throw new TypeError(
      `${BUILDER}: ${argument} must be at most ${MAX_TEXT} characters long`
    );
  }
  return value;
}

/** A copy of the statuses, each checked. */
function statuses(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw argumentError(
      BUILDER,
      'init.postureComplianceStatuses',
      'an array',
      value
    );
  }
  if (value.length > MAX_STATUSES) {
    throw new TypeError(
      `${BUILDER}: init.postureComplianceStatuses must hold at most ${MAX_STATUSES} statuses, got ${value.length}`
    );
  }
  return value.map((status, index) =>
    shortText(`init.postureComplianceStatuses[${index}]`, status)
  );
}

/**
 * Builds the response a Client VPN endpoint reads from its client connect handler, in the `v1`
 * schema AWS documents: whether to allow the connection, the message the client shows when it
 * is denied (`error-msg-on-failed-posture-compliance`, empty unless given) and the device's
 * posture compliance statuses (none unless given). AWS's limits are checked: a message or a
 * status name of at most 255 characters, at most 10 statuses.
 *
 * @param init The decision, the message and the statuses (`schemaVersion` absent or `'v1'`).
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed or breaks a documented limit, naming it
 * (`init.allow`, `init.errorMessage`, `init.postureComplianceStatuses[2]`, ...).
 * @example
 * ```ts
 * import {
 *   ClientVpnConnectionHandlerEvent,
 *   clientVpnConnectionHandlerResponse,
 *   type RawClientVpnConnectionHandlerEvent,
 * } from '@evt/clientvpn';
 *
 * const blocked = new Set(['203.0.113.7']);
 *
 * export const handler = async (raw: RawClientVpnConnectionHandlerEvent) => {
 *   const event = new ClientVpnConnectionHandlerEvent(raw);
 *   if (event.publicIp !== undefined && blocked.has(event.publicIp)) {
 *     return clientVpnConnectionHandlerResponse({
 *       allow: false,
 *       errorMessage: 'This network is blocked. Contact the IT help desk.',
 *       postureComplianceStatuses: ['blocked-source-ip'],
 *     });
 *   }
 *   return clientVpnConnectionHandlerResponse({ allow: true });
 *   // { allow: true, 'error-msg-on-failed-posture-compliance': '',
 *   //   'posture-compliance-statuses': [], 'schema-version': 'v1' }
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit & {
    readonly schemaVersion?: 'v1' | undefined;
  }
): ClientVpnConnectionHandlerResponse;
/**
 * Builds the response of a client connect handler in the `v3` schema, which keys the message
 * `error-msg-on-denied-connection`. This schema is not in AWS's admin guide; it is seen in
 * handlers written for newer endpoints. Use it only if your endpoint asks for it.
 *
 * @param init The decision, the message and the statuses, with `schemaVersion: 'v3'`.
 * @returns The `v3` response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed or breaks a documented limit, naming it
 * (`init.allow`, `init.errorMessage`, `init.postureComplianceStatuses[2]`, ...).
 * @example
 * ```ts
 * import { clientVpnConnectionHandlerResponse } from '@evt/clientvpn';
 *
 * clientVpnConnectionHandlerResponse({ allow: true, schemaVersion: 'v3' });
 * // { allow: true, 'error-msg-on-denied-connection': '',
 * //   'posture-compliance-statuses': [], 'schema-version': 'v3' }
 * ```
 */
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit & {
    readonly schemaVersion: 'v3';
  }
): ClientVpnConnectionHandlerResponseV3;
/**
 * Builds the response of a client connect handler in the schema version `init` names (`v1`
 * unless it says `v3`), for a version known only at run time.
 *
 * @param init The decision, the message, the statuses and the schema version.
 * @returns The response in the `v1` or the `v3` schema.
 * @throws {TypeError} when an argument is malformed or breaks a documented limit, naming it.
 */
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit
): ClientVpnConnectionHandlerResponse | ClientVpnConnectionHandlerResponseV3;
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit
): ClientVpnConnectionHandlerResponse | ClientVpnConnectionHandlerResponseV3 {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) {
    throw argumentError(BUILDER, 'init', 'an object', init);
  }
  const { allow, errorMessage = '', schemaVersion = 'v1' } = init;
  if (typeof allow !== 'boolean') {
    throw argumentError(BUILDER, 'init.allow', 'a boolean', allow);
  }
  const message = shortText('init.errorMessage', errorMessage);
  const statusList = statuses(init.postureComplianceStatuses);
  if (schemaVersion === 'v1') {
    return {
      allow,
      'error-msg-on-failed-posture-compliance': message,
      'posture-compliance-statuses': statusList,
      'schema-version': 'v1',
    };
  }
  if (schemaVersion === 'v3') {
    return {
      allow,
      'error-msg-on-denied-connection': message,
      'posture-compliance-statuses': statusList,
      'schema-version': 'v3',
    };
  }
  throw argumentError(
    BUILDER,
    'init.schemaVersion',
    "'v1' or 'v3'",
    schemaVersion
  );
}
