import { EventWrapper } from './event-wrapper';
import {
  mapOrEmpty,
  optionalBoolean,
  optionalString,
  requireString,
} from './fields';
import { optionalChild, UNSET } from './kit';

/** The window of a tumbling-window invocation, as Lambda sends it for Kinesis and DynamoDB Streams. */
export interface RawTumblingWindow {
  /** The ISO 8601 time the window starts. */
  start: string;
  /** The ISO 8601 time the window ends. */
  end: string;
}

/**
 * Wrapper for the time window that Lambda adds to a Kinesis or DynamoDB Streams event when a
 * function aggregates records over tumbling windows. The stream packages return it from
 * their event's `window`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export class TumblingWindow extends EventWrapper<RawTumblingWindow> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'TumblingWindow';

  /** The ISO 8601 time the window starts, e.g. `2020-12-09T07:04:00Z` (`window.start`). */
  get start(): string {
    return requireString(this, this.raw.start, 'start');
  }

  /** The ISO 8601 time the window ends, e.g. `2020-12-09T07:06:00Z` (`window.end`). */
  get end(): string {
    return requireString(this, this.raw.end, 'end');
  }
}

/**
 * The fields Lambda adds to a Kinesis or DynamoDB Streams batch when the event source mapping
 * aggregates records over tumbling windows, as AWS documents them. `TState` is the shape of the
 * state the function returns from one invocation of a window to the next.
 *
 * @category Authoring kit
 */
export interface RawTumblingWindowBatch<
  TState extends object = { [key: string]: unknown },
> {
  /** The time window, when the event source mapping uses tumbling windows. */
  window?: RawTumblingWindow | undefined;
  /** The state the function returned on its previous invocation in this window. */
  state?: TState | undefined;
  /** The shard the records come from, when the mapping uses tumbling windows. */
  shardId?: string | undefined;
  /** The ARN of the stream, when the mapping uses tumbling windows. */
  eventSourceARN?: string | undefined;
  /** Whether this is the last invocation of the window. */
  isFinalInvokeForWindow?: boolean | undefined;
  /** Whether the window ended early because the state grew past 1 MB. */
  isWindowTerminatedEarly?: boolean | undefined;
}

// Reads through the batch's own type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function batch(wrapper: EventWrapper): EventWrapper<RawTumblingWindowBatch> {
  return wrapper as EventWrapper<RawTumblingWindowBatch>;
}

/**
 * The tumbling-window getters a Kinesis or DynamoDB Streams event shares (`window`, `state`,
 * `shardId`, `eventSourceArn`, `isFinalInvokeForWindow`, `isWindowTerminatedEarly`). Each
 * stream package's event extends it and adds its records.
 *
 * Part of the authoring kit.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 *
 * @category Authoring kit
 */
export class TumblingWindowBatch<
  TRaw extends RawTumblingWindowBatch<TState>,
  TState extends object = { [key: string]: unknown },
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'TumblingWindowBatch';
  #window: TumblingWindow | undefined | typeof UNSET = UNSET;

  /**
   * The time window of a tumbling-window invocation (`window`). Undefined on other
   * invocations.
   */
  get window(): TumblingWindow | undefined {
    if (this.#window === UNSET) {
      this.#window = optionalChild(batch(this), 'window', TumblingWindow);
    }
    return this.#window;
  }

  /**
   * The state the function returned on its previous invocation in this window, typed as
   * `TState` and not copied (`state`). Empty object when the event has none.
   */
  get state(): TState {
    return mapOrEmpty(batch(this), this.raw.state, 'state') as TState;
  }

  /** The shard the records come from, on tumbling-window invocations (`shardId`). */
  get shardId(): string | undefined {
    return optionalString(batch(this), this.raw.shardId, 'shardId');
  }

  /** The ARN of the stream, on tumbling-window invocations (`eventSourceARN`). */
  get eventSourceArn(): string | undefined {
    return optionalString(
      batch(this),
      this.raw.eventSourceARN,
      'eventSourceARN'
    );
  }

  /** The flag Lambda sets on the last invocation of a window (`isFinalInvokeForWindow`). */
  get isFinalInvokeForWindow(): boolean | undefined {
    return optionalBoolean(
      batch(this),
      this.raw.isFinalInvokeForWindow,
      'isFinalInvokeForWindow'
    );
  }

  /**
   * The flag Lambda sets when the window ended early because its state grew past 1 MB
   * (`isWindowTerminatedEarly`).
   */
  get isWindowTerminatedEarly(): boolean | undefined {
    return optionalBoolean(
      batch(this),
      this.raw.isWindowTerminatedEarly,
      'isWindowTerminatedEarly'
    );
  }
}
