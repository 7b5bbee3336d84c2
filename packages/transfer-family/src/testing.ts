import type { Filled, Sample } from '@evt/core/testing';
import sample from '../test/events/transfer-family-authorizer.json';
import type { RawTransferFamilyAuthorizer } from './transfer-family-authorizer';

/**
 * The event {@link createTransferFamilyAuthorizer} returns: a fresh copy that fits both
 * `TransferFamilyAuthorizer`'s constructor and the `TransferFamilyAuthorizerEvent` of
 * `@types/aws-lambda`.
 */
export interface SampleTransferFamilyAuthorizer
  extends Sample<Omit<RawTransferFamilyAuthorizer, 'protocol' | 'sourceIp'>>,
    Filled<Pick<RawTransferFamilyAuthorizer, 'sourceIp'>> {
  /** The protocol of the connection. */
  protocol: 'SFTP' | 'FTP' | 'FTPS';
}

/** The fields of the sample event that {@link createTransferFamilyAuthorizer} can replace. */
export interface TransferFamilyAuthorizerOverrides {
  /** The user name (`username`). */
  readonly username?: string | undefined;
  /**
   * The password (`password`); `null` builds the event of an SSH key login, which has none.
   */
  readonly password?: string | null | undefined;
  /** The protocol of the connection (`protocol`). */
  readonly protocol?: 'SFTP' | 'FTP' | 'FTPS' | undefined;
  /** The ID of the server (`serverId`). */
  readonly serverId?: string | undefined;
  /** The IP address of the client (`sourceIp`). */
  readonly sourceIp?: string | undefined;
}

/**
 * Builds a sample AWS Transfer Family custom identity provider event (a password login over
 * SFTP, as AWS documents it), as a fresh copy you may change.
 *
 * @param overrides The fields to replace in the sample; `password: null` for an SSH key login.
 * @returns The raw event; it fits the `TransferFamilyAuthorizerEvent` of `@types/aws-lambda`.
 * @example
 * ```ts
 * import { TransferFamilyAuthorizer } from '@evt/transfer-family';
 * import { createTransferFamilyAuthorizer } from '@evt/transfer-family/testing';
 *
 * const event = new TransferFamilyAuthorizer(
 *   createTransferFamilyAuthorizer({ username: 'alice', password: null })
 * );
 * event.password; // undefined: an SSH key login
 * ```
 */
export function createTransferFamilyAuthorizer(
  overrides: TransferFamilyAuthorizerOverrides = {}
): SampleTransferFamilyAuthorizer {
  const event = structuredClone(sample) as SampleTransferFamilyAuthorizer;
  const { username, password, protocol, serverId, sourceIp } = overrides;
  if (username !== undefined) event.username = username;
  if (password === null) delete event.password;
  else if (password !== undefined) event.password = password;
  if (protocol !== undefined) event.protocol = protocol;
  if (serverId !== undefined) event.serverId = serverId;
  if (sourceIp !== undefined) event.sourceIp = sourceIp;
  return event;
}
