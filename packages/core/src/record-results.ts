// The per-record response of the sources that hand a function a batch of records to process and
// read back one result per record, matched by `recordId` (Firehose data transformation, Kinesis
// Data Analytics preprocessing and output delivery): `{ records: [{ recordId, result, … }] }`.
// What the sources share lives here: the base64 encoders for the new data, the check of a
// result, and the response that collects the result records.
import { encodeBase64 } from './decoding';
import { EvtError } from './errors';
import type { EventWrapper } from './event-wrapper';
import { optionalStringOf } from './fields';

/**
 * Encodes text as UTF-8 and then base64, for the `data` of a result record (the same as
 * `encodeBase64` on a string; Powertools' `base64_from_str`).
 *
 * @param text The text.
 * @returns The base64 text.
 * @example
 * ```ts
 * import { base64FromString } from '@evt/core';
 *
 * base64FromString('Hello World'); // 'SGVsbG8gV29ybGQ='
 * ```
 */
export function base64FromString(text: string): string {
  return encodeBase64(text);
}

/**
 * Serialises a value as JSON and encodes the text as base64, for the `data` of a result
 * record (Powertools' `base64_from_json`). A value the serialiser turns into nothing
 * (`undefined`, a function) is sent as `null`.
 *
 * @param value The value to serialise.
 * @param serializer The JSON serialiser; `JSON.stringify` by default.
 * @returns The base64 text.
 * @example
 * ```ts
 * import { base64FromJson } from '@evt/core';
 *
 * base64FromJson({ Hello: 'World' }); // 'eyJIZWxsbyI6IldvcmxkIn0='
 * ```
 */
export function base64FromJson(
  value: unknown,
  serializer: (value: unknown) => string | undefined = JSON.stringify
): string {
  return encodeBase64(serializer(value) ?? 'null');
}

/**
 * Reads the `result` of a result record that a handler builds: one of `results`, or the first
 * of them when it is not set (`Ok` for every source so far).
 *
 * @param owner The wrapper over the result record.
 * @param value The `result` read from its raw value.
 * @param results The results the service accepts, the default first.
 * @returns The result.
 * @throws {@link FieldTypeError} when it is set to anything else, naming the accepted values.
 * @example
 * ```ts
 * import { EventWrapper, recordResultOf } from '@evt/core';
 *
 * type Outcome = 'Ok' | 'Failed';
 *
 * class Answer extends EventWrapper<{ recordId: string; result?: Outcome }> {
 *   static override readonly typeName: string = 'Answer';
 *
 *   get result(): Outcome {
 *     return recordResultOf(this, this.raw.result, ['Ok', 'Failed']);
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export function recordResultOf<const TResult extends string>(
  owner: EventWrapper<{ result?: TResult | undefined }>,
  value: string | null | undefined,
  results: readonly [TResult, ...TResult[]]
): TResult {
  return optionalStringOf(owner, value, 'result', results) ?? results[0];
}

/**
 * One result record of a {@link BaseRecordResultsResponse}: anything that serialises to the
 * object the service reads for one record.
 *
 * @typeParam TDict The object the service reads, e.g. `{ recordId, result, data }`.
 *
 * @category Authoring kit
 */
export interface RecordResult<TDict> {
  /** Serialises the record as the service reads it. */
  asDict(): TDict;
}

/**
 * A per-record response as the service reads it.
 *
 * @typeParam TDict The object the service reads for one record.
 *
 * @category Authoring kit
 */
export interface RecordResultsDict<TDict> {
  /** One result per record of the event. */
  records: TDict[];
}

/**
 * The base of the response a function returns when a service sends it records to process and
 * reads one result back per record (`{ records: [...] }`): the records added so far, and their
 * serialisation, which refuses an empty response (the service answers each record of a batch,
 * and a batch is never empty). A source's response extends it and names itself and its service
 * in `typeName` and `serviceName`, which the error says. Returning the response from the
 * handler serialises it.
 *
 * Part of the authoring kit.
 *
 * @typeParam TRecord The result record class.
 * @typeParam TDict The object the service reads for one record.
 * @example
 * ```ts
 * import { BaseRecordResultsResponse } from '@evt/core';
 *
 * interface AnswerDict {
 *   recordId: string;
 *   result: 'Ok' | 'Failed';
 * }
 *
 * class Answer {
 *   constructor(readonly dict: AnswerDict) {}
 *
 *   asDict(): AnswerDict {
 *     return this.dict;
 *   }
 * }
 *
 * class AnswersResponse extends BaseRecordResultsResponse<Answer, AnswerDict> {
 *   static override readonly typeName: string = 'AnswersResponse';
 *   static override readonly serviceName: string = 'Example Service';
 * }
 *
 * const response = new AnswersResponse();
 * response.addRecord(new Answer({ recordId: 'r-1', result: 'Ok' }));
 * response.asDict(); // { records: [{ recordId: 'r-1', result: 'Ok' }] }
 * ```
 *
 * @category Authoring kit
 */
export class BaseRecordResultsResponse<
  TRecord extends RecordResult<TDict>,
  TDict,
> {
  /** The class name used in error messages. */
  static readonly typeName: string = 'BaseRecordResultsResponse';
  /** The service that reads the response, in error messages, e.g. `Firehose`. */
  static readonly serviceName: string = 'the service';
  readonly #records: TRecord[];

  /**
   * Starts a response, empty or with the given records.
   *
   * @param init The records to start with.
   */
  constructor(init: { readonly records?: readonly TRecord[] } = {}) {
    this.#records = [...(init.records ?? [])];
  }

  /** The result records added so far, in order. */
  get records(): readonly TRecord[] {
    return this.#records;
  }

  /**
   * Adds a result record to the response.
   *
   * @param record The record to add.
   */
  addRecord(record: TRecord): void {
    this.#records.push(record);
  }

  /**
   * Serialises the response as the service reads it.
   *
   * @returns The plain object, `{ records: [...] }`, each record serialised by its `asDict`.
   * @throws {@link EvtError} when the response has no records, which the service does not
   * accept; and whatever a record's `asDict` throws for a record that is not valid.
   */
  asDict(): RecordResultsDict<TDict> {
    const { typeName, serviceName } = this
      .constructor as typeof BaseRecordResultsResponse;
    if (this.#records.length === 0) {
      throw new EvtError(
        `${typeName}: records is empty, and ${serviceName} does not accept an empty response`,
        { className: typeName, path: 'records' }
      );
    }
    return { records: this.#records.map((record) => record.asDict()) };
  }

  /**
   * Serialises the response as the service reads it, for `JSON.stringify`.
   *
   * @returns The same object as {@link asDict}.
   */
  toJSON(): RecordResultsDict<TDict> {
    return this.asDict();
  }
}
