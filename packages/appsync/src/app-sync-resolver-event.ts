import {
  type EventOptions,
  EventWrapper,
  FieldTypeError,
  type HeaderLookupArgs,
  kindOf,
  MissingFieldError,
  mapOrEmpty,
  optionalObject,
  optionalString,
  requireObject,
  requireString,
  stringArrayOrEmpty,
} from '@evt/core';
import {
  AppSyncEventBase,
  type RawAppSyncEventBase,
} from './app-sync-event-base';

/** What AppSync tells a resolver about the GraphQL request (`info`), as AppSync documents it. */
export interface RawAppSyncResolverEventInfo {
  /** The name of the field being resolved. */
  fieldName: string;
  /** The name of the parent type of the field being resolved. */
  parentTypeName: string;
  /** The variables of the GraphQL request. */
  variables?: Record<string, unknown> | null | undefined;
  /** The fields of the selection set, nested ones as `parent/child`. */
  selectionSetList?: readonly string[] | null | undefined;
  /** The selection set as GraphQL text. */
  selectionSetGraphQL?: string | null | undefined;
}

/**
 * The event AWS AppSync sends to a Direct Lambda resolver (its context object), as AppSync
 * documents it; also the shape Amplify's `@function` directive sends, with `typeName` and
 * `fieldName` at the top and no `info`. A batching resolver receives an array of these.
 *
 * @typeParam TArguments The GraphQL arguments of the field.
 * @typeParam TSource The parent object, for a field of a type other than `Query`,
 * `Mutation` or `Subscription`.
 */
export interface RawAppSyncResolverEvent<
  TArguments extends object = Record<string, unknown>,
  TSource extends object = Record<string, unknown>,
> extends RawAppSyncEventBase {
  /** The GraphQL arguments of the field. */
  arguments: TArguments;
  /** The resolved parent object; `null` for a root field. */
  source?: TSource | null | undefined;
  /** What AppSync tells the resolver about the GraphQL request. */
  info?: RawAppSyncResolverEventInfo | null | undefined;
  /** Amplify `@function` and custom templates: the name of the field being resolved. */
  fieldName?: string | null | undefined;
  /** Amplify `@function`: the name of the parent type of the field being resolved. */
  typeName?: string | null | undefined;
  /** Custom templates: the name of the parent type of the field being resolved. */
  parentTypeName?: string | null | undefined;
}

/**
 * Wrapper for what AppSync tells a resolver about the GraphQL request (`info`), in the event
 * that AWS AppSync sends to a Lambda resolver. It wraps the whole event: when the event has
 * no `info` (Amplify's `@function` directive, custom request templates), the field and type
 * names are read from the top of the event, as Powertools does.
 *
 * @example
 * ```ts
 * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncResolverEvent) => {
 *   const info = new AppSyncResolverEvent(raw).info;
 *   return { field: `${info.parentTypeName}.${info.fieldName}`, wants: info.selectionSetList };
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html#aws-appsync-resolver-context-reference-info-js
 */
export class AppSyncResolverEventInfo extends EventWrapper<
  RawAppSyncResolverEvent<object, object>
> {
  static override readonly typeName: string = 'AppSyncResolverEventInfo';

  /**
   * The name of the field being resolved (`info.fieldName`; when the event has no `info`,
   * `fieldName`). Undefined only for an event that has neither, as in Powertools.
   *
   * @throws {@link MissingFieldError} when the event has an `info` without `fieldName`.
   */
  get fieldName(): string | undefined {
    const info = this.#info();
    return info
      ? requireString(this, info.fieldName, 'info.fieldName')
      : optionalString(this, this.raw.fieldName, 'fieldName');
  }

  /**
   * The name of the parent type of the field being resolved (`info.parentTypeName`; when the
   * event has no `info`, `parentTypeName` or else `typeName`). Undefined only for an event
   * that has none of them, as in Powertools.
   *
   * @throws {@link MissingFieldError} when the event has an `info` without `parentTypeName`.
   */
  get parentTypeName(): string | undefined {
    const info = this.#info();
    return info
      ? requireString(this, info.parentTypeName, 'info.parentTypeName')
      : (optionalString(this, this.raw.parentTypeName, 'parentTypeName') ??
          optionalString(this, this.raw.typeName, 'typeName'));
  }

  /**
   * The variables of the GraphQL request (`info.variables`): the raw object, not copied.
   * Empty object when the event has none.
   */
  get variables(): Record<string, unknown> {
    return mapOrEmpty(this, this.#info()?.variables, 'info.variables');
  }

  /**
   * The fields of the selection set (`info.selectionSetList`), nested ones as
   * `parent/child`; an aliased field is listed by its alias only. Empty array when the event
   * has none.
   */
  get selectionSetList(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.#info()?.selectionSetList,
      'info.selectionSetList'
    );
  }

  /**
   * The selection set as GraphQL text (`info.selectionSetGraphQL`); fragments are not merged
   * into it, inline fragments are kept. Undefined when the event has none.
   */
  get selectionSetGraphQL(): string | undefined {
    return optionalString(
      this,
      this.#info()?.selectionSetGraphQL,
      'info.selectionSetGraphQL'
    );
  }

  #info(): RawAppSyncResolverEventInfo | undefined {
    return optionalObject(this, this.raw.info, 'info');
  }
}

/**
 * Wrapper for the event that AWS AppSync sends when a GraphQL field is resolved by a Lambda
 * function: a Direct Lambda resolver, Amplify's `@function` directive, or a resolver with a
 * request template that passes the context on. `TArguments` types
 * {@link AppSyncResolverEvent.arguments}, `TSource` types {@link AppSyncResolverEvent.source};
 * neither is checked at runtime.
 *
 * A resolver with batching turned on receives an array of these events: wrap it with
 * {@link AppSyncResolverEvent.batch} and return one result per event, in order.
 *
 * @example
 * ```ts
 * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
 *
 * interface GetTodoArguments {
 *   id: string;
 * }
 *
 * export const handler = async (raw: RawAppSyncResolverEvent<GetTodoArguments>) => {
 *   const event = new AppSyncResolverEvent(raw);
 *   return {
 *     id: event.arguments.id,
 *     field: `${event.typeName}.${event.fieldName}`,
 *     requestedBy: event.identity?.username ?? 'anonymous',
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/direct-lambda-reference.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
export class AppSyncResolverEvent<
  TArguments extends object = Record<string, unknown>,
  TSource extends object = Record<string, unknown>,
> extends AppSyncEventBase<RawAppSyncResolverEvent<TArguments, TSource>> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'AppSyncResolverEvent';

  #info?: AppSyncResolverEventInfo;

  /**
   * Wraps the events of a batching resolver: AppSync invokes the function with an array of
   * events (one per parent object), and expects an array of results in the same order.
   * Each event is wrapped as it is, errors naming its position (`AppSyncResolverEvent:
   * [1].arguments`); nothing is read.
   *
   * @typeParam TArguments The GraphQL arguments of the field.
   * @typeParam TSource The parent objects.
   * @param events The raw array the function was invoked with.
   * @param options The options every event is wrapped with.
   * @returns One wrapper per event, in order.
   * @throws {@link FieldTypeError} when `events` is not an array (or an item is not an
   * object); {@link MissingFieldError} when it is `null` or `undefined`.
   * @example
   * ```ts
   * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
   *
   * interface Post {
   *   id: string;
   *   authorId: string;
   * }
   *
   * export const handler = async (
   *   raw: RawAppSyncResolverEvent<Record<string, never>, Post>[]
   * ) => {
   *   const events = AppSyncResolverEvent.batch(raw);
   *   return events.map((event) => ({ id: event.source.authorId }));
   * };
   * ```
   * @see https://docs.aws.amazon.com/appsync/latest/devguide/tutorial-lambda-resolvers-js.html#advanced-use-case-batching-js
   */
  static batch<
    TArguments extends object = Record<string, unknown>,
    TSource extends object = Record<string, unknown>,
  >(
    events: readonly RawAppSyncResolverEvent<TArguments, TSource>[],
    options?: Omit<EventOptions, 'parent' | 'path' | 'index'>
  ): AppSyncResolverEvent<TArguments, TSource>[] {
    if (!Array.isArray(events)) {
      const where = { className: AppSyncResolverEvent.typeName, path: '' };
      throw events === undefined || events === null
        ? new MissingFieldError(where)
        : new FieldTypeError('array', kindOf(events), where);
    }
    const wrapped = new Array<AppSyncResolverEvent<TArguments, TSource>>(
      events.length
    );
    for (let index = 0; index < events.length; index++) {
      wrapped[index] = new AppSyncResolverEvent<TArguments, TSource>(
        events[index] as RawAppSyncResolverEvent<TArguments, TSource>,
        { ...options, path: '', index }
      );
    }
    return wrapped;
  }

  /**
   * The name of the parent type of the field being resolved, e.g. `Query`, `Mutation` or
   * `Post`: {@link AppSyncResolverEventInfo.parentTypeName} (`info.parentTypeName`, or
   * `typeName` at the top of an event without `info`).
   *
   * @throws {@link MissingFieldError} when the event has an `info` without `parentTypeName`.
   */
  get typeName(): string | undefined {
    return this.info.parentTypeName;
  }

  /**
   * The name of the field being resolved: {@link AppSyncResolverEventInfo.fieldName}
   * (`info.fieldName`, or `fieldName` at the top of an event without `info`).
   *
   * @throws {@link MissingFieldError} when the event has an `info` without `fieldName`.
   */
  get fieldName(): string | undefined {
    return this.info.fieldName;
  }

  /**
   * The GraphQL arguments of the field (`arguments`): the raw object, typed as `TArguments`
   * and not copied. AppSync sends `{}` for a field without arguments.
   */
  get arguments(): TArguments {
    return requireObject(
      this,
      this.raw.arguments as object | null | undefined,
      'arguments'
    ) as TArguments;
  }

  /**
   * The resolved parent object (`source`), for a field of a type other than `Query`,
   * `Mutation` or `Subscription`: the raw object, not copied. Empty object for a root field
   * (AppSync sends `null`), so its fields are typed as possibly absent.
   */
  get source(): Partial<TSource> {
    return mapOrEmpty(
      this,
      this.raw.source as object | null | undefined,
      'source'
    ) as Partial<TSource>;
  }

  /** What AppSync tells the resolver about the GraphQL request (`info`). */
  get info(): AppSyncResolverEventInfo {
    return (this.#info ??= new AppSyncResolverEventInfo(this.raw, {
      parent: this,
      path: '',
    }));
  }

  /**
   * Returns a request header's value from {@link AppSyncEventBase.requestHeaders}, matching
   * the name case-insensitively unless asked not to. With a default the result is a
   * `string`.
   *
   * @param name The header name.
   * @param args What to return when the header is absent, then whether to match the name
   * exactly as given (`false` by default).
   * @returns The value, or the default.
   * @throws {@link FieldTypeError} when the header's value is not a string.
   * @example
   * ```ts
   * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
   *
   * export const handler = async (raw: RawAppSyncResolverEvent) => {
   *   const event = new AppSyncResolverEvent(raw);
   *   return { agent: event.getHeaderValue('User-Agent', 'unknown') };
   * };
   * ```
   */
  getHeaderValue<TDefault extends string | undefined = undefined>(
    name: string,
    ...args: HeaderLookupArgs<TDefault>
  ): string | TDefault {
    return this.requestHeaders.getValue(name, ...args);
  }
}
