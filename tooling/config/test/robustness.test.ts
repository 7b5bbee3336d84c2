// The robustness harness's own test: each check must catch the fault it is for. The package
// under test is a fake, defined here, because @evt/tooling-config must not depend on @evt/core.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lazinessProblems } from '../laziness.js';
import {
  DAG_DEPTH,
  DAG_LISTING_BUDGET,
  fingerprintOf,
  freezeDeeply,
  hostileMutationsOf,
  hostileNodesOf,
  type Mutation,
  mutationsOf,
  PLANTED,
  PlantedError,
  readMangledCopies,
} from '../mutations.js';
import { describeRobustness } from '../robustness.js';
import { kebabCase, targetsOf } from '../targets.js';
import { UNREADABLE, untruthOf, valuesAt } from '../truth.js';
import {
  apiKit,
  canonicalOf,
  isPlainData,
  readEverything,
  type WalkResult,
} from '../walk.js';

// ── A minimal stand-in for @evt/core ─────────────────────────────────────────────────────

interface Options {
  parent?: Wrapper;
  path?: string;
  jsonDeserializer?: (text: string) => unknown;
}

class EvtError extends Error {
  readonly className: string;
  readonly path: string;
  constructor(message: string, where: { className: string; path: string }) {
    super(message);
    this.name = new.target.name;
    this.className = where.className;
    this.path = where.path;
  }
}
class MissingFieldError extends EvtError {}
class FieldTypeError extends EvtError {
  readonly actual: string;
  constructor(actual: string, where: { className: string; path: string }) {
    super(`${where.path} must be another kind, got ${actual}`, where);
    this.actual = actual;
  }
}
class DecodeError extends EvtError {}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

class Wrapper<TRaw extends object = object> {
  static readonly typeName: string = 'Wrapper';
  declare protected readonly raw: TRaw;
  declare protected readonly options: Options | undefined;

  constructor(raw: TRaw, options?: Options) {
    this.raw = raw;
    this.options = options;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw fieldError(this, '', raw);
    }
  }

  get rawEvent(): TRaw {
    return this.raw;
  }

  toString(): string {
    return JSON.stringify(debugView(this, new Set()));
  }

  [INSPECT](): string {
    return `${(this.constructor as typeof Wrapper).typeName} ${inspect(debugView(this, new Set()))}`;
  }
}

// The debug view as core builds it once it keeps a visited set: every getter, recursively,
// each raw object shown once (a shared or cyclic one again as `[Seen]`), and a getter that
// throws as `[Cannot be deserialized]`.
function debugValue(value: unknown, visited: Set<object>): unknown {
  if (value instanceof Wrapper) return debugView(value, visited);
  if (value === null || typeof value !== 'object') return value;
  if (visited.has(value)) return '[Seen]';
  visited.add(value);
  if (Array.isArray(value))
    return value.map((item) => debugValue(item, visited));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, debugValue(item, visited)])
  );
}

function debugView(wrapper: Wrapper, visited: Set<object>): unknown {
  const view: Record<string, unknown> = {};
  for (
    let prototype = Object.getPrototypeOf(wrapper);
    prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const [name, { get }] of Object.entries(
      Object.getOwnPropertyDescriptors(prototype)
    )) {
      if (!get || name in view) continue;
      try {
        view[name] =
          name === 'rawEvent'
            ? '[SENSITIVE]'
            : debugValue(
                (wrapper as unknown as Record<string, unknown>)[name],
                visited
              );
      } catch {
        view[name] = '[Cannot be deserialized]';
      }
    }
  }
  return view;
}

function locate(
  owner: Wrapper,
  path: string
): { className: string; path: string } {
  const options = (owner as unknown as { options?: Options }).options;
  if (!options?.parent) {
    return { className: (owner.constructor as typeof Wrapper).typeName, path };
  }
  const own = options.path ?? '';
  return locate(options.parent, path ? (own ? `${own}.${path}` : path) : own);
}

function fieldError(owner: Wrapper, path: string, value: unknown): EvtError {
  return value === undefined || value === null
    ? new MissingFieldError('missing', locate(owner, path))
    : new FieldTypeError(kindOf(value), locate(owner, path));
}

function text(owner: Wrapper, value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  throw fieldError(owner, path, value);
}

function items(owner: Wrapper, value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw fieldError(owner, path, value);
}

// ── Honest classes ──────────────────────────────────────────────────────────────────────

const NO_TAGS: readonly unknown[] = Object.freeze([]);

type RawItem = { id?: unknown; note?: unknown };
type RawBatch = { Records?: unknown; source?: unknown; body?: unknown };

class HonestItem extends Wrapper<RawItem> {
  static override readonly typeName: string = 'HonestItem';
  get id(): string {
    return text(this, this.raw.id, 'id');
  }
}

class HonestEvent extends Wrapper<RawBatch> {
  static override readonly typeName: string = 'HonestEvent';
  #records?: HonestItem[];
  #json?: unknown;

  get records(): HonestItem[] {
    return (this.#records ??= items(this, this.raw.Records, 'Records').map(
      (item, index) =>
        new HonestItem(item as RawItem, {
          parent: this,
          path: `Records[${index}]`,
        })
    ));
  }

  get source(): string {
    return text(this, this.raw.source, 'source');
  }

  /** Absent here: an empty frozen default, which need not be cached. */
  get tags(): readonly unknown[] {
    const tags = (this.raw as { tags?: unknown }).tags;
    return Array.isArray(tags) ? tags : NO_TAGS;
  }

  get json(): unknown {
    if (this.#json === undefined) {
      const body = text(this, this.raw.body, 'body');
      try {
        this.#json = (this.options?.jsonDeserializer ?? JSON.parse)(body);
      } catch {
        throw new DecodeError('not JSON', locate(this, 'body'));
      }
    }
    return this.#json;
  }
}

const honestApi = {
  EvtError,
  MissingFieldError,
  FieldTypeError,
  DecodeError,
  HonestEvent,
  HonestItem,
};
const kit = apiKit(honestApi);
const batch = {
  source: 'aws:test',
  body: '{"a":1}',
  Records: [{ id: 'one' }, { id: 'two', note: 'x' }],
};

function walk(value: unknown): WalkResult {
  const result: WalkResult = { seen: new Set(), errors: [], escapes: [] };
  readEverything(value, kit, result);
  return result;
}

// ── The walk and the mutations ──────────────────────────────────────────────────────────

describe('the walk', () => {
  it('reports a getter that lets a TypeError escape', () => {
    class Careless extends Wrapper<{ outer?: { inner: string } }> {
      static override readonly typeName: string = 'Careless';
      get guarded(): string {
        return text(this, this.raw.outer?.inner, 'outer.inner');
      }
      get careless(): string {
        return (this.raw.outer as { inner: string }).inner.toUpperCase();
      }
    }

    const result = walk(new Careless({}));

    expect(result.escapes.map((escaped) => escaped.member)).toEqual([
      '.careless',
    ]);
    expect(result.escapes[0]?.error).toBeInstanceOf(TypeError);
    expect(result.errors.map((thrown) => thrown.member)).toEqual(['.guarded']);
    expect(result.seen.has(Careless)).toBe(true);
  });

  it('reads nested wrappers', () => {
    const result = walk(new HonestEvent(batch));

    expect(result.seen).toEqual(new Set([HonestEvent, HonestItem]));
    expect(result.escapes).toEqual([]);
  });

  it('reads the debug view, which may not throw even an EvtError', () => {
    class Loud extends HonestEvent {
      static override readonly typeName: string = 'Loud';
      override toString(): string {
        return this.source;
      }
    }

    const result = walk(new Loud({}));

    expect(result.escapes).toEqual([
      {
        member: '.toString()',
        error: expect.any(MissingFieldError),
        debugView: true,
      },
    ]);
  });

  it('records what searching a returned value throws, and searches a shared or cyclic value once', () => {
    const shared = { deep: { deeper: {} } };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    class Exposed extends Wrapper<{ extra?: unknown }> {
      static override readonly typeName: string = 'Exposed';
      get extra(): unknown {
        return this.raw.extra;
      }
    }

    const thrown = walk(
      new Exposed({
        extra: new Proxy(
          {},
          {
            ownKeys: () => {
              throw PLANTED;
            },
          }
        ),
      })
    );
    const result = walk(new Exposed({ extra: cyclic }));

    expect(thrown.escapes).toEqual([
      { member: '.extra (searching its contents)', error: PLANTED },
    ]);
    expect(result.escapes).toEqual([]);
  });
});

describe('rendering values', () => {
  it('renders the same content the same way, whatever its prototype or Proxy', () => {
    const value = { a: [1, 'x', null], b: { c: true } };
    const rendered = canonicalOf(value, kit);

    expect(rendered).toBe('{a:[1,"x",null],b:{c:true}}');
    expect(canonicalOf(Object.assign(Object.create(null), value), kit)).toBe(
      rendered
    );
    expect(canonicalOf(new Proxy(value, {}), kit)).toBe(rendered);
    expect(canonicalOf({ ...value, b: { c: false } }, kit)).not.toBe(rendered);
  });

  it('renders a wrapper by its class, and what cannot be read without throwing', () => {
    const item = new HonestItem({ id: 'one' });

    expect(canonicalOf([item], kit)).toBe('[<HonestItem>]');
    expect(
      canonicalOf(
        {
          a: new Proxy(
            {},
            {
              ownKeys: () => {
                throw PLANTED;
              },
            }
          ),
        },
        kit
      )
    ).toBe('{a:[unreadable: PlantedError]}');
    expect(canonicalOf(new Map([['k', new Uint8Array([1, 2])]]), kit)).toBe(
      'Map{k:Uint8Array(AQI=)}'
    );
  });

  it('tells plain data, however cyclic, from values that run code to be shown', () => {
    const cyclic: Record<string, unknown> = { list: [1, new Set(['a'])] };
    cyclic.self = cyclic;

    expect(isPlainData(cyclic, kit)).toBe(true);
    expect(isPlainData(Object.create(null), kit)).toBe(true);
    expect(isPlainData({ item: new HonestItem({ id: 'x' }) }, kit)).toBe(false);
    expect(isPlainData(new (class Lazy {})(), kit)).toBe(false);
    expect(
      isPlainData(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw PLANTED;
            },
          }
        ),
        kit
      )
    ).toBe(false);
  });
});

describe('the mutations', () => {
  it('mangle every field of a fixture in every way', () => {
    const descriptions = mutationsOf({
      outer: { inner: 'eyJhIjoxfQ==' },
    }).map((mutation) => mutation.description);

    expect(descriptions).toContain('outer removed');
    expect(descriptions).toContain('outer.inner replaced by null');
    expect(descriptions).toContain('outer.inner replaced by an array');
    expect(descriptions).toContain('outer.inner replaced by invalid base64');
    expect(descriptions).toContain(
      'outer.inner replaced by base64 of invalid UTF-8'
    );
    expect(descriptions).toContain('the event replaced by a string');
  });
});

describe('the hostile copies', () => {
  const fixture = { outer: { inner: 'x' }, list: [{ id: 1 }, { id: 2 }] };
  const copies = hostileMutationsOf(fixture);
  const copy = (description: string): Mutation => {
    const found = copies.find(
      (mutation) => mutation.description === description
    );
    if (!found) throw new Error(`no copy "${description}"`);
    return found;
  };
  // A copy read as the tree it is (or throws being read as).
  type Tree = {
    readonly [key in 'outer' | 'inner' | 'list' | 'a' | 'b' | 0 | 1]: Tree;
  };
  const event = (description: string) => copy(description).event as Tree;

  it('plant every kind at the event and at every node', () => {
    const kinds = Object.fromEntries(
      copies.map((mutation) => [mutation.description, mutation.kind])
    );

    expect(kinds).toMatchObject({
      'the event seen through a Proxy whose get trap throws': 'planted',
      'the event seen through a pass-through Proxy': 'identical',
      'the event as a null-prototype copy': 'identical',
      [`the event replaced by a graph of shared references ${DAG_DEPTH} deep`]:
        'shared',
      'outer.inner read through a throwing getter': 'planted',
      'outer.inner replaced by a Proxy whose get trap throws': 'planted',
      'outer seen through a Proxy whose get trap throws': 'planted',
      'outer seen through a pass-through Proxy': 'identical',
      'outer as a null-prototype copy': 'identical',
      'list[0] replaced by a second reference to list[1]': 'shared',
      'list[1] replaced by a second reference to list[0]': 'shared',
      'outer replaced by a second reference to list': 'shared',
      [`list[0].id replaced by a graph of shared references ${DAG_DEPTH} deep`]:
        'shared',
      'list[0].id replaced by a reference to the event (a cycle)': 'cyclic',
    });
    // No pass-through Proxy of a string, no null-prototype copy of an array.
    expect(kinds).not.toHaveProperty(
      'outer.inner seen through a pass-through Proxy'
    );
    expect(kinds).not.toHaveProperty('list as a null-prototype copy');
  });

  it('hold the values they describe', () => {
    expect(
      () => event('outer.inner read through a throwing getter').outer.inner
    ).toThrow(PLANTED);
    expect(
      () =>
        event('outer seen through a Proxy whose get trap throws').outer.inner
    ).toThrow(PlantedError);
    expect(event('outer seen through a pass-through Proxy').outer.inner).toBe(
      'x'
    );
    expect(
      Object.getPrototypeOf(event('outer as a null-prototype copy').outer)
    ).toBeNull();
    const shared = event('list[1] replaced by a second reference to list[0]');
    expect(shared.list[1]).toBe(shared.list[0]);
    const cyclic = event(
      'outer.inner replaced by a reference to the event (a cycle)'
    );
    expect(cyclic.outer.inner).toBe(cyclic);
    let graph = event(
      `outer replaced by a graph of shared references ${DAG_DEPTH} deep`
    ).outer;
    for (let level = 0; level < DAG_DEPTH; level++) {
      expect(graph.a).toBe(graph.b);
      graph = graph.a;
    }
    expect(graph).toEqual({ inner: 'x' });
  });

  it('count the listings of a graph of shared references while armed, and stop past the budget', () => {
    const { event: raw, budget } = copy(
      `outer replaced by a graph of shared references ${DAG_DEPTH} deep`
    ) as { event: { outer: object }; budget: NonNullable<Mutation['budget']> };
    const listAll = (node: unknown): number =>
      node !== null && typeof node === 'object'
        ? 1 +
          Object.values(node).reduce(
            (sum: number, item) => sum + listAll(item),
            0
          )
        : 0;

    Object.keys(raw.outer);
    expect(budget.listings).toBe(0);
    budget.armed = true;
    budget.member = '.outer';
    expect(() => listAll(raw.outer)).toThrow('listed too often');
    budget.armed = false;

    expect(budget.listings).toBe(DAG_LISTING_BUDGET + 1);
    expect(budget.trippedAt).toBe('.outer');
  });

  it('sample a large fixture: every node up to depth 3, the same deeper ones each time', () => {
    const deep = (width: number) =>
      Object.fromEntries(
        Array.from({ length: width }, (_, index) => [
          `k${index}`,
          { a: { b: { c: index } } },
        ])
      );
    const large = { shallow: 1, nested: deep(50) };
    const all = hostileNodesOf(large, Number.POSITIVE_INFINITY);

    const sample = hostileNodesOf(large, 120);

    expect(all).toHaveLength(202);
    expect(sample).toHaveLength(120);
    expect(sample.filter((path) => path.length <= 3)).toEqual(
      all.filter((path) => path.length <= 3)
    );
    expect(hostileNodesOf(large, 120)).toEqual(sample);
    const kept = new Set(sample.map((path) => path.join('.')));
    expect(sample.map((path) => path.join('.'))).toEqual(
      all.map((path) => path.join('.')).filter((path) => kept.has(path))
    );
  });

  it('are frozen and fingerprinted without running a getter or a trap', () => {
    for (const mutation of copies) {
      const frozen = freezeDeeply(mutation.event);
      expect(fingerprintOf(frozen)).toBe(fingerprintOf(frozen));
    }
    const cyclic = event(
      'outer.inner replaced by a reference to the event (a cycle)'
    );

    expect(Object.isFrozen(cyclic.outer)).toBe(true);
    expect(fingerprintOf({ a: { b: 1 } })).not.toBe(
      fingerprintOf({ a: { b: 2 } })
    );
    expect(fingerprintOf({ a: 1 })).not.toBe(
      fingerprintOf(Object.assign(Object.create(null), { a: 1 }))
    );
  });
});

// ── The truth of errors ─────────────────────────────────────────────────────────────────

describe('the truth of errors', () => {
  const context = (input: unknown, pristine: unknown = input) => ({
    kit,
    className: 'HonestEvent',
    input,
    pristine,
  });
  const at = (path: string) => ({ className: 'HonestEvent', path });

  it('accepts a MissingFieldError for a field the copy lacks and the fixture has', () => {
    const error = new MissingFieldError('missing', at('Records[0].id'));

    expect(untruthOf(error, context({ Records: [{}] }, batch))).toBeUndefined();
  });

  it('rejects a MissingFieldError for a field that is present', () => {
    // The Kafka bug: "records is missing" when records is present but empty.
    const error = new MissingFieldError('missing', at('Records'));

    expect(untruthOf(error, context({ Records: [] }, batch))).toBe(
      'says Records is missing, but the input holds a value of kind array there'
    );
  });

  it('rejects a MissingFieldError for a path the pristine fixture lacks (a typo)', () => {
    const error = new MissingFieldError('missing', at('Records[0].ID'));

    expect(untruthOf(error, context(batch))).toBe(
      'names Records[0].ID, which the pristine fixture does not have either (a misspelt path, or a field that is not required)'
    );
  });

  it('accepts a MissingFieldError below an object the fixture holds as null', () => {
    // Amazon Connect sends `"Queue": null`; a copy with `"Queue": {}` lacks `Queue.Name`.
    const pristine = { Details: { Queue: null } };
    const error = new MissingFieldError('missing', at('Details.Queue.Name'));

    expect(
      untruthOf(error, context({ Details: { Queue: {} } }, pristine))
    ).toBeUndefined();
    expect(
      untruthOf(
        new MissingFieldError('missing', at('Details.Queue')),
        context({ Details: {} }, pristine)
      )
    ).toBe(
      'names Details.Queue, which the pristine fixture does not have either (a misspelt path, or a field that is not required)'
    );
  });

  it('checks the kind a FieldTypeError reports', () => {
    const input = { ...batch, source: 42 };

    expect(
      untruthOf(
        new FieldTypeError('number', at('source')),
        context(input, batch)
      )
    ).toBeUndefined();
    expect(
      untruthOf(
        new FieldTypeError('string', at('source')),
        context(input, batch)
      )
    ).toBe(
      'says source holds string, but the input holds a value of kind number there'
    );
  });

  it('follows a path into a JSON string field', () => {
    const input = { body: JSON.stringify({ Records: [{ s3: {} }] }) };
    const error = new MissingFieldError(
      'missing',
      at('body.Records[0].s3.bucket')
    );
    const pristine = {
      body: JSON.stringify({ Records: [{ s3: { bucket: { name: 'b' } } }] }),
    };

    expect(untruthOf(error, context(input, pristine))).toBeUndefined();
  });

  it('follows a key that holds a dot', () => {
    const input = { headers: { 'x.y': 42 } };

    expect(
      untruthOf(new FieldTypeError('number', at('headers.x.y')), context(input))
    ).toBeUndefined();
  });

  it('rejects an error that names another class than the one read', () => {
    const error = new DecodeError('bad', { className: '', path: 'body' });

    expect(untruthOf(error, context(batch))).toBe(
      'names the class "", not HonestEvent, the class that was read (a wrapper lost its parent)'
    );
  });

  it('takes an error about a path the input throws on to be true', () => {
    const input = {
      get Records(): unknown {
        throw PLANTED;
      },
    };
    const error = new MissingFieldError('missing', at('Records[0].id'));

    expect(valuesAt(input, 'Records[0].id')).toEqual([UNREADABLE]);
    expect(untruthOf(error, context(input, batch))).toBeUndefined();
  });

  it('does not hold a copy that adds keys to the paths of the fixture', () => {
    const error = new MissingFieldError('missing', at('Records.a.id'));
    const input = { Records: { a: {}, b: {} } };

    expect(untruthOf(error, context(input, batch))).toBe(
      'names Records.a.id, which the pristine fixture does not have either (a misspelt path, or a field that is not required)'
    );
    expect(
      untruthOf(error, { ...context(input, batch), addsKeys: true })
    ).toBeUndefined();
  });

  it('rejects a DecodeError for a field the input does not have', () => {
    const error = new DecodeError('bad', at('data'));

    expect(untruthOf(error, context(batch))).toBe(
      'says data could not be decoded, but the input has no such field'
    );
  });
});

describe('reading mangled copies', () => {
  it('passes an honest class', () => {
    const seen = new Set<unknown>();

    const reading = readMangledCopies(kit, { Class: HonestEvent }, batch, seen);

    expect(reading.failures).toEqual([]);
    expect(reading.copies).toBeGreaterThan(10);
    expect(reading.errorsChecked).toBeGreaterThan(10);
    expect(seen).toEqual(new Set([HonestEvent, HonestItem]));
  });

  it('reports an error that is not true, once per member and message', () => {
    class Lying extends HonestEvent {
      static override readonly typeName: string = 'Lying';
      get first(): HonestItem {
        const first = this.records[0];
        if (!first) throw fieldError(this, 'Records', undefined);
        return first;
      }
    }

    const { failures } = readMangledCopies(
      kit,
      { Class: Lying },
      batch,
      new Set()
    );

    expect(failures).toEqual([
      '.first threw MissingFieldError: missing: it says Records is missing, but the input holds a value of kind array there [on Records replaced by an array]',
    ]);
  });
});

describe('reading hostile copies', () => {
  type RawExposed = RawBatch & { extra?: unknown };
  const exposing = { ...batch, extra: { note: 'x', list: [1, 2] } };
  class Exposing extends HonestEvent {
    static override readonly typeName: string = 'Exposing';
    get extra(): unknown {
      return (this.raw as RawExposed).extra ?? null;
    }
  }
  const failuresOf = (Class: typeof HonestEvent, fixture: unknown = exposing) =>
    readMangledCopies(kit, { Class }, fixture, new Set(), { hostile: true })
      .failures;

  it('passes an honest class, which lets the planted error through', () => {
    const reading = readMangledCopies(
      kit,
      { Class: Exposing },
      exposing,
      new Set(),
      { hostile: true }
    );

    expect(reading.failures).toEqual([]);
    expect(reading.copies).toBeGreaterThan(50);
    expect(reading.planted).toBeGreaterThan(10);
    expect(reading.errorsChecked).toBeGreaterThan(10);
  });

  it('reports a getter that replaces the planted error with another', () => {
    class Wrapping extends HonestEvent {
      static override readonly typeName: string = 'Wrapping';
      get wrapped(): string {
        try {
          return String(this.raw.source);
        } catch {
          throw new TypeError('could not read source');
        }
      }
    }

    expect(failuresOf(Wrapping, batch)).toEqual([
      '.wrapped threw TypeError: could not read source [on the event seen through a Proxy whose get trap throws and 2 more]',
    ]);
  });

  it('reports a debug view that lets the planted error through', () => {
    class Leaky extends HonestEvent {
      static override readonly typeName: string = 'Leaky';
      override toString(): string {
        return `Leaky ${String(this.raw.source)}`;
      }
    }

    expect(failuresOf(Leaky, batch)).toEqual([
      '.toString() threw PlantedError: planted by the robustness test: the input throws when read here: the debug view must never throw [on the event seen through a Proxy whose get trap throws and 2 more]',
    ]);
  });

  it('reports a getter that reads a null-prototype copy or a Proxy differently', () => {
    class Picky extends HonestEvent {
      static override readonly typeName: string = 'Picky';
      get firstKeys(): string[] {
        const first = (this.raw.Records as unknown[] | undefined)?.[0];
        return typeof first === 'object' &&
          Object.getPrototypeOf(first) === Object.prototype
          ? Object.keys(first as object)
          : [];
      }
    }

    const failures = failuresOf(Picky, batch);

    expect(failures).toContain(
      '.firstKeys reads [], not ["id"] as on the fixture [on Records[0] as a null-prototype copy]'
    );
    // The debug view shows the difference too; a pass-through Proxy reads the same.
    expect(failures.map((failure) => failure.split(' ')[0])).toEqual([
      '.toString()',
      '[util.inspect]',
      '.firstKeys',
    ]);
  });

  it('reports a debug view that is exponential on shared references and gives up on cycles', () => {
    class Naive extends Exposing {
      static override readonly typeName: string = 'Naive';
      override toString(): string {
        return JSON.stringify(naiveView(this));
      }
    }

    expect(failuresOf(Naive)).toEqual([
      `.toString() listed the keys of a graph of shared references more than ${DAG_LISTING_BUDGET} times (${DAG_DEPTH + 1} objects; a traversal without a visited set is exponential on shared references) [on extra replaced by a graph of shared references ${DAG_DEPTH} deep and 4 more]`,
      'String(wrapper) shows .extra as [Cannot be deserialized], but its getter returned plain data [on extra replaced by a reference to the event (a cycle) and 4 more]',
    ]);
  });

  it('reports a getter that recurses into a cycle without end', () => {
    class Endless extends Exposing {
      static override readonly typeName: string = 'Endless';
      get size(): number {
        const count = (value: unknown): number =>
          value !== null && typeof value === 'object'
            ? Object.values(value).reduce(
                (sum: number, item) => sum + count(item),
                1
              )
            : 1;
        return count(this.extra);
      }
    }

    // The debug view reads `size` too, so it is the first read to run out on the graph.
    expect(failuresOf(Endless)).toEqual([
      `.toString() listed the keys of a graph of shared references more than ${DAG_LISTING_BUDGET} times (${DAG_DEPTH + 1} objects; a traversal without a visited set is exponential on shared references) [on extra replaced by a graph of shared references ${DAG_DEPTH} deep and 4 more]`,
      '.size threw RangeError: Maximum call stack size exceeded [on extra replaced by a reference to the event (a cycle) and 4 more]',
    ]);
  });
});

// A debug view as core's was before it kept a visited set: a shared object is shown once for
// each path to it, and a cycle overflows the stack (caught: `[Cannot be deserialized]`).
function naiveView(wrapper: Wrapper): unknown {
  const show = (value: unknown): unknown => {
    if (value instanceof Wrapper) return naiveView(value);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(show);
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, show(item)])
    );
  };
  const view: Record<string, unknown> = {};
  for (
    let prototype = Object.getPrototypeOf(wrapper);
    prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const [name, { get }] of Object.entries(
      Object.getOwnPropertyDescriptors(prototype)
    )) {
      if (!get || name in view) continue;
      try {
        view[name] =
          name === 'rawEvent'
            ? '[SENSITIVE]'
            : show((wrapper as unknown as Record<string, unknown>)[name]);
      } catch {
        view[name] = '[Cannot be deserialized]';
      }
    }
  }
  return view;
}

// ── Laziness ────────────────────────────────────────────────────────────────────────────

describe('laziness', () => {
  const problemsOf = (Class: typeof HonestEvent, fixture: unknown = batch) =>
    lazinessProblems(kit, { Class }, fixture);

  it('passes an honest class', () => {
    expect(problemsOf(HonestEvent)).toEqual([]);
  });

  it('catches a constructor that parses', () => {
    class Eager extends HonestEvent {
      static override readonly typeName: string = 'Eager';
      readonly parsed: unknown;
      constructor(raw: RawBatch, options?: Options) {
        super(raw, options);
        this.parsed = JSON.parse(String(raw.body));
      }
    }

    expect(problemsOf(Eager)).toContain('new Eager(raw) reads body');
  });

  it('catches a getter that touches every field', () => {
    class Greedy extends HonestEvent {
      static override readonly typeName: string = 'Greedy';
      get size(): number {
        return JSON.stringify(this.raw).length;
      }
    }

    expect(problemsOf(Greedy)).toEqual([
      'Greedy.size lists every key of its raw value',
    ]);
  });

  it('counts the fields a getter reads, not the absent ones it probes', () => {
    class Probing extends HonestEvent {
      static override readonly typeName: string = 'Probing';
      get found(): unknown {
        const raw = this.raw as Record<string, unknown>;
        return raw.a ?? raw.b ?? raw.c ?? raw.d ?? raw.source;
      }
      get summary(): string {
        const raw = this.raw as Record<string, unknown>;
        return [raw.source, raw.body, raw.Records, raw.extra].join();
      }
    }
    const fixture = { ...batch, extra: 1 };

    expect(problemsOf(Probing, fixture)).toEqual([
      'Probing.summary reads 4 fields of its raw value (at most 3): source, body, Records, extra',
    ]);
  });

  it('catches an object getter that is not cached', () => {
    class Forgetful extends HonestEvent {
      static override readonly typeName: string = 'Forgetful';
      get ids(): string[] {
        return this.records.map((record) => record.id);
      }
      override get records(): HonestItem[] {
        return items(this, this.raw.Records, 'Records').map(
          (item) =>
            new HonestItem(item as RawItem, { parent: this, path: 'Records' })
        );
      }
    }

    expect(problemsOf(Forgetful)).toEqual([
      'Forgetful.ids returns a new array on each read (not cached)',
      'Forgetful.records returns a new array on each read (not cached)',
    ]);
  });

  it('catches a cached getter that reads the event again, or parses again', () => {
    class Rereading extends HonestEvent {
      static override readonly typeName: string = 'Rereading';
      #items?: HonestItem[];
      get items(): HonestItem[] | undefined {
        if (this.raw.Records === undefined) return undefined;
        return (this.#items ??= this.records);
      }
      get count(): number {
        const parse = this.options?.jsonDeserializer ?? JSON.parse;
        return Object.keys(parse(String(this.raw.body)) as object).length;
      }
    }

    expect(problemsOf(Rereading)).toEqual([
      'Rereading.items reads Records again on a second read (cached, but read again)',
      'Rereading.count parses JSON again on a second read',
    ]);
  });

  it('catches a list getter that reads inside its items', () => {
    class Prying extends HonestEvent {
      static override readonly typeName: string = 'Prying';
      #records?: HonestItem[];
      override get records(): HonestItem[] {
        return (this.#records ??= items(this, this.raw.Records, 'Records')
          .filter((item) => (item as RawItem).id !== undefined)
          .map(
            (item, index) =>
              new HonestItem(item as RawItem, {
                parent: this,
                path: `Records[${index}]`,
              })
          ));
      }
    }

    expect(problemsOf(Prying)).toEqual([
      'Prying.records reads inside the HonestItem it returns: Records[0].id',
      'Prying.records reads inside the HonestItem it returns: Records[1].id',
    ]);
  });
});

// ── Targets ─────────────────────────────────────────────────────────────────────────────

function fakePackage(
  fixtures: Record<string, unknown>,
  modules: string[]
): string {
  const root = mkdtempSync(join(tmpdir(), 'evt-robustness-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'test', 'events'), { recursive: true });
  for (const module of modules)
    writeFileSync(join(root, 'src', `${module}.ts`), '');
  for (const [name, event] of Object.entries(fixtures)) {
    writeFileSync(
      join(root, 'test', 'events', `${name}.json`),
      JSON.stringify(event)
    );
  }
  return join(root, 'test', 'events');
}

describe('targets', () => {
  it('names fixtures in kebab-case', () => {
    expect(kebabCase('S3EventBridgeNotificationEvent')).toBe(
      's3-event-bridge-notification-event'
    );
    expect(kebabCase('CloudWatchLogsEvent')).toBe('cloud-watch-logs-event');
    expect(kebabCase('APIGatewayProxyEventV2')).toBe(
      'api-gateway-proxy-event-v2'
    );
  });

  it('reads each fixture with the class named after its module', () => {
    const dir = fakePackage(
      { 'honest-event': batch, 'honest-event.empty': { Records: [] } },
      ['honest-event']
    );

    const { fixtures, problems } = targetsOf(kit, dir);

    expect(problems).toEqual([]);
    expect(fixtures.map(({ fixture, name }) => [fixture, name])).toEqual([
      ['honest-event', 'HonestEvent'],
      ['honest-event.empty', 'HonestEvent'],
    ]);
  });

  it('reports a fixture no class reads, and an event class without a fixture', () => {
    const dir = fakePackage({ 'honest-evnt': batch }, ['honest-event']);

    expect(targetsOf(kit, dir).problems).toEqual([
      'test/events/honest-evnt.json belongs to no exported class (its module "honest-evnt" names none); rename it, or map it in the options',
      'HonestEvent has no fixture: add test/events/honest-event.json (a realistic event, with its provenance in test/events/README.md)',
    ]);
  });

  it('takes a mapped fixture, and skips one that is not an event', () => {
    const dir = fakePackage(
      { 'honest-event': batch, 'honest-response': batch, 'decoded-data': {} },
      ['honest-event']
    );

    const { fixtures, problems } = targetsOf(kit, dir, {
      fixtures: { 'honest-response': { Class: HonestItem } },
      notEvents: ['decoded-data', 'gone'],
    });

    expect(problems).toEqual([
      'the options name gone, but test/events/ has no such fixture',
    ]);
    expect(fixtures.map(({ fixture, name }) => [fixture, name])).toEqual([
      ['honest-event', 'HonestEvent'],
      ['honest-response', 'HonestItem'],
    ]);
  });
});

// ── The whole helper, on the honest fake package ────────────────────────────────────────

describeRobustness(honestApi, {
  dir: fakePackage(
    {
      'honest-event': batch,
      'honest-item': { id: 'one' },
      'honest-event.empty': { source: 's', body: '[]', Records: [] },
    },
    ['honest-event']
  ),
});
