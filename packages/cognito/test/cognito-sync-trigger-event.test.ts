import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CognitoSyncDatasetRecord,
  CognitoSyncTriggerEvent,
  FieldTypeError,
  MissingFieldError,
  type RawCognitoSyncTriggerEvent,
} from '../src/index';
import { createCognitoSyncTriggerEvent } from '../src/testing';
import { countingReads, fixtureLoaders } from './helpers';

const FIXTURE = 'cognito-sync-trigger-event';

const { load, loadMutable } = fixtureLoaders(CognitoSyncTriggerEvent, FIXTURE);

/** What each record's getters read, by key. */
const valuesOf = (
  records: Readonly<Record<string, CognitoSyncDatasetRecord>>
): Record<string, Record<string, unknown>> =>
  Object.fromEntries(
    Object.entries(records).map(([key, record]) => [
      key,
      { oldValue: record.oldValue, newValue: record.newValue, op: record.op },
    ])
  );

describe('CognitoSyncTriggerEvent', () => {
  describe('common fields', () => {
    it('returns each field of a synchronisation', () => {
      expectGetters(load(), {
        version: 2,
        eventType: 'SyncTrigger',
        region: 'us-east-1',
        identityPoolId: 'us-east-1:4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        identityId: 'us-east-1:9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
        datasetName: 'gameState',
      });
    });

    it('returns the fields of another identity pool and dataset', () => {
      expectGetters(load('added-and-removed'), {
        region: 'eu-west-1',
        identityPoolId: 'eu-west-1:0d9c8b7a-6f5e-4d3c-8b2a-190817263544',
        identityId: 'eu-west-1:3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
        datasetName: 'preferences',
      });
    });
  });

  describe('datasetRecords', () => {
    it('returns every record by key with its values and operation', () => {
      const { datasetRecords } = load();

      expect(Object.keys(datasetRecords)).toEqual(['level', 'highScore']);
      expect(valuesOf(datasetRecords)).toEqual({
        level: { oldValue: '9', newValue: '10', op: 'replace' },
        highScore: { oldValue: '18250', newValue: '21400', op: 'replace' },
      });
    });

    it('returns undefined for the null values of removed and added records', () => {
      expect(valuesOf(load('added-and-removed').datasetRecords)).toEqual({
        theme: { oldValue: 'dark', newValue: undefined, op: 'remove' },
        locale: { oldValue: undefined, newValue: 'en-GB', op: 'replace' },
        fontSize: { oldValue: '14', newValue: '14', op: 'replace' },
      });
    });

    it('returns undefined for the fields a record does not have', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(FIXTURE, (event) => {
        event.datasetRecords = { empty: {} };
      });

      expectGetters(
        new CognitoSyncTriggerEvent(raw).datasetRecords
          .empty as CognitoSyncDatasetRecord,
        { oldValue: undefined, newValue: undefined, op: undefined }
      );
    });

    it('returns an empty map when the event has no records', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(FIXTURE, (event) => {
        delete event.datasetRecords;
      });

      expect(new CognitoSyncTriggerEvent(raw).datasetRecords).toEqual({});
    });

    it('reads a record named __proto__ as an ordinary record', () => {
      const raw = JSON.parse(
        '{"version":2,"eventType":"SyncTrigger","region":"us-east-1","identityPoolId":"p","identityId":"i","datasetName":"d","datasetRecords":{"__proto__":{"newValue":"x","op":"replace"}}}'
      ) as RawCognitoSyncTriggerEvent;

      const records = new CognitoSyncTriggerEvent(raw).datasetRecords;

      expect(Object.keys(records)).toEqual(['__proto__']);
      const record: CognitoSyncDatasetRecord | undefined =
        Object.getOwnPropertyDescriptor(records, '__proto__')?.value;
      expect(record).toBeInstanceOf(CognitoSyncDatasetRecord);
      expect(record?.newValue).toBe('x');
    });

    it('returns the same map on every read, reading datasetRecords once', () => {
      const { value, reads } = countingReads(loadMutable());
      const event = new CognitoSyncTriggerEvent(value);

      expect(event.datasetRecords).toBe(event.datasetRecords);
      expect(reads.get('datasetRecords')).toBe(1);
    });
  });

  describe('answering Amazon Cognito', () => {
    it('produces the answer of the sample function AWS documents', () => {
      // The example event and sample function of the Amazon Cognito Developer Guide
      // ("Amazon Cognito Events"): change SampleKey1, remove SampleKey2, add SampleKey3.
      const dataset = {
        version: 2,
        eventType: 'SyncTrigger',
        region: 'us-east-1',
        identityPoolId: 'identityPoolId',
        identityId: 'identityId',
        datasetName: 'datasetName',
      } as const;
      const raw: RawCognitoSyncTriggerEvent = {
        ...dataset,
        datasetRecords: {
          SampleKey1: {
            oldValue: 'oldValue1',
            newValue: 'newValue1',
            op: 'replace',
          },
          SampleKey2: {
            oldValue: 'oldValue2',
            newValue: 'newValue2',
            op: 'replace',
          },
        },
      };
      const event = new CognitoSyncTriggerEvent(raw);

      event.replaceRecord('SampleKey1', 'ModifyValue1');
      event.removeRecord('SampleKey2');
      event.replaceRecord('SampleKey3', 'ModifyValue3');

      // Every field but the records comes back as it was sent.
      expect(JSON.parse(JSON.stringify(event))).toEqual({
        ...dataset,
        datasetRecords: {
          SampleKey1: {
            oldValue: 'oldValue1',
            newValue: 'ModifyValue1',
            op: 'replace',
          },
          SampleKey2: {
            oldValue: 'oldValue2',
            newValue: 'newValue2',
            op: 'remove',
          },
          SampleKey3: { newValue: 'ModifyValue3', op: 'replace' },
        },
      });
      expect(event.rawEvent).toBe(raw);
    });

    it('changes a record in place, keeping its old value, and reads the change back', () => {
      const raw = loadMutable();
      const event = new CognitoSyncTriggerEvent(raw);
      const level = event.datasetRecords.level as CognitoSyncDatasetRecord;

      event.replaceRecord('level', '9');

      expect(raw).toEqual({
        ...loadMutable(),
        datasetRecords: {
          level: { oldValue: '9', newValue: '9', op: 'replace' },
          highScore: { oldValue: '18250', newValue: '21400', op: 'replace' },
        },
      });
      expect(event.datasetRecords.level).toBe(level);
      expect(level.newValue).toBe('9');
    });

    it('adds a record to the map already read, keeping the wrappers it holds', () => {
      const raw = loadMutable();
      const event = new CognitoSyncTriggerEvent(raw);
      const records = event.datasetRecords;
      const level = records.level;

      event.replaceRecord('badge', 'veteran');

      expect(raw.datasetRecords?.badge).toEqual({
        newValue: 'veteran',
        op: 'replace',
      });
      expect(event.datasetRecords).toBe(records);
      expect(Object.keys(records)).toEqual(['level', 'highScore', 'badge']);
      expect(records.level).toBe(level);
      expectGetters(records.badge as CognitoSyncDatasetRecord, {
        oldValue: undefined,
        newValue: 'veteran',
        op: 'replace',
      });
    });

    it('adds the records to an event that has none', () => {
      const raw = loadMutable();
      delete raw.datasetRecords;
      const event = new CognitoSyncTriggerEvent(raw);

      event.replaceRecord('level', '1');

      expect(raw.datasetRecords).toEqual({
        level: { newValue: '1', op: 'replace' },
      });
      expect(event.datasetRecords.level?.newValue).toBe('1');
    });

    it('adds a record named __proto__ as an ordinary record', () => {
      const raw = loadMutable();
      const event = new CognitoSyncTriggerEvent(raw);

      event.replaceRecord('__proto__', 'x');

      expect(Object.hasOwn(raw.datasetRecords ?? {}, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(raw.datasetRecords)).toBe(Object.prototype);
      expect(
        Object.getOwnPropertyDescriptor(
          JSON.parse(JSON.stringify(raw)).datasetRecords,
          '__proto__'
        )?.value
      ).toEqual({
        newValue: 'x',
        op: 'replace',
      });
    });

    it('marks a record removed, keeping its values, and reports it held the record', () => {
      const raw = loadMutable();
      const event = new CognitoSyncTriggerEvent(raw);

      expect(event.removeRecord('highScore')).toBe(true);

      expect(raw.datasetRecords?.highScore).toEqual({
        oldValue: '18250',
        newValue: '21400',
        op: 'remove',
      });
      expect(event.datasetRecords.highScore?.op).toBe('remove');
    });

    it('leaves the event as it is when removing a record it does not hold', () => {
      const raw = loadMutable();
      const event = new CognitoSyncTriggerEvent(raw);

      expect(event.removeRecord('missing')).toBe(false);
      expect(event.removeRecord('constructor')).toBe(false);

      expect(raw).toEqual(loadMutable());
    });

    it('leaves an event without records as it is when removing a record', () => {
      const raw = loadMutable();
      delete raw.datasetRecords;

      expect(new CognitoSyncTriggerEvent(raw).removeRecord('level')).toBe(
        false
      );
      expect(raw).not.toHaveProperty('datasetRecords');
    });

    it('throws TypeError naming the argument that is not a string', () => {
      const raw = loadMutable();
      const event = new CognitoSyncTriggerEvent(raw);

      expect(() => event.replaceRecord(7 as unknown as string, 'x')).toThrow(
        new TypeError(
          'CognitoSyncTriggerEvent.replaceRecord: key must be a string, got number 7'
        )
      );
      expect(() =>
        event.replaceRecord('level', null as unknown as string)
      ).toThrow(
        new TypeError(
          'CognitoSyncTriggerEvent.replaceRecord: value must be a string, got null'
        )
      );
      expect(() => event.removeRecord({} as unknown as string)).toThrow(
        new TypeError(
          'CognitoSyncTriggerEvent.removeRecord: key must be a string, got object'
        )
      );
      expect(raw).toEqual(loadMutable());
    });

    it('reads without writing', () => {
      const event = load();

      expect(Object.keys(event.datasetRecords)).toHaveLength(2);
      expect(event.datasetRecords.level?.op).toBe('replace');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createCognitoSyncTriggerEvent();

      expect(raw).toEqual(loadMutable());
      expect(raw).not.toBe(createCognitoSyncTriggerEvent());
    });

    it('builds the sample with the fields given', () => {
      const records = {
        streak: { oldValue: '3', newValue: '4', op: 'replace' as const },
      };
      const raw = createCognitoSyncTriggerEvent({
        identityId: 'us-east-1:11111111-2222-4333-8444-555555555555',
        datasetName: 'progress',
        datasetRecords: records,
        event: { region: 'us-west-2' },
      });
      const event = new CognitoSyncTriggerEvent(raw);

      expectGetters(event, {
        identityId: 'us-east-1:11111111-2222-4333-8444-555555555555',
        datasetName: 'progress',
        region: 'us-west-2',
        identityPoolId: 'us-east-1:4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      });
      expect(raw.datasetRecords).toEqual(records);
      expect(raw.datasetRecords).not.toBe(records);
      expect(event.datasetRecords.streak?.newValue).toBe('4');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming identityPoolId when it is absent', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(FIXTURE, (event) => {
        delete (event as { identityPoolId?: unknown }).identityPoolId;
      });

      expectEvtError(
        () => new CognitoSyncTriggerEvent(raw).identityPoolId,
        MissingFieldError,
        'CognitoSyncTriggerEvent: identityPoolId is missing'
      );
    });

    it('throws FieldTypeError naming version when it is not a number', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(FIXTURE, (event) => {
        (event as { version: unknown }).version = '2';
      });

      expectEvtError(
        () => new CognitoSyncTriggerEvent(raw).version,
        FieldTypeError,
        'CognitoSyncTriggerEvent: version must be number, got string'
      );
    });

    it('throws FieldTypeError naming a record that is not an object', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(FIXTURE, (event) => {
        (event.datasetRecords as Record<string, unknown>).level = 'ten';
      });

      expectEvtError(
        () => new CognitoSyncTriggerEvent(raw).datasetRecords,
        FieldTypeError,
        'CognitoSyncTriggerEvent: datasetRecords.level must be object, got string'
      );
    });

    it('throws FieldTypeError naming a record value that is not a string', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(FIXTURE, (event) => {
        (
          event.datasetRecords?.highScore as unknown as Record<string, unknown>
        ).newValue = 21400;
      });

      expectEvtError(
        () =>
          new CognitoSyncTriggerEvent(raw).datasetRecords.highScore?.newValue,
        FieldTypeError,
        'CognitoSyncTriggerEvent: datasetRecords.highScore.newValue must be string, got number'
      );
    });

    it('throws FieldTypeError before writing into records that are not an object', () => {
      const raw = patchEvent<RawCognitoSyncTriggerEvent>(
        FIXTURE,
        (event) => {
          (event as { datasetRecords: unknown }).datasetRecords = [];
        },
        { frozen: false }
      );

      expectEvtError(
        () => new CognitoSyncTriggerEvent(raw).replaceRecord('level', '1'),
        FieldTypeError,
        'CognitoSyncTriggerEvent: datasetRecords must be object, got array'
      );
      expect(raw.datasetRecords).toEqual([]);
    });
  });
});
