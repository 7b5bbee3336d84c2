import {
  type RawVPCLatticeEventV2,
  VPCLatticeEventV2,
  type VPCLatticeResponse,
} from '@evt/vpc-lattice';

interface OrderRequest {
  sku: string;
  quantity: number;
}

function reply(
  statusCode: number,
  statusDescription: string,
  body: unknown
): VPCLatticeResponse {
  return {
    statusCode,
    statusDescription,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

/**
 * An orders service behind a VPC Lattice target group (event structure version 2): only
 * callers VPC Lattice authenticated with IAM (or IAM Roles Anywhere) may place an order; the
 * reply names the caller, the service network it came through, and when VPC Lattice received
 * the request.
 */
export const handler = async (
  raw: RawVPCLatticeEventV2
): Promise<VPCLatticeResponse> => {
  const event = new VPCLatticeEventV2<OrderRequest>(raw);
  const { identity, serviceNetworkArn, timeEpochAsDate } = event.requestContext;
  if (identity.type !== 'AWS_IAM') {
    return reply(403, '403 Forbidden', {
      error: 'sign the request with SigV4',
      sourceVpc: identity.sourceVpcArn ?? null,
    });
  }
  if (event.method !== 'POST' || event.path !== '/orders') {
    return reply(404, '404 Not Found', {
      error: `${event.method} ${event.path}`,
    });
  }
  const order = event.jsonBody;
  return reply(201, '201 Created', {
    sku: order?.sku ?? null,
    quantity: order?.quantity ?? 1,
    priority:
      event.queryStringParameterValues.tag?.includes('priority') ?? false,
    caller: identity.principal ?? identity.x509SubjectCn ?? null,
    via: serviceNetworkArn,
    receivedAt: timeEpochAsDate.toISOString(),
  });
};
