import { loadEvent } from '@evt/config/events';
import { expectGetters } from '@evt/config/testing';
import { describe, expect, it } from 'vitest';
import {
  PostConfirmationTriggerEvent,
  type RawPostConfirmationTriggerEvent,
} from '../src/index';
import { createPostConfirmationTriggerEvent } from '../src/testing';

const FIXTURE = 'post-confirmation-trigger-event';

function load(variant?: string): PostConfirmationTriggerEvent {
  return new PostConfirmationTriggerEvent(
    loadEvent<RawPostConfirmationTriggerEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );
}

const CONFIRMED_USER = {
  sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
  email_verified: 'true',
  'cognito:user_status': 'CONFIRMED',
  'cognito:email_alias': 'testuser@example.com',
  phone_number_verified: 'false',
  phone_number: '+12065550100',
  email: 'testuser@example.com',
};

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
