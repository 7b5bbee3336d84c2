import { EventWrapper, requireString } from '@evt/core';

/** The validity window of a client certificate, as API Gateway reports it. */
export interface RawRequestContextClientCertValidity {
  /** The date after which the certificate is no longer valid, e.g. `Aug  5 09:36:04 2021 GMT`. */
  notAfter: string;
  /** The date before which the certificate is not yet valid, e.g. `May 28 12:30:02 2019 GMT`. */
  notBefore: string;
}

/** The client certificate a caller presented over mutual TLS, as AWS documents it. */
export interface RawRequestContextClientCert {
  /** The PEM-encoded client certificate. */
  clientCertPem: string;
  /** The distinguished name of the certificate's issuer. */
  issuerDN: string;
  /** The certificate's serial number. */
  serialNumber: string;
  /** The distinguished name of the certificate's subject. */
  subjectDN: string;
  /** The dates between which the certificate is valid. */
  validity: RawRequestContextClientCertValidity;
}

/**
 * Wrapper for the client certificate that API Gateway adds to a request when the API uses
 * mutual TLS authentication.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const cert = new APIGatewayProxyEventV2(raw).requestContext.authentication;
 *   return { subject: cert?.subjectDN, expires: cert?.validityNotAfter };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */
export class RequestContextClientCert extends EventWrapper<RawRequestContextClientCert> {
  static override readonly typeName: string = 'RequestContextClientCert';
  /** The certificate identifies the caller; the debug view shows its subject and dates only. */
  static override readonly sensitiveMembers: readonly string[] = [
    'clientCertPem',
  ];

  /** The PEM-encoded client certificate (`clientCertPem`). */
  get clientCertPem(): string {
    return requireString(this, this.raw.clientCertPem, 'clientCertPem');
  }

  /** The distinguished name of the issuer of the client certificate (`issuerDN`). */
  get issuerDN(): string {
    return requireString(this, this.raw.issuerDN, 'issuerDN');
  }

  /** The serial number of the client certificate (`serialNumber`). */
  get serialNumber(): string {
    return requireString(this, this.raw.serialNumber, 'serialNumber');
  }

  /** The distinguished name of the subject of the client certificate (`subjectDN`). */
  get subjectDN(): string {
    return requireString(this, this.raw.subjectDN, 'subjectDN');
  }

  /** The date after which the client certificate is no longer valid, e.g. `Aug  5 09:36:04 2021 GMT` (`validity.notAfter`). */
  get validityNotAfter(): string {
    return requireString(
      this,
      this.raw.validity?.notAfter,
      'validity.notAfter'
    );
  }

  /** The date before which the client certificate is not yet valid, e.g. `May 28 12:30:02 2019 GMT` (`validity.notBefore`). */
  get validityNotBefore(): string {
    return requireString(
      this,
      this.raw.validity?.notBefore,
      'validity.notBefore'
    );
  }
}
