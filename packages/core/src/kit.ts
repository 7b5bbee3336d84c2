import { inflateJson, parseJson } from './decoding';
import { MissingFieldError } from './errors';
import { type EventOptions, type EventWrapper, locate } from './event-wrapper';
import {
  arrayOrEmpty,
  mapOrEmpty,
  optionalObject,
  requireArray,
} from './fields';

// The structural half of the authoring kit: one helper per job a getter does with a nested
// part of its raw value (wrap a child, wrap each item of a list or each entry of a map, take
// the first record). Each takes the key, not the value, so the key is written once and checked
// against the raw type; each runs once per instance (its getter caches the result), so the
// keyed read costs nothing measurable.

/**
 * The value of a cache slot that has not been filled yet, for cached getters whose value may be
 * `undefined` or `null`. The one caching form in evt is `return (this.#x ??= compute())`; where
 * the computed value may itself be `undefined` or `null`, the slot starts as `UNSET` instead.
 *
 * @example
 * ```ts
 * import { EventWrapper, UNSET, parseJson } from '@evt/core';
 *
 * class Example extends EventWrapper<{ body?: string }> {
 *   #jsonBody: unknown = UNSET;
 *   get jsonBody(): unknown {
 *     if (this.#jsonBody === UNSET) {
 *       const body = this.get('body');
 *       this.#jsonBody = body === undefined ? undefined : parseJson(body);
 *     }
 *     return this.#jsonBody;
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export const UNSET: unique symbol = /* @__PURE__ */ Symbol('evt.unset');

/**
 * A wrapper class constructor, as the kit and `decodeNested` take it.
 *
 * @category Authoring kit
 */
export type WrapperClass<TRaw, TWrapper> = new (
  raw: TRaw,
  options?: EventOptions
) => TWrapper;

/**
 * The item type of an array field, whether the field is optional or not.
 *
 * @category Authoring kit
 */
export type ItemOf<T> =
  NonNullable<T> extends readonly (infer TItem)[] ? TItem : never;

/**
 * The value type of a map field (`{ [name: string]: V }`), whether optional or not.
 *
 * @category Authoring kit
 */
export type EntryOf<T> =
  NonNullable<T> extends { readonly [name: string]: infer TValue }
    ? NonNullable<TValue>
    : never;

function rawOf<TRaw extends object>(owner: EventWrapper<TRaw>): TRaw {
  return (owner as unknown as { raw: TRaw }).raw;
}

/**
 * Wraps a required nested object of `owner` (`s3`, `bucket`, `requestContext`), so that errors
 * inside it name the full path from the outermost event.
 *
 * @param owner The wrapper the field belongs to.
 * @param key The field's key in the owner's raw value.
 * @param Wrapper The class that wraps the field.
 * @returns The wrapped field.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an object.
 * @example
 * ```ts
 * import { child, EventWrapper, requireString } from '@evt/core';
 *
 * class Bucket extends EventWrapper<{ name: string }> {
 *   static override readonly typeName: string = 'Bucket';
 *   get name(): string {
 *     return requireString(this, this.raw.name, 'name');
 *   }
 * }
 *
 * class Message extends EventWrapper<{ bucket: { name: string } }> {
 *   static override readonly typeName: string = 'Message';
 *   #bucket?: Bucket;
 *   get bucket(): Bucket {
 *     return (this.#bucket ??= child(this, 'bucket', Bucket));
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export function child<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<NonNullable<TRaw[TKey]>, TWrapper>
): TWrapper {
  return new Wrapper(rawOf(owner)[key] as NonNullable<TRaw[TKey]>, {
    parent: owner,
    path: key,
  });
}

/**
 * Wraps an optional nested object of `owner`, or gives `undefined` when it is absent or `null`.
 * A getter caches the result with an {@link UNSET} slot, since `undefined` is a valid value.
 *
 * @param owner The wrapper the field belongs to.
 * @param key The field's key in the owner's raw value.
 * @param Wrapper The class that wraps the field.
 * @returns The wrapped field, or `undefined`.
 * @throws {@link FieldTypeError} when present but not an object.
 *
 * @category Authoring kit
 */
export function optionalChild<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<NonNullable<TRaw[TKey]>, TWrapper>
): TWrapper | undefined {
  const raw = optionalObject<TRaw, object>(
    owner,
    rawOf(owner)[key] as object | null | undefined,
    key as never
  );
  return raw === undefined
    ? undefined
    : new Wrapper(raw as NonNullable<TRaw[TKey]>, { parent: owner, path: key });
}

/**
 * Wraps an optional nested object of `owner` whose members all read as their documented
 * defaults when absent (`''`, `[]`, `{}`), or an empty object when the field is absent or
 * `null`, as Powertools v3 does (`self.get(key) or {}`): a reader writes
 * `event.requestContext.authorizer.iam.userArn` without checking each step. A getter caches the
 * result with `??=`.
 *
 * @param owner The wrapper the field belongs to.
 * @param key The field's key in the owner's raw value.
 * @param Wrapper The class that wraps the field; every member must accept an absent field.
 * @returns The wrapped field, or the wrapper over an empty object.
 * @throws {@link FieldTypeError} when present but not an object.
 * @example
 * ```ts
 * import { childOrEmpty, EventWrapper, optionalString } from '@evt/core';
 *
 * class Caller extends EventWrapper<{ userArn?: string }> {
 *   static override readonly typeName: string = 'Caller';
 *   get userArn(): string {
 *     return optionalString(this, this.raw.userArn, 'userArn') ?? '';
 *   }
 * }
 *
 * class Authorizer extends EventWrapper<{ iam?: { userArn?: string } | null }> {
 *   static override readonly typeName: string = 'Authorizer';
 *   #iam?: Caller;
 *   get iam(): Caller {
 *     return (this.#iam ??= childOrEmpty(this, 'iam', Caller));
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export function childOrEmpty<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<NonNullable<TRaw[TKey]>, TWrapper>
): TWrapper {
  const raw = mapOrEmpty<TRaw, object>(
    owner,
    rawOf(owner)[key] as object | null | undefined,
    key as never
  );
  return new Wrapper(raw as NonNullable<TRaw[TKey]>, {
    parent: owner,
    path: key,
  });
}

// Reads the list at `key` with `read` (required or optional) and wraps each item.
function wrapItems<TItem, TWrapper>(
  owner: EventWrapper,
  key: string,
  Wrapper: WrapperClass<TItem, TWrapper>,
  read: typeof requireArray
): TWrapper[] {
  const items = read(
    owner,
    rawOf(owner)[key as never] as readonly TItem[] | null | undefined,
    key as never
  );
  const wrapped = new Array<TWrapper>(items.length);
  for (let index = 0; index < items.length; index++) {
    wrapped[index] = new Wrapper(items[index] as TItem, {
      parent: owner,
      path: key,
      index,
    });
  }
  return wrapped;
}

/**
 * Wraps every item of a required array field (a batch's `Records`), each knowing its index for
 * error messages (`Records[3].s3`). An item that is not an object throws when it is wrapped.
 *
 * @param owner The wrapper the array belongs to.
 * @param key The array's key in the owner's raw value, e.g. `Records`.
 * @param Wrapper The class that wraps one item.
 * @returns The wrapped items, in order.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an array or
 * when an item is not an object.
 * @example
 * ```ts
 * import { EventWrapper, requireString, wrapEach } from '@evt/core';
 *
 * class Item extends EventWrapper<{ id: string }> {
 *   static override readonly typeName: string = 'Item';
 *   get id(): string {
 *     return requireString(this, this.raw.id, 'id');
 *   }
 * }
 *
 * class Batch extends EventWrapper<{ Records: { id: string }[] }> {
 *   static override readonly typeName: string = 'Batch';
 *   #records?: Item[];
 *   get records(): Item[] {
 *     return (this.#records ??= wrapEach(this, 'Records', Item));
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export function wrapEach<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<ItemOf<TRaw[TKey]>, TWrapper>
): TWrapper[] {
  return wrapItems(owner, key, Wrapper, requireArray);
}

/**
 * Wraps every item of an optional array field, or gives `[]` when it is absent or `null`
 * (Powertools v3 reads optional lists as `[]`).
 *
 * @param owner The wrapper the array belongs to.
 * @param key The array's key in the owner's raw value.
 * @param Wrapper The class that wraps one item.
 * @returns The wrapped items, in order, or `[]`.
 * @throws {@link FieldTypeError} when present but not an array, or when an item is not an
 * object.
 *
 * @category Authoring kit
 */
export function wrapEachOrEmpty<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<ItemOf<TRaw[TKey]>, TWrapper>
): TWrapper[] {
  return wrapItems(owner, key, Wrapper, arrayOrEmpty);
}

/**
 * Wraps every entry of an optional map field (`messageAttributes`, `rmqMessagesByQueue`) by its
 * name, or gives an empty map when the field is absent or `null`. The map has no prototype, so
 * any name, `__proto__` included, is an ordinary entry; only the field's own keys are read.
 *
 * @param owner The wrapper the map belongs to.
 * @param key The map's key in the owner's raw value.
 * @param Wrapper The class that wraps one entry.
 * @returns The wrapped entries by name.
 * @throws {@link FieldTypeError} when present but not an object, or when an entry is not an
 * object.
 *
 * @category Authoring kit
 */
export function wrapEntries<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<EntryOf<TRaw[TKey]>, TWrapper>
): Readonly<Record<string, TWrapper>> {
  const byName = mapOrEmpty<TRaw, Record<string, EntryOf<TRaw[TKey]>>>(
    owner,
    rawOf(owner)[key] as Record<string, EntryOf<TRaw[TKey]>> | undefined,
    key as never
  );
  const wrapped: Record<string, TWrapper> = Object.create(null);
  for (const name of Object.keys(byName)) {
    wrapped[name] = new Wrapper(byName[name] as EntryOf<TRaw[TKey]>, {
      parent: owner,
      path: `${key}.${name}`,
    });
  }
  return wrapped;
}

/**
 * Returns the first of a list a getter has already built (Powertools' `record`), or throws a
 * `MissingFieldError` naming `<key>[0]` when the list is empty.
 *
 * @param owner The wrapper the list belongs to.
 * @param items The list, e.g. `this.records`.
 * @param key The key the list was read from, e.g. `Records`.
 * @returns The first item.
 * @throws {@link MissingFieldError} when the list is empty.
 *
 * @category Authoring kit
 */
export function firstOf<TRaw extends object, TItem>(
  owner: EventWrapper<TRaw>,
  items: readonly TItem[],
  key: keyof TRaw & string
): TItem {
  if (items.length > 0) return items[0] as TItem;
  throw new MissingFieldError(locate(owner, `${key}[0]`));
}

/**
 * Parses a JSON text field (an SQS body, an SNS message) and wraps the result in another
 * source's class, so a nested notification reads with that class's getters. Errors inside the
 * nested event name the full path, e.g. `SQSEvent: Records[0].body.Records[0].s3.bucket.name`.
 *
 * @param owner The wrapper the JSON field belongs to.
 * @param json The JSON text.
 * @param path The field's path inside the owner's raw value.
 * @param DataClass The class to wrap the parsed value with.
 * @returns The nested event.
 * @throws {@link DecodeError} when the text does not parse.
 * @throws {@link PayloadTooLargeError} when the text would pass the event's JSON budget.
 * @throws {@link FieldTypeError} when it parses to something other than an object.
 *
 * @category Authoring kit
 */
export function decodeNestedJson<TRaw extends object, TWrapper>(
  owner: EventWrapper,
  json: string,
  path: string,
  DataClass: WrapperClass<TRaw, TWrapper>
): TWrapper {
  return new DataClass(parseJson<TRaw>(json, { owner, path }), {
    parent: owner,
    path,
  });
}

/**
 * {@link decodeNestedJson} for compressed JSON (CloudWatch Logs data): inflates the gzip/zlib
 * bytes straight into the parser with {@link inflateJson}, under both of the event's budgets,
 * and wraps the result. A separate function so that sources that never inflate carry no
 * inflating code.
 *
 * @param owner The wrapper the compressed field belongs to.
 * @param bytes The gzip/zlib bytes of UTF-8 JSON.
 * @param path The field's path inside the owner's raw value.
 * @param DataClass The class to wrap the parsed value with.
 * @returns The nested value, wrapped.
 * @throws {@link DecodeError} when the bytes do not inflate, or are not UTF-8 JSON.
 * @throws {@link PayloadTooLargeError} when decoding would pass one of the event's budgets.
 * @throws {@link FieldTypeError} when it parses to something other than an object.
 *
 * @category Authoring kit
 */
export function decodeNestedCompressedJson<TRaw extends object, TWrapper>(
  owner: EventWrapper,
  bytes: Uint8Array,
  path: string,
  DataClass: WrapperClass<TRaw, TWrapper>
): TWrapper {
  return new DataClass(inflateJson<TRaw>(bytes, { owner, path }), {
    parent: owner,
    path,
  });
}
