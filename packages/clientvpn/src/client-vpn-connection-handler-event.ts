import { EventWrapper, optionalString, requireString } from '@evt/core';

/**
 * The request AWS Client VPN sends to a client connect handler, as AWS documents it: one flat
 * object with kebab-case keys. The service fills every key, with an empty string where it has
 * nothing (`username` under mutual authentication, `platform-version` when the client does not
 * push its peer info); a key it leaves out reads as `undefined`.
 */
export interface RawClientVpnConnectionHandlerEvent {
  /** The ID of the client connection to the Client VPN endpoint. */
  'connection-id': string;
  /** The ID of the Client VPN endpoint. */
  'endpoint-id': string;
  /** The common name of the device's client certificate, which identifies the device. */
  'common-name'?: string | undefined;
  /** The user identifier: the Active Directory user name or the SAML `NameID`; empty under mutual authentication. */
  username?: string | undefined;
  /** The operating system platform of the client. */
  platform?: string | undefined;
  /** The version of the client's operating system; empty when the client does not push its peer info. */
  'platform-version'?: string | undefined;
  /** The public IP address of the connecting device. */
  'public-ip'?: string | undefined;
  /** The OpenVPN version of the client. */
  'client-openvpn-version'?: string | undefined;
  /** The version of the request schema, e.g. `v1`. */
  'schema-version': string;
}

/**
 * Wrapper for the event that AWS Client VPN sends to an endpoint's client connect handler when
 * a device opens a new connection, after the device and the user are authenticated and before
 * the authorization rules run. The handler answers with
 * {@link clientVpnConnectionHandlerResponse}: the connection is allowed only when it says so,
 * and denied when it fails, times out or answers in another shape.
 *
 * @example
 * ```ts
 * import {
 *   ClientVpnConnectionHandlerEvent,
 *   clientVpnConnectionHandlerResponse,
 *   type RawClientVpnConnectionHandlerEvent,
 * } from '@evt/clientvpn';
 *
 * export const handler = async (raw: RawClientVpnConnectionHandlerEvent) => {
 *   const event = new ClientVpnConnectionHandlerEvent(raw);
 *   const allow = event.platform === 'win' && event.publicIp !== undefined;
 *   console.log(`${event.connectionId} on ${event.endpointId}: ${allow}`);
 *   return clientVpnConnectionHandlerResponse({
 *     allow,
 *     errorMessage: allow ? '' : 'Connect from a managed Windows laptop.',
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export class ClientVpnConnectionHandlerEvent extends EventWrapper<RawClientVpnConnectionHandlerEvent> {
  static override readonly typeName: string = 'ClientVpnConnectionHandlerEvent';

  /** The ID of the client connection, e.g. `cvpn-connection-04e7e1b2f0daf9460` (`connection-id`). */
  get connectionId(): string {
    return requireString(this, this.raw['connection-id'], 'connection-id');
  }

  /** The ID of the Client VPN endpoint, e.g. `cvpn-endpoint-0f13eab7f860433cc` (`endpoint-id`). */
  get endpointId(): string {
    return requireString(this, this.raw['endpoint-id'], 'endpoint-id');
  }

  /**
   * The common name of the device's client certificate, which identifies the device under
   * mutual authentication (`common-name`). Undefined when the event has none.
   */
  get commonName(): string | undefined {
    return optionalString(this, this.raw['common-name'], 'common-name');
  }

  /**
   * The user identifier (`username`): the user name under Active Directory authentication,
   * the SAML `NameID` under federated authentication, and empty under mutual authentication
   * alone. Undefined when the event has none.
   */
  get username(): string | undefined {
    return optionalString(this, this.raw.username, 'username');
  }

  /**
   * The operating system platform of the client as OpenVPN reports it, e.g. `win`, `mac` or
   * `linux` (`platform`). Undefined when the event has none.
   */
  get platform(): string | undefined {
    return optionalString(this, this.raw.platform, 'platform');
  }

  /**
   * The version of the client's operating system (`platform-version`). AWS documents that the
   * service fills it only when the client pushes its peer info (the `--push-peer-info`
   * directive) and runs on Windows; otherwise it is empty. Undefined when the event has none.
   */
  get platformVersion(): string | undefined {
    return optionalString(
      this,
      this.raw['platform-version'],
      'platform-version'
    );
  }

  /** The public IP address of the connecting device (`public-ip`). Undefined when the event has none. */
  get publicIp(): string | undefined {
    return optionalString(this, this.raw['public-ip'], 'public-ip');
  }

  /** The OpenVPN version the client uses (`client-openvpn-version`). Undefined when the event has none. */
  get clientOpenVpnVersion(): string | undefined {
    return optionalString(
      this,
      this.raw['client-openvpn-version'],
      'client-openvpn-version'
    );
  }

  /** The version of the request schema, e.g. `v1` (`schema-version`). */
  get schemaVersion(): string {
    return requireString(this, this.raw['schema-version'], 'schema-version');
  }
}
