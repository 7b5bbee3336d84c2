import {
  type EntryOf,
  type EventWrapper,
  FieldTypeError,
  kindOf,
  locate,
  mapOrEmpty,
  type WrapperClass,
} from '@evt/core';

// Amazon Lex keys every slot map by slot name and sends a slot that has no value yet as
// `null` (V1 `slots` and `slotDetails`, V2 `slots`, `resolvedSlots` and `subSlots`). The kit's
// `wrapEntries` takes every entry to be an object, so these two readers keep the `null`s: a
// `null` entry is a slot of the intent that the user has not filled, which a handler must be
// able to tell apart from a slot the intent does not have.

/**
 * Wraps every entry of an optional map field whose entries may be `null`, keeping each `null`
 * as it is. Gives an empty map when the field is absent or `null`. The map has no prototype, so
 * any slot name, `__proto__` included, is an ordinary entry.
 *
 * @param owner The wrapper the map belongs to.
 * @param key The map's key in the owner's raw value.
 * @param Wrapper The class that wraps one entry.
 * @returns The wrapped entries (or `null`) by name.
 * @throws {@link FieldTypeError} when the field is not an object, or an entry is neither an
 * object nor `null`.
 */
export function wrapSlotEntries<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<EntryOf<TRaw[TKey]>, TWrapper>
): Readonly<Record<string, TWrapper | null>> {
  const byName = mapOrEmpty<TRaw, Record<string, unknown>>(
    owner,
    owner.get(key) as Record<string, unknown> | null | undefined,
    key as never
  );
  const wrapped: Record<string, TWrapper | null> = Object.create(null);
  for (const name of Object.keys(byName)) {
    const entry = byName[name];
    wrapped[name] =
      entry === null || entry === undefined
        ? null
        : new Wrapper(entry as EntryOf<TRaw[TKey]>, {
            parent: owner,
            path: `${key}.${name}`,
          });
  }
  return wrapped;
}

/**
 * Returns an optional map of slot values by name (V1 `slots`), each a string or `null` for a
 * slot not filled yet; a frozen empty object when the field is absent or `null`.
 *
 * @param owner The wrapper the map belongs to.
 * @param key The map's key in the owner's raw value.
 * @returns The map (the raw one, not a copy), or `{}`.
 * @throws {@link FieldTypeError} when the field is not an object, or a value is neither a
 * string nor `null`.
 */
export function slotValueMap<
  TRaw extends object,
  TKey extends keyof TRaw & string,
>(
  owner: EventWrapper<TRaw>,
  key: TKey
): Readonly<Record<string, string | null>> {
  const map = mapOrEmpty<TRaw, Record<string, unknown>>(
    owner,
    owner.get(key) as Record<string, unknown> | null | undefined,
    key as never
  );
  for (const name of Object.keys(map)) {
    const value = map[name];
    if (typeof value !== 'string' && value !== null) {
      throw new FieldTypeError(
        'string or null',
        kindOf(value),
        locate(owner, `${key}.${name}`)
      );
    }
  }
  return map as Readonly<Record<string, string | null>>;
}
