import {
  BaseProxyEventV2,
  BaseProxyRequestContextV2,
  child,
  type EventOptions,
  EventWrapper,
  HeaderMap,
  optionalString,
  parseJson,
  type RawProxyEventV2Base,
  requireNumber,
  requireString,
  wrapEach,
} from '../src/index';

/** A raw order line, as a small stand-in for a source package's record. */
export interface RawLine {
  sku: string;
  quantity: number;
  note?: string | null;
}

/** A raw order, as a small stand-in for a source package's top-level event. */
export interface RawOrder {
  id: string;
  body: string;
  lines: RawLine[];
  secret?: string;
}

export class Line extends EventWrapper<RawLine> {
  static override readonly typeName: string = 'Line';

  get sku(): string {
    return requireString(this, this.raw.sku, 'sku');
  }

  get quantity(): number {
    return requireNumber(this, this.raw.quantity, 'quantity');
  }

  get note(): string | undefined {
    return optionalString(this, this.raw.note, 'note');
  }
}

export class Order extends EventWrapper<RawOrder> {
  static override readonly typeName: string = 'Order';
  static override readonly sensitiveMembers: readonly string[] = ['secret'];
  #lines?: Line[];

  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  get lines(): Line[] {
    return (this.#lines ??= wrapEach(this, 'lines', Line));
  }

  get jsonBody(): unknown {
    return parseJson(requireString(this, this.raw.body, 'body'), {
      owner: this,
      path: 'body',
    });
  }

  get secret(): string | undefined {
    return optionalString(this, this.raw.secret, 'secret');
  }

  get extras(): unknown[] {
    return [
      new Uint8Array([1, 2, 3]),
      new Map([['a', 1]]),
      new Set(['x']),
      10n,
      new Date(0),
      new HeaderMap([['X-Trace', 't']]),
      { nested: new Set([new Uint8Array(2)]), plain: null },
      Object.create(null),
      new (class Opaque {})(),
    ];
  }
}

export class Endless extends EventWrapper<{ value: string }> {
  static override readonly typeName: string = 'Endless';

  constructor(raw: { value: string }, options?: EventOptions) {
    super(raw, options);
  }

  get next(): Endless {
    return new Endless(this.raw, { parent: this, path: 'next' });
  }
}

export const order: RawOrder = {
  id: 'order-1',
  body: '{"total":42}',
  lines: [
    { sku: 'A-1', quantity: 2, note: 'gift' },
    { sku: 'B-2', quantity: 1 },
  ],
  secret: 'hunter2',
};

/** A raw value with a field of every kind, for the reader tests. */
export interface RawSample {
  name?: string | null;
  count?: number | null;
  enabled?: boolean | null;
  settings?: { [key: string]: unknown } | null;
  tags?: string[] | null;
  labels?: Record<string, string | undefined> | null;
  eventName?: string | null;
  headers?: Record<string, string | undefined> | null;
  multiValueHeaders?: Record<string, string[] | undefined> | null;
  location?: { city?: { name?: string } };
}

/** A wrapper over {@link RawSample}, named `Sample` in error messages. */
export class Sample extends EventWrapper<RawSample> {
  static override readonly typeName: string = 'Sample';
}

export const sample: Sample = new Sample({});

/** The smallest concrete payload 2.0 event: the base with its own context class. */
export class ProxyEventV2<TBody = unknown> extends BaseProxyEventV2<
  RawProxyEventV2Base,
  TBody
> {
  static override readonly typeName: string = 'ProxyEventV2';

  #requestContext?: BaseProxyRequestContextV2;

  override get requestContext(): BaseProxyRequestContextV2 {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      BaseProxyRequestContextV2
    ));
  }
}
