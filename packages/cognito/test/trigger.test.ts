import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CallerContext,
  FieldTypeError,
  MissingFieldError,
  PostConfirmationTriggerEvent,
  PreSignUpTriggerEventResponse,
  PreTokenGenerationTriggerEvent,
  type RawPostConfirmationTriggerEvent,
  type RawPreTokenGenerationTriggerEvent,
} from '../src/index';
import { countingReads } from './helpers';

// What every trigger event shares (BaseTriggerEvent, CallerContext), and how the response
// setters put the parts of a response in place (BaseTriggerEventResponse).

const FIXTURE = 'post-confirmation-trigger-event';

describe('BaseTriggerEvent', () => {
  it('returns the caller context as the same wrapper, reading it once', () => {
    const { value, reads } = countingReads(
      loadEvent<RawPostConfirmationTriggerEvent>(FIXTURE, { frozen: false })
    );
    const event = new PostConfirmationTriggerEvent(value);

    expect(event.callerContext).toBeInstanceOf(CallerContext);
    expect(event.callerContext).toBe(event.callerContext);
    expect(reads.get('callerContext')).toBe(1);
  });

  it('returns undefined for a null username', () => {
    const raw = patchEvent<RawPostConfirmationTriggerEvent>(
      FIXTURE,
      (event) => {
        event.userName = null;
      }
    );

    expect(new PostConfirmationTriggerEvent(raw).userName).toBeUndefined();
  });

  it('throws MissingFieldError naming a common field that is absent', () => {
    const raw = patchEvent<RawPostConfirmationTriggerEvent>(
      FIXTURE,
      (event) => {
        delete (event as { userPoolId?: string }).userPoolId;
        delete (event.callerContext as { clientId?: string }).clientId;
      }
    );
    const event = new PostConfirmationTriggerEvent(raw);

    expectEvtError(
      () => event.userPoolId,
      MissingFieldError,
      'PostConfirmationTriggerEvent: userPoolId is missing'
    );
    expectEvtError(
      () => event.callerContext.clientId,
      MissingFieldError,
      'PostConfirmationTriggerEvent: callerContext.clientId is missing'
    );
  });

  it('throws FieldTypeError naming a trigger source that is not a string', () => {
    const raw = patchEvent<RawPostConfirmationTriggerEvent>(
      FIXTURE,
      (event) => {
        (event as { triggerSource: unknown }).triggerSource = 1;
      }
    );

    expectEvtError(
      () => new PostConfirmationTriggerEvent(raw).triggerSource,
      FieldTypeError,
      'PostConfirmationTriggerEvent: triggerSource must be string, got number'
    );
  });

  it('returns the raw event, so the handler returns what Amazon Cognito sent back', () => {
    const raw = loadEvent<RawPostConfirmationTriggerEvent>(FIXTURE);
    const event = new PostConfirmationTriggerEvent(raw);

    expect(event.rawEvent).toBe(raw);
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
  });
});

describe('BaseTriggerEventResponse', () => {
  it('returns the same response parts on every read, reading each once', () => {
    const raw = loadEvent<RawPreTokenGenerationTriggerEvent>(
      'pre-token-generation-trigger-event.returned',
      { frozen: false }
    );
    const response = countingReads(raw.response ?? {});
    const event = countingReads({ ...raw, response: response.value });
    const trigger = new PreTokenGenerationTriggerEvent(event.value);

    expect(trigger.response).toBe(trigger.response);
    expect(trigger.response.claimsOverrideDetails).toBe(
      trigger.response.claimsOverrideDetails
    );
    expect(event.reads.get('response')).toBe(1);
    expect(response.reads.get('claimsOverrideDetails')).toBe(1);
  });

  it('reads a missing response without adding it to the event', () => {
    const raw = patchEvent<RawPreTokenGenerationTriggerEvent>(
      'pre-token-generation-trigger-event',
      (event) => {
        delete event.response;
      }
    );
    const event = new PreTokenGenerationTriggerEvent(raw);

    expect(event.response.claimsOverrideDetails.claimsToSuppress).toEqual([]);
    expect(String(event)).toContain('"response"');
    expect(raw).not.toHaveProperty('response');
  });

  it('puts a null response and the parts inside it in place on the first write', () => {
    const raw = loadEvent<RawPreTokenGenerationTriggerEvent>(
      'pre-token-generation-trigger-event',
      { frozen: false }
    );
    raw.response = null;
    const details = new PreTokenGenerationTriggerEvent(raw).response
      .claimsOverrideDetails;

    details.claimsToSuppress = ['email'];
    details.claimsToAddOrOverride = { plan: 'pro' };

    expect(raw.response).toEqual({
      claimsOverrideDetails: {
        claimsToSuppress: ['email'],
        claimsToAddOrOverride: { plan: 'pro' },
      },
    });
  });

  it('writes into its own object when built on its own', () => {
    const raw = {};
    const response = new PreSignUpTriggerEventResponse(raw);

    response.autoVerifyPhone = true;

    expect(raw).toEqual({ autoVerifyPhone: true });
  });
});
