// Sample-event factories for @evt/dynamodb, exported as `@evt/dynamodb/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { encodeBase64 } from '@evt/core';
import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/dynamodb-stream-event.json';
import { DynamoDBNumber } from './attribute-value';
import type {
  RawDynamoDBRecord,
  RawDynamoDBStreamEvent,
  RawStreamRecord,
} from './dynamodb-stream-event';

/**
 * One attribute value in DynamoDB JSON as {@link createDynamoDBStreamEvent} builds it: exactly
 * one type tag, as DynamoDB sends it and as the `AttributeValue` of `@types/aws-lambda` says.
 */
export type SampleAttributeValue =
  | {
      /** The string value of a String attribute. */
      S: string;
    }
  | {
      /** The decimal text of a Number attribute. */
      N: string;
    }
  | {
      /** The base64 text of a Binary attribute. */
      B: string;
    }
  | {
      /** The value of a Boolean attribute. */
      BOOL: boolean;
    }
  | {
      /** The marker of a Null attribute. */
      NULL: true;
    }
  | {
      /** The attributes of a Map attribute, by name. */
      M: SampleDynamoDBImage;
    }
  | {
      /** The items of a List attribute. */
      L: SampleAttributeValue[];
    }
  | {
      /** The items of a String Set attribute. */
      SS: string[];
    }
  | {
      /** The decimal texts of the items of a Number Set attribute. */
      NS: string[];
    }
  | {
      /** The base64 texts of the items of a Binary Set attribute. */
      BS: string[];
    };

/** An item, or its keys, in DynamoDB JSON as {@link createDynamoDBStreamEvent} builds it. */
export type SampleDynamoDBImage = { [name: string]: SampleAttributeValue };

/** The DynamoDB part of a record as {@link createDynamoDBStreamEvent} builds it. */
export interface SampleStreamRecord
  extends Sample<Omit<RawStreamRecord, 'Keys' | 'NewImage' | 'OldImage'>> {
  /** The key attributes of the changed item, in DynamoDB JSON. */
  Keys?: SampleDynamoDBImage;
  /** The item after the change, in DynamoDB JSON. */
  NewImage?: SampleDynamoDBImage;
  /** The item before the change, in DynamoDB JSON. */
  OldImage?: SampleDynamoDBImage;
}

/** One record as {@link createDynamoDBStreamEvent} builds it. */
export interface SampleDynamoDBRecord
  extends Sample<Omit<RawDynamoDBRecord, 'dynamodb'>> {
  /** The DynamoDB part of the record. */
  dynamodb?: SampleStreamRecord;
}

/**
 * The event {@link createDynamoDBStreamEvent} returns: a fresh copy that fits both
 * `DynamoDBStreamEvent`'s constructor and the `DynamoDBStreamEvent` of `@types/aws-lambda`
 * (and so a `DynamoDBStreamHandler`).
 */
export interface SampleDynamoDBStreamEvent
  extends Sample<Omit<RawDynamoDBStreamEvent, 'Records'>> {
  /** The stream records of the batch. */
  Records: SampleDynamoDBRecord[];
}

/**
 * Changes to the sample event of {@link createDynamoDBStreamEvent}. The count, `items` and
 * `records` each set the number of records; each record is a copy of the sample record with
 * the same `eventName` (`INSERT` unless its entry of `records` names another), with numbered
 * event IDs and sequence numbers.
 *
 * @typeParam TItem The type of the items, as your code writes them to the table.
 */
export interface DynamoDBStreamEventOverrides<TItem extends object = object>
  extends BatchOverrides<SampleDynamoDBRecord> {
  /**
   * The items, one record per item, as plain values: marshalled to DynamoDB JSON as the
   * Document Client does (`string` → `S`, `number`, `bigint` and `DynamoDBNumber` → `N`,
   * `boolean` → `BOOL`, `null` → `NULL`, `Uint8Array` → `B`, arrays → `L`, objects → `M`,
   * `Set`s → `SS`, `NS` or `BS`; `undefined` fields are left out). The item is the record's
   * `NewImage`, or its `OldImage` for a `REMOVE`; `Keys` holds the item's key attributes.
   */
  readonly items?: readonly TItem[] | undefined;
  /**
   * The names of the key attributes copied from each item into `Keys`; the sample's (`Id`)
   * unless set.
   */
  readonly keyAttributes?: readonly string[] | undefined;
}

const FACTORY = 'createDynamoDBStreamEvent';

function marshallSet(members: readonly unknown[]): SampleAttributeValue {
  if (members.length > 0 && members.every((item) => typeof item === 'string')) {
    return { SS: [...members] };
  }
  if (
    members.length > 0 &&
    members.every(
      (item) =>
        typeof item === 'number' ||
        typeof item === 'bigint' ||
        item instanceof DynamoDBNumber
    )
  ) {
    return { NS: members.map(String) };
  }
  if (
    members.length > 0 &&
    members.every((item) => item instanceof Uint8Array)
  ) {
    return { BS: members.map((item) => encodeBase64(item)) };
  }
  throw new TypeError(
    `${FACTORY}: overrides.items holds a Set that is empty or mixes types, which DynamoDB cannot store`
  );
}

function marshallValue(value: unknown): SampleAttributeValue {
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
    case 'bigint':
      return { N: String(value) };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      if (value instanceof DynamoDBNumber) return { N: value.value };
      if (value instanceof Uint8Array) return { B: encodeBase64(value) };
      if (value instanceof Set) return marshallSet([...value]);
      if (Array.isArray(value)) return { L: value.map(marshallValue) };
      return { M: marshallItem(value) };
    default:
      throw new TypeError(
        `${FACTORY}: overrides.items holds a ${typeof value}, which DynamoDB cannot store`
      );
  }
}

function marshallItem(item: object): SampleDynamoDBImage {
  const image: SampleDynamoDBImage = {};
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) image[name] = marshallValue(value);
  }
  return image;
}

/**
 * Builds a DynamoDB stream event from the AWS documentation sample: three records of one
 * item (`Id` 101) being inserted, modified and removed, or as many records as asked for. Each
 * call returns a fresh copy, which fits the `DynamoDBStreamEvent` of `@types/aws-lambda` as it
 * is.
 *
 * @typeParam TItem The type of the items.
 * @param overrides The number of records, the items, and the record changes.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `items` and `records` ask for different numbers of
 * records, or when an item holds a value DynamoDB cannot store (a function, a symbol, an empty
 * or mixed `Set`).
 * @example
 * ```ts
 * import { DynamoDBStreamEvent } from '@evt/dynamodb';
 * import { createDynamoDBStreamEvent } from '@evt/dynamodb/testing';
 *
 * interface Order {
 *   Id: string;
 *   total: number;
 * }
 *
 * const raw = createDynamoDBStreamEvent<Order>({
 *   items: [{ Id: 'order-1', total: 12.5 }],
 *   records: [{ eventName: 'MODIFY' }],
 * });
 * const record = new DynamoDBStreamEvent<Order>(raw).records[0];
 * console.log(record?.dynamodb?.newImageAs({ numbers: 'number' })?.total); // 12.5
 * ```
 */
export function createDynamoDBStreamEvent<TItem extends object = object>(
  overrides: DynamoDBStreamEventOverrides<TItem> = {}
): SampleDynamoDBStreamEvent {
  const event = structuredClone(sample) as SampleDynamoDBStreamEvent;
  const templates = event.Records;
  const { items } = overrides;
  const keyAttributes = overrides.keyAttributes ?? ['Id'];
  event.Records = sampleRecords(templates, overrides, {
    factory: FACTORY,
    lists: { items },
    copy: (index) => {
      const eventName = overrides.records?.[index]?.eventName ?? 'INSERT';
      const record = structuredClone(
        templates.find((template) => template.eventName === eventName) ??
          (templates[0] as SampleDynamoDBRecord)
      );
      record.eventID = numbered(record.eventID ?? '', index);
      if (record.dynamodb?.SequenceNumber !== undefined) {
        record.dynamodb.SequenceNumber = numbered(
          record.dynamodb.SequenceNumber,
          index
        );
      }
      return record;
    },
    each: (record, index) => {
      const item = items?.[index];
      if (item === undefined) return;
      const image = marshallItem(item);
      const keys: SampleDynamoDBImage = {};
      for (const name of keyAttributes) {
        const value = image[name];
        if (value !== undefined) keys[name] = structuredClone(value);
      }
      const stream: SampleStreamRecord = (record.dynamodb ??= {});
      stream.Keys = keys;
      if (record.eventName === 'REMOVE') stream.OldImage = image;
      else stream.NewImage = image;
    },
  });
  return event;
}
