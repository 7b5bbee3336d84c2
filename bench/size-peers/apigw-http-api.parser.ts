// The HTTP API example written with the Powertools TypeScript parser, for the size comparison.
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';

export const handler = async (event: unknown) => {
  const parsed = APIGatewayProxyEventV2Schema.parse(event);
  const requestId = Object.entries(parsed.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'x-request-id'
  )?.[1];
  const body = parsed.body
    ? JSON.parse(
        parsed.isBase64Encoded
          ? Buffer.from(parsed.body, 'base64').toString('utf8')
          : parsed.body
      )
    : undefined;
  return {
    statusCode: 200,
    headers: { 'x-request-id': requestId ?? 'none' },
    body: JSON.stringify(body),
  };
};
