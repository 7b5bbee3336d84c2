// The robustness harness's own test: each check must catch the fault it is for. The package
// under test is a fake, defined here, because @evt/config must not depend on @evt/core.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazinessProblems } from '../laziness.js';
import { mutationsOf, readMangledCopies } from '../mutations.js';
import { describeRobustness } from '../robustness.js';
import { kebabCase, targetsOf } from '../targets.js';
import { untruthOf } from '../truth.js';
import { apiKit, readEverything, type WalkResult } from '../walk.js';

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
