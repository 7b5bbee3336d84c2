import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  BaseProxyEvent,
  BaseProxyEventV2,
  BaseProxyRequestContextV2,
  checkWrapper,
  child,
  DecodeError,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  FieldTypeError,
  type RawProxyEventBase,
  type RawProxyEventV2Base,
  type RawProxyRequestContextV2Base,
} from '../src/index';
import { ProxyEventV2 } from './fixtures';

// The HTTP bases keep no private fields and declare no constructor, so that an event class can
// be linked to them with `extendEventWrapper(Class, name, Base)` and never run their
// constructors (ALBEvent, the API Gateway events, LambdaFunctionUrlEvent, the VPC Lattice and
// Bedrock Agent events are). These tests build such classes and check that every member of
// the bases works on them and reads what the same class built with `extends` reads: a private
// field or method added to a base would throw a TypeError here.

const REST = 'api-gateway-proxy-event';
const REST_BASE64 = 'api-gateway-proxy-event.base64';
const FUNCTION_URL = 'lambda-function-url-event';

interface Pet {
  name: string;
}

// biome-ignore lint/correctness/noUnusedVariables: merged with the class below
interface LinkedProxyEvent<TBody = unknown>
  extends BaseProxyEvent<RawProxyEventBase, TBody> {}
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
class LinkedProxyEvent<TBody = unknown> {
  static readonly typeName: string = extendEventWrapper(
    LinkedProxyEvent,
    'LinkedProxyEvent',
    BaseProxyEvent
  );
  declare protected readonly raw: RawProxyEventBase;
  declare protected readonly options: EventOptions | undefined;

  constructor(raw: RawProxyEventBase, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
}

// biome-ignore lint/correctness/noUnusedVariables: merged with the class below
interface LinkedRequestContextV2
  extends BaseProxyRequestContextV2<RawProxyRequestContextV2Base> {}
class LinkedRequestContextV2 {
  static readonly typeName: string = extendEventWrapper(
    LinkedRequestContextV2,
    'LinkedRequestContextV2',
    BaseProxyRequestContextV2
  );
  declare protected readonly raw: RawProxyRequestContextV2Base;
  declare protected readonly options: EventOptions | undefined;

  constructor(raw: RawProxyRequestContextV2Base, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
}

// biome-ignore lint/correctness/noUnusedVariables: merged with the class below
interface LinkedProxyEventV2<TBody = unknown>
  extends BaseProxyEventV2<RawProxyEventV2Base, TBody> {}
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
class LinkedProxyEventV2<TBody = unknown> {
  static readonly typeName: string = extendEventWrapper(
    LinkedProxyEventV2,
    'LinkedProxyEventV2',
    BaseProxyEventV2
  );
  declare protected readonly raw: RawProxyEventV2Base;
  declare protected readonly options: EventOptions | undefined;

  constructor(raw: RawProxyEventV2Base, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #requestContext?: LinkedRequestContextV2;

  get requestContext(): LinkedRequestContextV2 {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      LinkedRequestContextV2
    ));
  }
}

/** Every getter of a wrapper's classes, read once, by name (a thrown error is kept as such). */
function readAll(wrapper: object): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (
    let prototype = Object.getPrototypeOf(wrapper) as object | null;
    prototype && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype) as object | null
  ) {
    for (const [name, descriptor] of Object.entries(
      Object.getOwnPropertyDescriptors(prototype)
    )) {
      if (!descriptor.get || name in values) continue;
      try {
        const value = (wrapper as Record<string, unknown>)[name];
        values[name] =
          value instanceof EventWrapper ? readAll(value) : structuredOf(value);
      } catch (error) {
        values[name] = error;
      }
    }
  }
  return values;
}

/** A value in a form `toEqual` compares by content (maps and header maps as entries). */
function structuredOf(value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value && typeof value === 'object' && Symbol.iterator in value) {
    return [...(value as Iterable<unknown>)];
  }
  return value;
}

describe('a class linked to an HTTP base with extendEventWrapper', () => {
  it('links the class to the base: its members, statics and instanceof', () => {
    expect(Object.getPrototypeOf(LinkedProxyEvent)).toBe(BaseProxyEvent);
    expect(Object.getPrototypeOf(LinkedProxyEvent.prototype)).toBe(
      BaseProxyEvent.prototype
    );
    const raw = loadEvent<RawProxyEventBase>(REST);

    const event = new LinkedProxyEvent<Pet>(raw);

    expect(event).toBeInstanceOf(BaseProxyEvent);
    expect(event).toBeInstanceOf(EventWrapper);
    expect(event.rawEvent).toBe(raw);
    expect(
      (LinkedProxyEvent as unknown as typeof EventWrapper).sensitiveMembers
    ).toBe(EventWrapper.sensitiveMembers);
  });

  it('reads every member of BaseProxyEvent as a subclass built with extends does', () => {
    for (const name of [REST, REST_BASE64]) {
      const linked = readAll(
        new LinkedProxyEvent(loadEvent<RawProxyEventBase>(name))
      );
      const extended = readAll(
        new BaseProxyEvent(loadEvent<RawProxyEventBase>(name))
      );

      expect(Object.values(linked).some((v) => v instanceof Error)).toBe(false);
      expect(linked).toEqual(extended);
    }
  });

  it('reads real values and caches what it builds, once per event', () => {
    const event = new LinkedProxyEvent<Pet>(loadEvent<RawProxyEventBase>(REST));

    const headers = event.headers;
    const query = event.resolvedQueryStringParameters;
    const json = event.jsonBody;

    expect(headers.get('ACCEPT')).toBe(
      loadEvent<RawProxyEventBase>(REST).headers?.Accept
    );
    expect(event.headers).toBe(headers);
    expect(event.resolvedQueryStringParameters).toBe(query);
    expect(json).toEqual(JSON.parse(event.body as string));
    expect(event.jsonBody).toBe(json);
  });

  it('caches a body that is absent as undefined, reading it once', () => {
    let reads = 0;
    const { body: _body, ...raw } = loadEvent<RawProxyEventBase>(REST);
    const event = new LinkedProxyEvent(
      new Proxy(raw, {
        get(target, key, receiver) {
          if (key === 'body') reads++;
          return Reflect.get(target, key, receiver);
        },
      })
    );

    expect(event.jsonBody).toBeUndefined();
    expect(event.jsonBody).toBeUndefined();
    expect(event.decodedBody).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('names the linked class in the errors of the base members', () => {
    const raw = loadEvent<RawProxyEventBase>(REST);

    expectEvtError(
      () => new LinkedProxyEvent({ ...raw, body: '{"name":' }).jsonBody,
      DecodeError,
      'LinkedProxyEvent: body is not valid JSON: Unexpected end of JSON input'
    );
    expectEvtError(
      () => new LinkedProxyEvent({ ...raw, headers: 7 as never }).headers,
      FieldTypeError,
      'LinkedProxyEvent: headers must be object, got number'
    );
  });

  it('reads every member of BaseProxyEventV2 and its request context as extends does', () => {
    const linked = new LinkedProxyEventV2<Pet>(
      loadEvent<RawProxyEventV2Base>(FUNCTION_URL)
    );
    const values = readAll(linked);

    expect(Object.values(values).some((v) => v instanceof Error)).toBe(false);
    expect(values).toEqual(
      readAll(new ProxyEventV2(loadEvent<RawProxyEventV2Base>(FUNCTION_URL)))
    );
    expect(linked.httpMethod).toBe('POST');
    expect(linked.requestContext.http).toBe(linked.requestContext.http);
    expect(linked.parsedCookies).toBe(linked.parsedCookies);
    expect(linked.parsedQueryStringParameters).toBe(
      linked.parsedQueryStringParameters
    );
    expect(linked.resolvedHeadersField).toBe(linked.resolvedHeadersField);
  });

  it('gives the same debug view as extends does, under the linked class name', () => {
    const raw = loadEvent<RawProxyEventV2Base>(FUNCTION_URL);

    expect(JSON.parse(String(new LinkedProxyEventV2(raw)))).toEqual(
      JSON.parse(String(new ProxyEventV2(raw)))
    );
  });
});
