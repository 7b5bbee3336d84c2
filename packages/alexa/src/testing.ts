import { argumentError } from '@evt/core';
import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import intentSample from '../test/events/alexa-skill-event.json';
import launchSample from '../test/events/alexa-skill-event.launch.json';
import sessionEndedSample from '../test/events/alexa-skill-event.session-ended.json';
import discoverySample from '../test/events/alexa-smart-home-event.discovery.json';
import turnOnSample from '../test/events/alexa-smart-home-event.json';
import type { RawAlexaSkillEvent } from './alexa-skill-event';
import type { RawAlexaSkillSlot } from './alexa-skill-request';
import type { RawAlexaSmartHomeEvent } from './alexa-smart-home-event';

/** The event {@link createAlexaSkillEvent} returns: a fresh copy that fits `AlexaSkillEvent`. */
export type SampleAlexaSkillEvent = Sample<RawAlexaSkillEvent>;

/** The event {@link createAlexaSmartHomeEvent} returns: a fresh copy that fits `AlexaSmartHomeEvent`. */
export type SampleAlexaSmartHomeEvent = Sample<RawAlexaSmartHomeEvent>;

/** The standard request types {@link createAlexaSkillEvent} has a sample of. */
export type SampleAlexaSkillRequestType =
  | 'LaunchRequest'
  | 'IntentRequest'
  | 'SessionEndedRequest';

/** The fields of the sample request that {@link createAlexaSkillEvent} can replace. */
export interface AlexaSkillEventOverrides {
  /**
   * The sample to start from: an `IntentRequest` planning a trip (the default), a
   * `LaunchRequest` from a device with a screen, or a `SessionEndedRequest` ended by an error.
   */
  readonly requestType?: SampleAlexaSkillRequestType | undefined;
  /** The name of the intent (an `IntentRequest` only). */
  readonly intentName?: string | undefined;
  /**
   * The slots of the intent, replacing the sample's: the value of each slot by name, or
   * `undefined` for a slot the user has not filled (an `IntentRequest` only).
   */
  readonly slots?: Readonly<Record<string, string | undefined>> | undefined;
  /** The session attributes, replacing the sample's. */
  readonly sessionAttributes?: Readonly<Record<string, unknown>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleAlexaSkillEvent> | undefined;
}

const SKILL_SAMPLES = {
  IntentRequest: intentSample,
  LaunchRequest: launchSample,
  SessionEndedRequest: sessionEndedSample,
} as const;

/**
 * Builds a sample request to an Alexa custom skill, as a fresh copy you may change: one of the
 * package's samples (a `PlanMyTripIntent` request with a resolved slot by default), with the
 * given fields replaced.
 *
 * @param overrides The sample to start from and the fields to replace.
 * @returns The raw event, ready for `new AlexaSkillEvent(...)`.
 * @throws {TypeError} when `requestType` is not one of the samples, or when `intentName` or
 * `slots` is given for a request that is not an `IntentRequest`.
 * @example
 * ```ts
 * import { AlexaSkillEvent } from '@evt/alexa';
 * import { createAlexaSkillEvent } from '@evt/alexa/testing';
 *
 * const event = new AlexaSkillEvent(
 *   createAlexaSkillEvent({
 *     intentName: 'GetWeatherIntent',
 *     slots: { city: 'Lisbon', day: undefined },
 *   })
 * );
 * event.intentName; // 'GetWeatherIntent'
 * event.slotValue('city'); // 'Lisbon'
 * ```
 */
export function createAlexaSkillEvent(
  overrides: AlexaSkillEventOverrides = {}
): SampleAlexaSkillEvent {
  const { requestType = 'IntentRequest', intentName, slots } = overrides;
  if (!Object.hasOwn(SKILL_SAMPLES, requestType)) {
    throw argumentError(
      'createAlexaSkillEvent',
      'requestType',
      "'LaunchRequest', 'IntentRequest' or 'SessionEndedRequest'",
      requestType
    );
  }
  const event = structuredClone(
    SKILL_SAMPLES[requestType]
  ) as SampleAlexaSkillEvent;
  if (intentName !== undefined || slots !== undefined) {
    const intent = event.request.intent;
    if (!intent) {
      throw new TypeError(
        'createAlexaSkillEvent: intentName and slots need an IntentRequest'
      );
    }
    if (intentName !== undefined) intent.name = intentName;
    if (slots !== undefined) {
      intent.slots = Object.fromEntries(
        Object.entries(slots).map(([name, value]) => {
          const slot: Sample<RawAlexaSkillSlot> = {
            name,
            confirmationStatus: 'NONE',
          };
          if (value !== undefined) {
            slot.value = value;
            slot.source = 'USER';
          }
          return [name, slot];
        })
      );
    }
  }
  if (overrides.sessionAttributes !== undefined) {
    // Every sample has a session.
    const session = event.session as NonNullable<
      SampleAlexaSkillEvent['session']
    >;
    session.attributes = structuredClone({ ...overrides.sessionAttributes });
  }
  return mergeDeep(event, overrides.event);
}

/** The fields of the sample directive that {@link createAlexaSmartHomeEvent} can replace. */
export interface AlexaSmartHomeEventOverrides {
  /**
   * The sample to start from: `Alexa.PowerController` `TurnOn` for `appliance-001` (the
   * default), or `Alexa.Discovery` `Discover`.
   */
  readonly directive?: 'TurnOn' | 'Discover' | undefined;
  /** The ID of the endpoint (a `TurnOn` directive only). */
  readonly endpointId?: string | undefined;
  /** The user's access token in the device cloud, wherever the directive's scope is. */
  readonly token?: string | undefined;
  /** The payload, replacing the sample's. */
  readonly payload?: Readonly<Record<string, unknown>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleAlexaSmartHomeEvent> | undefined;
}

/**
 * Builds a sample Smart Home directive, as a fresh copy you may change: one of the package's
 * samples (the documented `TurnOn` directive by default), with the given fields replaced.
 *
 * @param overrides The sample to start from and the fields to replace.
 * @returns The raw event, ready for `new AlexaSmartHomeEvent(...)`.
 * @throws {TypeError} when `directive` is not one of the samples, or when `endpointId` is
 * given for a `Discover` directive.
 * @example
 * ```ts
 * import { AlexaSmartHomeEvent } from '@evt/alexa';
 * import { createAlexaSmartHomeEvent } from '@evt/alexa/testing';
 *
 * const event = new AlexaSmartHomeEvent(
 *   createAlexaSmartHomeEvent({
 *     endpointId: 'kitchen-light',
 *     event: { directive: { header: { name: 'TurnOff' } } },
 *   })
 * );
 * event.header.name; // 'TurnOff'
 * event.endpoint?.endpointId; // 'kitchen-light'
 * ```
 */
export function createAlexaSmartHomeEvent(
  overrides: AlexaSmartHomeEventOverrides = {}
): SampleAlexaSmartHomeEvent {
  const { directive = 'TurnOn', endpointId, token, payload } = overrides;
  if (directive !== 'TurnOn' && directive !== 'Discover') {
    throw argumentError(
      'createAlexaSmartHomeEvent',
      'directive',
      "'TurnOn' or 'Discover'",
      directive
    );
  }
  const event = structuredClone(
    directive === 'TurnOn' ? turnOnSample : discoverySample
  ) as SampleAlexaSmartHomeEvent;
  const { endpoint } = event.directive;
  if (endpointId !== undefined) {
    if (!endpoint) {
      throw new TypeError(
        'createAlexaSmartHomeEvent: endpointId needs a directive with an endpoint (TurnOn)'
      );
    }
    endpoint.endpointId = endpointId;
  }
  if (payload !== undefined) {
    event.directive.payload = structuredClone({ ...payload });
  }
  if (token !== undefined) {
    const scope = endpoint?.scope ?? event.directive.payload?.scope;
    if (scope) scope.token = token;
  }
  return mergeDeep(event, overrides.event);
}
