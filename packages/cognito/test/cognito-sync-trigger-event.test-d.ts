import { describe, expectTypeOf, it } from 'vitest';
import {
  type CognitoSyncDatasetRecord,
  type CognitoSyncRecordOperation,
  CognitoSyncTriggerEvent,
  type RawCognitoSyncTriggerEvent,
} from '../src/index';
import {
  createCognitoSyncTriggerEvent,
  type SampleCognitoSyncTriggerEvent,
} from '../src/testing';
import sample from './events/cognito-sync-trigger-event.json';

describe('CognitoSyncTriggerEvent types', () => {
  it('accepts the documented sample and the testing factory’s event', () => {
    // @types/aws-lambda declares no Cognito Sync event; the documented JSON is the contract.
    expectTypeOf({
      ...sample,
      eventType: 'SyncTrigger' as const,
      datasetRecords: {
        level: { ...sample.datasetRecords.level, op: 'replace' as const },
      },
    }).toExtend<RawCognitoSyncTriggerEvent>();
    expectTypeOf<SampleCognitoSyncTriggerEvent>().toExtend<RawCognitoSyncTriggerEvent>();
    expectTypeOf(
      createCognitoSyncTriggerEvent()
    ).toEqualTypeOf<SampleCognitoSyncTriggerEvent>();
  });

  it('types the members', () => {
    const event = new CognitoSyncTriggerEvent(createCognitoSyncTriggerEvent());

    expectTypeOf(event.version).toEqualTypeOf<number>();
    expectTypeOf(event.eventType).toEqualTypeOf<'SyncTrigger'>();
    expectTypeOf(event.identityId).toEqualTypeOf<string>();
    expectTypeOf(event.datasetRecords).toEqualTypeOf<
      Readonly<Record<string, CognitoSyncDatasetRecord>>
    >();
    expectTypeOf(event.datasetRecords.level).toEqualTypeOf<
      CognitoSyncDatasetRecord | undefined
    >();
    expectTypeOf<CognitoSyncDatasetRecord['op']>().toEqualTypeOf<
      CognitoSyncRecordOperation | undefined
    >();
    expectTypeOf<CognitoSyncDatasetRecord['newValue']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.rawEvent).toEqualTypeOf<RawCognitoSyncTriggerEvent>();
  });

  it('takes only strings in the record methods', () => {
    const event = new CognitoSyncTriggerEvent(createCognitoSyncTriggerEvent());

    expectTypeOf(event.replaceRecord('level', '11')).toEqualTypeOf<void>();
    expectTypeOf(event.removeRecord('level')).toEqualTypeOf<boolean>();
    // @ts-expect-error a number is not a string
    event.replaceRecord('level', 11);
    // @ts-expect-error removal takes only the key
    event.removeRecord('level', 'x');
  });

  it('refuses an event of another kind', () => {
    const raw = {
      ...createCognitoSyncTriggerEvent(),
      eventType: 'DatasetDeleted',
    };

    // @ts-expect-error the Sync Trigger is the only Amazon Cognito event AWS documents
    new CognitoSyncTriggerEvent(raw);
  });
});
