import { EventWrapper, optionalString, requireString } from '@evt/core';

/**
 * The protocol a user connects with; other strings are allowed for values AWS may add (the
 * `TestIdentityProvider` API also lists `AS2`).
 */
export type TransferFamilyProtocol = 'SFTP' | 'FTP' | 'FTPS' | (string & {});

/**
 * The event AWS Transfer Family sends to the Lambda function of a server whose identity
 * provider is a custom Lambda function, each time a user connects, as AWS documents it.
 */
export interface RawTransferFamilyAuthorizer {
  /** The user name the client sent. */
  username: string;
  /** The password the client sent; absent when the user authenticates with an SSH key. */
  password?: string | undefined;
  /** The protocol of the connection: `SFTP`, `FTP` or `FTPS`. */
  protocol: TransferFamilyProtocol;
  /** The ID of the Transfer Family server, e.g. `s-abcd123456`. */
  serverId: string;
  /**
   * The IP address the client connects from; absent from some tests run with the
   * `TestIdentityProvider` API, which does not require one.
   */
  sourceIp?: string | undefined;
}

/**
 * Wrapper for the event that AWS Transfer Family sends when a user connects to a server that
 * uses a Lambda function as its custom identity provider. The function authenticates the user
 * and returns the user's access (see {@link TransferFamilyAuthorizerResponse}); returning no
 * `Role` denies the login.
 *
 * The password is hidden as `[SENSITIVE]` in the debug view (`String(event)`,
 * `console.log(event)`). `JSON.stringify(event)` still gives the raw event, password included.
 *
 * @example
 * ```ts
 * import {
 *   type RawTransferFamilyAuthorizer,
 *   TransferFamilyAuthorizer,
 * } from '@evt/transfer-family';
 *
 * export const handler = async (raw: RawTransferFamilyAuthorizer) => {
 *   const event = new TransferFamilyAuthorizer(raw);
 *   console.log(`${event.username} over ${event.protocol} to ${event.serverId}`);
 *   return event.password === undefined ? 'key' : 'password';
 * };
 * ```
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export class TransferFamilyAuthorizer extends EventWrapper<RawTransferFamilyAuthorizer> {
  static override readonly typeName: string = 'TransferFamilyAuthorizer';

  /** The user name the client sent to log in (`username`). */
  get username(): string {
    return requireString(this, this.raw.username, 'username');
  }

  /**
   * The password the client sent (`password`). Undefined when the user authenticates with an
   * SSH key instead; it may be an empty string on an FTP or FTPS login. Hidden as
   * `[SENSITIVE]` in the debug view.
   */
  get password(): string | undefined {
    return optionalString(this, this.raw.password, 'password');
  }

  /** The protocol of the connection: `SFTP`, `FTP` or `FTPS` (`protocol`). */
  get protocol(): TransferFamilyProtocol {
    return requireString(this, this.raw.protocol, 'protocol');
  }

  /** The ID of the Transfer Family server the user connects to, e.g. `s-abcd123456` (`serverId`). */
  get serverId(): string {
    return requireString(this, this.raw.serverId, 'serverId');
  }

  /**
   * The IP address the client connects from (`sourceIp`). Undefined when the event has none,
   * as in a test run with the `TestIdentityProvider` API without a source IP.
   */
  get sourceIp(): string | undefined {
    return optionalString(this, this.raw.sourceIp, 'sourceIp');
  }
}
