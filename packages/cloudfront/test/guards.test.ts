import { loadEvent } from '@evt/tooling-config/events';
import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describeGuards(api);

describe('guards on arrays where the event has an object', () => {
  it('an array is no cf.request or cf.response', () => {
    const request = loadEvent('cloud-front-request-event', { frozen: false });
    expect(api.isCloudFrontRequestEvent(request)).toBe(true);
    request.Records[0].cf.request = [request.Records[0].cf.request];
    expect(api.isCloudFrontRequestEvent(request)).toBe(false);

    const response = loadEvent('cloud-front-response-event', { frozen: false });
    expect(api.isCloudFrontResponseEvent(response)).toBe(true);
    response.Records[0].cf.response = [response.Records[0].cf.response];
    expect(api.isCloudFrontResponseEvent(response)).toBe(false);
  });
});
