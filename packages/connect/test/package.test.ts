import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/connect', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/connect');
  });

  it('exports exactly its wrappers, lists, builder and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'CONNECT_CONTACT_FLOW_CHANNELS',
        'CONNECT_CONTACT_FLOW_ENDPOINT_TYPES',
        'CONNECT_CONTACT_FLOW_INITIATION_METHODS',
        'ConnectContactFlowData',
        'ConnectContactFlowEndpoint',
        'ConnectContactFlowEvent',
        'ConnectContactFlowMediaStreamAudio',
        'ConnectContactFlowMediaStreamCustomer',
        'ConnectContactFlowMediaStreams',
        'ConnectContactFlowQueue',
        'connectResponse',
        'isConnectContactFlowEvent',
      ].sort()
    );
  });
});
