// Type-level checks of a documented sample against a detail type, for the `*.test-d.ts` files.
// A JSON import types every string as `string` and every number as `number`, so the detail
// type is widened the same way before comparing; and every key of the sample must be one the
// detail type declares.

/** `T` with its literal types widened to their primitives, as a JSON import types them. */
export type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer TItem)[]
        ? Widened<TItem>[]
        : T extends object
          ? { [TKey in keyof T]: Widened<T[TKey]> }
          : T;

type ItemOf<T> =
  NonNullable<T> extends readonly (infer TItem)[] ? TItem : never;

/**
 * The paths of the keys of `TSample` that `TDetail` does not declare (`never` when it declares
 * them all). A part of `TDetail` with an index signature takes any key, and is not looked into.
 */
export type Undeclared<
  TSample,
  TDetail,
  TPath extends string = 'detail',
> = TSample extends readonly (infer TItem)[]
  ? Undeclared<TItem, ItemOf<TDetail>, `${TPath}[]`>
  : TSample extends object
    ? {
        [TKey in keyof TSample &
          string]: string extends keyof NonNullable<TDetail>
          ? never
          : TKey extends keyof NonNullable<TDetail>
            ? Undeclared<
                TSample[TKey],
                NonNullable<TDetail>[TKey],
                `${TPath}.${TKey}`
              >
            : `${TPath}.${TKey}`;
      }[keyof TSample & string]
    : never;
