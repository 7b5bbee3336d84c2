import { loadEvent } from '@evt/tooling-config/events';
import { expectGetters, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  PostAuthenticationTriggerEvent,
  type RawPostAuthenticationTriggerEvent,
} from '../src/index';
import { createPostAuthenticationTriggerEvent } from '../src/testing';

const FIXTURE = 'post-authentication-trigger-event';

describe('PostAuthenticationTriggerEvent', () => {
  it('returns the common fields and the request', () => {
    const event = new PostAuthenticationTriggerEvent(
      loadEvent<RawPostAuthenticationTriggerEvent>(FIXTURE)
    );

    expect(event.triggerSource).toBe('PostAuthentication_Authentication');
    expectGetters(event.request, {
      newDeviceUsed: true,
      clientMetadata: { app: 'storefront' },
    });
    expect(event.request.userAttributes.email).toBe('testuser@example.com');
    expect(event.request).toBe(event.request);
  });

  it('returns undefined for newDeviceUsed when the user pool does not remember devices', () => {
    const raw = patchEvent<RawPostAuthenticationTriggerEvent>(
      FIXTURE,
      (event) => {
        delete event.request.newDeviceUsed;
      }
    );

    expect(
      new PostAuthenticationTriggerEvent(raw).request.newDeviceUsed
    ).toBeUndefined();
  });

  it('builds the sample from the testing factory', () => {
    const event = new PostAuthenticationTriggerEvent(
      createPostAuthenticationTriggerEvent({
        event: { request: { newDeviceUsed: false } },
      })
    );

    expect(event.request.newDeviceUsed).toBe(false);
  });
});
