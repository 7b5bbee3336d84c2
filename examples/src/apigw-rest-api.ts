import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';

interface Pet {
  name: string;
  species: string;
}

/**
 * A REST API proxy-integration method: reads the path parameter, every value of a repeated
 * query string parameter, the caller and the Cognito claims, and the typed JSON body.
 */
export const handler = async (raw: RawAPIGatewayProxyEvent) => {
  const event = new APIGatewayProxyEvent<Pet>(raw);
  const context = event.requestContext;
  return {
    statusCode: 201,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      route: `${event.httpMethod} ${event.resource}`,
      petId: event.pathParameters.petId,
      tags: event.getMultiValueQueryStringValues('tag'),
      contentType: event.headers.get('content-type'),
      stage: context.stage,
      sourceIp: context.identity.sourceIp,
      user: context.authorizer.claims['cognito:username'] ?? null,
      pet: event.jsonBody ?? null,
    }),
  };
};
