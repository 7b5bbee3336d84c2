import { type DeepPartial, type Filled, mergeDeep } from '@evt/core/testing';
import sample from '../test/events/alb-event.json';
import type { RawALBEvent } from './alb-event';

/** The header and query string fields of an event, of which a sample holds one shape. */
export type ALBEventMapField =
  | 'headers'
  | 'multiValueHeaders'
  | 'queryStringParameters'
  | 'multiValueQueryStringParameters';

/**
 * The event {@link createALBEvent} returns: a fresh copy that fits both `ALBEvent`'s
 * constructor and the `ALBEvent` of `@types/aws-lambda` (and so an `ALBHandler`). It holds
 * `headers` and `queryStringParameters`, or with `multiValue` their multi-value forms.
 */
export interface SampleALBEvent
  extends Filled<
      Pick<
        RawALBEvent,
        'requestContext' | 'httpMethod' | 'path' | 'isBase64Encoded'
      >
    >,
    Partial<Filled<Pick<RawALBEvent, ALBEventMapField>>> {
  /** The request body: text, or base64 when `isBase64Encoded`; empty when there is none. */
  body: string;
}

/** Convenience overrides for {@link createALBEvent}. */
export interface ALBEventOverrides {
  /**
   * Build the event a target group with multi-value headers enabled sends:
   * `multiValueHeaders` and `multiValueQueryStringParameters` instead of `headers` and
   * `queryStringParameters`.
   */
  readonly multiValue?: boolean | undefined;
  /** The HTTP method. */
  readonly httpMethod?: string | undefined;
  /** The request path. */
  readonly path?: string | undefined;
  /**
   * The headers, replacing the sample's. A list gives a header several values; without
   * `multiValue` only its last value is kept, as the load balancer does.
   */
  readonly headers?:
    | Readonly<Record<string, string | readonly string[]>>
    | undefined;
  /**
   * The query string parameters, replacing the sample's, as the load balancer passes them on:
   * percent-encoded as the client sent them (`{ q: 'hello%20world' }`). A list gives a
   * parameter several values; without `multiValue` only its last value is kept.
   */
  readonly queryStringParameters?:
    | Readonly<Record<string, string | readonly string[]>>
    | undefined;
  /** The body text. */
  readonly body?: string | undefined;
  /** A value serialised to JSON as the body (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Whether the body is base64 encoded. */
  readonly isBase64Encoded?: boolean | undefined;
  /** The ARN of the target group, set in `requestContext.elb.targetGroupArn`. */
  readonly targetGroupArn?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleALBEvent> | undefined;
}

type Values = Readonly<Record<string, string | readonly string[]>>;

// `Object.fromEntries` keeps any name (`__proto__` included) as an ordinary key.
function lastOfEach(values: Values): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([name, value]) => {
      const last = typeof value === 'string' ? value : value.at(-1);
      return last === undefined ? [] : [[name, last]];
    })
  );
}

function listOfEach(values: Values): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' ? [value] : [...value],
    ])
  );
}

/**
 * Builds an Application Load Balancer request event (a fresh copy of the package's sample:
 * `GET /lambda?query=1234ABCD` from the Lambda Developer Guide, headers one value each) with
 * the given fields replaced; `multiValue` gives it the shape a target group with multi-value
 * headers enabled sends.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new ALBEvent(...)`.
 * @example
 * ```ts
 * import { ALBEvent } from '@evt/alb';
 * import { createALBEvent } from '@evt/alb/testing';
 *
 * const event = new ALBEvent(
 *   createALBEvent({
 *     multiValue: true,
 *     httpMethod: 'POST',
 *     queryStringParameters: { tag: ['new%20in', 'sale'] },
 *     jsonBody: { orderId: 'o-1' },
 *   })
 * );
 * event.decodedMultiValueQueryStringParameters.tag; // ['new in', 'sale']
 * ```
 */
export function createALBEvent(
  overrides: ALBEventOverrides = {}
): SampleALBEvent {
  const { headers, queryStringParameters, ...fields } = structuredClone(sample);
  const event: SampleALBEvent = fields;
  if (overrides.httpMethod !== undefined) {
    event.httpMethod = overrides.httpMethod;
  }
  if (overrides.path !== undefined) event.path = overrides.path;
  if (overrides.targetGroupArn !== undefined) {
    event.requestContext.elb.targetGroupArn = overrides.targetGroupArn;
  }
  const headerValues: Values = overrides.headers ?? headers;
  const queryValues: Values =
    overrides.queryStringParameters ?? queryStringParameters;
  if (overrides.multiValue) {
    event.multiValueHeaders = listOfEach(headerValues);
    event.multiValueQueryStringParameters = listOfEach(queryValues);
  } else {
    event.headers = lastOfEach(headerValues);
    event.queryStringParameters = lastOfEach(queryValues);
  }
  if (overrides.jsonBody !== undefined) {
    event.body = JSON.stringify(overrides.jsonBody);
  } else if (overrides.body !== undefined) {
    event.body = overrides.body;
  }
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return mergeDeep(event, overrides.event);
}
