import { eventSource, type HeaderMap } from '@evt/core';
import type {
  AppSyncBatchResolverHandler,
  AppSyncResolverHandler,
  AppSyncResolverEvent as AwsAppSyncResolverEvent,
  Context,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AppSyncCallerIdentity,
  AppSyncResolverEvent,
  type AppSyncResolverEventInfo,
  type RawAppSyncResolverEvent,
} from '../src/index';
import {
  createAppSyncResolverEvent,
  createAppSyncResolverEventBatch,
  type SampleAppSyncResolverEvent,
} from '../src/testing';

interface GetPostArguments {
  id: string;
}

interface Post {
  id: string;
  authorId: string;
}

declare const context: Context;

describe('AppSyncResolverEvent types', () => {
  it('accepts the @types/aws-lambda event, its arguments and source types included', () => {
    expectTypeOf<AwsAppSyncResolverEvent<GetPostArguments>>().toExtend<
      RawAppSyncResolverEvent<GetPostArguments>
    >();
    expectTypeOf<AwsAppSyncResolverEvent<GetPostArguments, Post>>().toExtend<
      RawAppSyncResolverEvent<GetPostArguments, Post>
    >();
    expectTypeOf<
      AwsAppSyncResolverEvent<Record<string, unknown>>
    >().toExtend<RawAppSyncResolverEvent>();
  });

  it('infers the arguments and source types from the raw event', () => {
    const raw = {} as AwsAppSyncResolverEvent<GetPostArguments, Post>;

    const event = new AppSyncResolverEvent(raw);

    expectTypeOf(event).toEqualTypeOf<
      AppSyncResolverEvent<GetPostArguments, Post>
    >();
    expectTypeOf(event.arguments).toEqualTypeOf<GetPostArguments>();
    expectTypeOf(event.source).toEqualTypeOf<Partial<Post>>();
  });

  it('types every getter', () => {
    const event = new AppSyncResolverEvent(createAppSyncResolverEvent());

    expectTypeOf(event.typeName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.fieldName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.arguments).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(event.source).toEqualTypeOf<
      Partial<Record<string, unknown>>
    >();
    expectTypeOf(event.info).toEqualTypeOf<AppSyncResolverEventInfo>();
    expectTypeOf(event.requestHeaders).toEqualTypeOf<HeaderMap>();
    expectTypeOf(event.domainName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.prevResult).toBeUnknown();
    expectTypeOf(event.stash).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(event.identity).toEqualTypeOf<
      AppSyncCallerIdentity | undefined
    >();
    expectTypeOf(event.getHeaderValue('x')).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.getHeaderValue('x', 'none')).toEqualTypeOf<string>();
  });

  it('types the info members', () => {
    const info = new AppSyncResolverEvent(createAppSyncResolverEvent()).info;

    expectTypeOf(info.fieldName).toEqualTypeOf<string | undefined>();
    expectTypeOf(info.parentTypeName).toEqualTypeOf<string | undefined>();
    expectTypeOf(info.variables).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(info.selectionSetList).toEqualTypeOf<readonly string[]>();
    expectTypeOf(info.selectionSetGraphQL).toEqualTypeOf<string | undefined>();
  });

  it('narrows the caller on its authType', () => {
    const identity = new AppSyncResolverEvent(createAppSyncResolverEvent())
      .identity;

    if (identity?.authType === 'AMAZON_COGNITO_USER_POOLS') {
      expectTypeOf(identity.sub).toEqualTypeOf<string>();
      expectTypeOf(identity.username).toEqualTypeOf<string>();
      expectTypeOf(identity.groups).toEqualTypeOf<readonly string[]>();
    }
    if (identity?.authType === 'OPENID_CONNECT') {
      expectTypeOf(identity.sub).toEqualTypeOf<string>();
      expectTypeOf(identity.issuer).toEqualTypeOf<string | undefined>();
      expectTypeOf(identity.claims).toEqualTypeOf<Record<string, unknown>>();
    }
    if (identity?.authType === 'AWS_IAM') {
      expectTypeOf(identity.sub).toEqualTypeOf<string | undefined>();
      expectTypeOf(identity.userArn).toEqualTypeOf<string | undefined>();
    }
    if (identity?.authType === 'AWS_LAMBDA') {
      expectTypeOf(identity.resolverContext).toEqualTypeOf<
        Record<string, unknown>
      >();
    }
  });

  it('wraps a batch with the element types', () => {
    const raw = [] as AwsAppSyncResolverEvent<GetPostArguments, Post>[];

    expectTypeOf(AppSyncResolverEvent.batch(raw)).toEqualTypeOf<
      AppSyncResolverEvent<GetPostArguments, Post>[]
    >();
  });
});

describe('AppSyncResolverEvent testing factories', () => {
  it('build events that fit @types/aws-lambda and the constructor', () => {
    const aws: AwsAppSyncResolverEvent<Record<string, unknown>> =
      createAppSyncResolverEvent();
    const typed: AwsAppSyncResolverEvent<GetPostArguments, Post | null> =
      createAppSyncResolverEvent<GetPostArguments, Post>({
        arguments: { id: 'p-1' },
      });
    const batch: AwsAppSyncResolverEvent<Record<string, unknown>>[] =
      createAppSyncResolverEventBatch();
    const raw: RawAppSyncResolverEvent = createAppSyncResolverEvent();

    expectTypeOf(
      createAppSyncResolverEvent()
    ).toEqualTypeOf<SampleAppSyncResolverEvent>();
    expectTypeOf(aws).toExtend<object>();
    expectTypeOf(typed.arguments).toEqualTypeOf<GetPostArguments>();
    expectTypeOf(batch).toExtend<object[]>();
    expectTypeOf(raw).toEqualTypeOf<RawAppSyncResolverEvent>();
  });

  it('check arguments against the arguments type', () => {
    createAppSyncResolverEvent<GetPostArguments>({ arguments: { id: '1' } });
    createAppSyncResolverEvent<GetPostArguments>({
      // @ts-expect-error: postId is no field of GetPostArguments
      arguments: { postId: '1' },
    });
  });

  it('feed handlers typed with @types/aws-lambda through eventSource', () => {
    const handler: AppSyncResolverHandler<GetPostArguments, Post> = eventSource(
      AppSyncResolverEvent<GetPostArguments>,
      async (event) => {
        expectTypeOf(event.arguments.id).toEqualTypeOf<string>();
        return { id: event.arguments.id, authorId: 'a-1' };
      }
    );
    const batchHandler: AppSyncBatchResolverHandler<
      Record<string, never>,
      string
    > = async (events) =>
      AppSyncResolverEvent.batch(events).map((event) => event.fieldName ?? '');

    expectTypeOf(handler).toBeCallableWith(
      createAppSyncResolverEvent<GetPostArguments>({ arguments: { id: '1' } }),
      context,
      () => undefined
    );
    expectTypeOf(batchHandler).toBeFunction();
  });
});
