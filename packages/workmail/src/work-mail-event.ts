import {
  EventWrapper,
  firstOf,
  optionalString,
  parseJson,
  requireString,
  UNSET,
  wrapEach,
} from '@evt/core';

// The generated starting point of @evt/workmail: one event kind, written with the authoring kit
// the way every package is. Replace the fields with the ones Amazon WorkMail documents, keep the
// idioms: one reader call per scalar getter (its path checked against the raw type), the kit's
// keyed helpers for nested parts, and `??=` / `UNSET` for anything cached.

/** One record of the event, as AWS documents it. */
export interface RawWorkMailEventRecord {
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

/** The event Amazon WorkMail sends to a Lambda function, as AWS documents it. */
export interface RawWorkMailEvent {
  /** The records of the batch. */
  Records: RawWorkMailEventRecord[];
}

/**
 * Wrapper for one record of the event that Amazon WorkMail sends to a Lambda function.
 *
 * `TBody` types {@link WorkMailEventRecord.jsonBody}; it is not checked at runtime.
 */
export class WorkMailEventRecord<
  TBody = unknown,
> extends EventWrapper<RawWorkMailEventRecord> {
  static override readonly typeName: string = 'WorkMailEventRecord';
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
   * import { WorkMailEvent, type RawWorkMailEvent } from '@evt/workmail';
   *
   * export const handler = async (raw: RawWorkMailEvent) => {
   *   const event = new WorkMailEvent<{ id: string }>(raw);
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

/**
 * Wrapper for the event that Amazon WorkMail sends to a Lambda function.
 *
 * @example
 * ```ts
 * import { WorkMailEvent, type RawWorkMailEvent } from '@evt/workmail';
 *
 * export const handler = async (raw: RawWorkMailEvent) => {
 *   const event = new WorkMailEvent(raw);
 *   return event.records.map((record) => record.eventName);
 * };
 * ```
 */
export class WorkMailEvent<
  TBody = unknown,
> extends EventWrapper<RawWorkMailEvent> {
  static override readonly typeName: string = 'WorkMailEvent';
  #records?: WorkMailEventRecord<TBody>[];

  /** The records of the batch, in order (`Records`). */
  get records(): WorkMailEventRecord<TBody>[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      WorkMailEventRecord<TBody>
    ));
  }

  /**
   * The first record (`Records[0]`).
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): WorkMailEventRecord<TBody> {
    return firstOf(this, this.records, 'Records');
  }
}
