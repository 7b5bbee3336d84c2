import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  MissingFieldError,
  type RawTumblingWindowBatch,
  TumblingWindow,
  TumblingWindowBatch,
} from '../src/index';

// A stand-in for a stream event (Kinesis, DynamoDB Streams) that extends the batch base.

interface Totals {
  [partitionKey: string]: number;
}

interface RawStreamEvent extends RawTumblingWindowBatch<Totals> {
  Records: unknown[];
}

class StreamEvent extends TumblingWindowBatch<RawStreamEvent, Totals> {
  static override readonly typeName: string = 'StreamEvent';
}

const WINDOWED = 'kinesis-stream-event.tumbling-window';

function patched(patch: (event: RawStreamEvent) => void): StreamEvent {
  return new StreamEvent(patchEvent<RawStreamEvent>(WINDOWED, patch));
}

/** Wraps a raw event so a test can count how often a getter reads each key. */
function counting(raw: object): {
  raw: RawStreamEvent;
  reads: Map<string, number>;
} {
  const reads = new Map<string, number>();
  const proxy = new Proxy(raw, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(target, key, receiver);
    },
  });
  return { raw: proxy as RawStreamEvent, reads };
}

describe('TumblingWindow', () => {
  const window = new TumblingWindow({
    start: '2020-12-09T07:04:00Z',
    end: '2020-12-09T07:06:00Z',
  });

  describe('start', () => {
    it('returns the start of the window', () => {
      expect(window.start).toBe('2020-12-09T07:04:00Z');
    });
  });

  describe('end', () => {
    it('returns the end of the window', () => {
      expect(window.end).toBe('2020-12-09T07:06:00Z');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the field', () => {
      expectEvtError(
        () => new TumblingWindow({ end: 'x' } as never).start,
        MissingFieldError,
        'TumblingWindow: start is missing'
      );
      expectEvtError(
        () => new TumblingWindow({ start: 'x' } as never).end,
        MissingFieldError,
        'TumblingWindow: end is missing'
      );
    });

    it('throws FieldTypeError naming the field', () => {
      expectEvtError(
        () => new TumblingWindow({ start: 1, end: 'x' } as never).start,
        FieldTypeError,
        'TumblingWindow: start must be string, got number'
      );
    });
  });
});

describe('TumblingWindowBatch', () => {
  const raw = loadEvent<RawStreamEvent>(WINDOWED);
  const event = new StreamEvent(raw);

  it('reads every tumbling-window field of the Kinesis sample', () => {
    expectGetters(event, {
      state: { 1: 282, 2: 715 },
      shardId: 'shardId-000000000006',
      eventSourceArn:
        'arn:aws:kinesis:us-east-1:123456789012:stream/lambda-stream',
      isFinalInvokeForWindow: false,
      isWindowTerminatedEarly: false,
    });
    expect(TumblingWindowBatch.typeName).toBe('TumblingWindowBatch');
  });

  it('reads undefined or empty fields from an event without a window', () => {
    const plain = new StreamEvent(
      loadEvent<RawStreamEvent>('kinesis-stream-event')
    );

    expectGetters(plain, {
      window: undefined,
      state: {},
      shardId: undefined,
      eventSourceArn: undefined,
      isFinalInvokeForWindow: undefined,
      isWindowTerminatedEarly: undefined,
    });
  });

  describe('window', () => {
    it('wraps the raw window', () => {
      const window = event.window;

      expect(window).toBeInstanceOf(TumblingWindow);
      expect(window?.rawEvent).toBe(raw.window);
      expect(window?.start).toBe('2020-12-09T07:04:00Z');
      expect(window?.end).toBe('2020-12-09T07:06:00Z');
    });

    it('returns the same wrapper on every read', () => {
      expect(event.window).toBe(event.window);
    });

    it('reads an absent window once', () => {
      const { raw: counted, reads } = counting(
        loadEvent<RawStreamEvent>('kinesis-stream-event')
      );
      const plain = new StreamEvent(counted);

      expect(plain.window).toBe(undefined);
      expect(plain.window).toBe(undefined);
      expect(reads.get('window')).toBe(1);
    });

    it('names the window’s fields through its key', () => {
      const bad = patched((draft) => {
        delete (draft.window as { end?: string }).end;
      });

      expectEvtError(
        () => bad.window?.end,
        MissingFieldError,
        'StreamEvent: window.end is missing'
      );
    });

    it('returns undefined when the window is null', () => {
      const bad = patched((draft) => {
        draft.window = null as never;
      });

      expect(bad.window).toBe(undefined);
    });

    it('throws FieldTypeError when the window is not an object', () => {
      const bad = patched((draft) => {
        draft.window = '2020-12-09' as never;
      });

      expectEvtError(
        () => bad.window,
        FieldTypeError,
        'StreamEvent: window must be object, got string'
      );
    });
  });

  describe('state', () => {
    it('returns the raw state, not a copy', () => {
      expect(event.state).toBe(raw.state);
      expect(event.state['2']).toBe(715);
    });

    it('throws FieldTypeError when the state is not an object', () => {
      const bad = patched((draft) => {
        draft.state = [1] as never;
      });

      expectEvtError(
        () => bad.state,
        FieldTypeError,
        'StreamEvent: state must be object, got array'
      );
    });
  });

  describe('isFinalInvokeForWindow', () => {
    it('returns true on the last invocation of a window', () => {
      const last = patched((draft) => {
        draft.isFinalInvokeForWindow = true;
      });

      expect(last.isFinalInvokeForWindow).toBe(true);
      expect(last.isWindowTerminatedEarly).toBe(false);
    });
  });

  describe('isWindowTerminatedEarly', () => {
    it('returns true when the window ended early', () => {
      const early = patched((draft) => {
        draft.isWindowTerminatedEarly = true;
      });

      expect(early.isWindowTerminatedEarly).toBe(true);
      expect(early.isFinalInvokeForWindow).toBe(false);
    });
  });

  describe('malformed input', () => {
    it.each([
      ['shardId', 'shardId', 'string'],
      ['eventSourceArn', 'eventSourceARN', 'string'],
      ['isFinalInvokeForWindow', 'isFinalInvokeForWindow', 'boolean'],
      ['isWindowTerminatedEarly', 'isWindowTerminatedEarly', 'boolean'],
    ] as const)(
      'throws FieldTypeError when %s is mistyped',
      (getter, key, kind) => {
        const bad = patched((draft) => {
          (draft as unknown as Record<string, unknown>)[key] = {};
        });

        expectEvtError(
          () => bad[getter],
          FieldTypeError,
          `StreamEvent: ${key} must be ${kind}, got object`
        );
      }
    );
  });
});
