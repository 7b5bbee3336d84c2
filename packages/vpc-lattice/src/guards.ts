import type { RawVPCLatticeEvent } from './vpc-lattice-event';
import type { RawVPCLatticeEventV2 } from './vpc-lattice-event-v2';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a VPC Lattice request in the first payload format: it has a `method` and
 * a snake_case `raw_path`.
 */
export function isVPCLatticeEvent(raw: unknown): raw is RawVPCLatticeEvent {
  const event = raw as Fields;
  return (
    typeof event?.raw_path === 'string' && typeof event.method === 'string'
  );
}

/**
 * Whether a value is a VPC Lattice request in payload format `2.0`: `version` is `2.0`, it has
 * a `method`, and its `requestContext` names the `serviceArn`.
 */
export function isVPCLatticeEventV2(raw: unknown): raw is RawVPCLatticeEventV2 {
  const event = raw as Fields;
  const context = event?.requestContext as Fields;
  return (
    event?.version === '2.0' &&
    typeof event.method === 'string' &&
    typeof context?.serviceArn === 'string'
  );
}
