import { randomUUID } from 'node:crypto';
import { AlexaSmartHomeEvent, type RawAlexaSmartHomeEvent } from '@evt/alexa';

/** The lights this device cloud knows, by endpoint ID: what discovery reports. */
const LIGHTS: Record<string, { name: string; on: boolean }> = {
  'appliance-001': { name: 'Living room lamp', on: false },
};

/**
 * A Smart Home skill for lights: answers discovery with the user's lights, and turns a light
 * on or off, answering with its new power state. Other directives get an error response.
 */
export const handler = async (raw: RawAlexaSmartHomeEvent) => {
  const event = new AlexaSmartHomeEvent(raw);
  const { namespace, name, correlationToken } = event.header;
  const header = (responseNamespace: string, responseName: string) => ({
    namespace: responseNamespace,
    name: responseName,
    payloadVersion: '3',
    messageId: randomUUID(),
    ...(correlationToken ? { correlationToken } : {}),
  });
  if (!event.scope?.token) {
    return {
      event: {
        header: header('Alexa', 'ErrorResponse'),
        payload: {
          type: 'INVALID_AUTHORIZATION_CREDENTIAL',
          message: 'no token',
        },
      },
    };
  }

  if (namespace === 'Alexa.Discovery' && name === 'Discover') {
    return {
      event: {
        header: header('Alexa.Discovery', 'Discover.Response'),
        payload: {
          endpoints: Object.entries(LIGHTS).map(([endpointId, light]) => ({
            endpointId,
            manufacturerName: 'Example Lights',
            friendlyName: light.name,
            description: 'Smart lamp',
            displayCategories: ['LIGHT'],
            capabilities: [
              { type: 'AlexaInterface', interface: 'Alexa', version: '3' },
              {
                type: 'AlexaInterface',
                interface: 'Alexa.PowerController',
                version: '3',
                properties: {
                  supported: [{ name: 'powerState' }],
                  retrievable: true,
                },
              },
            ],
          })),
        },
      },
    };
  }

  const endpointId = event.endpoint?.endpointId ?? '';
  const light = LIGHTS[endpointId];
  if (namespace !== 'Alexa.PowerController' || !light) {
    return {
      event: {
        header: header('Alexa', 'ErrorResponse'),
        endpoint: { endpointId },
        payload: {
          type: light ? 'INVALID_DIRECTIVE' : 'NO_SUCH_ENDPOINT',
          message: `${namespace}.${name} is not supported for ${endpointId}`,
        },
      },
    };
  }
  light.on = name === 'TurnOn';
  return {
    context: {
      properties: [
        {
          namespace: 'Alexa.PowerController',
          name: 'powerState',
          value: light.on ? 'ON' : 'OFF',
          timeOfSample: new Date().toISOString(),
          uncertaintyInMilliseconds: 500,
        },
      ],
    },
    event: {
      header: header('Alexa', 'Response'),
      endpoint: { endpointId },
      payload: {},
    },
  };
};
