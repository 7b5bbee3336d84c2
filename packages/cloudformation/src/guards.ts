import type { RawCloudFormationCustomResourceEvent } from './cloud-formation-custom-resource-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a CloudFormation custom resource request: `RequestType` is `Create`,
 * `Update` or `Delete` and it names the `StackId` and `LogicalResourceId`.
 */
export function isCloudFormationCustomResourceEvent(
  raw: unknown
): raw is RawCloudFormationCustomResourceEvent {
  const event = raw as Fields;
  const type = event?.RequestType;
  return (
    (type === 'Create' || type === 'Update' || type === 'Delete') &&
    typeof event?.StackId === 'string' &&
    typeof event.LogicalResourceId === 'string'
  );
}
