import {
  child,
  EventWrapper,
  fieldError,
  firstOf,
  hasOwnKey,
  mapOrEmpty,
  optionalChild,
  optionalObject,
  optionalString,
  requireNumber,
  requireObject,
  requireString,
  stringArrayOrEmpty,
  UNSET,
  wrapEach,
} from '@evt/core';

// Amazon DocumentDB writes change events as MongoDB Extended JSON (canonical mode): an
// ObjectId is `{ "$oid": "<hex>" }`, a timestamp `{ "$timestamp": { "t": <s>, "i": <n> } }`.
// Documents (`fullDocument`, `documentKey`, `updatedFields`) are given back as they arrive;
// only the fields whose shape is fixed get typed helpers.

/**
 * The kind of change a change event reports. `insert`, `update`, `replace` and `delete` change
 * one document; `drop`, `rename` and `dropDatabase` a collection or database; `invalidate`
 * closes the stream. Other strings are allowed for values AWS may add.
 */
export type DocumentDBOperationType =
  | 'insert'
  | 'update'
  | 'replace'
  | 'delete'
  | 'drop'
  | 'rename'
  | 'dropDatabase'
  | 'invalidate'
  | (string & {});

/** The resume token of a change event (`_id`), as AWS documents it. */
export interface RawDocumentDBResumeToken {
  /** The token, an opaque hex string. */
  _data: string;
}

/** A BSON timestamp in Extended JSON, as AWS documents it. */
export interface RawDocumentDBTimestamp {
  /** The timestamp. */
  $timestamp: {
    /** Seconds since the Unix epoch. */
    t: number;
    /** The ordinal of the operation within that second. */
    i: number;
  };
}

/** The `_id` of a document in Extended JSON: `{ $oid }` for an ObjectId, or any other value. */
export type RawDocumentDBDocumentId =
  | {
      /** The ObjectId, as 24 hex digits. */
      $oid?: string | undefined;
      /** Any other Extended JSON type wrapper (`$numberLong`, `$uuid`, …). */
      [key: string]: unknown;
    }
  | string
  | number
  | boolean
  | null;

/** The key of the changed document (`documentKey`), as AWS documents it. */
export interface RawDocumentDBDocumentKey {
  /** The document's `_id`. */
  _id: RawDocumentDBDocumentId;
  /** The shard key fields, on a sharded collection. */
  [key: string]: unknown;
}

/** The namespace a change event is about (`ns`), as AWS documents it. */
export interface RawDocumentDBNamespace {
  /** The name of the database. */
  db: string;
  /** The name of the collection; absent from events about a whole database. */
  coll?: string | undefined;
}

/** What an update changed (`updateDescription`), as AWS documents it. */
export interface RawDocumentDBUpdateDescription {
  /** The fields the update set, by dotted path, with their new values. */
  updatedFields?: Record<string, unknown> | undefined;
  /** The dotted paths of the fields the update removed. */
  removedFields?: string[] | undefined;
}

/** One change event of a DocumentDB change stream, as AWS documents it. */
export interface RawDocumentDBChangeEvent {
  /** The resume token of the event. */
  _id: RawDocumentDBResumeToken;
  /** When the change was made on the cluster. */
  clusterTime: RawDocumentDBTimestamp;
  /** The key of the changed document; absent from events about a collection or the stream. */
  documentKey?: RawDocumentDBDocumentKey | undefined;
  /**
   * The document: as inserted or replaced, or as it is after an update when the event source
   * mapping looks full documents up. Absent from deletions and from other updates.
   */
  fullDocument?: Record<string, unknown> | undefined;
  /** The database and collection of the change; absent from `invalidate` events. */
  ns?: RawDocumentDBNamespace | undefined;
  /** The kind of change. */
  operationType: string;
  /** What an update changed; only on `update` events. */
  updateDescription?: RawDocumentDBUpdateDescription | undefined;
}

/** One item of the event's `events` list, as AWS documents it. */
export interface RawDocumentDBEventRecord {
  /** The change event. */
  event: RawDocumentDBChangeEvent;
}

/** The event Lambda sends from a DocumentDB change stream, as AWS documents it. */
export interface RawDocumentDBEvent {
  /** The ARN of the DocumentDB cluster. */
  eventSourceArn: string;
  /** The change events of the batch, in the order of the stream. */
  events: RawDocumentDBEventRecord[];
  /** The service that sent the event: `aws:docdb`. */
  eventSource: string;
}

// The largest `t` of a BSON timestamp: an unsigned 32-bit count of seconds.
const MAX_TIMESTAMP_SECONDS = 0xffff_ffff;

/**
 * Wrapper for what an update changed (`updateDescription`): the fields it set and those it
 * removed, by dotted path.
 */
export class DocumentDBUpdateDescription extends EventWrapper<RawDocumentDBUpdateDescription> {
  static override readonly typeName: string = 'DocumentDBUpdateDescription';

  /**
   * The fields the update set, by dotted path (`address.city`), with their new values in
   * Extended JSON (`updatedFields`). Empty object when the event has none.
   */
  get updatedFields(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.updatedFields, 'updatedFields');
  }

  /**
   * The dotted paths of the fields the update removed (`removedFields`). Empty array when the
   * event has none.
   */
  get removedFields(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.removedFields, 'removedFields');
  }
}

/**
 * Wrapper for one change event of a DocumentDB change stream: the operation, the namespace,
 * the changed document's key, and, where the stream has it, the full document. Documents are
 * MongoDB Extended JSON, given back as they arrive (an ObjectId reads `{ $oid: '…' }`).
 *
 * @typeParam TDocument The type of `fullDocument`, in Extended JSON; not checked at runtime.
 * @example
 * ```ts
 * import { DocumentDBEvent, type RawDocumentDBEvent } from '@evt/documentdb';
 *
 * export const handler = async (raw: RawDocumentDBEvent) => {
 *   for (const { event } of new DocumentDBEvent(raw).events) {
 *     console.log(event.operationType, event.collectionName, event.documentObjectId);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/documentdb/latest/developerguide/change_streams.html
 */
export class DocumentDBChangeEvent<
  TDocument extends object = Record<string, unknown>,
> extends EventWrapper<RawDocumentDBChangeEvent> {
  static override readonly typeName: string = 'DocumentDBChangeEvent';
  #clusterTimeAsDate?: Date;
  #updateDescription: DocumentDBUpdateDescription | undefined | typeof UNSET =
    UNSET;

  /** The resume token of the event, as sent: `{ _data: '…' }` (`_id`). */
  get id(): RawDocumentDBResumeToken {
    return requireObject(this, this.raw._id, '_id');
  }

  /**
   * The resume token as text, which a change stream can resume after (`_id._data`).
   */
  get resumeToken(): string {
    return requireString(this, this.raw._id?._data, '_id._data');
  }

  /** When the change was made, as sent: `{ $timestamp: { t, i } }` (`clusterTime`). */
  get clusterTime(): RawDocumentDBTimestamp {
    return requireObject(this, this.raw.clusterTime, 'clusterTime');
  }

  /**
   * When the change was made, to the second, as a `Date` (`clusterTime.$timestamp.t`). Built
   * once.
   *
   * @throws {@link FieldTypeError} when the seconds are not an unsigned 32-bit integer, as a
   * BSON timestamp holds.
   */
  get clusterTimeAsDate(): Date {
    if (this.#clusterTimeAsDate === undefined) {
      const path = 'clusterTime.$timestamp.t';
      const seconds = requireNumber(
        this,
        this.raw.clusterTime?.$timestamp?.t,
        path
      );
      if (
        !Number.isInteger(seconds) ||
        seconds < 0 ||
        seconds > MAX_TIMESTAMP_SECONDS
      ) {
        throw fieldError(this, path, 'unsigned 32-bit seconds', seconds);
      }
      this.#clusterTimeAsDate = new Date(seconds * 1000);
    }
    return this.#clusterTimeAsDate;
  }

  /**
   * The ordinal of the operation among those of the same second, which orders changes made
   * within one second (`clusterTime.$timestamp.i`).
   */
  get clusterTimeIncrement(): number {
    return requireNumber(
      this,
      this.raw.clusterTime?.$timestamp?.i,
      'clusterTime.$timestamp.i'
    );
  }

  /**
   * The key of the changed document in Extended JSON, e.g. `{ _id: { $oid: '…' } }`
   * (`documentKey`). `undefined` for events about a collection, a database or the stream.
   */
  get documentKey(): RawDocumentDBDocumentKey | undefined {
    return optionalObject(this, this.raw.documentKey, 'documentKey');
  }

  /**
   * The changed document's `_id` as 24 hex digits, when it is an ObjectId
   * (`documentKey._id.$oid`). `undefined` when the event has no document key or the `_id` is
   * another type (read it from {@link DocumentDBChangeEvent.documentKey}).
   */
  get documentObjectId(): string | undefined {
    const id = this.documentKey?._id;
    return typeof id === 'object' && id !== null && hasOwnKey(id, '$oid')
      ? requireString(this, id.$oid, 'documentKey._id.$oid')
      : undefined;
  }

  /**
   * The document in Extended JSON (`fullDocument`): as inserted or replaced, or as it is after
   * an update when the event source mapping's full document setting is `UpdateLookup`.
   * `undefined` for deletions, for updates without that setting, and when the document was
   * deleted before the lookup.
   */
  get fullDocument(): TDocument | undefined {
    return optionalObject(this, this.raw.fullDocument, 'fullDocument') as
      | TDocument
      | undefined;
  }

  /**
   * The database and collection of the change, as sent: `{ db, coll }` (`ns`). `undefined`
   * for `invalidate` events.
   */
  get ns(): RawDocumentDBNamespace | undefined {
    return optionalObject(this, this.raw.ns, 'ns');
  }

  /** The name of the database the change was made in (`ns.db`). */
  get databaseName(): string | undefined {
    return optionalString(this, this.raw.ns?.db, 'ns.db');
  }

  /**
   * The name of the collection the change was made in (`ns.coll`). `undefined` for events
   * about a whole database.
   */
  get collectionName(): string | undefined {
    return optionalString(this, this.raw.ns?.coll, 'ns.coll');
  }

  /** The kind of change, e.g. `insert`, `update` or `delete` (`operationType`). */
  get operationType(): DocumentDBOperationType {
    return requireString(this, this.raw.operationType, 'operationType');
  }

  /**
   * What an update changed: the fields it set and removed (`updateDescription`). `undefined`
   * for other operations.
   */
  get updateDescription(): DocumentDBUpdateDescription | undefined {
    if (this.#updateDescription === UNSET) {
      this.#updateDescription = optionalChild(
        this,
        'updateDescription',
        DocumentDBUpdateDescription
      );
    }
    return this.#updateDescription;
  }
}

/**
 * Wrapper for one item of a DocumentDB event's `events` list, which holds one change event.
 *
 * @typeParam TDocument The type of the change event's `fullDocument`.
 */
export class DocumentDBEventRecord<
  TDocument extends object = Record<string, unknown>,
> extends EventWrapper<RawDocumentDBEventRecord> {
  static override readonly typeName: string = 'DocumentDBEventRecord';
  #event?: DocumentDBChangeEvent<TDocument>;

  /** The change event (`event`). */
  get event(): DocumentDBChangeEvent<TDocument> {
    return (this.#event ??= child(
      this,
      'event',
      DocumentDBChangeEvent<TDocument>
    ));
  }
}

/**
 * Wrapper for the event that Lambda sends from an Amazon DocumentDB change stream, through an
 * event source mapping: a batch of change events (inserts, updates, replacements, deletions)
 * of one cluster, in stream order.
 *
 * @typeParam TDocument The type of each change event's `fullDocument`, in Extended JSON; not
 * checked at runtime.
 * @example
 * ```ts
 * import { DocumentDBEvent, type RawDocumentDBEvent } from '@evt/documentdb';
 *
 * interface Order {
 *   _id: { $oid: string };
 *   status: string;
 * }
 *
 * export const handler = async (raw: RawDocumentDBEvent) => {
 *   const batch = new DocumentDBEvent<Order>(raw);
 *   for (const { event } of batch.events) {
 *     if (event.operationType === 'insert') console.log(event.fullDocument?.status);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export class DocumentDBEvent<
  TDocument extends object = Record<string, unknown>,
> extends EventWrapper<RawDocumentDBEvent> {
  static override readonly typeName: string = 'DocumentDBEvent';
  #events?: DocumentDBEventRecord<TDocument>[];

  /** The ARN of the DocumentDB cluster the stream belongs to (`eventSourceArn`). */
  get eventSourceArn(): string {
    return requireString(this, this.raw.eventSourceArn, 'eventSourceArn');
  }

  /** The service that sent the event, `aws:docdb` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The change events of the batch, in stream order (`events`). */
  get events(): DocumentDBEventRecord<TDocument>[] {
    return (this.#events ??= wrapEach(
      this,
      'events',
      DocumentDBEventRecord<TDocument>
    ));
  }

  /**
   * The first item of the batch (`events[0]`).
   *
   * @throws {@link MissingFieldError} when the batch is empty.
   */
  get record(): DocumentDBEventRecord<TDocument> {
    return firstOf(this, this.events, 'events');
  }
}
