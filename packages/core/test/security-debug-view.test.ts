// The debug view (`String(event)`, `console.log(event)`) under the attacks of the December 2026
// review: D3 (it decoded every payload), D5 (re-entrant deserializers), D6 (shared and cyclic
// references), K1 (`__proto__` keys), K2 (cycles shown as failures), L1 (credentials in clear)
// and L3 (a subclass's list replaced its parent's).
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addSensitiveNames,
  Base64Data,
  BaseProxyEvent,
  type EventOptions,
  EventWrapper,
  inflate,
  inflateJson,
  PayloadTooLargeError,
  parseJson,
  requireString,
  UNSET,
  wrapEach,
} from '../src/index';

interface RawMessage {
  id: string;
  data: string;
  zipped: string;
  body: string;
}

/** A record with a base64 payload, a gzip payload and a JSON body, as the sources have. */
class Message extends EventWrapper<RawMessage> {
  static override readonly typeName: string = 'Message';
  #data?: Base64Data;
  #body: unknown = UNSET;

  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  get #decoded(): Base64Data {
    return (this.#data ??= new Base64Data(
      this,
      requireString(this, this.raw.data, 'data'),
      'data'
    ));
  }

  get dataAsText(): string {
    return this.#decoded.text;
  }

  get inflated(): Uint8Array {
    return inflate(Buffer.from(this.raw.zipped, 'base64'), {
      owner: this,
      path: 'zipped',
    });
  }

  get jsonBody(): unknown {
    if (this.#body === UNSET) {
      this.#body = parseJson(requireString(this, this.raw.body, 'body'), {
        owner: this,
        path: 'body',
      });
    }
    return this.#body;
  }
}

class Batch extends EventWrapper<{ Records: RawMessage[] }> {
  static override readonly typeName: string = 'Batch';
  #records?: Message[];

  get records(): Message[] {
    return (this.#records ??= wrapEach(this, 'Records', Message));
  }
}

function message(index: number, body = '{"ok":true}'): RawMessage {
  return {
    id: `m-${index}`,
    data: Buffer.from(`payload ${index}`).toString('base64'),
    zipped: gzipSync('{"a":1}').toString('base64'),
    body,
  };
}

function viewOf(event: EventWrapper): Record<string, unknown> {
  return JSON.parse(String(event));
}

/** A wrapper whose getters, in this order, return these values: what the view makes of them. */
function wrapperWith(members: Record<string, unknown>): EventWrapper {
  class Shown extends EventWrapper<object> {
    static override readonly typeName: string = 'Shown';
  }
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(Shown.prototype, name, { get: () => value });
  }
  return new Shown({});
}

describe('the debug view decodes nothing (D3)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows payloads not yet decoded by their size, and calls no decoder', () => {
    const zlib = process.getBuiltinModule('node:zlib');
    const unzip = vi.spyOn(zlib, 'unzipSync');
    const jsonDeserializer = vi.fn(JSON.parse);
    const event = new Batch({ Records: [message(0)] }, { jsonDeserializer });

    const view = viewOf(event);

    expect(view.records).toEqual([
      {
        rawEvent: '[SENSITIVE]',
        id: 'm-0',
        dataAsText: '[not decoded: 12 bytes]',
        inflated: '[not decoded: 27 bytes]',
        jsonBody: '[not decoded: 11 bytes]',
      },
    ]);
    expect(unzip).not.toHaveBeenCalled();
    expect(jsonDeserializer).not.toHaveBeenCalled();
  });

  it('shows what a getter already decoded and cached', () => {
    const event = new Batch({ Records: [message(0)] });
    const record = event.records[0] as Message;
    expect(record.dataAsText).toBe('payload 0');
    expect(record.jsonBody).toEqual({ ok: true });

    const view = viewOf(event).records as Record<string, unknown>[];

    expect(view[0]?.dataAsText).toBe('payload 0');
    expect(view[0]?.jsonBody).toEqual({ ok: true });
  });

  it('leaves nothing cached behind: reading after logging decodes as usual', () => {
    const event = new Batch({ Records: [message(0)] });
    String(event);
    inspect(event, { depth: Number.POSITIVE_INFINITY });

    expect((event.records[0] as Message).dataAsText).toBe('payload 0');
    expect(
      new TextDecoder().decode((event.records[0] as Message).inflated)
    ).toBe('{"a":1}');
  });

  it('cuts long lists and strings, saying how much is left', () => {
    const event = new Batch({
      Records: Array.from({ length: 1000 }, (_, index) => ({
        ...message(index),
        id: 'x'.repeat(5000),
      })),
    });

    const view = viewOf(event);
    const records = view.records as unknown[];

    expect(records).toHaveLength(21);
    expect(records[20]).toBe('… 980 more');
    expect((records[0] as { id: string }).id).toBe(
      `${'x'.repeat(1000)}… 4000 more characters`
    );
  });

  it('cuts objects with many keys', () => {
    const headers = Object.fromEntries(
      Array.from({ length: 500 }, (_, index) => [`x-h-${index}`, 'v'])
    );
    const view = viewOf(new BaseProxyEvent({ headers }));
    const shown = view.headers as Record<string, string>;

    expect(Object.keys(shown)).toHaveLength(101);
    expect(shown['x-h-99']).toBe('v');
    expect(shown['…']).toBe('400 more');
  });

  it('cuts only past the bounds: 1,000 characters, 20 items and 100 keys show whole', () => {
    const view = viewOf(
      wrapperWith({
        text: 't'.repeat(1000),
        items: Array.from({ length: 20 }, (_, index) => index),
        map: Object.fromEntries(
          Array.from({ length: 100 }, (_, index) => [`k${index}`, index])
        ),
      })
    );

    expect(view.text).toBe('t'.repeat(1000));
    expect(view.items).toHaveLength(20);
    expect(Object.keys(view.map as object)).toHaveLength(100);
  });

  it('shows a value referenced twice in full both times: shared is not circular', () => {
    const region = { name: 'eu-west-1', zones: ['a', 'b'] };
    const routes = {
      primary: region,
      fallback: region,
      list: [region, region],
    };

    expect(viewOf(wrapperWith({ routes })).routes).toEqual(routes);
  });

  it('names a value without a JSON form by its class, or [object] without one', () => {
    class Handle {
      readonly fd = 3;
    }
    const orphan = Object.create(Object.create(null)) as object;
    expect(viewOf(wrapperWith({ handle: new Handle(), orphan }))).toMatchObject(
      {
        handle: '[Handle]',
        orphan: '[object]',
      }
    );
  });

  it('costs about what JSON.stringify costs on a 10 MB event: bounded output', () => {
    const records = Array.from({ length: 10_000 }, (_, index) =>
      message(index, JSON.stringify({ index, pad: 'p'.repeat(1000) }))
    );
    const event = new Batch({ Records: records });
    const raw = JSON.stringify(event);
    expect(raw.length).toBeGreaterThan(10_000_000);

    const text = String(event);
    const inspected = inspect(event);

    expect(text.length).toBeLessThan(20_000);
    expect(inspected.length).toBeLessThan(20_000);
  });
});

describe('the debug view terminates on any shape (D6, K2)', () => {
  it('shares the work of shared references: a 24-level DAG', () => {
    let detail: Record<string, unknown> = { leaf: 'x' };
    for (let level = 0; level < 24; level++) detail = { a: detail, b: detail };
    class WithDetail extends BaseProxyEvent {
      get detail(): unknown {
        return detail;
      }
    }

    const text = String(new WithDetail({}));

    expect(text.length).toBeLessThan(2_000_000);
    expect(text).toContain('[Truncated]');
  });

  it('shows a wrapper stored in its own raw event as [Circular]', () => {
    class Envelope extends EventWrapper<{ detail?: unknown }> {
      static override readonly typeName: string = 'Envelope';
      get detail(): unknown {
        return this.raw.detail;
      }
    }
    const raw: { detail?: unknown } = {};
    const event = new Envelope(raw);
    raw.detail = { a: event, b: event, c: event, d: event, e: event };

    const view = viewOf(event);

    expect(view.detail).toEqual({
      a: '[Circular]',
      b: '[Circular]',
      c: '[Circular]',
      d: '[Circular]',
      e: '[Circular]',
    });
    expect(inspect(event)).toContain('[Circular]');
  });

  it('shows a cyclic value as [Circular] and a very deep one as [Truncated]', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    class Values extends EventWrapper<object> {
      static override readonly typeName: string = 'Values';
      get cyclic(): unknown {
        return cyclic;
      }
      get deep(): unknown {
        return deep;
      }
    }

    const view = viewOf(new Values({}));

    expect(view.cyclic).toEqual({ name: 'loop', self: '[Circular]' });
    expect(JSON.stringify(view.deep)).toContain('[Truncated]');
  });
});

describe('the debug view shows __proto__ keys as data (K1)', () => {
  it('keeps a __proto__ key and does not re-parent the copy', () => {
    const event = new BaseProxyEvent(
      JSON.parse(
        '{"queryStringParameters":{"__proto__":"admin","role":"user"},"headers":{"__proto__":"h"}}'
      )
    );

    const view = inspect(event, { depth: 5 });
    const parsed = viewOf(event);
    const query = parsed.queryStringParameters as Record<string, unknown>;

    expect(Object.keys(query)).toEqual(['__proto__', 'role']);
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
    expect(view).toContain("['__proto__']: 'admin'");
  });
});

describe('a deserializer that logs the event (D5)', () => {
  it.each([1, 2, 3])(
    'terminates with %i bad records, calling the deserializer once per read',
    (count) => {
      let calls = 0;
      const options: EventOptions = {
        jsonDeserializer: (text) => {
          calls++;
          try {
            return JSON.parse(text);
          } catch (error) {
            String(event);
            inspect(event);
            throw error;
          }
        },
      };
      const event: Batch = new Batch(
        {
          Records: Array.from({ length: count }, (_, index) =>
            message(index, 'not json')
          ),
        },
        options
      );

      for (const record of event.records) {
        expect(() => record.jsonBody).toThrow('not valid JSON');
      }

      expect(calls).toBe(count);
    }
  );

  it('turns a deserializer that reads the same field again into a short DecodeError', () => {
    let calls = 0;
    const event: Batch = new Batch(
      { Records: [message(0)] },
      {
        jsonDeserializer: () => {
          calls++;
          return (event.records[0] as Message).jsonBody;
        },
      }
    );

    let caught: unknown;
    try {
      (event.records[0] as Message).jsonBody;
    } catch (error) {
      caught = error;
    }

    expect(calls).toBe(1);
    expect((caught as Error).message).toBe(
      'Batch: Records[0].body is not valid JSON: the deserializer read this field again while parsing it'
    );
    expect((caught as Error).cause).toBeUndefined();
  });

  it('lets a deserializer read the same field of another record, or another field', () => {
    const nested: unknown[] = [];
    let calls = 0;
    const event: Batch = new Batch(
      { Records: [message(0), message(1, '{"n":1}')] },
      {
        jsonDeserializer: (text: string) => {
          const [first, second] = event.records as [Message, Message];
          if (calls++ === 0) {
            nested.push(
              second.jsonBody,
              parseJson('{"n":2}', { owner: first, path: 'other' })
            );
          }
          return JSON.parse(text);
        },
      }
    );

    expect((event.records[0] as Message).jsonBody).toEqual({ ok: true });
    expect(nested).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('parses a field again once its first parse has ended', () => {
    const event = new Batch({ Records: [message(0)] });
    const record = event.records[0] as Message;
    const options = {
      owner: record,
      path: 'body',
      deserializer: (text: string) => JSON.parse(text) as unknown,
    };

    expect(parseJson('{"a":1}', options)).toEqual({ a: 1 });
    expect(parseJson('{"a":2}', options)).toEqual({ a: 2 });
  });

  it('refunds the JSON budget charged to a field read again while parsing it', () => {
    const json = '{"field":"eighteen"}';
    const zipped = gzipSync(json);
    const event = new Batch(
      { Records: [message(0)] },
      { maxJsonBytes: 2 * json.length + 1 }
    );
    const record = event.records[0] as Message;
    const options = { owner: record, path: 'zipped' };
    const rereading = {
      ...options,
      deserializer: (): unknown => inflateJson(zipped, rereading),
    };
    const readAgain = () => inflateJson(zipped, rereading);

    expect(readAgain).toThrow(
      'Batch: Records[0].zipped is not valid JSON: the deserializer read this field again while parsing it'
    );
    // Both charges were refunded: two more reads fit in the budget, a third does not.
    expect(inflateJson(zipped, options)).toEqual({ field: 'eighteen' });
    expect(inflateJson(zipped, options)).toEqual({ field: 'eighteen' });
    expect(() => inflateJson(zipped, options)).toThrow(PayloadTooLargeError);
  });
});

describe('credentials are hidden (L1, L3)', () => {
  const raw = {
    headers: {
      Authorization: 'Bearer SECRET-1',
      'Proxy-Authorization': 'Basic SECRET-2',
      Cookie: 'session=SECRET-3',
      'X-Api-Key': 'SECRET-4',
      'X-Amz-Security-Token': 'SECRET-5',
      'Content-Type': 'application/json',
    },
    queryStringParameters: {
      access_token: 'SECRET-6',
      code: 'SECRET-7',
      key: 'SECRET-8',
      'X-Amz-Signature': 'SECRET-9',
      'X-Amz-Credential': 'SECRET-10',
      password: 'SECRET-11',
      page: '2',
    },
    multiValueQueryStringParameters: {
      token: ['SECRET-12'],
      page: ['2'],
    },
    body: 'not a secret',
  };

  it('hides credential headers and parameters, and keeps the rest', () => {
    const event = new BaseProxyEvent(raw);
    const text = `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;

    for (let index = 1; index <= 12; index++) {
      expect(text).not.toContain(`SECRET-${index}`);
    }
    expect(text).toContain('application/json');
    expect(viewOf(event).queryStringParameters).toMatchObject({
      access_token: '[SENSITIVE]',
      code: '[SENSITIVE]',
      page: '2',
    });
  });

  it('hides signatures and tokens inside URLs and raw query strings', () => {
    class Request extends EventWrapper<{
      url: string;
      rawQueryString: string;
    }> {
      static override readonly typeName: string = 'Request';
      get url(): string {
        return this.raw.url;
      }
      get rawQueryString(): string {
        return this.raw.rawQueryString;
      }
    }
    const view = viewOf(
      new Request({
        url: 'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abc123#frag',
        rawQueryString: 'code=SECRET&state=s&id_token=SECRET&page=2',
      })
    );

    expect(view.url).toBe(
      'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=[SENSITIVE]&X-Amz-Signature=[SENSITIVE]#frag'
    );
    expect(view.rawQueryString).toBe(
      'code=[SENSITIVE]&state=s&id_token=[SENSITIVE]&page=2'
    );
  });

  it('judges each parameter of a query string by its decoded name, to its last character', () => {
    const view = viewOf(
      wrapperWith({
        callbackUrl:
          'https://app.example.com/cb?state=s1&x%2Dapi%2Dkey=K1&tokens&=v&key=K2',
        queryString: 'code=C1&key=K3&sig=S1&auth=A1&pass=P1&pwd=P2&keep=yes',
      })
    );

    expect(view.callbackUrl).toBe(
      'https://app.example.com/cb?state=s1&x%2Dapi%2Dkey=[SENSITIVE]&tokens&=v&key=[SENSITIVE]'
    );
    expect(view.queryString).toBe(
      'code=[SENSITIVE]&key=[SENSITIVE]&sig=[SENSITIVE]&auth=[SENSITIVE]&pass=[SENSITIVE]&pwd=[SENSITIVE]&keep=yes'
    );
  });

  it('hides query credentials in lists of URLs and in URL objects, as in one URL', () => {
    const view = viewOf(
      wrapperWith({
        redirectUrls: [
          'https://a.example.com/?token=T1',
          'https://b.example.com/?page=2',
        ],
        signedUrl: new URL(
          'https://b.s3.amazonaws.com/k?X-Amz-Signature=S1&v=1'
        ),
      })
    );

    expect(view.redirectUrls).toEqual([
      'https://a.example.com/?token=[SENSITIVE]',
      'https://b.example.com/?page=2',
    ]);
    expect(view.signedUrl).toBe(
      'https://b.s3.amazonaws.com/k?X-Amz-Signature=[SENSITIVE]&v=1'
    );
  });

  it('keeps keys that are secrets only in a query string: an object key, a code', () => {
    const view = viewOf(
      wrapperWith({
        object: { key: 'photos/cat.jpg', code: 'REJECTED', sig: 'v4' },
        queryStringParameters: { key: 'K1', page: '2' },
      })
    );

    expect(view.object).toEqual({
      key: 'photos/cat.jpg',
      code: 'REJECTED',
      sig: 'v4',
    });
    expect(view.queryStringParameters).toEqual({
      key: '[SENSITIVE]',
      page: '2',
    });
  });

  it("never judges a wrapper's getters as query parameters, wherever it is", () => {
    const clients = [wrapperWith({ code: 'C-42' })];

    expect(
      viewOf(wrapperWith({ queryStringClients: clients })).queryStringClients
    ).toEqual([{ rawEvent: '[SENSITIVE]', code: 'C-42' }]);
  });

  it('hides keys of parsed JSON and maps by name, at any depth', () => {
    class Context extends EventWrapper<object> {
      static override readonly typeName: string = 'Context';
      get context(): unknown {
        return new Map<string, unknown>([
          ['claims', { sub: 'SECRET-A' }],
          ['nested', { credentials: { secretAccessKey: 'SECRET-B' }, ok: 1 }],
        ]);
      }
    }

    const view = viewOf(new Context({}));

    expect(view.context).toEqual({
      claims: '[SENSITIVE]',
      nested: { credentials: '[SENSITIVE]', ok: 1 },
    });
  });

  it('extends a parent class’s sensitiveMembers in a subclass (L3)', () => {
    class Parent extends EventWrapper<{ a: string; b: string }> {
      static override readonly typeName: string = 'Parent';
      static override readonly sensitiveMembers: readonly string[] = ['a'];
      get a(): string {
        return this.raw.a;
      }
      get b(): string {
        return this.raw.b;
      }
    }
    class Child extends Parent {
      static override readonly typeName: string = 'Child';
      static override readonly sensitiveMembers: readonly string[] = ['b'];
    }

    expect(viewOf(new Child({ a: 'A', b: 'B' }))).toEqual({
      rawEvent: '[SENSITIVE]',
      a: '[SENSITIVE]',
      b: '[SENSITIVE]',
    });
  });

  it('lets users add names', () => {
    class Person extends EventWrapper<{ ssn: string; name: string }> {
      static override readonly typeName: string = 'Person';
      get taxId(): unknown {
        return { ssn: this.raw.ssn, 'X-SSN-Hash': 'h', name: this.raw.name };
      }
    }

    addSensitiveNames('ssn');

    expect(viewOf(new Person({ ssn: '123', name: 'Ann' })).taxId).toEqual({
      ssn: '[SENSITIVE]',
      'X-SSN-Hash': '[SENSITIVE]',
      name: 'Ann',
    });
    expect(() => addSensitiveNames('--')).toThrow(
      new TypeError(
        'addSensitiveNames: names[0] must be a string with a letter or digit'
      )
    );
    expect(() => addSensitiveNames('ok', 7 as never)).toThrow(
      new TypeError(
        'addSensitiveNames: names[1] must be a string with a letter or digit'
      )
    );
  });

  it('keeps JSON.stringify(event) the raw event, secrets included, by design', () => {
    expect(JSON.parse(JSON.stringify(new BaseProxyEvent(raw)))).toEqual(raw);
  });
});

describe('the debug view never throws', () => {
  it('shows a getter that throws anything, or a throwing Proxy, as [Cannot be deserialized]', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      }
    );
    class Hostile extends EventWrapper<object> {
      static override readonly typeName: string = 'Hostile';
      get proxy(): unknown {
        return trap;
      }
      get thrower(): unknown {
        throw null;
      }
    }

    expect(viewOf(new Hostile({}))).toEqual({
      rawEvent: '[SENSITIVE]',
      proxy: '[Cannot be deserialized]',
      thrower: '[Cannot be deserialized]',
    });
  });

  it('shows only the entry that fails, and the rest of its value', () => {
    class Schedule {
      toJSON(): never {
        throw new Error('no JSON form');
      }
    }
    const settings = {
      region: 'eu-west-1',
      schedule: new Schedule(),
      retries: [1, 2],
    };

    expect(viewOf(wrapperWith({ settings })).settings).toEqual({
      region: 'eu-west-1',
      schedule: '[Cannot be deserialized]',
      retries: [1, 2],
    });
  });
});
