import { EventWrapper, EvtError } from '@evt/core';
import { detect } from '@evt/detect';
import type { ParsedArguments } from './arguments';
import { firstLine, inputError, usageError } from './errors';
import type { CommandIO } from './io';
import { inputPath, readEvent } from './read-input';
import { findKind, kindOfClass, loadClass, type SourceKind } from './sources';

// The debug view of a wrapper (`String(event)`) decodes nothing that was not decoded before: it
// is what a handler may log on every invocation. `evt inspect` wants the decoded event, so it
// first reads every getter (decoding, inflating, parsing and unmarshalling what the wrapper
// caches), then takes the view, which shows those cached values, with credentials redacted and
// long lists cut as in any debug view. The walk is bounded as the view is.

/** Items of a list read before the walk stops: the view shows no more. */
const ITEMS = 20;
/** Keys of an object or map read. */
const KEYS = 100;
/** Values read in one walk, all levels together. */
const VALUES = 10_000;
/** Levels of nesting read. */
const DEPTH = 24;

/** What one walk has left to spend, and the members that failed, by wrapper. */
interface Walk {
  values: number;
  readonly seen: Set<object>;
  readonly failures: Map<object, Map<string, unknown>>;
  /** Where in the view each wrapper was first shown. */
  readonly shownAt: Map<object, string>;
}

/** The class methods `evt inspect` calls on a wrapper, where the wrapper has them. */
interface Nesting {
  decodeNested?: (DataClass: new (raw: object) => object) => object;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype ||
    Object.getPrototypeOf(value) === null);

/**
 * The members a wrapper's classes declare, its own class first, down to (not including) the
 * prototype `last`.
 */
function declaredMembers(
  wrapper: EventWrapper,
  last: object
): [string, PropertyDescriptor][] {
  const members: [string, PropertyDescriptor][] = [];
  for (
    let prototype = Object.getPrototypeOf(wrapper) as object | null;
    prototype !== null && prototype !== last;
    prototype = Object.getPrototypeOf(prototype) as object | null
  ) {
    members.push(
      ...Object.entries(Object.getOwnPropertyDescriptors(prototype))
    );
  }
  return members;
}

/** A wrapper's getters, from its own class up to `EventWrapper`, without `rawEvent`. */
function gettersOf(wrapper: EventWrapper): string[] {
  const names = declaredMembers(wrapper, Object.prototype)
    .filter(([name, { get }]) => get && name !== 'rawEvent')
    .map(([name]) => name);
  return [...new Set(names)];
}

/** Reads every getter under `value`, so that the wrappers cache what they decode. */
function readAll(value: unknown, walk: Walk, depth: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (walk.values-- <= 0 || depth > DEPTH || walk.seen.has(value)) return;
  walk.seen.add(value);
  if (value instanceof EventWrapper) {
    for (const name of gettersOf(value)) {
      let member: unknown;
      try {
        member = (value as unknown as Record<string, unknown>)[name];
      } catch (error) {
        const failed = walk.failures.get(value) ?? new Map<string, unknown>();
        walk.failures.set(value, failed.set(name, error));
        continue;
      }
      readAll(member, walk, depth + 1);
    }
  } else if (Array.isArray(value)) {
    for (const item of value.slice(0, ITEMS)) readAll(item, walk, depth + 1);
  } else if (value instanceof Map) {
    for (const item of [...value.values()].slice(0, KEYS)) {
      readAll(item, walk, depth + 1);
    }
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value).slice(0, KEYS)) {
      readAll(item, walk, depth + 1);
    }
  }
}

/** What the view shows for a member that could not be read. */
function failureText(error: unknown): string {
  // evt's own errors name the class and field, never the payload: safe to show.
  return error instanceof EvtError
    ? `[Cannot be deserialized: ${firstLine(error)}]`
    : '[Cannot be deserialized]';
}

const NOT_READ = ['[not decoded', '[Cannot be deserialized'];

/**
 * Completes the view of a wrapper: drops `rawEvent` (the input itself), says why members that
 * failed could not be read, shows a wrapper met twice (`record`, the first of `records`) once,
 * and shows an event nested in a message (an S3 notification in an SNS message in an SQS
 * body) as the class that reads it, with `decodeNested`.
 */
async function complete(
  wrapper: EventWrapper,
  view: Record<string, unknown>,
  path: string,
  walk: Walk
): Promise<void> {
  delete view.rawEvent;
  const failed = walk.failures.get(wrapper);
  for (const [name, shown] of Object.entries(view)) {
    if (failed?.has(name)) {
      if (
        typeof shown === 'string' &&
        NOT_READ.some((text) => shown.startsWith(text))
      ) {
        view[name] = failureText(failed.get(name));
      }
    } else {
      view[name] = await completeMember(
        (wrapper as unknown as Record<string, unknown>)[name],
        shown,
        path ? `${path}.${name}` : name,
        walk
      );
    }
  }
  await showNested(wrapper, view);
  await showParsed(wrapper, view);
}

/** Bytes as the text they hold, when they are UTF-8 text; else `undefined`. */
function textOf(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // Control characters other than tab and line breaks: binary data, not text.
      if (
        (code < 32 && code !== 9 && code !== 10 && code !== 13) ||
        code === 127
      ) {
        return undefined;
      }
    }
    return text;
  } catch {
    return undefined;
  }
}

/**
 * The completed view of one member: `shown` completed, bytes that hold text shown as the text,
 * or a pointer to where a wrapper met before is shown.
 */
async function completeMember(
  member: unknown,
  shown: unknown,
  path: string,
  walk: Walk
): Promise<unknown> {
  if (typeof shown !== 'object' || shown === null) {
    // Only what the view shows as bytes: never a member it hides as [SENSITIVE].
    const bytes =
      member instanceof Uint8Array && shown === `<${member.byteLength} bytes>`
        ? textOf(member)
        : undefined;
    return bytes === undefined ? shown : shownValue('text', bytes);
  }
  const toJSON = (member as { toJSON?: unknown } | null | undefined)?.toJSON;
  if (!(member instanceof EventWrapper) && typeof toJSON === 'function') {
    // A value the view shows in its JSON form (a header map): completed in that form.
    return completeMember(toJSON.call(member), shown, path, walk);
  }
  if (member instanceof EventWrapper) {
    const first = walk.shownAt.get(member);
    if (first !== undefined) return `[shown as ${first}]`;
    walk.shownAt.set(member, path);
    if (isPlainObject(shown)) await complete(member, shown, path, walk);
  } else if (Array.isArray(member) && Array.isArray(shown)) {
    for (const [index, item] of shown.entries()) {
      shown[index] = await completeMember(
        member[index],
        item,
        `${path}[${index}]`,
        walk
      );
    }
  } else if (
    (member instanceof Map || isPlainObject(member)) &&
    isPlainObject(shown)
  ) {
    for (const [key, item] of Object.entries(shown)) {
      const value =
        member instanceof Map
          ? member.get(key)
          : Object.hasOwn(member, key)
            ? member[key]
            : undefined;
      shown[key] = await completeMember(value, item, `${path}.${key}`, walk);
    }
  }
  return shown;
}

/** Adds the view of an event nested in a wrapper's JSON payload, read with `decodeNested`. */
async function showNested(
  wrapper: EventWrapper,
  view: Record<string, unknown>
): Promise<void> {
  const { decodeNested } = wrapper as unknown as Nesting;
  if (typeof decodeNested !== 'function') return;
  for (const name of Object.keys(view).filter((key) =>
    key.startsWith('json')
  )) {
    let payload: unknown;
    try {
      payload = (wrapper as unknown as Record<string, unknown>)[name];
    } catch {
      continue;
    }
    const found = detect(payload);
    const target = found && kindOfClass(found.package, found.className);
    if (!found || !target) continue;
    // The payload parsed (it is what detect named), so wrapping it cannot fail.
    const key = `decodeNested(${found.className})`;
    const nested = decodeNested.call(wrapper, await loadClass(target));
    view[key] = await viewOf(nested as EventWrapper);
    view[name] = `[shown as ${key}]`;
    return;
  }
}

/**
 * A wrapper's methods that decode without arguments, which a getter does not (Python's
 * `parse_logs_data()` is CloudWatch Logs' `parseLogsData()`): `parse…` and `decode…`, declared
 * by its own classes (not `EventWrapper`'s `parse(member, schema)`).
 */
function parsersOf(wrapper: EventWrapper): string[] {
  return declaredMembers(wrapper, EventWrapper.prototype)
    .filter(
      ([name, { value }]) =>
        typeof value === 'function' &&
        value.length === 0 &&
        (name.startsWith('parse') || name.startsWith('decode'))
    )
    .map(([name]) => name);
}

/** The debug view of any value, as a wrapper's getter of that name would show it. */
function shownValue(name: string, value: unknown): unknown {
  class Shown extends EventWrapper {}
  Object.defineProperty(Shown.prototype, name, { get: () => value });
  const view = JSON.parse(new Shown({}).toString()) as Record<string, unknown>;
  return view[name];
}

/** Adds what a wrapper's decoding methods return, as `parseLogsData()`. */
async function showParsed(
  wrapper: EventWrapper,
  view: Record<string, unknown>
): Promise<void> {
  for (const name of parsersOf(wrapper)) {
    const key = `${name}()`;
    try {
      const result: unknown = (
        wrapper as unknown as Record<string, () => unknown>
      )[name]?.();
      if (result instanceof Promise) continue;
      view[key] =
        result instanceof EventWrapper
          ? await viewOf(result)
          : shownValue(key, result);
    } catch (error) {
      view[key] = failureText(error);
    }
  }
}

/**
 * The decoded debug view of a wrapper: every getter, recursively, with payloads decoded, events
 * nested in messages shown as their own class, credentials redacted, and long lists cut.
 *
 * @param wrapper The wrapped event.
 * @returns A JSON-safe value.
 */
export async function viewOf(wrapper: EventWrapper): Promise<unknown> {
  const walk: Walk = {
    values: VALUES,
    seen: new Set(),
    failures: new Map(),
    shownAt: new Map([[wrapper, 'the event']]),
  };
  readAll(wrapper, walk, 0);
  const view = JSON.parse(wrapper.toString()) as Record<string, unknown>;
  await complete(wrapper, view, '', walk);
  return view;
}

/**
 * Wraps an event with the class that reads it and returns its decoded view. An array (a batch
 * of AppSync resolver invocations) is read with the class's `batch`, or item by item.
 *
 * @param raw The event.
 * @param target The package and class to read it with.
 * @returns The decoded view.
 * @throws {@link CommandError} when the class refuses the event.
 */
export async function inspectEvent(
  raw: unknown,
  target: SourceKind
): Promise<unknown> {
  const DataClass = (await loadClass(target)) as (new (
    raw: object
  ) => EventWrapper) & { batch?: (raw: unknown[]) => EventWrapper[] };
  let wrapped: EventWrapper | EventWrapper[];
  try {
    wrapped = Array.isArray(raw)
      ? typeof DataClass.batch === 'function'
        ? DataClass.batch(raw)
        : raw.map((item) => new DataClass(item))
      : new DataClass(raw as object);
  } catch (error) {
    throw inputError(
      `${target.kind.className} cannot read it: ${firstLine(error)}`
    );
  }
  if (!Array.isArray(wrapped)) return viewOf(wrapped);
  const views: unknown[] = [];
  for (const item of wrapped) views.push(await viewOf(item));
  return views;
}

/** The kind `--as <source>[/<kind>]` names. */
function kindNamed(as: string): SourceKind {
  const [sourceName = '', kindName, ...rest] = as.split('/');
  if (rest.length > 0) {
    throw usageError(
      `--as takes <source> or <source>/<kind>, got ${JSON.stringify(as)}`
    );
  }
  return findKind(sourceName, kindName);
}

/**
 * `evt inspect <file|->`: detects the event (or takes `--as <source>[/<kind>]`), wraps it with
 * the class that reads it and prints its decoded debug view; `--json` prints
 * `{ package, className, event }`.
 *
 * @param parsed The command's arguments.
 * @param io Where to print, and what `-` reads.
 * @returns The exit code, 0.
 * @throws {@link CommandError} when the file cannot be read, is not JSON, or is no event evt
 *   knows.
 */
export async function inspect(
  parsed: ParsedArguments,
  io: CommandIO
): Promise<number> {
  const path = inputPath(parsed.positionals, io.stdin);
  const as = parsed.values.as;
  let target = typeof as === 'string' ? kindNamed(as) : undefined;
  const raw = await readEvent(path, io.stdin);
  if (target === undefined) {
    const found = detect(raw);
    target = found && kindOfClass(found.package, found.className);
    if (!target) {
      throw inputError(
        `${path === '-' ? 'stdin' : path} is no event evt knows (to read it as one, add --as <source>[/<kind>])`
      );
    }
  }
  const view = await inspectEvent(raw, target);
  const packageName = `@evt/${target.source.id}`;
  const { className } = target.kind;
  io.stdout.write(
    parsed.values.json
      ? `${JSON.stringify({ package: packageName, className, event: view }, null, 2)}\n`
      : `${packageName} ${className}\n${JSON.stringify(view, null, 2)}\n`
  );
  return 0;
}
