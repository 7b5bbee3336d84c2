import type {
  APIGatewayProxyHandlerV2,
  Context,
  SQSBatchResponse,
  SQSHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { EventWrapper, eventSource } from '../src/index';
import {
  type BatchOverrides,
  type DeepPartial,
  type Filled,
  mergeDeep,
  type Sample,
} from '../src/testing';

interface RawMessage {
  readonly body: string;
  readonly attributes: { readonly ApproximateReceiveCount: string };
  readonly tags?: readonly string[] | undefined;
}

interface RawBatch {
  readonly Records: readonly RawMessage[];
}

class Batch<TBody = unknown> extends EventWrapper<RawBatch> {
  get first(): TBody {
    return JSON.parse(this.raw.Records[0]?.body ?? 'null');
  }
}

class Request extends EventWrapper<{ rawPath: string }> {
  get rawPath(): string {
    return this.raw.rawPath;
  }
}

interface Order {
  orderId: string;
}

describe('Sample', () => {
  it('drops readonly and undefined at every depth', () => {
    expectTypeOf<Sample<RawBatch>>().toEqualTypeOf<{
      Records: {
        body: string;
        attributes: { ApproximateReceiveCount: string };
        tags?: string[];
      }[];
    }>();
  });
});

describe('Filled', () => {
  it('makes the fields present and drops null and undefined', () => {
    interface RawRequest {
      readonly body?: string | null | undefined;
      readonly headers?: Readonly<Record<string, string>> | null;
    }

    expectTypeOf<Filled<RawRequest>>().toEqualTypeOf<{
      body: string;
      headers: { [x: string]: string };
    }>();
  });
});

describe('DeepPartial', () => {
  it('makes every field optional at every depth and keeps arrays whole', () => {
    expectTypeOf<DeepPartial<RawMessage>>().toEqualTypeOf<{
      readonly body?: string | undefined;
      readonly attributes?:
        | { readonly ApproximateReceiveCount?: string | undefined }
        | undefined;
      readonly tags?: readonly string[] | undefined;
    }>();
  });

  it('types the changes mergeDeep takes from its target', () => {
    const message = {} as Sample<RawMessage>;

    expectTypeOf(
      mergeDeep(message, { attributes: { ApproximateReceiveCount: '3' } })
    ).toEqualTypeOf<Sample<RawMessage>>();
    // @ts-expect-error: ApproximateReceiveCount is a string
    mergeDeep(message, { attributes: { ApproximateReceiveCount: 3 } });
    // @ts-expect-error: an array takes whole items
    mergeDeep(message, { tags: [1] });
  });

  it('types the record changes of a batch factory', () => {
    expectTypeOf<BatchOverrides<RawMessage>['record']>().toEqualTypeOf<
      DeepPartial<RawMessage> | undefined
    >();
  });
});

describe('eventSource', () => {
  it('fits SQSHandler with a typed payload and the Lambda context', () => {
    const handler: SQSHandler = eventSource(
      Batch<Order>,
      async (event, context) => {
        expectTypeOf(event).toEqualTypeOf<Batch<Order>>();
        expectTypeOf(event.first).toEqualTypeOf<Order>();
        expectTypeOf(context).toEqualTypeOf<Context>();
        const response: SQSBatchResponse = { batchItemFailures: [] };
        return response;
      }
    );

    expectTypeOf(handler).toEqualTypeOf<SQSHandler>();
  });

  it('checks the return value against the handler type', () => {
    const handler: APIGatewayProxyHandlerV2 = eventSource(
      Request,
      async (event, context) => ({
        statusCode: 200,
        body: `${event.rawPath} ${context.awsRequestId}`,
      })
    );
    // @ts-expect-error: statusCode is a number
    const wrong: APIGatewayProxyHandlerV2 = eventSource(Request, async () => ({
      statusCode: 'two hundred',
    }));

    expectTypeOf(handler).toEqualTypeOf<APIGatewayProxyHandlerV2>();
    expectTypeOf(wrong).toEqualTypeOf<APIGatewayProxyHandlerV2>();
  });

  it('rejects a handler type whose event the class does not take', () => {
    // @ts-expect-error: an HTTP API event is no batch
    const handler: APIGatewayProxyHandlerV2 = eventSource(Batch, async () => ({
      statusCode: 200,
    }));

    expectTypeOf(handler).toEqualTypeOf<APIGatewayProxyHandlerV2>();
  });

  it('names the raw event and the wrapper in its type arguments', () => {
    const handler = eventSource(Batch<Order>, (event) => event.first);

    expectTypeOf(handler).parameter(0).toEqualTypeOf<RawBatch>();
    expectTypeOf(handler).returns.toEqualTypeOf<Order>();
  });
});
