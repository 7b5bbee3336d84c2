import { argumentError } from '@evt/core';
import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import changeSample from '../test/events/aws-config-rule-event.json';
import oversizedSample from '../test/events/aws-config-rule-event.oversized.json';
import scheduledSample from '../test/events/aws-config-rule-event.scheduled.json';
import type {
  RawAWSConfigConfigurationItemChangeNotification,
  RawAWSConfigOversizedConfigurationItemChangeNotification,
  RawAWSConfigRuleEvent,
  RawAWSConfigScheduledNotification,
} from './aws-config-rule-event';

/** The invoking event of each message type {@link createAWSConfigRuleEvent} builds. */
export interface SampleAWSConfigInvokingEvents {
  /** A configuration change of an EC2 instance (Powertools' sample). */
  ConfigurationItemChangeNotification: RawAWSConfigConfigurationItemChangeNotification;
  /** An oversized configuration change of an EC2 instance (AWS's example). */
  OversizedConfigurationItemChangeNotification: RawAWSConfigOversizedConfigurationItemChangeNotification;
  /** A periodic evaluation (Powertools' sample). */
  ScheduledNotification: RawAWSConfigScheduledNotification;
}

/** The message types {@link createAWSConfigRuleEvent} has a sample for. */
export type SampleAWSConfigMessageType = keyof SampleAWSConfigInvokingEvents;

/**
 * The event {@link createAWSConfigRuleEvent} returns: a fresh copy that fits
 * `AWSConfigRuleEvent`'s constructor. (`@types/aws-lambda` has no type for this event.)
 */
export interface SampleAWSConfigRuleEvent
  extends Sample<RawAWSConfigRuleEvent> {}

/**
 * What {@link createAWSConfigRuleEvent} can change in the sample event.
 *
 * @typeParam TMessageType The message type of the sample.
 */
export interface AWSConfigRuleEventOverrides<
  TMessageType extends SampleAWSConfigMessageType = SampleAWSConfigMessageType,
> {
  /**
   * The kind of notification: `ConfigurationItemChangeNotification` (the default),
   * `OversizedConfigurationItemChangeNotification` or `ScheduledNotification`.
   */
  readonly messageType?: TMessageType | undefined;
  /** Changes merged into the sample's invoking event before it is encoded as JSON text. */
  readonly invokingEvent?:
    | DeepPartial<SampleAWSConfigInvokingEvents[TMessageType]>
    | undefined;
  /**
   * The rule's parameters, encoded as JSON text; `null` removes them from the event. The
   * sample's own are kept when not given.
   */
  readonly ruleParameters?:
    | Readonly<Record<string, unknown>>
    | null
    | undefined;
  /** Changes to the other fields of the event (`eventLeftScope`, `configRuleName`, ...). */
  readonly event?:
    | DeepPartial<
        Omit<RawAWSConfigRuleEvent, 'invokingEvent' | 'ruleParameters'>
      >
    | undefined;
}

const SAMPLES: Readonly<Record<SampleAWSConfigMessageType, object>> = {
  ConfigurationItemChangeNotification: changeSample,
  OversizedConfigurationItemChangeNotification: oversizedSample,
  ScheduledNotification: scheduledSample,
};

/**
 * Builds a sample AWS Config rule event for one message type, as a fresh copy you may change:
 * a configuration change of an EC2 instance (the default), an oversized one, or a periodic
 * evaluation, with the invoking event and the rule parameters as JSON text as AWS sends them.
 *
 * @typeParam TMessageType The message type of the sample.
 * @param overrides The message type and the changes to make.
 * @returns The raw event.
 * @throws {TypeError} when `messageType` is not one the factory has a sample for.
 * @example
 * ```ts
 * import { AWSConfigRuleEvent } from '@evt/config';
 * import { createAWSConfigRuleEvent } from '@evt/config/testing';
 *
 * const event = new AWSConfigRuleEvent(
 *   createAWSConfigRuleEvent({
 *     messageType: 'ScheduledNotification',
 *     ruleParameters: { maxCount: '10' },
 *   })
 * );
 * event.ruleParameters; // { maxCount: '10' }
 * ```
 */
export function createAWSConfigRuleEvent<
  TMessageType extends
    SampleAWSConfigMessageType = 'ConfigurationItemChangeNotification',
>(
  overrides: AWSConfigRuleEventOverrides<TMessageType> = {}
): SampleAWSConfigRuleEvent {
  const messageType =
    overrides.messageType ?? 'ConfigurationItemChangeNotification';
  if (!Object.hasOwn(SAMPLES, messageType)) {
    throw argumentError(
      'createAWSConfigRuleEvent',
      'overrides.messageType',
      'ConfigurationItemChangeNotification, OversizedConfigurationItemChangeNotification or ScheduledNotification',
      messageType
    );
  }
  const event = structuredClone(
    SAMPLES[messageType]
  ) as SampleAWSConfigRuleEvent;
  if (overrides.invokingEvent !== undefined) {
    const invoking = JSON.parse(event.invokingEvent) as object;
    mergeDeep(invoking, overrides.invokingEvent as DeepPartial<object>);
    event.invokingEvent = JSON.stringify(invoking);
  }
  if (overrides.ruleParameters === null) {
    delete event.ruleParameters;
  } else if (overrides.ruleParameters !== undefined) {
    event.ruleParameters = JSON.stringify(overrides.ruleParameters);
  }
  mergeDeep(event, overrides.event);
  return event;
}
