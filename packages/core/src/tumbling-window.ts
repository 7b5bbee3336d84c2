import { EventWrapper } from './event-wrapper';
import { requireString } from './fields';

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
