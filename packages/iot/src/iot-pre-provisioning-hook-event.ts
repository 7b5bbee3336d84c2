import { EventWrapper, requireString, stringMapOrEmpty } from '@evt/core';

/**
 * The event AWS IoT sends to a fleet provisioning template's pre-provisioning hook when a
 * device asks to be provisioned (`RegisterThing`), as AWS documents it.
 */
export interface RawIoTPreProvisioningHookEvent {
  /** The ID of the claim certificate the device connected with. */
  claimCertificateId: string;
  /** The ID of the certificate being provisioned for the device. */
  certificateId: string;
  /** The certificate being provisioned, in PEM format. */
  certificatePem: string;
  /** The ARN of the provisioning template. */
  templateArn: string;
  /** The MQTT client ID of the device. */
  clientId: string;
  /** The `parameters` of the device's `RegisterThing` request. */
  parameters?: Record<string, string> | undefined;
}

/**
 * Wrapper for the event that AWS IoT fleet provisioning sends to a provisioning template's
 * pre-provisioning hook, to validate a device's `RegisterThing` request before the device is
 * provisioned. Return {@link buildIoTPreProvisioningHookResponse}'s result; AWS waits at most 5
 * seconds for it.
 *
 * The certificate PEM is shown by the debug view: a certificate is public (its private key is
 * never in the event).
 *
 * @example
 * ```ts
 * import {
 *   buildIoTPreProvisioningHookResponse,
 *   IoTPreProvisioningHookEvent,
 *   type RawIoTPreProvisioningHookEvent,
 * } from '@evt/iot';
 *
 * export const handler = async (raw: RawIoTPreProvisioningHookEvent) => {
 *   const event = new IoTPreProvisioningHookEvent(raw);
 *   const serial = event.parameters.SerialNumber;
 *   return buildIoTPreProvisioningHookResponse({
 *     allowProvisioning: serial?.startsWith('SN-') ?? false,
 *     parameterOverrides: { DeviceLocation: 'Seattle' },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export class IoTPreProvisioningHookEvent extends EventWrapper<RawIoTPreProvisioningHookEvent> {
  static override readonly typeName: string = 'IoTPreProvisioningHookEvent';

  /** The ID of the claim certificate the device connected with (`claimCertificateId`). */
  get claimCertificateId(): string {
    return requireString(
      this,
      this.raw.claimCertificateId,
      'claimCertificateId'
    );
  }

  /** The ID of the certificate being provisioned for the device (`certificateId`). */
  get certificateId(): string {
    return requireString(this, this.raw.certificateId, 'certificateId');
  }

  /** The certificate being provisioned for the device, in PEM format (`certificatePem`). */
  get certificatePem(): string {
    return requireString(this, this.raw.certificatePem, 'certificatePem');
  }

  /** The ARN of the provisioning template the device uses (`templateArn`). */
  get templateArn(): string {
    return requireString(this, this.raw.templateArn, 'templateArn');
  }

  /** The MQTT client ID of the device (`clientId`). */
  get clientId(): string {
    return requireString(this, this.raw.clientId, 'clientId');
  }

  /**
   * The parameters the device sent in its `RegisterThing` request, by name (`parameters`).
   * Empty object when the event has none.
   */
  get parameters(): Readonly<Record<string, string>> {
    return stringMapOrEmpty(this, this.raw.parameters, 'parameters');
  }
}
