// The HTTP API example written by hand over plain objects, as the size baseline.
interface RawEvent {
  headers?: Record<string, string>;
  rawPath: string;
  body?: string;
  isBase64Encoded: boolean;
  requestContext: { stage: string; http: { method: string } };
}

export const handler = async (raw: RawEvent) => {
  const headers = raw.headers ?? {};
  const name = Object.keys(headers).find(
    (header) => header.toLowerCase() === 'x-request-id'
  );
  const requestId = (name && headers[name]) ?? 'none';
  const text =
    raw.body && raw.isBase64Encoded
      ? Buffer.from(raw.body, 'base64').toString('utf8')
      : raw.body;
  const stage = `/${raw.requestContext.stage}`;
  const path = raw.rawPath.startsWith(stage)
    ? raw.rawPath.slice(stage.length) || '/'
    : raw.rawPath;
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({
      route: `${raw.requestContext.http.method} ${path}`,
      requestId,
      base64: raw.isBase64Encoded,
      echo: text ? JSON.parse(text) : null,
    }),
  };
};
