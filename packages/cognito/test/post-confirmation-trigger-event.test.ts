import { expectGetters } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { PostConfirmationTriggerEvent } from '../src/index';
import { createPostConfirmationTriggerEvent } from '../src/testing';
import { CONFIRMED_USER, fixtureLoaders } from './helpers';

const FIXTURE = 'post-confirmation-trigger-event';

const { load } = fixtureLoaders(PostConfirmationTriggerEvent, FIXTURE);

describe('PostConfirmationTriggerEvent', () => {
  describe('common fields', () => {
    it('returns each field of a confirmed sign-up', () => {
      expectGetters(load(), {
        version: '1',
        triggerSource: 'PostConfirmation_ConfirmSignUp',
        region: 'us-east-1',
        userPoolId: 'us-east-1_EXAMPLE',
        userName: 'testuser',
      });
    });

    it('returns the trigger source of a confirmed password reset', () => {
      expect(load('forgot-password').triggerSource).toBe(
        'PostConfirmation_ConfirmForgotPassword'
      );
    });
  });

  describe('request', () => {
    it('returns the confirmed user and the client metadata', () => {
      const { request } = load();

      expect(request.userAttributes).toEqual(CONFIRMED_USER);
      expect(request.clientMetadata).toEqual({ signupSource: 'web' });
    });

    it('returns empty client metadata when the request has none', () => {
      const { request } = load('forgot-password');

      expect(request.clientMetadata).toEqual({});
      expect(request.userAttributes).toEqual(CONFIRMED_USER);
    });

    it('returns the same wrapper on every read', () => {
      const event = load();

      expect(event.request).toBe(event.request);
    });
  });

  describe('testing factory', () => {
    it('builds the sample with the fields given', () => {
      const event = new PostConfirmationTriggerEvent(
        createPostConfirmationTriggerEvent({
          triggerSource: 'PostConfirmation_ConfirmForgotPassword',
          userAttributes: { email: 'b@example.com' },
        })
      );

      expect(event.triggerSource).toBe(
        'PostConfirmation_ConfirmForgotPassword'
      );
      expect(event.request.userAttributes).toEqual({ email: 'b@example.com' });
      expect(event.request.clientMetadata).toEqual({ signupSource: 'web' });
    });
  });
});
