import {
  EventWrapper,
  hasOwnKey,
  optionalString,
  requireNumber,
  requireString,
  wrapEntries,
} from '@evt/core';
import { stringArgument } from './arguments';

// The Sync Trigger of an Amazon Cognito identity pool (Amazon Cognito Sync): the records of one
// dataset of one identity, as the app synchronises them. The function answers with the same
// event, its `datasetRecords` changed to the records Amazon Cognito should store; every other
// field is read-only for the service, so the record methods are the only writers.

/**
 * What happened to a dataset record, as Amazon Cognito Sync documents it: `replace` for a
 * record the app added or changed, `remove` for one it deleted.
 */
export type CognitoSyncRecordOperation = 'replace' | 'remove';

/** A record of a Cognito Sync dataset, as Amazon Cognito sends it to the Sync Trigger. */
export interface RawCognitoSyncDatasetRecord {
  /** The value stored before this synchronisation; none for a record the app adds. */
  oldValue?: string | null | undefined;
  /** The value the app synchronises; `null` removes the record in an answer. */
  newValue?: string | null | undefined;
  /** What happened to the record: `replace` or `remove`. */
  op?: CognitoSyncRecordOperation | null | undefined;
}

/** The event Amazon Cognito sends to a Sync Trigger, as AWS documents it. */
export interface RawCognitoSyncTriggerEvent {
  /** The version of the event, `2`. */
  version: number;
  /** The kind of Amazon Cognito event, `SyncTrigger`. */
  eventType: 'SyncTrigger';
  /** The AWS Region of the identity pool. */
  region: string;
  /** The ID of the identity pool. */
  identityPoolId: string;
  /** The ID of the identity whose dataset is synchronised. */
  identityId: string;
  /** The name of the dataset. */
  datasetName: string;
  /** The records of the dataset, by key. */
  datasetRecords?:
    | { [key: string]: RawCognitoSyncDatasetRecord }
    | null
    | undefined;
}

/** Wrapper for one record of a Cognito Sync dataset (`datasetRecords.<key>`). */
export class CognitoSyncDatasetRecord extends EventWrapper<RawCognitoSyncDatasetRecord> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CognitoSyncDatasetRecord';

  /**
   * The value the record held before this synchronisation (`oldValue`). Undefined for a
   * record the app adds, which had none.
   *
   * @throws {@link FieldTypeError} when it is not a string.
   */
  get oldValue(): string | undefined {
    return optionalString(this, this.raw.oldValue, 'oldValue');
  }

  /**
   * The value the app synchronises (`newValue`). Undefined when the record holds none, as a
   * record being removed may.
   *
   * @throws {@link FieldTypeError} when it is not a string.
   */
  get newValue(): string | undefined {
    return optionalString(this, this.raw.newValue, 'newValue');
  }

  /**
   * What happened to the record (`op`): `replace` when the app added or changed it, `remove`
   * when it deleted it. Typed as the operations AWS documents; not checked at runtime, so an
   * operation AWS adds later reads as it is. Undefined when the record names none.
   *
   * @throws {@link FieldTypeError} when it is not a string.
   */
  get op(): CognitoSyncRecordOperation | undefined {
    return optionalString(this, this.raw.op, 'op');
  }
}

/**
 * Wrapper for the event that Amazon Cognito sends to an identity pool's Sync Trigger when an
 * app synchronises a dataset (Amazon Cognito Sync): the identity, the dataset, and every
 * record in it with its old and new value. The function can check the records, change them,
 * add records and remove them before Amazon Cognito stores the dataset and syncs it to the
 * identity's other devices.
 *
 * Amazon Cognito reads the answer from the event the function returns: the records of
 * `datasetRecords` are the ones it writes (a record left out is not updated), and every other
 * field must come back unchanged. Change records with
 * {@link CognitoSyncTriggerEvent.replaceRecord} and {@link CognitoSyncTriggerEvent.removeRecord},
 * which write into the raw event, and return `event.rawEvent` (or the wrapper, which serialises
 * to it). The function must answer within five seconds.
 *
 * @example
 * ```ts
 * import { CognitoSyncTriggerEvent, type RawCognitoSyncTriggerEvent } from '@evt/cognito';
 *
 * export const handler = async (raw: RawCognitoSyncTriggerEvent) => {
 *   const event = new CognitoSyncTriggerEvent(raw);
 *   const level = Number(event.datasetRecords.level?.newValue ?? 0);
 *   if (level >= 10) event.replaceRecord('badge', 'veteran');
 *   event.removeRecord('debugFlags');
 *   return event.rawEvent;
 * };
 * ```
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export class CognitoSyncTriggerEvent extends EventWrapper<RawCognitoSyncTriggerEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CognitoSyncTriggerEvent';

  #datasetRecords?: Readonly<Record<string, CognitoSyncDatasetRecord>>;

  /** The version of the event, `2` in the events AWS documents (`version`). */
  get version(): number {
    return requireNumber(this, this.raw.version, 'version');
  }

  /**
   * The kind of Amazon Cognito event, `SyncTrigger` (`eventType`). Typed as the kind AWS
   * documents; not checked at runtime.
   */
  get eventType(): 'SyncTrigger' {
    return requireString(this, this.raw.eventType, 'eventType');
  }

  /** The AWS Region of the identity pool, e.g. `us-east-1` (`region`). */
  get region(): string {
    return requireString(this, this.raw.region, 'region');
  }

  /** The ID of the identity pool, e.g. `us-east-1:1a2b…` (`identityPoolId`). */
  get identityPoolId(): string {
    return requireString(this, this.raw.identityPoolId, 'identityPoolId');
  }

  /** The ID of the identity whose dataset is synchronised (`identityId`). */
  get identityId(): string {
    return requireString(this, this.raw.identityId, 'identityId');
  }

  /** The name of the dataset being synchronised (`datasetName`). */
  get datasetName(): string {
    return requireString(this, this.raw.datasetName, 'datasetName');
  }

  /**
   * Every record of the dataset by key, each with its old and new value and operation
   * (`datasetRecords`). Amazon Cognito sends all the records of the dataset, not only the ones
   * the app changed. Empty object when the event has none. The map is built once; a record
   * {@link CognitoSyncTriggerEvent.replaceRecord} adds joins it.
   *
   * @throws {@link FieldTypeError} when it is not an object, or a record is not an object.
   */
  get datasetRecords(): Readonly<Record<string, CognitoSyncDatasetRecord>> {
    return (this.#datasetRecords ??= wrapEntries(
      this,
      'datasetRecords',
      CognitoSyncDatasetRecord
    ));
  }

  /**
   * Sets the value Amazon Cognito stores for a record, and marks it `replace`: writes
   * `newValue` and `op` into the record in the raw event (`datasetRecords.<key>`), keeping its
   * `oldValue`. A key the dataset does not hold adds a record (and `datasetRecords`, when the
   * event has none).
   *
   * @param key The record's key.
   * @param value The value to store.
   * @throws {TypeError} when `key` or `value` is not a string.
   * @throws {@link FieldTypeError} when `datasetRecords`, or the record, is not an object.
   * @example
   * ```ts
   * import { CognitoSyncTriggerEvent, type RawCognitoSyncTriggerEvent } from '@evt/cognito';
   *
   * export const handler = async (raw: RawCognitoSyncTriggerEvent) => {
   *   const event = new CognitoSyncTriggerEvent(raw);
   *   const name = event.datasetRecords.displayName?.newValue;
   *   if (name !== undefined) event.replaceRecord('displayName', name.trim());
   *   return event.rawEvent;
   * };
   * ```
   */
  replaceRecord(key: string, value: string): void {
    const recordKey = stringArgument(key, this.#method('replaceRecord'), 'key');
    const newValue = stringArgument(
      value,
      this.#method('replaceRecord'),
      'value'
    );
    const record = this.#rawRecord(recordKey);
    if (record) {
      record.newValue = newValue;
      record.op = 'replace';
      return;
    }
    this.#addRecord(recordKey, { newValue, op: 'replace' });
  }

  /**
   * Marks a record `remove`, so that Amazon Cognito deletes it from the dataset: writes `op`
   * into the record in the raw event (`datasetRecords.<key>`). Amazon Cognito sends every
   * record of the dataset, so a key the event does not hold names no stored record; the event
   * is then left as it is.
   *
   * @param key The record's key.
   * @returns Whether the dataset held the record.
   * @throws {TypeError} when `key` is not a string.
   * @throws {@link FieldTypeError} when `datasetRecords`, or the record, is not an object.
   * @example
   * ```ts
   * import { CognitoSyncTriggerEvent, type RawCognitoSyncTriggerEvent } from '@evt/cognito';
   *
   * export const handler = async (raw: RawCognitoSyncTriggerEvent) => {
   *   const event = new CognitoSyncTriggerEvent(raw);
   *   for (const key of Object.keys(event.datasetRecords)) {
   *     if (key.startsWith('tmp:')) event.removeRecord(key);
   *   }
   *   return event.rawEvent;
   * };
   * ```
   */
  removeRecord(key: string): boolean {
    const record = this.#rawRecord(
      stringArgument(key, this.#method('removeRecord'), 'key')
    );
    if (record) record.op = 'remove';
    return record !== undefined;
  }

  #method(method: string): string {
    return `${CognitoSyncTriggerEvent.typeName}.${method}`;
  }

  // The raw record at `key`, once the records are checked to be objects (own keys only, so
  // `constructor` or `__proto__` names a record only when the event holds one).
  #rawRecord(key: string): RawCognitoSyncDatasetRecord | undefined {
    const records = this.datasetRecords;
    return hasOwnKey(records, key)
      ? (
          this.raw.datasetRecords as Record<string, RawCognitoSyncDatasetRecord>
        )[key]
      : undefined;
  }

  #addRecord(key: string, record: RawCognitoSyncDatasetRecord): void {
    let records = this.raw.datasetRecords;
    if (records === undefined || records === null) {
      records = {};
      this.raw.datasetRecords = records;
    }
    // Defined, not assigned, so that a key such as `__proto__` is an ordinary record.
    Object.defineProperty(records, key, {
      value: record,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(this.datasetRecords, key, {
      value: new CognitoSyncDatasetRecord(record, {
        parent: this,
        path: `datasetRecords.${key}`,
      }),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}
