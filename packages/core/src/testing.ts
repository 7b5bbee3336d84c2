// The testing kit, exported as `@evt/core/testing`: the shared mechanics of the testing factories
// (`@evt/<id>/testing`): the types their results and their changes take, the deep merge that
// applies the changes, and the one way a batch factory sizes its records. Nothing here runs in a
// Lambda handler, so it lives apart from the main entry and no handler bundle carries it.

import { argumentError } from './argument-error';

/**
 * A raw event type as a testing factory returns it: a fresh copy, mutable at every depth, in
 * which an optional field is either absent or holds a value, never `undefined`. That is what
 * lets a sample fit the stricter types of `@types/aws-lambda` under
 * `exactOptionalPropertyTypes`.
 *
 * @typeParam T The raw type.
 */
export type Sample<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer TItem)[]
    ? Sample<TItem>[]
    : T extends object
      ? { -readonly [TKey in keyof T]: Sample<Exclude<T[TKey], undefined>> }
      : T;

/**
 * Fields of a raw type that a sample always has: present, never `null` or `undefined`, and
 * mutable at every depth. Where AWS may omit a field, a raw type says so; a sample built from a
 * documented event that has the field can promise it, which stricter types (those of
 * `@types/aws-lambda`) ask for.
 *
 * @typeParam T The raw type, or the part of it (`Pick<…>`) the sample always fills.
 */
export type Filled<T> = {
  -readonly [TKey in keyof T]-?: Sample<NonNullable<T[TKey]>>;
};

/**
 * Changes to a sample event or record: every field optional at every depth. Objects are
 * merged field by field ({@link mergeDeep}); an array is replaced as a whole, so it takes
 * complete items; `undefined` leaves a field as it is.
 *
 * @typeParam T The type of the value changed.
 * @example
 * ```ts
 * import type { DeepPartial } from '@evt/core/testing';
 *
 * interface Message {
 *   id: string;
 *   attributes: { receiveCount: string; sentAt: string };
 * }
 *
 * const retried: DeepPartial<Message> = { attributes: { receiveCount: '3' } };
 * ```
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { readonly [TKey in keyof T]?: DeepPartial<T[TKey]> | undefined }
      : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Merges changes into a value in place: a plain object in `changes` is merged field by field
 * into the plain object it meets, anything else (a string, a number, `null`, an array) replaces
 * the field with a copy of itself, and `undefined` leaves the field as it is. Only own
 * enumerable keys are read; `__proto__` is set as data, never as the prototype.
 *
 * @param target The value to change, e.g. a fresh copy of a sample record.
 * @param changes The changes, or `undefined` for none.
 * @returns `target`, changed.
 * @example
 * ```ts
 * import { mergeDeep } from '@evt/core/testing';
 *
 * const record = { id: 'm-1', attributes: { receiveCount: '1', sentAt: '1545082649183' } };
 * mergeDeep(record, { attributes: { receiveCount: '3' } });
 * record.attributes; // { receiveCount: '3', sentAt: '1545082649183' }
 * ```
 */
export function mergeDeep<T extends object>(
  target: T,
  changes: DeepPartial<NoInfer<T>> | undefined
): T {
  if (changes === undefined) return target;
  const into = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const current = Object.hasOwn(into, key) ? into[key] : undefined;
    if (isPlainObject(value) && isPlainObject(current)) {
      mergeDeep(current, value);
    } else {
      Object.defineProperty(into, key, {
        value: structuredClone(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return target;
}

/**
 * Numbers an ID for the copy `index` of a sample record: the ID's last four characters become
 * the index, zero-padded (`059f…0a7d` → `059f…0002`), so copies keep the sample's format and
 * differ from each other.
 *
 * @param id The ID of the sample record.
 * @param index The index of the copy, below 10,000.
 * @returns The numbered ID.
 */
export function numbered(id: string, index: number): string {
  return `${id.slice(0, -4)}${String(index).padStart(4, '0')}`;
}

/**
 * What every batch factory (`createSQSEvent`, `createKinesisStreamEvent`, …) takes to size its
 * event and to change its records. A factory adds a list of per-record payloads named after
 * the payload (`bodies`, `messages`, `keys`, …); the count, that list and `records` each fix
 * the number of records, and must agree when several are given.
 *
 * @typeParam TRecord The sample record type.
 */
export interface BatchOverrides<TRecord> {
  /**
   * The number of records. Each is a copy of the sample's first record with its IDs numbered,
   * so that the IDs differ. Without a count (or a list of payloads or of `records`), the event
   * keeps the records of the sample.
   */
  readonly count?: number | undefined;
  /** Changes for each record, one record per item, merged over its copy of the sample record. */
  readonly records?: readonly DeepPartial<TRecord>[] | undefined;
  /** Changes merged into every record, applied last. */
  readonly record?: DeepPartial<TRecord> | undefined;
}

/**
 * How {@link sampleRecords} builds the records of one factory.
 *
 * @typeParam TRecord The sample record type.
 */
export interface SampleRecordsOptions<TRecord> {
  /** The factory's name, for the `TypeError` of a count that does not agree. */
  readonly factory: string;
  /** The per-record lists by option name (e.g. `{ bodies }`); each fixes the count. */
  readonly lists?: Readonly<Record<string, readonly unknown[] | undefined>>;
  /**
   * Builds record `index` of a counted event: a fresh copy of a sample record, with its IDs
   * numbered.
   */
  readonly copy: (index: number) => TRecord;
  /** Applies the factory's own options (a payload, an ARN) to each record, before the changes. */
  readonly each?: (record: TRecord, index: number) => void;
}

/**
 * Builds the records of a sample batch event: the sample's own records, or as many copies as
 * asked for; then, for each record, the factory's own options, the record's entry of
 * `records`, and `record`.
 *
 * @param sample The records of a fresh copy of the sample event, kept when no count is asked.
 * @param overrides The count and the record changes.
 * @param options The factory's name, per-record lists, copying and per-record options.
 * @returns The records.
 * @throws {TypeError} when the count is not a non-negative safe integer, or when the count,
 * a list and `records` ask for different numbers of records (a programmer error).
 */
export function sampleRecords<TRecord extends object>(
  sample: readonly TRecord[],
  overrides: BatchOverrides<NoInfer<TRecord>>,
  options: SampleRecordsOptions<TRecord>
): TRecord[] {
  const { factory, lists = {}, copy, each } = options;
  const { count, records: changes, record: change } = overrides;
  if (
    count !== undefined &&
    (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
  ) {
    throw argumentError(
      factory,
      'overrides.count',
      'a non-negative integer',
      count
    );
  }
  let size: [string, number] | undefined =
    count === undefined ? undefined : ['count', count];
  for (const [name, list] of Object.entries({
    ...lists,
    records: changes,
  })) {
    if (list === undefined) continue;
    if (size && size[1] !== list.length) {
      throw new TypeError(
        `${factory}: overrides.${size[0]} asks for ${size[1]} records, overrides.${name} for ${list.length}`
      );
    }
    size ??= [name, list.length];
  }
  const records = size
    ? Array.from({ length: size[1] }, (_, index) => copy(index))
    : [...sample];
  records.forEach((record, index) => {
    each?.(record, index);
    mergeDeep(record, changes?.[index]);
    mergeDeep(record, change);
  });
  return records;
}
