/**
 * The response a Lambda target returns for VPC Lattice to send back to the client, as AWS
 * documents it (the same for event structure versions 1 and 2). A typed shape only: return an
 * object of this type from the handler.
 *
 * @example
 * ```ts
 * import type { VPCLatticeResponse } from '@evt/vpc-lattice';
 *
 * const response: VPCLatticeResponse = {
 *   statusCode: 200,
 *   statusDescription: '200 OK',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ ok: true }),
 *   isBase64Encoded: false,
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export interface VPCLatticeResponse {
  /** The HTTP status code, e.g. `200`. */
  statusCode: number;
  /** The HTTP status line text, e.g. `200 OK`. */
  statusDescription?: string | undefined;
  /** The response headers, one value each. */
  headers?: Record<string, string> | undefined;
  /** The response body, as text or, with `isBase64Encoded`, as base64. */
  body?: string | undefined;
  /** Whether `body` is base64 encoded, for binary content. */
  isBase64Encoded?: boolean | undefined;
}
