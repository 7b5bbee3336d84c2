import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  patchEvent,
  thrownBy,
} from '@evt/tooling-config/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildResponse,
  CloudFormationCustomResourceEvent,
  CloudFormationResponseError,
  MissingFieldError,
  type RawCloudFormationCustomResourceEvent,
  sendResponse,
} from '../src/index';
import { createCloudFormationCustomResourceEvent } from '../src/testing';

const FIXTURE = 'cloud-formation-custom-resource-event';
const STACK_ID =
  'arn:aws:cloudformation:us-west-2:123456789012:stack/mystack/5b918d10-cd98-11ea-90d5-0a9cd3354c10';
const CREATE_REQUEST_ID = 'e2fc8f5c-0391-4a65-a645-7c695646739e';
const PHYSICAL_ID = 'mystack-MyCustomResource-1BZ5X0QH6TQ4K';
const context = {
  logStreamName: '2024/05/01/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0',
};

const wrapped = (variant?: string) =>
  new CloudFormationCustomResourceEvent(
    loadEvent<RawCloudFormationCustomResourceEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** Reads what a thrown error says, to check it leaks no secret. */
const messageOf = (error: unknown): string => (error as Error).message;

describe('buildResponse', () => {
  it("builds AWS's documented success response for a Create request", () => {
    const event = createCloudFormationCustomResourceEvent({
      logicalResourceId: 'MySeleniumTester',
      event: {
        StackId:
          'arn:aws:cloudformation:us-east-2:123456789012:stack/mystack/5b918d10-cd98-11ea-90d5-0a9cd3354c10',
        RequestId: 'unique id for this create request',
      },
    });

    const response = buildResponse(event, {
      status: 'SUCCESS',
      physicalResourceId: 'TestResource1',
      data: {
        resultsPage: 'http://www.myexampledomain/test-results/guid',
        lastUpdate: '2012-11-14T03:30Z',
      },
    });

    expect(response).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: 'TestResource1',
      StackId:
        'arn:aws:cloudformation:us-east-2:123456789012:stack/mystack/5b918d10-cd98-11ea-90d5-0a9cd3354c10',
      RequestId: 'unique id for this create request',
      LogicalResourceId: 'MySeleniumTester',
      Data: {
        resultsPage: 'http://www.myexampledomain/test-results/guid',
        lastUpdate: '2012-11-14T03:30Z',
      },
    });
  });

  it("builds AWS's documented failure response, in the documented order", () => {
    const event = wrapped('update');

    const response = buildResponse(event, {
      status: 'FAILED',
      reason: 'Required failure reason string',
    });

    expect(JSON.stringify(response)).toBe(
      JSON.stringify({
        Status: 'FAILED',
        Reason: 'Required failure reason string',
        PhysicalResourceId: PHYSICAL_ID,
        StackId: STACK_ID,
        RequestId: '3d0a1f36-52c7-4b58-9a44-6c1e2f8b7d90',
        LogicalResourceId: 'MyCustomResource',
      })
    );
  });

  it('sends NoEcho and Data after the IDs when given', () => {
    const response = buildResponse(wrapped('delete'), {
      status: 'SUCCESS',
      noEcho: true,
      data: { Password: 'generated' },
    });

    expect(JSON.stringify(response)).toBe(
      JSON.stringify({
        Status: 'SUCCESS',
        PhysicalResourceId: PHYSICAL_ID,
        StackId: STACK_ID,
        RequestId: '8a0d6c1e-4f5b-4e2a-b3c7-91d2e6f04a18',
        LogicalResourceId: 'MyCustomResource',
        NoEcho: true,
        Data: { Password: 'generated' },
      })
    );
  });

  it('takes the raw event as well as the wrapper', () => {
    const raw = loadEvent<RawCloudFormationCustomResourceEvent>(
      `${FIXTURE}.update`
    );

    expect(buildResponse(raw, { status: 'SUCCESS' })).toEqual(
      buildResponse(new CloudFormationCustomResourceEvent(raw), {
        status: 'SUCCESS',
      })
    );
  });

  describe('physicalResourceId', () => {
    it("defaults to the event's physical ID", () => {
      expect(
        buildResponse(wrapped('update'), { status: 'SUCCESS' })
          .PhysicalResourceId
      ).toBe(PHYSICAL_ID);
    });

    it('prefers the one given, which replaces the resource on an update', () => {
      expect(
        buildResponse(wrapped('update'), {
          status: 'SUCCESS',
          physicalResourceId: 'mystack-MyCustomResource-2',
        }).PhysicalResourceId
      ).toBe('mystack-MyCustomResource-2');
    });

    it('defaults to the log stream name on a Create request with a Lambda context', () => {
      expect(
        buildResponse(wrapped(), { status: 'SUCCESS' }, { context })
          .PhysicalResourceId
      ).toBe(context.logStreamName);
    });

    it('is required on a Create request without a Lambda context', () => {
      expect(() => buildResponse(wrapped(), { status: 'SUCCESS' })).toThrow(
        new TypeError(
          'buildResponse: physicalResourceId is required: a Create request carries none, and no Lambda context (options.context) gives a log stream name to use instead'
        )
      );
    });

    it('must be at most 1024 bytes of UTF-8', () => {
      expect(
        buildResponse(wrapped(), {
          status: 'SUCCESS',
          physicalResourceId: 'é'.repeat(512),
        }).PhysicalResourceId
      ).toHaveLength(512);
      expect(() =>
        buildResponse(wrapped(), {
          status: 'SUCCESS',
          physicalResourceId: `${'é'.repeat(512)}x`,
        })
      ).toThrow(
        new RangeError(
          'buildResponse: physicalResourceId must be at most 1024 bytes, got 1025'
        )
      );
    });
  });

  describe('reason', () => {
    it('defaults to a pointer to the log stream with a Lambda context', () => {
      expect(
        buildResponse(wrapped('update'), { status: 'FAILED' }, { context })
          .Reason
      ).toBe(
        'See the CloudWatch Logs log stream 2024/05/01/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0 for details'
      );
    });

    it('keeps the one given over the default', () => {
      expect(
        buildResponse(
          wrapped('update'),
          { status: 'SUCCESS', reason: 'Updated in place' },
          { context }
        ).Reason
      ).toBe('Updated in place');
    });

    it('is left out of a success without a Lambda context', () => {
      expect(
        buildResponse(wrapped('update'), { status: 'SUCCESS' })
      ).not.toHaveProperty('Reason');
    });

    it('is required for a failure without a Lambda context', () => {
      expect(() =>
        buildResponse(wrapped('update'), { status: 'FAILED' })
      ).toThrow(
        new TypeError(
          "buildResponse: reason is required when status is 'FAILED' (or pass options.context to point to its log stream)"
        )
      );
    });
  });

  describe('misuse', () => {
    it.each([
      [
        { status: 'Success' },
        "buildResponse: status must be 'SUCCESS' or 'FAILED', got string",
      ],
      [
        { status: 'a status much longer than twenty characters' },
        "buildResponse: status must be 'SUCCESS' or 'FAILED', got string",
      ],
      [
        { status: 'SUCCESS', physicalResourceId: '' },
        'buildResponse: physicalResourceId must be a non-empty string, got an empty string',
      ],
      [
        { status: 'FAILED', reason: 42 },
        'buildResponse: reason must be a non-empty string, got number 42',
      ],
      [
        { status: 'SUCCESS', data: ['a'] },
        'buildResponse: data must be an object, got array',
      ],
      [
        { status: 'SUCCESS', data: null },
        'buildResponse: data must be an object, got null',
      ],
      [
        { status: 'SUCCESS', data: 'text' },
        'buildResponse: data must be an object, got string',
      ],
      [
        { status: 'SUCCESS', noEcho: 'true' },
        'buildResponse: noEcho must be a boolean, got string',
      ],
    ])('throws TypeError for %j', (input, message) => {
      expect(() => buildResponse(wrapped('update'), input as never)).toThrow(
        new TypeError(message)
      );
    });

    it('throws TypeError when the response is not an object', () => {
      expect(() => buildResponse(wrapped('update'), null as never)).toThrow(
        new TypeError('buildResponse: the response must be an object, got null')
      );
    });

    it('throws TypeError when the context has no log stream name', () => {
      expect(() =>
        buildResponse(
          wrapped(),
          { status: 'SUCCESS' },
          { context: {} as never }
        )
      ).toThrow(
        new TypeError(
          'buildResponse: options.context must be a Lambda context with a logStreamName, got object'
        )
      );
    });

    it('throws MissingFieldError when the event lacks an ID the response copies', () => {
      const raw = patchEvent<Record<string, unknown>>(
        `${FIXTURE}.update`,
        (event) => {
          delete event.LogicalResourceId;
        }
      ) as unknown as RawCloudFormationCustomResourceEvent;

      expectEvtError(
        () => buildResponse(raw, { status: 'SUCCESS' }),
        MissingFieldError,
        'CloudFormationCustomResourceEvent: LogicalResourceId is missing'
      );
    });
  });
});

/** What the local stand-in for the presigned S3 URL received. */
interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the stand-in answers one request: a status (and body), or never. */
type Answer = number | { status: number; body: string } | 'never';

interface PresignedServer {
  /** A presigned-looking URL on the server: encoded path, SigV4 query. */
  readonly url: string;
  /** The path and query of {@link url}, as the server must receive them. */
  readonly pathAndQuery: string;
  readonly received: Received[];
}

const SIGNATURE =
  'X-Amz-Signature=0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c';
const PATH_AND_QUERY = `/arn%3Aaws%3Acloudformation%3Aus-west-2%3A123456789012%3Astack/mystack/5b918d10-cd98-11ea-90d5-0a9cd3354c10%7CMyCustomResource%7C${CREATE_REQUEST_ID}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240501T120000Z&X-Amz-SignedHeaders=host&X-Amz-Expires=7200&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Fus-west-2%2Fs3%2Faws4_request&${SIGNATURE}`;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Starts a local HTTP server on a free port that answers with `answers`, in turn. */
async function presignedServer(...answers: Answer[]): Promise<PresignedServer> {
  const received: Received[] = [];
  const server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const answer = answers[received.length - 1] ?? 200;
      if (answer === 'never') return;
      const { status, body } =
        typeof answer === 'number' ? { status: answer, body: '' } : answer;
      response.writeHead(status).end(body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve())
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PATH_AND_QUERY}`,
    pathAndQuery: PATH_AND_QUERY,
    received,
  };
}

/** A port nothing listens on: one the system gave a server that is closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve())
  );
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const requestTo = (responseUrl: string, requestType?: 'Update') =>
  createCloudFormationCustomResourceEvent({
    ...(requestType === undefined ? {} : { requestType }),
    responseUrl,
  });

const FAST = { retryDelay: 1 } as const;

describe('sendResponse', () => {
  it('PUTs the response to the presigned URL as CloudFormation requires', async () => {
    const server = await presignedServer(200);
    const data = { Endpoint: 'https://api.example.com', Note: 'café' };

    const sent = await sendResponse(
      requestTo(server.url),
      { status: 'SUCCESS', physicalResourceId: 'endpoint-1', data },
      { context }
    );

    const expected = {
      Status: 'SUCCESS',
      Reason:
        'See the CloudWatch Logs log stream 2024/05/01/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0 for details',
      PhysicalResourceId: 'endpoint-1',
      StackId: STACK_ID,
      RequestId: CREATE_REQUEST_ID,
      LogicalResourceId: 'MyCustomResource',
      Data: data,
    };
    expect(sent).toEqual(expected);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe(server.pathAndQuery);
    expect(request?.headers['content-type']).toBe('');
    expect(request?.headers['content-length']).toBe(
      String(Buffer.byteLength(JSON.stringify(expected), 'utf8'))
    );
    expect(request?.headers['transfer-encoding']).toBeUndefined();
    expect(JSON.parse(request?.body ?? '')).toEqual(expected);
    expect(request?.body).toBe(JSON.stringify(expected));
  });

  it('retries after an HTTP 5xx answer, then succeeds', async () => {
    const server = await presignedServer(500, 200);

    await sendResponse(
      requestTo(server.url, 'Update'),
      { status: 'SUCCESS' },
      FAST
    );

    expect(server.received).toHaveLength(2);
    expect(server.received[1]?.body).toBe(server.received[0]?.body);
  });

  it('waits twice as long before each later retry', async () => {
    const server = await presignedServer(503, 503, 200);
    const times: number[] = [];
    const timed: typeof fetch = (input, init) => {
      times.push(performance.now());
      return fetch(input, init);
    };

    await sendResponse(
      requestTo(server.url, 'Update'),
      { status: 'SUCCESS' },
      { retryDelay: 40, fetch: timed }
    );

    expect(times).toHaveLength(3);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(39);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(79);
  });

  it('does not retry an HTTP 4xx answer, and names the S3 error code only', async () => {
    const server = await presignedServer({
      status: 403,
      body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message><SignatureProvided>${SIGNATURE}</SignatureProvided></Error>`,
    });

    const error = await sendResponse(
      requestTo(server.url, 'Update'),
      { status: 'SUCCESS', data: { Secret: 'do-not-log' } },
      FAST
    ).catch((thrown: unknown) => thrown);

    expect(server.received).toHaveLength(1);
    expect(error).toBeInstanceOf(CloudFormationResponseError);
    expect(error).toMatchObject({
      name: 'CloudFormationResponseError',
      attempts: 1,
      statusCode: 403,
      message: `sendResponse: ${new URL(server.url).host} refused the response with HTTP 403 (AccessDenied); not retried, since the same request would be refused again (an expired presigned URL gives 403)`,
    });
    expect(messageOf(error)).not.toContain('X-Amz');
    expect(messageOf(error)).not.toContain('do-not-log');
  });

  it('names no code for a 4xx answer without one', async () => {
    const server = await presignedServer({ status: 400, body: 'Bad request' });

    const error = await sendResponse(
      requestTo(server.url, 'Update'),
      { status: 'SUCCESS' },
      FAST
    ).catch((thrown: unknown) => thrown);

    expect(messageOf(error)).toContain('refused the response with HTTP 400;');
  });

  it('gives up after the last retry of HTTP 5xx answers, naming the attempts', async () => {
    const server = await presignedServer(500, 502, 503);

    const error = await sendResponse(
      requestTo(server.url, 'Update'),
      { status: 'SUCCESS' },
      { retries: 2, retryDelay: 1 }
    ).catch((thrown: unknown) => thrown);

    expect(server.received).toHaveLength(3);
    expect(error).toMatchObject({
      attempts: 3,
      statusCode: 503,
      message: `sendResponse: the response did not reach ${new URL(server.url).host} in 3 attempts; the last failed with HTTP 503`,
    });
    expect((error as Error).cause).toBeUndefined();
  });

  it('aborts an attempt that takes longer than the timeout', async () => {
    const server = await presignedServer('never', 'never');

    const error = await sendResponse(
      requestTo(server.url, 'Update'),
      { status: 'SUCCESS' },
      { timeout: 200, retries: 1, retryDelay: 1 }
    ).catch((thrown: unknown) => thrown);

    expect(error).toMatchObject({
      attempts: 2,
      statusCode: undefined,
      message: `sendResponse: the response did not reach ${new URL(server.url).host} in 2 attempts; the last failed with a timeout after 200 ms`,
    });
    expect(((error as Error).cause as Error).name).toBe('TimeoutError');
  });

  it('gives up on a refused connection after every attempt, without echoing the URL or the data', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}${PATH_AND_QUERY}`;

    const error = await sendResponse(
      requestTo(url, 'Update'),
      { status: 'SUCCESS', data: { Secret: 'do-not-log' } },
      { retries: 2, retryDelay: 1 }
    ).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(CloudFormationResponseError);
    expect(error).toMatchObject({
      attempts: 3,
      statusCode: undefined,
      message: `sendResponse: the response did not reach 127.0.0.1:${port} in 3 attempts; the last failed with a network error (ECONNREFUSED)`,
    });
    expect(messageOf(error)).not.toContain('X-Amz');
    expect(messageOf(error)).not.toContain('arn%3Aaws');
    expect(messageOf(error)).not.toContain('do-not-log');
  });

  it('refuses a body over 4096 bytes before sending anything', async () => {
    const server = await presignedServer(200);
    const event = requestTo(server.url, 'Update');
    const room =
      4096 -
      JSON.stringify(
        buildResponse(event, { status: 'SUCCESS', data: { Blob: '' } })
      ).length;

    await sendResponse(event, {
      status: 'SUCCESS',
      data: { Blob: 'x'.repeat(room) },
    });
    const error = await sendResponse(event, {
      status: 'SUCCESS',
      data: { Blob: `${'x'.repeat(room - 1)}é` },
    }).catch((thrown: unknown) => thrown);

    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers['content-length']).toBe('4096');
    expect(error).toEqual(
      new RangeError(
        'sendResponse: the response body is 4097 bytes, over the 4096 bytes CloudFormation accepts; send less data or a shorter reason'
      )
    );
  });

  it('sends with the fetch given', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const recording: typeof fetch = async (input, init) => {
      calls.push([String(input), init]);
      return new Response(null, { status: 200 });
    };
    const event = requestTo(`https://bucket.s3.amazonaws.com${PATH_AND_QUERY}`);

    await sendResponse(
      event,
      { status: 'SUCCESS', physicalResourceId: 'id-1' },
      { fetch: recording }
    );

    expect(calls).toHaveLength(1);
    const [url, init = {}] = calls[0] ?? [];
    expect(url).toBe(`https://bucket.s3.amazonaws.com${PATH_AND_QUERY}`);
    expect(init.method).toBe('PUT');
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(init.headers).toEqual({
      'content-type': '',
      'content-length': String((init.body as Uint8Array).byteLength),
    });
  });

  it('succeeds whatever the answer body does, and retries any thrown failure', async () => {
    let attempt = 0;
    const flaky = (async () => {
      attempt++;
      if (attempt === 1) throw 'not an error';
      return {
        status: 204,
        body: { cancel: () => Promise.reject(new Error('gone')) },
      };
    }) as unknown as typeof fetch;

    await sendResponse(
      requestTo('https://bucket.s3.amazonaws.com/response'),
      { status: 'SUCCESS', physicalResourceId: 'id-1' },
      { fetch: flaky, retryDelay: 1 }
    );

    expect(attempt).toBe(2);
  });

  it('names no code when a 4xx answer body cannot be read', async () => {
    const unreadable = (async () => ({
      status: 404,
      text: () => Promise.reject(new Error('reset')),
    })) as unknown as typeof fetch;

    const error = await sendResponse(
      requestTo('https://bucket.s3.amazonaws.com/response'),
      { status: 'SUCCESS', physicalResourceId: 'id-1' },
      { fetch: unreadable }
    ).catch((thrown: unknown) => thrown);

    expect(messageOf(error)).toBe(
      'sendResponse: bucket.s3.amazonaws.com refused the response with HTTP 404; not retried, since the same request would be refused again (an expired presigned URL gives 403)'
    );
  });

  it('says one attempt when there are no retries', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;

    const error = await sendResponse(
      requestTo('https://bucket.s3.amazonaws.com/response'),
      { status: 'SUCCESS', physicalResourceId: 'id-1' },
      { fetch: failing, retries: 0 }
    ).catch((thrown: unknown) => thrown);

    expect(messageOf(error)).toBe(
      'sendResponse: the response did not reach bucket.s3.amazonaws.com in 1 attempt; the last failed with a network error'
    );
  });

  describe('an event without a usable response URL', () => {
    it('tells a provider framework handler to return the response instead', async () => {
      const event = createCloudFormationCustomResourceEvent({
        providerFramework: true,
      });

      await expect(
        sendResponse(event, { status: 'SUCCESS' }, { context })
      ).rejects.toThrow(
        new TypeError(
          'sendResponse: the event has no ResponseURL, as under the CDK provider framework, which sends the response itself: return the result from the handler instead (see buildResponse)'
        )
      );
    });

    it('rejects a response URL that is not an http(s) URL', async () => {
      for (const url of ['...', 'ftp://example.com/response']) {
        await expect(
          sendResponse(requestTo(url), { status: 'SUCCESS' }, { context })
        ).rejects.toThrow(
          new TypeError(
            'sendResponse: the event\'s ResponseURL is not an http(s) URL (the CDK provider framework may pass a placeholder such as "..."): return the result from the handler instead (see buildResponse)'
          )
        );
      }
    });
  });

  describe('misuse', () => {
    const event = requestTo(
      'https://bucket.s3.amazonaws.com/response',
      'Update'
    );

    it.each([
      [
        { retries: -1 },
        RangeError,
        'options.retries must be an integer of at least 0, got -1',
      ],
      [
        { retries: '3' },
        TypeError,
        'options.retries must be a number, got string',
      ],
      [
        { timeout: 0 },
        RangeError,
        'options.timeout must be an integer of at least 1, got 0',
      ],
      [
        { retryDelay: 1.5 },
        RangeError,
        'options.retryDelay must be an integer of at least 0, got 1.5',
      ],
      [
        { fetch: 'fetch' },
        TypeError,
        'options.fetch must be a function, got string',
      ],
    ])('rejects %j', async (options, ErrorClass, message) => {
      await expect(
        sendResponse(event, { status: 'SUCCESS' }, options as never)
      ).rejects.toThrow(new ErrorClass(`sendResponse: ${message}`));
    });

    it('rejects options that are not an object', async () => {
      await expect(
        sendResponse(event, { status: 'SUCCESS' }, null as never)
      ).rejects.toThrow(
        new TypeError('sendResponse: options must be an object, got null')
      );
    });

    it('rejects data that JSON cannot hold, before sending', async () => {
      const error = await sendResponse(event, {
        status: 'SUCCESS',
        data: { Count: 1n },
      }).catch((thrown: unknown) => thrown);

      expect(error).toEqual(
        new TypeError('sendResponse: data cannot be serialised as JSON')
      );
      expect((error as Error).cause).toBeInstanceOf(TypeError);
    });

    it('checks the response as buildResponse does', async () => {
      const thrown = await sendResponse(event, {
        status: 'FAILED',
      }).catch((error: unknown) => error);

      expect(thrown).toEqual(
        new TypeError(
          "sendResponse: reason is required when status is 'FAILED' (or pass options.context to point to its log stream)"
        )
      );
    });
  });
});

describe('CloudFormationResponseError', () => {
  it('carries the attempts, the status and the cause', () => {
    const cause = new Error('socket hang up');

    const error = thrownBy(() => {
      throw new CloudFormationResponseError('failed', 5, 503, cause);
    }) as CloudFormationResponseError;

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CloudFormationResponseError');
    expect(error.message).toBe('failed');
    expect(error.attempts).toBe(5);
    expect(error.statusCode).toBe(503);
    expect(error.cause).toBe(cause);
    expect(
      Object.hasOwn(new CloudFormationResponseError('x', 1, 400), 'cause')
    ).toBe(false);
  });
});
