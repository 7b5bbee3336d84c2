import { eventSource, type HeaderMap } from '@evt/core';
import type {
  AppSyncAuthorizerHandler,
  AppSyncAuthorizerResult,
  AppSyncAuthorizerEvent as AwsAppSyncAuthorizerEvent,
  Context,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  AppSyncAuthorizerEvent,
  type AppSyncAuthorizerEventRequestContext,
  AppSyncAuthorizerResponse,
  type AppSyncAuthorizerResponseDict,
  type RawAppSyncAuthorizerEvent,
} from '../src/index';
import {
  createAppSyncAuthorizerEvent,
  type SampleAppSyncAuthorizerEvent,
} from '../src/testing';

interface TeamContext extends Record<string, unknown> {
  team: string;
}

declare const context: Context;

describe('AppSyncAuthorizerEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsAppSyncAuthorizerEvent>().toExtend<RawAppSyncAuthorizerEvent>();
  });

  it('types every getter', () => {
    const event = new AppSyncAuthorizerEvent(createAppSyncAuthorizerEvent());
    const request = event.requestContext;

    expectTypeOf(event.authorizationToken).toBeString();
    expectTypeOf(request).toEqualTypeOf<AppSyncAuthorizerEventRequestContext>();
    expectTypeOf(event.requestHeaders).toEqualTypeOf<HeaderMap>();
    expectTypeOf(request.apiId).toBeString();
    expectTypeOf(request.accountId).toBeString();
    expectTypeOf(request.requestId).toBeString();
    expectTypeOf(request.queryString).toBeString();
    expectTypeOf(request.operationName).toEqualTypeOf<string | undefined>();
    expectTypeOf(request.variables).toEqualTypeOf<Record<string, unknown>>();
  });
});

describe('AppSyncAuthorizerResponse types', () => {
  it('builds what @types/aws-lambda calls an AppSyncAuthorizerResult', () => {
    const response = new AppSyncAuthorizerResponse<TeamContext>({
      authorize: true,
      resolverContext: { team: 'blue' },
    }).asDict();

    expectTypeOf(response).toEqualTypeOf<
      AppSyncAuthorizerResponseDict<TeamContext>
    >();
    expectTypeOf(response).toExtend<AppSyncAuthorizerResult<TeamContext>>();
  });

  it('checks the resolver context against its type', () => {
    new AppSyncAuthorizerResponse<TeamContext>({
      // @ts-expect-error: the team is a string
      resolverContext: { team: 1 },
    });
  });
});

describe('createAppSyncAuthorizerEvent', () => {
  it('builds an event that fits @types/aws-lambda and feeds an AppSyncAuthorizerHandler', () => {
    const aws: AwsAppSyncAuthorizerEvent = createAppSyncAuthorizerEvent();
    const handler: AppSyncAuthorizerHandler<TeamContext> = eventSource(
      AppSyncAuthorizerEvent,
      async (event) =>
        new AppSyncAuthorizerResponse<TeamContext>({
          authorize: event.authorizationToken.startsWith('team-'),
          resolverContext: { team: event.authorizationToken.slice(5) },
        }).asDict()
    );

    expectTypeOf(
      createAppSyncAuthorizerEvent()
    ).toEqualTypeOf<SampleAppSyncAuthorizerEvent>();
    expectTypeOf(aws).toExtend<RawAppSyncAuthorizerEvent>();
    expectTypeOf(handler).toBeCallableWith(
      createAppSyncAuthorizerEvent(),
      context,
      () => undefined
    );
  });
});
