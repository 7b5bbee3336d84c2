import { createHash, timingSafeEqual } from 'node:crypto';
import {
  APIGatewayAuthorizerEventV2,
  APIGatewayAuthorizerResponseV2,
  type RawAPIGatewayAuthorizerEventV2,
} from '@evt/apigw';

/** SHA-256 digests of the API keys each tenant was issued (the keys themselves are not kept). */
const KEY_DIGESTS: Record<string, string> = {
  acme: 'db5ad6a9924d9c1ee3574e12b46463f81d7a00ae430c244544472e1c622b377d',
  globex: '63b58698882546ab13f572f3e662bda381d8ed54342e4b3b7b4cb95e3ac48b94',
};

function tenantOf(apiKey: string | undefined): string | undefined {
  if (!apiKey) return undefined;
  const digest = createHash('sha256').update(apiKey).digest();
  return Object.keys(KEY_DIGESTS).find((tenant) =>
    timingSafeEqual(digest, Buffer.from(KEY_DIGESTS[tenant] ?? '', 'hex'))
  );
}

/**
 * An HTTP API Lambda authorizer with simple responses (payload 2.0): the identity source is
 * the `x-api-key` header; a known key is authorized, and the tenant, route and stage go on to
 * the integration as `requestContext.authorizer.lambda`.
 */
export const handler = async (raw: RawAPIGatewayAuthorizerEventV2) => {
  const event = new APIGatewayAuthorizerEventV2(raw);
  const [apiKey] = event.identitySource;
  const tenant = tenantOf(apiKey);
  return new APIGatewayAuthorizerResponseV2(
    tenant !== undefined,
    tenant === undefined
      ? undefined
      : {
          tenant,
          route: event.routeKey,
          stage: event.parsedArn.stage,
          sourceIp: event.requestContext.http.sourceIp,
        }
  ).asDict();
};
