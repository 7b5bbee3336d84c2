import { loadEvent } from '@evt/tooling-config/events';
import { describeGuards } from '@evt/tooling-config/guards';
import { describe, expect, it } from 'vitest';
import type {
  RawCloudFrontRequestEvent,
  RawCloudFrontResponseEvent,
} from '../src/index';
import * as api from '../src/index';

describeGuards(api);

describe('guards on arrays where the event has an object', () => {
  it('an array is no cf.request or cf.response', () => {
    const request = loadEvent<RawCloudFrontRequestEvent>(
      'cloud-front-request-event',
      { frozen: false }
    );
    expect(api.isCloudFrontRequestEvent(request)).toBe(true);
    const viewer = request.Records[0] as { cf: { request: unknown } };
    viewer.cf.request = [viewer.cf.request];
    expect(api.isCloudFrontRequestEvent(request)).toBe(false);

    const response = loadEvent<RawCloudFrontResponseEvent>(
      'cloud-front-response-event',
      { frozen: false }
    );
    expect(api.isCloudFrontResponseEvent(response)).toBe(true);
    const origin = response.Records[0] as { cf: { response: unknown } };
    origin.cf.response = [origin.cf.response];
    expect(api.isCloudFrontResponseEvent(response)).toBe(false);
  });
});
