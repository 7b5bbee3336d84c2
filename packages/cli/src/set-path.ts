import { usageError } from './errors';

/** One step of a path: a key of an object or an index of an array. */
type Step = string | number;

/**
 * Splits a path such as `Records[0].body`, `detail.items[2].id` or `headers["x.y"]` into its
 * steps. A bracket holds an index or a quoted key (which may hold dots).
 *
 * @param path The path, as `--set` takes it.
 * @returns The steps, keys as strings and indexes as numbers.
 * @throws {@link CommandError} when the path is empty or malformed.
 */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  let position = 0;
  const fail = (why: string) =>
    usageError(`--set: the path ${JSON.stringify(path)} ${why}`);
  while (position < path.length) {
    const char = path[position];
    if (char === '[') {
      const close = path.indexOf(']', position);
      if (close < 0) throw fail('has a [ without ]');
      const inside = path.slice(position + 1, close);
      if (inside.startsWith('"')) {
        let key: unknown;
        try {
          key = JSON.parse(inside);
        } catch {
          throw fail('has a quoted key that is not a JSON string');
        }
        steps.push(String(key));
      } else {
        const index = Number(inside);
        if (inside === '' || !Number.isSafeInteger(index) || index < 0) {
          throw fail(`has [${inside}]: an index is a whole number`);
        }
        steps.push(index);
      }
      position = close + 1;
      if (
        position < path.length &&
        path[position] !== '.' &&
        path[position] !== '['
      ) {
        throw fail('needs a . or [ after ]');
      }
      if (path[position] === '.') position++;
      continue;
    }
    let end = position;
    while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
    if (end === position) throw fail('has an empty key');
    steps.push(path.slice(position, end));
    position = path[end] === '.' ? end + 1 : end;
    if (path[end] === '.' && position === path.length) {
      throw fail('ends with a .');
    }
  }
  if (steps.length === 0) throw fail('is empty');
  return steps;
}

/**
 * Reads `--set`'s value: JSON when it parses (`3`, `true`, `null`, `{"a":1}`, `"3"`), else the
 * text as it is.
 *
 * @param text The text after `=`.
 * @returns The value.
 */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function setOwn(target: object, key: Step, value: unknown): void {
  // Defined, not assigned: a `__proto__` key is data, as JSON.parse makes it.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Applies one `--set path=value` to an event: the value is put at the path, creating the
 * objects and arrays on the way that are missing.
 *
 * @param event The generated event, changed in place.
 * @param assignment `path=value`, e.g. `Records[0].awsRegion=eu-west-1`.
 * @throws {@link CommandError} when the assignment has no `=`, the path is malformed, or it
 *   goes through a value that is not an object or array, or past the end of an array.
 */
export function setPath(event: unknown, assignment: string): void {
  const equals = assignment.indexOf('=');
  if (equals < 0) {
    throw usageError(
      `--set needs path=value, got ${JSON.stringify(assignment)}`
    );
  }
  const path = assignment.slice(0, equals);
  const steps = parsePath(path);
  const value = parseValue(assignment.slice(equals + 1));
  let current = event;
  let at = '';
  for (const [position, step] of steps.entries()) {
    const last = position === steps.length - 1;
    const shown =
      typeof step === 'number' ? `[${step}]` : at ? `.${step}` : step;
    if (typeof current !== 'object' || current === null) {
      throw usageError(
        `--set ${path}: ${at || 'the event'} is ${describe(current)}, not an object or array`
      );
    }
    if (Array.isArray(current) !== (typeof step === 'number')) {
      throw usageError(
        `--set ${path}: ${at || 'the event'} is ${describe(current)}, so ${shown} does not fit`
      );
    }
    if (Array.isArray(current) && (step as number) > current.length) {
      throw usageError(
        `--set ${path}: ${at || 'the event'} has ${current.length} items, so ${shown} is past its end`
      );
    }
    const container = current as Record<Step, unknown>;
    if (last) {
      setOwn(container, step, value);
      break;
    }
    let next = Object.hasOwn(container, step) ? container[step] : undefined;
    if (next === undefined || next === null) {
      next = typeof steps[position + 1] === 'number' ? [] : {};
      setOwn(container, step, next);
    }
    current = next;
    at += shown;
  }
}
