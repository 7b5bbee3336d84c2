import {
  CloudFrontRequestEvent,
  generatedResponse,
  modifiedRequest,
  type RawCloudFrontRequestEvent,
} from '@evt/cloudfront';

/** The host of the API that `/api/…` requests go to. */
const API_HOST = 'api.example.com';

/**
 * A static site in an Amazon S3 bucket behind CloudFront, on the origin request trigger (which
 * runs on cache misses only; CloudFront caches what it generates): old `/blog/…` paths get a
 * permanent redirect to `/articles/…`, `/api/…` requests go to the API's own origin with the
 * host it expects and the viewer's country, and page paths get their `index.html`.
 */
export const handler = async (raw: RawCloudFrontRequestEvent) => {
  const event = new CloudFrontRequestEvent(raw);
  const { request } = event;
  const { uri, querystring } = request;

  if (uri.startsWith('/blog/')) {
    const target = `/articles/${uri.slice('/blog/'.length)}`;
    return generatedResponse(event, {
      status: 301,
      statusDescription: 'Moved Permanently',
      headers: {
        Location: querystring ? `${target}?${querystring}` : target,
        'Cache-Control': 'max-age=86400',
      },
    });
  }

  if (uri.startsWith('/api/')) {
    return modifiedRequest(event, {
      origin: {
        custom: {
          customHeaders: {},
          domainName: API_HOST,
          keepaliveTimeout: 5,
          path: '/v2',
          port: 443,
          protocol: 'https',
          readTimeout: 30,
          sslProtocols: ['TLSv1.2'],
        },
      },
      uri: uri.slice('/api'.length),
      headers: {
        Host: API_HOST,
        'X-Viewer-Country': request.getHeaderValue(
          'cloudfront-viewer-country',
          'unknown'
        ),
      },
    });
  }

  const name = uri.slice(uri.lastIndexOf('/') + 1);
  if (name === '' || !name.includes('.')) {
    const page = name === '' ? `${uri}index.html` : `${uri}/index.html`;
    return modifiedRequest(event, { uri: page });
  }
  return request.rawEvent;
};
