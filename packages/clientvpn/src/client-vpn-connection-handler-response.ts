import { kindOf } from '@evt/core';

// The decision a client connect handler returns. The response schema is versioned: `v3` keys
// the message `error-msg-on-denied-connection`; the first version, `v1` (the one the earlier
// admin guide and AWS's Go and Rust event libraries describe), keys it
// `error-msg-on-failed-posture-compliance`. The builder writes `v3` unless told otherwise.
// A wrong argument is the caller's bug, so it is a TypeError naming the argument; no message
// quotes the strings it was given.

/** The versions of the response schema the builder writes. */
export type ClientVpnResponseSchemaVersion = 'v1' | 'v3';

/** What {@link clientVpnConnectionHandlerResponse} builds a response from. */
export interface ClientVpnConnectionHandlerResponseInit {
  /** Whether to allow the new connection (`allow`). */
  readonly allow: boolean;
  /**
   * The text the client shows when the connection is denied: steps or guidance, at most 255
   * characters. Empty when absent. (`error-msg-on-denied-connection` in `v3`,
   * `error-msg-on-failed-posture-compliance` in `v1`.)
   */
  readonly errorMessage?: string | undefined;
  /**
   * The posture compliance statuses of the device, names you choose (`compliant`,
   * `quarantined`, ...): at most 10, each at most 255 characters. They appear in the
   * connection logs. None when absent. (`posture-compliance-statuses`)
   */
  readonly postureComplianceStatuses?: readonly string[] | undefined;
  /** The version of the response schema to write: `v3` (the default) or `v1`. */
  readonly schemaVersion?: ClientVpnResponseSchemaVersion | undefined;
}

/** The response of a client connect handler in the `v3` schema, exactly as Client VPN reads it. */
export interface ClientVpnConnectionHandlerResponse {
  /** Whether to allow the new connection. */
  allow: boolean;
  /** The text the client shows when the connection is denied; may be empty. */
  'error-msg-on-denied-connection': string;
  /** The posture compliance statuses of the device; may be empty. */
  'posture-compliance-statuses': string[];
  /** The version of the response schema. */
  'schema-version': 'v3';
}

/** The response of a client connect handler in the `v1` schema, exactly as Client VPN reads it. */
export interface ClientVpnConnectionHandlerResponseV1 {
  /** Whether to allow the new connection. */
  allow: boolean;
  /** The text the client shows when the connection is denied; may be empty. */
  'error-msg-on-failed-posture-compliance': string;
  /** The posture compliance statuses of the device; may be empty. */
  'posture-compliance-statuses': string[];
  /** The version of the response schema. */
  'schema-version': 'v1';
}

const BUILDER = 'clientVpnConnectionHandlerResponse';
/** The longest message and status name AWS accepts, in characters. */
const MAX_TEXT = 255;
/** The most posture compliance statuses AWS accepts. */
const MAX_STATUSES = 10;

function wrongArgument(
  argument: string,
  expected: string,
  value: unknown
): TypeError {
  return new TypeError(
    `${BUILDER}: ${argument} must be ${expected}, got ${kindOf(value)}`
  );
}

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
    throw wrongArgument(argument, 'a string', value);
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
    throw wrongArgument('init.postureComplianceStatuses', 'an array', value);
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
 * Builds the `v1` response of a client connect handler: the decision, the message the client
 * shows when denied (`error-msg-on-failed-posture-compliance`) and the posture compliance
 * statuses.
 *
 * @param init The decision, with `schemaVersion: 'v1'`.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed or breaks a documented limit, naming it
 * (`init.allow`, `init.errorMessage`, `init.postureComplianceStatuses[2]`, ...).
 */
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit & {
    readonly schemaVersion: 'v1';
  }
): ClientVpnConnectionHandlerResponseV1;
/**
 * Builds the response a Client VPN endpoint reads from its client connect handler: whether to
 * allow the connection, the message the client shows when it is denied (empty unless given),
 * and the device's posture compliance statuses (none unless given), in the `v3` schema (or
 * `v1`, when `schemaVersion` says so). AWS's limits are checked: a message or a status name
 * of at most 255 characters, at most 10 statuses.
 *
 * @param init The decision, the message, the statuses and the schema version.
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
 *   // { allow: true, 'error-msg-on-denied-connection': '',
 *   //   'posture-compliance-statuses': [], 'schema-version': 'v3' }
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit & {
    readonly schemaVersion?: 'v3' | undefined;
  }
): ClientVpnConnectionHandlerResponse;
/**
 * Builds the response of a client connect handler in the schema version `init` names, for a
 * version known only at run time.
 *
 * @param init The decision, the message, the statuses and the schema version.
 * @returns The response in the `v3` or the `v1` schema.
 * @throws {TypeError} when an argument is malformed or breaks a documented limit, naming it.
 */
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit
): ClientVpnConnectionHandlerResponse | ClientVpnConnectionHandlerResponseV1;
export function clientVpnConnectionHandlerResponse(
  init: ClientVpnConnectionHandlerResponseInit
): ClientVpnConnectionHandlerResponse | ClientVpnConnectionHandlerResponseV1 {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) {
    throw wrongArgument('init', 'an object', init);
  }
  const { allow, errorMessage = '', schemaVersion = 'v3' } = init;
  if (typeof allow !== 'boolean') {
    throw wrongArgument('init.allow', 'a boolean', allow);
  }
  const message = shortText('init.errorMessage', errorMessage);
  const statusList = statuses(init.postureComplianceStatuses);
  if (schemaVersion === 'v3') {
    return {
      allow,
      'error-msg-on-denied-connection': message,
      'posture-compliance-statuses': statusList,
      'schema-version': 'v3',
    };
  }
  if (schemaVersion === 'v1') {
    return {
      allow,
      'error-msg-on-failed-posture-compliance': message,
      'posture-compliance-statuses': statusList,
      'schema-version': 'v1',
    };
  }
  throw wrongArgument('init.schemaVersion', "'v3' or 'v1'", schemaVersion);
}
