import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  buildIoTCustomAuthorizerResponse,
  IoTCustomAuthorizerEvent,
  type IoTCustomAuthorizerResponse,
  type RawIoTCustomAuthorizerEvent,
} from '@evt/iot';

// Each device's password is the HMAC-SHA256 of its client ID under a fleet key, written to
// the device at manufacture: the authorizer needs no table of passwords. A deployed function
// reads the key from AWS Secrets Manager; it is inline here so the example runs anywhere.
const FLEET_KEY = process.env.FLEET_KEY ?? 'fleet-demo-key-7f3a9c2e';
const REGION = process.env.AWS_REGION ?? 'us-east-1';
const ACCOUNT = process.env.ACCOUNT_ID ?? '123456789012';

/** Whether `credential` is the device's password (compared in constant time). */
function isDevicePassword(deviceId: string, credential: string): boolean {
  const expected = Buffer.from(
    createHmac('sha256', FLEET_KEY).update(deviceId).digest('hex')
  );
  const actual = Buffer.from(credential);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The device and the credential it sent: MQTT client ID and password, or HTTP device and token. */
function credentialsOf(
  event: IoTCustomAuthorizerEvent
): { deviceId: string; credential: string } | undefined {
  const { mqtt, http } = event.protocolData;
  if (mqtt?.clientId && mqtt.decodedPassword) {
    return { deviceId: mqtt.clientId, credential: mqtt.decodedPassword };
  }
  const deviceId = http?.getQueryStringValue('device');
  if (deviceId && event.token) return { deviceId, credential: event.token };
  return undefined;
}

/**
 * The custom authorizer of a device fleet: an MQTT device signs in with its client ID and
 * password, an HTTP publisher with its device ID in the query string and the password as the
 * authorizer's token. An authenticated device may connect as itself and publish and subscribe
 * under `telemetry/<device>/`; anything else is refused.
 */
export const handler = async (
  raw: RawIoTCustomAuthorizerEvent
): Promise<IoTCustomAuthorizerResponse> => {
  const event = new IoTCustomAuthorizerEvent(raw);
  const credentials = credentialsOf(event);
  const connection = event.connectionMetadata.id;
  if (
    credentials === undefined ||
    !isDevicePassword(credentials.deviceId, credentials.credential)
  ) {
    console.log(`connection ${connection} refused`);
    return buildIoTCustomAuthorizerResponse({
      isAuthenticated: false,
      principalId: 'refused',
    });
  }
  const { deviceId } = credentials;
  const arn = `arn:aws:iot:${REGION}:${ACCOUNT}`;
  return buildIoTCustomAuthorizerResponse({
    isAuthenticated: true,
    principalId: deviceId.replace(/[^a-zA-Z0-9]/g, ''),
    disconnectAfterInSeconds: 86_400,
    refreshAfterInSeconds: 3_600,
    policyDocuments: [
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iot:Connect',
            Resource: `${arn}:client/${deviceId}`,
          },
          {
            Effect: 'Allow',
            Action: ['iot:Publish', 'iot:Receive'],
            Resource: `${arn}:topic/telemetry/${deviceId}/*`,
          },
          {
            Effect: 'Allow',
            Action: 'iot:Subscribe',
            Resource: `${arn}:topicfilter/telemetry/${deviceId}/*`,
          },
        ],
      },
    ],
  });
};
