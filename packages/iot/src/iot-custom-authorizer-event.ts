import {
  child,
  decodeBase64Text,
  EventWrapper,
  type HeaderMap,
  optionalChild,
  optionalString,
  parseQueryString,
  readHeaderMap,
  requireBoolean,
  requireString,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';

/** A protocol a custom authorizer request may use; other strings are allowed for values AWS may add. */
export type IoTCustomAuthorizerProtocol =
  | 'tls'
  | 'http'
  | 'mqtt'
  | (string & {});

/** The TLS details of a connection that a custom authorizer checks, as AWS documents them. */
export interface RawIoTCustomAuthorizerTlsData {
  /** The server name indication (SNI) host name the client sent. */
  serverName: string;
  /** The client's X.509 certificate in PEM format; only with X.509 custom authentication. */
  x509CertificatePem?: string | undefined;
  /** The ID of the client's certificate; only with X.509 custom authentication. */
  principalId?: string | undefined;
}

/** The HTTP details of a request that a custom authorizer checks, as AWS documents them. */
export interface RawIoTCustomAuthorizerHttpData {
  /** The request's headers, by name. */
  headers?: Record<string, string> | undefined;
  /** The request's query string, starting with `?`. */
  queryString?: string | undefined;
}

/** The MQTT CONNECT details that a custom authorizer checks, as AWS documents them. */
export interface RawIoTCustomAuthorizerMqttData {
  /** The user name of the MQTT CONNECT packet. */
  username?: string | undefined;
  /** The password of the MQTT CONNECT packet, base64-encoded. */
  password?: string | undefined;
  /** The client ID; only when the device sends one. */
  clientId?: string | undefined;
}

/** The protocol details of a custom authorizer request, one object per protocol used. */
export interface RawIoTCustomAuthorizerProtocolData {
  /** The TLS details. */
  tls?: RawIoTCustomAuthorizerTlsData | undefined;
  /** The HTTP details. */
  http?: RawIoTCustomAuthorizerHttpData | undefined;
  /** The MQTT details. */
  mqtt?: RawIoTCustomAuthorizerMqttData | undefined;
}

/** The metadata of the connection being authorized. */
export interface RawIoTCustomAuthorizerConnectionMetadata {
  /** The ID of the connection. */
  id: string;
}

/**
 * The event AWS IoT Core sends to a custom authorizer's Lambda function when a device connects,
 * as AWS documents it. Fields that do not apply to the connection are absent.
 */
export interface RawIoTCustomAuthorizerEvent {
  /** The token the device sent; absent when the authorizer reads none. */
  token?: string | undefined;
  /** Whether AWS IoT Core verified the token's signature before invoking the function. */
  signatureVerified: boolean;
  /** The protocols of the request. */
  protocols?: IoTCustomAuthorizerProtocol[] | undefined;
  /** The details of each protocol used. */
  protocolData: RawIoTCustomAuthorizerProtocolData;
  /** The metadata of the connection. */
  connectionMetadata: RawIoTCustomAuthorizerConnectionMetadata;
}

/**
 * The TLS details of a connection that a custom authorizer checks. The certificate is public
 * and shown by the debug view.
 */
export class IoTCustomAuthorizerTlsData extends EventWrapper<RawIoTCustomAuthorizerTlsData> {
  static override readonly typeName: string = 'IoTCustomAuthorizerTlsData';

  /**
   * The server name indication (SNI) host name the client sent, the endpoint it connects to
   * (`serverName`).
   */
  get serverName(): string {
    return requireString(this, this.raw.serverName, 'serverName');
  }

  /**
   * The client's X.509 certificate in PEM format (`x509CertificatePem`). Undefined unless the
   * domain uses custom authentication with X.509 client certificates.
   */
  get x509CertificatePem(): string | undefined {
    return optionalString(
      this,
      this.raw.x509CertificatePem,
      'x509CertificatePem'
    );
  }

  /**
   * The ID of the client's certificate, which the response's `principalId` must repeat
   * (`principalId`). Undefined unless the domain uses custom authentication with X.509
   * client certificates.
   */
  get principalId(): string | undefined {
    return optionalString(this, this.raw.principalId, 'principalId');
  }
}

/**
 * The HTTP details of a request that a custom authorizer checks (HTTP publish, or MQTT over
 * WebSockets). Credential headers are hidden in the debug view.
 */
export class IoTCustomAuthorizerHttpData extends EventWrapper<RawIoTCustomAuthorizerHttpData> {
  static override readonly typeName: string = 'IoTCustomAuthorizerHttpData';
  #headers?: HeaderMap;
  #queryParameters?: Map<string, string[]>;

  /**
   * The request's headers, read case-insensitively (`headers`). Built once; empty when the
   * request has none.
   *
   * @throws {@link FieldTypeError} when the field is not an object, or (on reading it) a value
   * is not a string.
   */
  get headers(): HeaderMap {
    return (this.#headers ??= readHeaderMap(this, this.raw.headers, 'headers'));
  }

  /**
   * The request's query string as AWS sends it, with its leading `?`, e.g.
   * `?x-amz-customauthorizer-name=MyAuthorizer` (`queryString`). Undefined when the request
   * has none.
   */
  get queryString(): string | undefined {
    return optionalString(this, this.raw.queryString, 'queryString');
  }

  /**
   * Returns the first value of a query string parameter, percent-decoded.
   *
   * @param name The parameter's name, exactly as sent (case-sensitive).
   * @param defaultValue The value to return when the parameter is absent.
   * @returns The value, or `defaultValue`.
   * @throws {@link FieldTypeError} when `queryString` is not a string.
   * @example
   * ```ts
   * import { IoTCustomAuthorizerEvent, type RawIoTCustomAuthorizerEvent } from '@evt/iot';
   *
   * export const handler = async (raw: RawIoTCustomAuthorizerEvent) => {
   *   const http = new IoTCustomAuthorizerEvent(raw).protocolData.http;
   *   return http?.getQueryStringValue('x-amz-customauthorizer-name', 'default');
   * };
   * ```
   */
  getQueryStringValue(name: string, defaultValue?: string): string | undefined {
    this.#queryParameters ??= parseQueryString(
      (this.queryString ?? '').replace(/^\?/, '')
    );
    return this.#queryParameters.get(name)?.[0] ?? defaultValue;
  }
}

/**
 * The MQTT CONNECT details that a custom authorizer checks. The password is hidden in the
 * debug view.
 */
export class IoTCustomAuthorizerMqttData extends EventWrapper<RawIoTCustomAuthorizerMqttData> {
  static override readonly typeName: string = 'IoTCustomAuthorizerMqttData';
  #decodedPassword: string | undefined | typeof UNSET = UNSET;

  /**
   * The user name of the MQTT CONNECT packet (`username`); with an authorizer chosen by the
   * client it ends with `?x-amz-customauthorizer-name=…`. Undefined when the client sent none.
   */
  get username(): string | undefined {
    return optionalString(this, this.raw.username, 'username');
  }

  /**
   * The password of the MQTT CONNECT packet, base64-encoded as AWS sends it (`password`).
   * Undefined when the client sent none.
   */
  get password(): string | undefined {
    return optionalString(this, this.raw.password, 'password');
  }

  /**
   * The password of the MQTT CONNECT packet decoded from base64 as UTF-8 text (`password`).
   * Decoded once; undefined when the client sent none.
   *
   * @throws {@link DecodeError} when the password is not base64, or its bytes are not UTF-8.
   */
  get decodedPassword(): string | undefined {
    if (this.#decodedPassword === UNSET) {
      const password = this.password;
      this.#decodedPassword =
        password === undefined
          ? undefined
          : decodeBase64Text(password, { owner: this, path: 'password' });
    }
    return this.#decodedPassword;
  }

  /** The MQTT client ID (`clientId`). Undefined when the device sent none. */
  get clientId(): string | undefined {
    return optionalString(this, this.raw.clientId, 'clientId');
  }
}

/** The details of each protocol a custom authorizer request uses. */
export class IoTCustomAuthorizerProtocolData extends EventWrapper<RawIoTCustomAuthorizerProtocolData> {
  static override readonly typeName: string = 'IoTCustomAuthorizerProtocolData';
  #tls: IoTCustomAuthorizerTlsData | undefined | typeof UNSET = UNSET;
  #http: IoTCustomAuthorizerHttpData | undefined | typeof UNSET = UNSET;
  #mqtt: IoTCustomAuthorizerMqttData | undefined | typeof UNSET = UNSET;

  /** The TLS details (`tls`). Undefined when the request has none. */
  get tls(): IoTCustomAuthorizerTlsData | undefined {
    if (this.#tls === UNSET) {
      this.#tls = optionalChild(this, 'tls', IoTCustomAuthorizerTlsData);
    }
    return this.#tls;
  }

  /** The HTTP details (`http`). Undefined unless the request came over HTTP or WebSockets. */
  get http(): IoTCustomAuthorizerHttpData | undefined {
    if (this.#http === UNSET) {
      this.#http = optionalChild(this, 'http', IoTCustomAuthorizerHttpData);
    }
    return this.#http;
  }

  /** The MQTT CONNECT details (`mqtt`). Undefined unless the request is an MQTT connection. */
  get mqtt(): IoTCustomAuthorizerMqttData | undefined {
    if (this.#mqtt === UNSET) {
      this.#mqtt = optionalChild(this, 'mqtt', IoTCustomAuthorizerMqttData);
    }
    return this.#mqtt;
  }
}

/** The metadata of the connection a custom authorizer checks. */
export class IoTCustomAuthorizerConnectionMetadata extends EventWrapper<RawIoTCustomAuthorizerConnectionMetadata> {
  static override readonly typeName: string =
    'IoTCustomAuthorizerConnectionMetadata';

  /** The ID of the connection, for logs and troubleshooting (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }
}

/**
 * Wrapper for the event that AWS IoT Core sends to a custom authorizer's Lambda function when a
 * device connects with custom authentication (a token, MQTT user name and password, or an X.509
 * certificate checked by your function). Return {@link buildIoTCustomAuthorizerResponse}'s
 * result.
 *
 * The token and the MQTT password are hidden as `[SENSITIVE]` in the debug view
 * (`String(event)`, `console.log(event)`), and so is `signatureVerified`, whose name marks it
 * as a credential although it is a flag. `JSON.stringify(event)` still gives the raw event.
 *
 * @example
 * ```ts
 * import {
 *   buildIoTCustomAuthorizerResponse,
 *   IoTCustomAuthorizerEvent,
 *   type RawIoTCustomAuthorizerEvent,
 * } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTCustomAuthorizerEvent) => {
 *   const mqtt = new IoTCustomAuthorizerEvent(raw).protocolData.mqtt;
 *   const allowed = mqtt?.decodedPassword === process.env.DEVICE_PASSWORD;
 *   return buildIoTCustomAuthorizerResponse({
 *     isAuthenticated: allowed,
 *     principalId: 'sensor42',
 *     policyDocuments: [],
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/custom-auth-lambda.html
 */
export class IoTCustomAuthorizerEvent extends EventWrapper<RawIoTCustomAuthorizerEvent> {
  static override readonly typeName: string = 'IoTCustomAuthorizerEvent';
  #protocolData?: IoTCustomAuthorizerProtocolData;
  #connectionMetadata?: IoTCustomAuthorizerConnectionMetadata;

  /**
   * The token the device sent, in a header, a query parameter or the MQTT user name, as the
   * authorizer's token key name says (`token`). Undefined when the request carries none.
   */
  get token(): string | undefined {
    return optionalString(this, this.raw.token, 'token');
  }

  /**
   * Whether AWS IoT Core verified the token's signature with the authorizer's public key
   * before invoking the function; always `false` when token signing is turned off
   * (`signatureVerified`).
   */
  get signatureVerified(): boolean {
    return requireBoolean(
      this,
      this.raw.signatureVerified,
      'signatureVerified'
    );
  }

  /**
   * The protocols of the request: `tls`, `http` and `mqtt` (`protocols`). Empty array when the
   * event has none.
   */
  get protocols(): readonly IoTCustomAuthorizerProtocol[] {
    return stringArrayOrEmpty(this, this.raw.protocols, 'protocols');
  }

  /** The details of each protocol the request uses (`protocolData`). */
  get protocolData(): IoTCustomAuthorizerProtocolData {
    return (this.#protocolData ??= child(
      this,
      'protocolData',
      IoTCustomAuthorizerProtocolData
    ));
  }

  /** The metadata of the connection, with its ID (`connectionMetadata`). */
  get connectionMetadata(): IoTCustomAuthorizerConnectionMetadata {
    return (this.#connectionMetadata ??= child(
      this,
      'connectionMetadata',
      IoTCustomAuthorizerConnectionMetadata
    ));
  }
}
