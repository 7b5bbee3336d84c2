import { eventSource } from '@evt/core';
import type {
  CodeCommitTrigger,
  CodeCommitTriggerEvent,
  Context,
  Handler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CodeCommitData,
  CodeCommitEvent,
  type CodeCommitEventName,
  type CodeCommitRecord,
  type CodeCommitReference,
  type RawCodeCommitEvent,
  type RawCodeCommitRecord,
  type RawCodeCommitReference,
} from '../src/index';
import { createCodeCommitEvent } from '../src/testing';

declare const context: Context;
declare const record: CodeCommitRecord;
declare const reference: CodeCommitReference;

describe('CodeCommitEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<CodeCommitTriggerEvent>().toExtend<RawCodeCommitEvent>();
    expectTypeOf<CodeCommitTrigger>().toExtend<RawCodeCommitRecord>();
    expectTypeOf<
      CodeCommitTrigger['codecommit']['references'][number]
    >().toExtend<RawCodeCommitReference>();
  });

  it('builds samples that fit the @types/aws-lambda event', () => {
    expectTypeOf(createCodeCommitEvent()).toExtend<CodeCommitTriggerEvent>();
  });

  it('types the records', () => {
    const event = new CodeCommitEvent(createCodeCommitEvent());

    expectTypeOf(event.records).toEqualTypeOf<CodeCommitRecord[]>();
    expectTypeOf(event.record).toEqualTypeOf<CodeCommitRecord>();
  });

  // @types/aws-lambda's `CodeCommitHandler` takes one record, not the event Lambda passes.
  it('fits a handler of the @types/aws-lambda event through eventSource', () => {
    const handler: Handler<CodeCommitTriggerEvent, void> = eventSource(
      CodeCommitEvent,
      async (event) => {
        expectTypeOf(event).toEqualTypeOf<CodeCommitEvent>();
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createCodeCommitEvent(),
      context,
      () => undefined
    );
  });
});

describe('CodeCommitRecord types', () => {
  it('types every getter', () => {
    expectTypeOf(record.awsRegion).toEqualTypeOf<string>();
    expectTypeOf(record.codecommit).toEqualTypeOf<CodeCommitData>();
    expectTypeOf(record.references).toEqualTypeOf<CodeCommitReference[]>();
    expectTypeOf(record.customData).toEqualTypeOf<string | undefined>();
    expectTypeOf(record.eventId).toEqualTypeOf<string>();
    expectTypeOf(record.eventName).toEqualTypeOf<CodeCommitEventName>();
    expectTypeOf(record.eventPartNumber).toEqualTypeOf<number>();
    expectTypeOf(record.eventSource).toEqualTypeOf<string>();
    expectTypeOf(record.eventSourceArn).toEqualTypeOf<string>();
    expectTypeOf(record.eventTime).toEqualTypeOf<string>();
    expectTypeOf(record.eventTotalParts).toEqualTypeOf<number>();
    expectTypeOf(record.eventTriggerConfigId).toEqualTypeOf<string>();
    expectTypeOf(record.eventTriggerName).toEqualTypeOf<string>();
    expectTypeOf(record.eventVersion).toEqualTypeOf<string>();
    expectTypeOf(record.userIdentityArn).toEqualTypeOf<string>();
    expectTypeOf(record.isTriggerTest).toEqualTypeOf<boolean>();
    expectTypeOf(record.repositoryName).toEqualTypeOf<string>();
  });

  it('names the documented event names and still takes others', () => {
    expectTypeOf<'ReferenceChanges'>().toExtend<CodeCommitEventName>();
    expectTypeOf<'TriggerEventTest'>().toExtend<CodeCommitEventName>();
    expectTypeOf<string>().toExtend<CodeCommitEventName>();
  });
});

describe('CodeCommitReference types', () => {
  it('types every getter', () => {
    expectTypeOf(reference.commit).toEqualTypeOf<string>();
    expectTypeOf(reference.ref).toEqualTypeOf<string>();
    expectTypeOf(reference.created).toEqualTypeOf<boolean>();
    expectTypeOf(reference.deleted).toEqualTypeOf<boolean>();
    expectTypeOf(reference.branchName).toEqualTypeOf<string | undefined>();
    expectTypeOf(reference.tagName).toEqualTypeOf<string | undefined>();
  });
});
