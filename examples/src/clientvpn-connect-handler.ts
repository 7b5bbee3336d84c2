import {
  ClientVpnConnectionHandlerEvent,
  type ClientVpnConnectionHandlerResponse,
  clientVpnConnectionHandlerResponse,
  type RawClientVpnConnectionHandlerEvent,
} from '@evt/clientvpn';

/** What the device management system knows of a device, by certificate common name. */
interface DeviceRecord {
  owner: string;
  encrypted: boolean;
  /** The oldest Windows build the device may run. */
  minimumBuild: number;
}

// A deployed function looks devices up in its device management system (an MDM API, a
// DynamoDB table); they are inline here so the example runs anywhere.
const DEVICES: Readonly<Record<string, DeviceRecord>> = {
  'laptop-0042.corp.example.com': {
    owner: 'jdoe@example.com',
    encrypted: true,
    minimumBuild: 19045,
  },
  'laptop-0077.corp.example.com': {
    owner: 'asmith@example.com',
    encrypted: false,
    minimumBuild: 19045,
  },
};

/** The build number of a Windows version such as `10.0.19045`, or 0 when unknown. */
function windowsBuild(version: string | undefined): number {
  const build = Number(version?.split('.')[2]);
  return Number.isInteger(build) ? build : 0;
}

/**
 * The client connect handler of a Client VPN endpoint that checks device posture: the
 * certificate must belong to a managed device, issued to the user who signs in, with an
 * encrypted disk and an up-to-date Windows build. The statuses land in the connection logs.
 */
export const handler = async (
  raw: RawClientVpnConnectionHandlerEvent
): Promise<ClientVpnConnectionHandlerResponse> => {
  const event = new ClientVpnConnectionHandlerEvent(raw);
  const name = event.commonName ?? '';
  const device = Object.hasOwn(DEVICES, name) ? DEVICES[name] : undefined;
  const problems: string[] = [];
  if (device === undefined) problems.push('unmanaged-device');
  else {
    if (device.owner !== event.username) problems.push('certificate-not-user');
    if (!device.encrypted) problems.push('disk-not-encrypted');
    if (
      event.platform !== 'win' ||
      windowsBuild(event.platformVersion) < device.minimumBuild
    ) {
      problems.push('os-out-of-date');
    }
  }
  console.log(
    `${event.endpointId} ${event.connectionId} from ${event.publicIp ?? 'unknown'}: ${problems.join(', ') || 'compliant'}`
  );
  if (problems.length > 0) {
    return clientVpnConnectionHandlerResponse({
      allow: false,
      errorMessage:
        'Your device does not meet the VPN policy. Open the Company Portal app to fix it, then reconnect.',
      postureComplianceStatuses: problems,
    });
  }
  return clientVpnConnectionHandlerResponse({
    allow: true,
    postureComplianceStatuses: ['compliant'],
  });
};
