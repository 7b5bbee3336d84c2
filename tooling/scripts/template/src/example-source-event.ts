import {
  checkWrapper,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  firstOf,
  optionalString,
  parseJson,
  requireString,
  UNSET,
  wrapEach,
} from '@evt/core';

// The generated starting point of @evt/example-source: one event kind, written with the authoring kit
// the way every package is. Replace the fields with the ones Example Service documents, keep the
// idioms: one reader call per scalar getter (its path checked against the raw type), the kit's
// keyed helpers for nested parts, and `??=` / `UNSET` for anything cached.

/** One record of the event, as AWS documents it. */
export interface RawExampleSourceEventRecord {
  /** The unique ID of the record. */
  eventID: string;
  /** The kind of change the record describes. */
  eventName: string;
  /** The AWS service that sent the record. */
  eventSource: string;
  /** The AWS Region the record comes from; absent from some records. */
  awsRegion?: string | undefined;
  /** The record's content, as JSON text; absent from records that carry none. */
  body?: string | undefined;
}

/** The event Example Service sends to a Lambda function, as AWS documents it. */
export interface RawExampleSourceEvent {
  /** The records of the batch. */
  Records: RawExampleSourceEventRecord[];
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface ExampleSourceEventRecord<TBody = unknown>
  extends EventWrapper<RawExampleSourceEventRecord> {}
/**
 * Wrapper for one record of the event that Example Service sends to a Lambda function.
 *
 * `TBody` types {@link ExampleSourceEventRecord.jsonBody}; it is not checked at runtime.
 */
export class ExampleSourceEventRecord<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    ExampleSourceEventRecord,
    'ExampleSourceEventRecord'
  );
  declare protected readonly raw: RawExampleSourceEventRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawExampleSourceEventRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #jsonBody: TBody | undefined | typeof UNSET = UNSET;

  /** The unique ID of the record (`eventID`). */
  get eventId(): string {
    return requireString(this, this.raw.eventID, 'eventID');
  }

  /** The kind of change the record describes (`eventName`). */
  get eventName(): string {
    return requireString(this, this.raw.eventName, 'eventName');
  }

  /** The AWS service that sent the record (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /** The AWS Region the record comes from (`awsRegion`). Undefined when the record has none. */
  get awsRegion(): string | undefined {
    return optionalString(this, this.raw.awsRegion, 'awsRegion');
  }

  /** The record's content as JSON text (`body`). Undefined when the record has none. */
  get body(): string | undefined {
    return optionalString(this, this.raw.body, 'body');
  }

  /**
   * The record's content parsed as JSON, typed as `TBody` (`body`). Parsed once, with the
   * `jsonDeserializer` option when one is set; undefined when the record has no body.
   *
   * @throws {@link DecodeError} when the body is not JSON.
   * @example
   * ```ts
   * import { ExampleSourceEvent, type RawExampleSourceEvent } from '@evt/example-source';
   *
   * export const handler = async (raw: RawExampleSourceEvent) => {
   *   const event = new ExampleSourceEvent<{ id: string }>(raw);
   *   return event.records.map((record) => record.jsonBody?.id);
   * };
   * ```
   */
  get jsonBody(): TBody | undefined {
    if (this.#jsonBody === UNSET) {
      const body = this.body;
      this.#jsonBody =
        body === undefined
          ? undefined
          : parseJson<TBody>(body, { owner: this, path: 'body' });
    }
    return this.#jsonBody;
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
export interface ExampleSourceEvent<TBody = unknown>
  extends EventWrapper<RawExampleSourceEvent> {}
/**
 * Wrapper for the event that Example Service sends to a Lambda function.
 *
 * @example
 * ```ts
 * import { ExampleSourceEvent, type RawExampleSourceEvent } from '@evt/example-source';
 *
 * export const handler = async (raw: RawExampleSourceEvent) => {
 *   const event = new ExampleSourceEvent(raw);
 *   return event.records.map((record) => record.eventName);
 * };
 * ```
 */
export class ExampleSourceEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    ExampleSourceEvent,
    'ExampleSourceEvent'
  );
  declare protected readonly raw: RawExampleSourceEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawExampleSourceEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #records?: ExampleSourceEventRecord<TBody>[];

  /** The records of the batch, in order (`Records`). */
  get records(): ExampleSourceEventRecord<TBody>[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      ExampleSourceEventRecord<TBody>
    ));
  }

  /**
   * The first record (`Records[0]`).
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): ExampleSourceEventRecord<TBody> {
    return firstOf(this, this.records, 'Records');
  }
}
