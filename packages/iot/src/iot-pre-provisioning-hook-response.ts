import { argumentError } from '@evt/core';
import { checkedOptions, requiredBoolean } from './response-options';

const CALLER = 'buildIoTPreProvisioningHookResponse';

/** The options of {@link buildIoTPreProvisioningHookResponse}, named as AWS names the response's fields. */
export interface IoTPreProvisioningHookResponseOptions {
  /** Whether the device may be provisioned (`allowProvisioning`). */
  readonly allowProvisioning: boolean;
  /**
   * Values that replace or add to the template's parameters, by name; AWS IoT also adds them
   * to the `parameters` of the `RegisterThing` response (`parameterOverrides`). An empty
   * object when absent.
   */
  readonly parameterOverrides?: Readonly<Record<string, string>> | undefined;
}

/** The response of a pre-provisioning hook, exactly as AWS IoT reads it. */
export interface IoTPreProvisioningHookResponse {
  /** Whether the device may be provisioned. */
  allowProvisioning: boolean;
  /** The parameter values to override, by name. */
  parameterOverrides: Record<string, string>;
}

/**
 * Builds the response a pre-provisioning hook returns to AWS IoT fleet provisioning: whether
 * the device may be provisioned, and the template parameters to override. Provisioning
 * proceeds only when `allowProvisioning` is `true`.
 *
 * @param options Whether to allow provisioning, and the parameters to override.
 * @returns The response, exactly as AWS IoT reads it.
 * @throws {TypeError} when `options` is not an object, holds an unknown option, lacks
 * `allowProvisioning`, or `parameterOverrides` is not an object of strings.
 * @example
 * ```ts
 * import { buildIoTPreProvisioningHookResponse } from '@evt/iot';
 *
 * buildIoTPreProvisioningHookResponse({
 *   allowProvisioning: true,
 *   parameterOverrides: { DeviceLocation: 'Seattle' },
 * });
 * // { allowProvisioning: true, parameterOverrides: { DeviceLocation: 'Seattle' } }
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export function buildIoTPreProvisioningHookResponse(
  options: IoTPreProvisioningHookResponseOptions
): IoTPreProvisioningHookResponse {
  const checked = checkedOptions(CALLER, options, [
    'allowProvisioning',
    'parameterOverrides',
  ]);
  const allowProvisioning = requiredBoolean(
    CALLER,
    checked,
    'allowProvisioning'
  );
  const overrides = checked.parameterOverrides ?? {};
  if (
    typeof overrides !== 'object' ||
    overrides === null ||
    Array.isArray(overrides)
  ) {
    throw argumentError(
      CALLER,
      'options.parameterOverrides',
      'an object',
      overrides
    );
  }
  const parameterOverrides: Record<string, string> = {};
  for (const [name, value] of Object.entries(overrides)) {
    if (typeof value !== 'string') {
      throw argumentError(
        CALLER,
        `options.parameterOverrides.${name}`,
        'a string',
        value
      );
    }
    // Defined, not assigned, so that a `__proto__` parameter is an ordinary entry.
    Object.defineProperty(parameterOverrides, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { allowProvisioning, parameterOverrides };
}
