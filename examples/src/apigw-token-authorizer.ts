import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  APIGatewayAuthorizerResponse,
  APIGatewayAuthorizerTokenEvent,
  DENY_ALL_RESPONSE,
  HttpVerb,
  type RawAPIGatewayAuthorizerTokenEvent,
} from '@evt/apigw';

const SIGNING_KEY = process.env.TOKEN_SIGNING_KEY ?? 'example-signing-key';

/** The tenant and role a `Bearer <tenant>.<role>.<signature>` token names, if it is signed. */
function verify(token: string): { tenant: string; role: string } | undefined {
  const [tenant, role, signature] = token.split('.');
  if (!tenant || !role || !signature) return undefined;
  const expected = createHmac('sha256', SIGNING_KEY)
    .update(`${tenant}.${role}`)
    .digest();
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { tenant, role }
    : undefined;
}

/**
 * A REST API `TOKEN` authorizer: checks the signed bearer token, then returns an IAM policy for
 * the API and stage of the method called (in its partition): everyone reads pets, admins also
 * add them, nobody reaches `/admin` through this API; the tenant and role go on to the
 * integration as `$context.authorizer.*`. A missing token is a 401, a forged one a deny-all.
 */
export const handler = async (raw: RawAPIGatewayAuthorizerTokenEvent) => {
  const event = new APIGatewayAuthorizerTokenEvent(raw);
  const [scheme, token] = event.authorizationToken.split(' ');
  if (scheme !== 'Bearer' || !token) throw new Error('Unauthorized');
  const caller = verify(token);
  if (!caller) return DENY_ALL_RESPONSE;

  const policy = APIGatewayAuthorizerResponse.fromRouteArn(event.parsedArn, {
    principalId: `${caller.tenant}/${caller.role}`,
    context: { tenant: caller.tenant, role: caller.role },
  });
  policy.allowRoute(HttpVerb.GET, '/pets');
  policy.allowRoute(HttpVerb.GET, '/pets/*');
  if (caller.role === 'admin') policy.allowRoute(HttpVerb.POST, '/pets');
  policy.denyRoute(HttpVerb.ALL, '/admin/*');
  return policy.asDict();
};
