import type { RawALBEvent } from './alb-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a request an Application Load Balancer forwards to a Lambda target: its
 * `requestContext` has an `elb` part.
 */
export function isALBEvent(raw: unknown): raw is RawALBEvent {
  const context = (raw as Fields)?.requestContext as Fields;
  return typeof context?.elb === 'object' && context.elb !== null;
}
