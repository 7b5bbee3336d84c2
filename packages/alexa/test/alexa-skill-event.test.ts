import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  AlexaSkillAudioPlayerState,
  AlexaSkillContext,
  AlexaSkillDevice,
  AlexaSkillEvent,
  AlexaSkillIntent,
  AlexaSkillRequest,
  AlexaSkillSession,
  AlexaSkillSlot,
  AlexaSkillSystem,
  AlexaSkillUser,
  FieldTypeError,
  MissingFieldError,
  type RawAlexaSkillContext,
  type RawAlexaSkillEvent,
  type RawAlexaSkillSystem,
} from '../src/index';
import { createAlexaSkillEvent } from '../src/testing';

const SKILL_ID = 'amzn1.ask.skill.8f3a9c2e-5b1d-4e7a-9c4f-2d6e8b1a7f30';
const USER_ID =
  'amzn1.ask.account.AHEXAMPLEUSERID4UNH5K2SDGDKQTRSEUQDA7NWLVGNG3PLHMBI6QOTFT2MG';
const DEVICE_ID =
  'amzn1.ask.device.AHEXAMPLEDEVICEID5Y2RFYVCSQ7HZLUEAHXW2AQOWNTZ3UGJD4VO5DPG3A';
const SESSION_ID =
  'amzn1.echo-api.session.0f4c2a1e-9b7d-4e3a-8c5f-6d2b1e9a7c40';
const MATCHING_AUTHORITY =
  'amzn1.er-authority.echo-sdk.amzn1.ask.skill.8f3a9c2e-5b1d-4e7a-9c4f-2d6e8b1a7f30.ListOfActivities';
const DYNAMIC_AUTHORITY =
  'amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.8f3a9c2e-5b1d-4e7a-9c4f-2d6e8b1a7f30.ListOfActivities';

const load = (variant = ''): RawAlexaSkillEvent =>
  loadEvent<RawAlexaSkillEvent>(
    variant ? `alexa-skill-event.${variant}` : 'alexa-skill-event'
  );
const intentEvent = (): AlexaSkillEvent => new AlexaSkillEvent(load());
const patched = (patch: (event: RawAlexaSkillEvent) => void, variant = '') =>
  new AlexaSkillEvent(
    patchEvent<RawAlexaSkillEvent>(
      variant ? `alexa-skill-event.${variant}` : 'alexa-skill-event',
      patch
    )
  );

/** The `context.System` of a raw request that has one. */
const systemOf = (raw: RawAlexaSkillEvent): RawAlexaSkillSystem =>
  (raw.context as RawAlexaSkillContext).System;

/** Puts `field` of `target` behind a getter that counts how often it is read. */
function countReads<T extends object>(
  target: T,
  field: keyof T & string
): { calls: number } {
  const value = target[field];
  const read = counted(() => value);
  Object.defineProperty(target, field, { get: read, enumerable: true });
  return read;
}

describe('AlexaSkillEvent', () => {
  describe('envelope', () => {
    it('returns the version and the shortcuts of the documented request', () => {
      expectGetters(intentEvent(), {
        version: '1.0',
        applicationId: SKILL_ID,
        userId: USER_ID,
        intentName: 'PlanMyTripIntent',
      });
    });

    it('takes the skill and user IDs from the session when the request has no context', () => {
      const event = patched((raw) => {
        delete raw.context;
        (
          raw.session as { application: { applicationId: string } }
        ).application.applicationId = 'amzn1.ask.skill.from-session';
        (raw.session as { user: { userId: string } }).user.userId =
          'amzn1.ask.account.from-session';
      });

      expect(event.context).toBeUndefined();
      expect(event.applicationId).toBe('amzn1.ask.skill.from-session');
      expect(event.userId).toBe('amzn1.ask.account.from-session');
    });

    it('takes the skill and user IDs from the context when the request has no session', () => {
      const event = new AlexaSkillEvent(load('playback-nearly-finished'));

      expect(event.session).toBeUndefined();
      expect(event.applicationId).toBe(SKILL_ID);
      expect(event.userId).toBe(USER_ID);
    });

    it('has no intent name outside an IntentRequest', () => {
      expect(new AlexaSkillEvent(load('launch')).intentName).toBeUndefined();
    });
  });

  describe('session', () => {
    it('wraps session, the same object on every read', () => {
      const raw = load();
      const event = new AlexaSkillEvent(raw);

      expect(event.session).toBeInstanceOf(AlexaSkillSession);
      expect(event.session?.rawEvent).toBe(raw.session);
      expect(event.session).toBe(event.session);
    });

    it('reads session once, present or not', () => {
      for (const variant of ['', 'playback-nearly-finished']) {
        const raw = loadEvent<RawAlexaSkillEvent>(
          variant ? `alexa-skill-event.${variant}` : 'alexa-skill-event',
          { frozen: false }
        );
        const reads = countReads(raw, 'session');
        const event = new AlexaSkillEvent(raw);

        event.session;
        event.session;

        expect(reads.calls).toBe(1);
      }
    });

    it('returns every field of the session', () => {
      const session = intentEvent().session as AlexaSkillSession;

      expectGetters(session, {
        isNew: false,
        sessionId: SESSION_ID,
        applicationId: SKILL_ID,
        attributes: { tripsPlanned: 2, lastCity: 'Portland' },
      });
      expect(session.user).toBeInstanceOf(AlexaSkillUser);
      expect(session.user).toBe(session.user);
      expectGetters(session.user, {
        userId: USER_ID,
        accessToken: 'Atza|IwEBIExampleLinkedAccountAccessToken',
        consentToken: 'eyJ0eXAiOiJKV1QiExampleConsentToken',
      });
    });

    it('types the attributes with the event type parameter', () => {
      const event = new AlexaSkillEvent<{ tripsPlanned: number }>(
        load() as RawAlexaSkillEvent<{ tripsPlanned: number }>
      );

      expect(event.session?.attributes.tripsPlanned).toBe(2);
    });

    it('reads a new session without attributes, access token or permissions', () => {
      const session = new AlexaSkillEvent(load('launch'))
        .session as AlexaSkillSession;

      expect(session.isNew).toBe(true);
      expect(session.attributes).toEqual({});
      expect(session.user.accessToken).toBeUndefined();
      expect(session.user.consentToken).toBeUndefined();
    });
  });

  describe('context', () => {
    it('wraps context and its System, each the same object on every read', () => {
      const raw = load();
      const event = new AlexaSkillEvent(raw);
      const context = event.context as AlexaSkillContext;

      expect(context).toBeInstanceOf(AlexaSkillContext);
      expect(context.rawEvent).toBe(raw.context);
      expect(event.context).toBe(context);
      expect(context.system).toBeInstanceOf(AlexaSkillSystem);
      expect(context.system).toBe(context.system);
    });

    it('returns every field of context.System', () => {
      const system = intentEvent().context?.system as AlexaSkillSystem;

      expectGetters(system, {
        applicationId: SKILL_ID,
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken:
          'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.ExampleApiAccessToken',
        personId: undefined,
        unitId: undefined,
      });
      expect(system.user.userId).toBe(USER_ID);
      expect(system.user).toBe(system.user);
      expect(system.user.consentToken).toBe(
        'eyJ0eXAiOiJKV1QiExampleConsentToken'
      );
    });

    it('returns the recognised person and the unit when the request names them', () => {
      const system = patched((raw) => {
        const target = raw.context?.System as unknown as Record<
          string,
          unknown
        >;
        target.person = { personId: 'amzn1.ask.person.ABCD' };
        target.unit = { unitId: 'amzn1.ask.unit.EFGH' };
      }).context?.system as AlexaSkillSystem;

      expect(system.personId).toBe('amzn1.ask.person.ABCD');
      expect(system.unitId).toBe('amzn1.ask.unit.EFGH');
    });

    it('returns the device and the interfaces it supports', () => {
      const device = intentEvent().context?.system.device as AlexaSkillDevice;

      expect(device).toBeInstanceOf(AlexaSkillDevice);
      expectGetters(device, {
        deviceId: DEVICE_ID,
        supportedInterfaces: { AudioPlayer: {} },
        persistentEndpointId:
          'amzn1.alexa.endpoint.7c2d4e9a-1b3f-4a5c-8d6e-0f9a8b7c6d5e',
      });
      expect(device.supportsInterface('AudioPlayer')).toBe(true);
      expect(device.supportsInterface('Alexa.Presentation.APL')).toBe(false);
      expect(device.supportsInterface('__proto__')).toBe(false);
      expect(device.supportsInterface('toString')).toBe(false);
    });

    it('returns the device of a screen device, and no device when the request names none', () => {
      const launch = new AlexaSkillEvent(load('launch'));
      const device = launch.context?.system.device as AlexaSkillDevice;

      expect(device.supportsInterface('Alexa.Presentation.APL')).toBe(true);
      expect(device.persistentEndpointId).toBeUndefined();

      const system = patched((raw) => {
        delete (systemOf(raw) as { device?: unknown }).device;
        delete (raw.context as { AudioPlayer?: unknown }).AudioPlayer;
      }).context?.system as AlexaSkillSystem;

      expect(system.device).toBeUndefined();
      expect(system.device).toBeUndefined();
    });

    it('reads a device without supported interfaces as supporting none', () => {
      const device = patched((raw) => {
        delete (systemOf(raw).device as { supportedInterfaces?: unknown })
          .supportedInterfaces;
      }).context?.system.device as AlexaSkillDevice;

      expect(device.supportedInterfaces).toEqual({});
      expect(device.supportsInterface('AudioPlayer')).toBe(false);
    });

    it('returns the state of the audio player', () => {
      const context = new AlexaSkillEvent(load('playback-nearly-finished'))
        .context as AlexaSkillContext;

      expect(context.audioPlayer).toBeInstanceOf(AlexaSkillAudioPlayerState);
      expect(context.audioPlayer).toBe(context.audioPlayer);
      expectGetters(context.audioPlayer as AlexaSkillAudioPlayerState, {
        playerActivity: 'PLAYING',
        token: 'episode-42',
        offsetInMilliseconds: 1766000,
      });
      expectGetters(intentEvent().context?.audioPlayer as object, {
        playerActivity: 'IDLE',
        token: undefined,
        offsetInMilliseconds: undefined,
      });
    });

    it('returns the screen of a device that has one', () => {
      const context = new AlexaSkillEvent(load('launch'))
        .context as AlexaSkillContext;

      expect(context.audioPlayer).toBeUndefined();
      expect(context.viewport).toBe(context.viewport);
      expectGetters(context.viewport as object, {
        mode: undefined,
        shape: 'RECTANGLE',
        pixelWidth: 1024,
        pixelHeight: 600,
        dpi: 160,
        currentPixelWidth: 1024,
        currentPixelHeight: 600,
        touch: ['SINGLE'],
        keyboard: [],
      });
      expect(intentEvent().context?.viewport).toBeUndefined();
    });

    it('returns the mode and keyboards of a screen that reports them', () => {
      const viewport = patched((raw) => {
        Object.assign(raw.context?.Viewport as object, {
          mode: 'TV',
          keyboard: ['DIRECTION'],
        });
      }, 'launch').context?.viewport;

      expect(viewport?.mode).toBe('TV');
      expect(viewport?.keyboard).toEqual(['DIRECTION']);
    });

    it('reads context once, present or not', () => {
      for (const variant of ['', 'launch']) {
        const raw = loadEvent<RawAlexaSkillEvent>(
          variant ? `alexa-skill-event.${variant}` : 'alexa-skill-event',
          { frozen: false }
        );
        if (variant) delete raw.context;
        const reads = countReads(raw, 'context');
        const event = new AlexaSkillEvent(raw);

        event.context;
        event.context;

        expect(reads.calls).toBe(1);
      }
    });
  });

  describe('request', () => {
    it('wraps request, the same object on every read', () => {
      const raw = load();
      const event = new AlexaSkillEvent(raw);

      expect(event.request).toBeInstanceOf(AlexaSkillRequest);
      expect(event.request.rawEvent).toBe(raw.request);
      expect(event.request).toBe(event.request);
    });

    it('reads request once', () => {
      const raw = loadEvent<RawAlexaSkillEvent>('alexa-skill-event', {
        frozen: false,
      });
      const reads = countReads(raw, 'request');
      const event = new AlexaSkillEvent(raw);

      event.request;
      event.request;

      expect(reads.calls).toBe(1);
    });

    it('returns every field of an IntentRequest', () => {
      expectGetters(intentEvent().request, {
        type: 'IntentRequest',
        requestId:
          'amzn1.echo-api.request.5d3c2b1a-0f9e-4d8c-b7a6-e5f4d3c2b1a0',
        timestamp: '2024-05-02T17:35:51Z',
        locale: 'en-US',
        dialogState: 'IN_PROGRESS',
        reason: undefined,
        error: undefined,
      });
    });

    it('returns every field of a LaunchRequest', () => {
      expectGetters(new AlexaSkillEvent(load('launch')).request, {
        type: 'LaunchRequest',
        requestId:
          'amzn1.echo-api.request.1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
        timestamp: '2019-10-26T17:43:17Z',
        locale: 'de-DE',
        dialogState: undefined,
        intent: undefined,
        reason: undefined,
        error: undefined,
      });
    });

    it('returns the reason and the error of a SessionEndedRequest', () => {
      const request = new AlexaSkillEvent(load('session-ended')).request;

      expect(request.type).toBe('SessionEndedRequest');
      expect(request.reason).toBe('ERROR');
      expect(request.error).toBe(request.error);
      expectGetters(request.error as object, {
        type: 'INVALID_RESPONSE',
        message:
          'An exception occurred while dispatching the request to the skill.',
      });
      expect(request.intent).toBeUndefined();
    });

    it('reads a SessionEndedRequest without an error', () => {
      const request = patched((raw) => {
        (raw.request as { reason: string }).reason = 'USER_INITIATED';
        delete raw.request.error;
      }, 'session-ended').request;

      expect(request.reason).toBe('USER_INITIATED');
      expect(request.error).toBeUndefined();
    });

    it('reads the fields of an interface request it has no members for', () => {
      const request = new AlexaSkillEvent(load('playback-nearly-finished'))
        .request;

      expectGetters(request, {
        type: 'AudioPlayer.PlaybackNearlyFinished',
        requestId:
          'amzn1.echo-api.request.3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
        timestamp: '2024-05-02T18:05:17Z',
        locale: 'en-US',
        intent: undefined,
        reason: undefined,
      });
      expect((request.rawEvent as unknown as { token: string }).token).toBe(
        'episode-42'
      );
    });

    it('reads an intent and a reason carried by other request types', () => {
      const request = patched((raw) => {
        (raw.request as { type: string }).type = 'CanFulfillIntentRequest';
        (raw.request as { reason: string }).reason = 'ERROR';
      }).request;

      expect(request.intent?.name).toBe('PlanMyTripIntent');
      expect(request.reason).toBe('ERROR');
    });
  });

  describe('intent and slots', () => {
    it('returns the intent, the same object on every read', () => {
      const request = intentEvent().request;
      const intent = request.intent as AlexaSkillIntent;

      expect(intent).toBeInstanceOf(AlexaSkillIntent);
      expect(request.intent).toBe(intent);
      expectGetters(intent, {
        name: 'PlanMyTripIntent',
        confirmationStatus: 'NONE',
      });
    });

    it('returns the slots by name, filled or not, the same map on every read', () => {
      const intent = intentEvent().request.intent as AlexaSkillIntent;

      expect(Object.keys(intent.slots)).toEqual([
        'toCity',
        'travelDate',
        'fromCity',
        'activity',
      ]);
      expect(intent.slots).toBe(intent.slots);
      expect(intent.slots.toCity).toBeInstanceOf(AlexaSkillSlot);
      expectGetters(intent.slots.travelDate as AlexaSkillSlot, {
        name: 'travelDate',
        value: '2024-06-21',
        confirmationStatus: 'CONFIRMED',
        source: 'USER',
        resolutions: undefined,
        resolvedValue: undefined,
      });
      expectGetters(intent.slots.fromCity as AlexaSkillSlot, {
        name: 'fromCity',
        value: undefined,
        confirmationStatus: 'NONE',
        source: undefined,
      });
    });

    it('finds a slot and its value by name', () => {
      const event = intentEvent();
      const intent = event.request.intent as AlexaSkillIntent;

      expect(intent.slot('toCity')?.value).toBe('Seattle');
      expect(intent.slot('toCity')).toBe(intent.slots.toCity);
      expect(intent.slot('returnDate')).toBeUndefined();
      expect(intent.slot('__proto__')).toBeUndefined();
      expect(intent.slotValue('activity')).toBe('hike');
      expect(intent.slotValue('fromCity')).toBeUndefined();
      expect(event.slotValue('toCity')).toBe('Seattle');
      expect(event.slotValue('constructor')).toBeUndefined();
    });

    it('returns the entity resolution results of a slot', () => {
      const slot = intentEvent().request.intent?.slots
        .activity as AlexaSkillSlot;
      const resolutions = slot.resolutions;

      expect(slot.resolutions).toBe(resolutions);
      expect(resolutions?.resolutionsPerAuthority).toBe(
        resolutions?.resolutionsPerAuthority
      );
      const [dynamic, matching] = resolutions?.resolutionsPerAuthority ?? [];
      expectGetters(dynamic as object, {
        authority: DYNAMIC_AUTHORITY,
        statusCode: 'ER_SUCCESS_NO_MATCH',
        values: [],
      });
      expect(matching?.authority).toBe(MATCHING_AUTHORITY);
      expect(matching?.statusCode).toBe('ER_SUCCESS_MATCH');
      expect(matching?.values).toBe(matching?.values);
      expect(
        matching?.values.map((value) => ({ name: value.name, id: value.id }))
      ).toEqual([
        { name: 'hiking', id: 'HIKING' },
        { name: 'hike and bike', id: 'HIKE_AND_BIKE' },
      ]);
    });

    it('resolves a slot to the first value of the first matching authority', () => {
      const event = intentEvent();
      const slot = event.request.intent?.slots.activity as AlexaSkillSlot;

      expect(slot.resolvedValue?.name).toBe('hiking');
      expect(slot.resolvedValue?.id).toBe('HIKING');
      expect(slot.resolvedValue).toBe(slot.resolvedValue);
      expect(event.resolvedSlotValue('activity')).toBe(slot.resolvedValue);
      expect(event.resolvedSlotValue('toCity')).toBeUndefined();
      expect(event.resolvedSlotValue('returnDate')).toBeUndefined();
    });

    it('skips a matching authority without values, and resolves nothing when none matched', () => {
      const resolved = patched((raw) => {
        const authorities = raw.request.intent?.slots?.activity?.resolutions
          ?.resolutionsPerAuthority as { status: { code: string } }[];
        (authorities[0] as { status: { code: string } }).status.code =
          'ER_SUCCESS_MATCH';
      }).resolvedSlotValue('activity');
      const unresolved = patched((raw) => {
        const authorities = raw.request.intent?.slots?.activity?.resolutions
          ?.resolutionsPerAuthority as { status: { code: string } }[];
        (authorities[1] as { status: { code: string } }).status.code =
          'ER_ERROR_TIMEOUT';
      });

      expect(resolved?.name).toBe('hiking');
      expect(unresolved.resolvedSlotValue('activity')).toBeUndefined();
      expect(unresolved.slotValue('activity')).toBe('hike');
    });

    it('reads an entity without an ID and a resolution without authorities', () => {
      const event = patched((raw) => {
        const slots = raw.request.intent?.slots as Record<string, unknown>;
        slots.toCity = {
          name: 'toCity',
          value: 'Seattle',
          resolutions: {},
        };
        const authorities = raw.request.intent?.slots?.activity?.resolutions
          ?.resolutionsPerAuthority as {
          values: { value: { id?: string } }[];
        }[];
        delete (
          (authorities[1] as { values: { value: { id?: string } }[] })
            .values[0] as { value: { id?: string } }
        ).value.id;
      });

      expect(event.resolvedSlotValue('activity')?.id).toBeUndefined();
      expect(
        event.request.intent?.slots.toCity?.resolutions?.resolutionsPerAuthority
      ).toEqual([]);
      expect(event.resolvedSlotValue('toCity')).toBeUndefined();
    });

    it('reads an intent without slots or confirmation status', () => {
      const intent = patched((raw) => {
        delete raw.request.intent?.slots;
        delete raw.request.intent?.confirmationStatus;
      }).request.intent as AlexaSkillIntent;

      expect(intent.slots).toEqual({});
      expect(intent.confirmationStatus).toBeUndefined();
      expect(intent.slotValue('toCity')).toBeUndefined();
    });

    it('has no slot values outside an IntentRequest', () => {
      const event = new AlexaSkillEvent(load('launch'));

      expect(event.slotValue('toCity')).toBeUndefined();
      expect(event.resolvedSlotValue('activity')).toBeUndefined();
    });
  });

  describe('request type checks', () => {
    it('tells the three standard request types apart', () => {
      const checks = (event: AlexaSkillEvent) => [
        event.isLaunchRequest(),
        event.isIntentRequest(),
        event.isSessionEndedRequest(),
      ];

      expect(checks(intentEvent())).toEqual([false, true, false]);
      expect(checks(new AlexaSkillEvent(load('launch')))).toEqual([
        true,
        false,
        false,
      ]);
      expect(checks(new AlexaSkillEvent(load('session-ended')))).toEqual([
        false,
        false,
        true,
      ]);
      expect(
        checks(new AlexaSkillEvent(load('playback-nearly-finished')))
      ).toEqual([false, false, false]);
    });

    it('narrows the request of an IntentRequest to one with an intent', () => {
      const event = intentEvent();

      if (!event.isIntentRequest()) throw new Error('not an IntentRequest');

      expect(event.request.intent.name).toBe('PlanMyTripIntent');
    });

    it('narrows the request of a SessionEndedRequest to one with a reason', () => {
      const event = new AlexaSkillEvent(load('session-ended'));

      if (!event.isSessionEndedRequest()) throw new Error('not ended');

      expect(event.request.reason.toLowerCase()).toBe('error');
    });
  });

  describe('debug view', () => {
    it('hides the access, consent and API tokens and the audio token', () => {
      for (const variant of ['', 'playback-nearly-finished']) {
        const event = new AlexaSkillEvent(load(variant));
        const view = `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;

        expect(view).not.toContain('ExampleLinkedAccountAccessToken');
        expect(view).not.toContain('ExampleConsentToken');
        expect(view).not.toContain('ApiAccessToken');
        expect(view).not.toContain('episode-42');
        expect(view).toContain("apiAccessToken: '[SENSITIVE]'");
      }
      const view = JSON.parse(String(intentEvent())) as {
        session: { user: Record<string, string> };
        context: { system: Record<string, unknown> };
        request: { intent: { slots: { toCity: { value: string } } } };
      };

      expect(view.session.user).toEqual({
        rawEvent: '[SENSITIVE]',
        userId: USER_ID,
        accessToken: '[SENSITIVE]',
        consentToken: '[SENSITIVE]',
      });
      expect(view.context.system.apiEndpoint).toBe(
        'https://api.amazonalexa.com'
      );
      expect(view.request.intent.slots.toCity.value).toBe('Seattle');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of each sample', () => {
      expect(createAlexaSkillEvent()).toEqual(load());
      expect(createAlexaSkillEvent()).not.toBe(createAlexaSkillEvent());
      expect(createAlexaSkillEvent({ requestType: 'LaunchRequest' })).toEqual(
        load('launch')
      );
      expect(
        createAlexaSkillEvent({ requestType: 'SessionEndedRequest' })
      ).toEqual(load('session-ended'));
    });

    it('replaces the intent name, the slots and the session attributes', () => {
      const event = new AlexaSkillEvent(
        createAlexaSkillEvent({
          intentName: 'GetWeatherIntent',
          slots: { city: 'Lisbon', day: undefined },
          sessionAttributes: { units: 'metric' },
        })
      );

      expect(event.intentName).toBe('GetWeatherIntent');
      expect(event.slotValue('city')).toBe('Lisbon');
      expect(event.request.intent?.slots.city?.source).toBe('USER');
      expect(event.request.intent?.slots.day?.value).toBeUndefined();
      expect(event.slotValue('toCity')).toBeUndefined();
      expect(event.session?.attributes).toEqual({ units: 'metric' });
    });

    it('merges changes into the whole event last', () => {
      const raw = createAlexaSkillEvent({
        requestType: 'LaunchRequest',
        event: { request: { locale: 'en-GB' } },
      });

      expect(raw.request.locale).toBe('en-GB');
      expect(raw.request.type).toBe('LaunchRequest');
    });

    it('throws a TypeError for an unknown sample or intent fields on another type', () => {
      expect(() =>
        createAlexaSkillEvent({ requestType: 'Other' as 'LaunchRequest' })
      ).toThrow(
        new TypeError(
          "createAlexaSkillEvent: requestType must be 'LaunchRequest', 'IntentRequest' or 'SessionEndedRequest', got string"
        )
      );
      expect(() =>
        createAlexaSkillEvent({ requestType: 'LaunchRequest', slots: {} })
      ).toThrow(
        new TypeError(
          'createAlexaSkillEvent: intentName and slots need an IntentRequest'
        )
      );
    });
  });

  describe('misuse', () => {
    it('throws a TypeError naming the method when a slot name is not a string', () => {
      const event = intentEvent();
      const intent = event.request.intent as AlexaSkillIntent;
      const launch = new AlexaSkillEvent(load('launch'));
      const device = event.context?.system.device as AlexaSkillDevice;
      const cases: [() => unknown, string][] = [
        [
          () => event.slotValue(7 as never),
          'AlexaSkillEvent.slotValue: name must be a string, got number 7',
        ],
        [
          () => launch.resolvedSlotValue(undefined as never),
          'AlexaSkillEvent.resolvedSlotValue: name must be a string, got undefined',
        ],
        [
          () => intent.slot(null as never),
          'AlexaSkillIntent.slot: name must be a string, got null',
        ],
        [
          () => intent.slotValue({} as never),
          'AlexaSkillIntent.slotValue: name must be a string, got object',
        ],
        [
          () => device.supportsInterface([] as never),
          'AlexaSkillDevice.supportsInterface: name must be a string, got array',
        ],
      ];

      for (const [call, message] of cases) {
        expect(call).toThrow(new TypeError(message));
      }
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the required fields of the envelope', () => {
      expectEvtError(
        () =>
          patched((raw) => delete (raw as { request?: unknown }).request)
            .request,
        MissingFieldError,
        'AlexaSkillEvent: request is missing'
      );
      expectEvtError(
        () =>
          patched((raw) => delete (raw as { version?: unknown }).version)
            .version,
        MissingFieldError,
        'AlexaSkillEvent: version is missing'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            delete raw.context;
            delete raw.session;
          }).applicationId,
        MissingFieldError,
        'AlexaSkillEvent: context is missing'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            delete raw.context;
            delete raw.session;
          }).userId,
        MissingFieldError,
        'AlexaSkillEvent: context is missing'
      );
    });

    it('throws MissingFieldError for an IntentRequest without an intent', () => {
      const event = patched((raw) => delete raw.request.intent);

      expectEvtError(
        () => event.request.intent,
        MissingFieldError,
        'AlexaSkillEvent: request.intent is missing'
      );
      expectEvtError(
        () => event.slotValue('toCity'),
        MissingFieldError,
        'AlexaSkillEvent: request.intent is missing'
      );
    });

    it('throws MissingFieldError for a SessionEndedRequest without a reason', () => {
      expectEvtError(
        () =>
          patched((raw) => delete raw.request.reason, 'session-ended').request
            .reason,
        MissingFieldError,
        'AlexaSkillEvent: request.reason is missing'
      );
    });

    it('throws MissingFieldError naming nested paths', () => {
      expectEvtError(
        () =>
          patched((raw) => {
            delete (systemOf(raw) as { application?: unknown }).application;
          }).applicationId,
        MissingFieldError,
        'AlexaSkillEvent: context.System.application.applicationId is missing'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            delete (raw.session as { user?: unknown }).user;
          }).session?.user,
        MissingFieldError,
        'AlexaSkillEvent: session.user is missing'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            const slot = raw.request.intent?.slots?.activity?.resolutions
              ?.resolutionsPerAuthority?.[1] as { status?: unknown };
            delete slot.status;
          }).resolvedSlotValue('activity'),
        MissingFieldError,
        'AlexaSkillEvent: request.intent.slots.activity.resolutions.resolutionsPerAuthority[1].status.code is missing'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      expectEvtError(
        () =>
          patched((raw) => {
            (raw.session as unknown as { new: string }).new = 'yes';
          }).session?.isNew,
        FieldTypeError,
        'AlexaSkillEvent: session.new must be boolean, got string'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            (raw.request as unknown as { type: number }).type = 3;
          }).isIntentRequest(),
        FieldTypeError,
        'AlexaSkillEvent: request.type must be string, got number'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            const slot = raw.request.intent?.slots?.toCity as unknown as {
              value: number;
            };
            slot.value = 98101;
          }).slotValue('toCity'),
        FieldTypeError,
        'AlexaSkillEvent: request.intent.slots.toCity.value must be string, got number'
      );
    });
  });
});
