import { describe, expectTypeOf, it } from 'vitest';
import {
  type AWSConfigAnyInvokingEvent,
  AWSConfigConfigurationChanged,
  type AWSConfigEvaluation,
  type AWSConfigOtherNotification,
  AWSConfigOversizedConfiguration,
  AWSConfigRuleEvent,
  AWSConfigScheduledNotification,
  buildPutEvaluationsInput,
  getInvokeEvent,
  type RawAWSConfigConfigurationItemDiff,
  type RawAWSConfigInvokingEvent,
  type RawAWSConfigRelationship,
  type RawAWSConfigRuleEvent,
} from '../src/index';
import { createAWSConfigRuleEvent } from '../src/testing';

/**
 * The input of `PutEvaluationsCommand` as `@aws-sdk/client-config-service` declares it
 * (`PutEvaluationsRequest` and `Evaluation`), written out so that the test needs no SDK.
 */
interface SdkPutEvaluationsRequest {
  Evaluations?:
    | {
        ComplianceResourceType: string | undefined;
        ComplianceResourceId: string | undefined;
        ComplianceType:
          | 'COMPLIANT'
          | 'NON_COMPLIANT'
          | 'NOT_APPLICABLE'
          | 'INSUFFICIENT_DATA'
          | undefined;
        Annotation?: string | undefined;
        OrderingTimestamp: Date | undefined;
      }[]
    | undefined;
  ResultToken: string | undefined;
  TestMode?: boolean | undefined;
}

describe('AWSConfigRuleEvent types', () => {
  it('types the rule parameters and the configuration with the generic parameters', () => {
    const event = new AWSConfigRuleEvent<
      { desiredInstanceType: string },
      { instanceType: string }
    >(createAWSConfigRuleEvent());

    expectTypeOf(event.ruleParameters).toEqualTypeOf<{
      desiredInstanceType: string;
    }>();
    expectTypeOf(event.invokingEvent).toEqualTypeOf<
      AWSConfigAnyInvokingEvent<{ instanceType: string }>
    >();
    const invoking = event.invokingEvent;
    if (invoking instanceof AWSConfigConfigurationChanged) {
      expectTypeOf(invoking.configurationItem.configuration).toEqualTypeOf<
        { instanceType: string } | undefined
      >();
    }
  });

  it('narrows the invoking event with instanceof', () => {
    const invoking = new AWSConfigRuleEvent(createAWSConfigRuleEvent())
      .invokingEvent;

    if (invoking instanceof AWSConfigConfigurationChanged) {
      expectTypeOf(invoking.configurationItemDiff).toEqualTypeOf<
        RawAWSConfigConfigurationItemDiff | undefined
      >();
      expectTypeOf(invoking.configurationItem.relationships).toEqualTypeOf<
        readonly RawAWSConfigRelationship[]
      >();
    } else if (invoking instanceof AWSConfigOversizedConfiguration) {
      expectTypeOf(invoking.configurationItemSummary.resourceArn).toEqualTypeOf<
        string | undefined
      >();
    } else if (invoking instanceof AWSConfigScheduledNotification) {
      expectTypeOf(invoking.notificationCreationTime).toEqualTypeOf<string>();
    } else {
      expectTypeOf(invoking).toEqualTypeOf<AWSConfigOtherNotification>();
      expectTypeOf(invoking.messageType).toEqualTypeOf<string>();
    }
  });

  it('discriminates the raw invoking events by messageType', () => {
    const raw = {} as RawAWSConfigInvokingEvent;

    if (raw.messageType === 'ScheduledNotification') {
      expectTypeOf(raw.awsAccountId).toEqualTypeOf<string>();
    } else if (raw.messageType === 'ConfigurationItemChangeNotification') {
      expectTypeOf(raw.configurationItem.resourceId).toEqualTypeOf<string>();
    }
    expectTypeOf(
      getInvokeEvent(raw)
    ).toEqualTypeOf<AWSConfigAnyInvokingEvent>();
  });

  it('reads optional fields as undefined and defaults as values', () => {
    const event = new AWSConfigRuleEvent(createAWSConfigRuleEvent());

    expectTypeOf(event.version).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.eventLeftScope).toEqualTypeOf<boolean>();
    expectTypeOf(event.ruleParameters).toEqualTypeOf<Record<string, unknown>>();
  });

  it('takes the samples of the testing factory', () => {
    expectTypeOf(createAWSConfigRuleEvent()).toExtend<RawAWSConfigRuleEvent>();
    expectTypeOf(
      createAWSConfigRuleEvent({ messageType: 'ScheduledNotification' })
    ).toExtend<RawAWSConfigRuleEvent>();
  });

  it('builds what PutEvaluationsCommand of the AWS SDK takes, from any event', () => {
    const event = new AWSConfigRuleEvent<{ maxCount: string }, { a: number }>(
      createAWSConfigRuleEvent()
    );

    const input = buildPutEvaluationsInput(event, [
      { complianceType: 'COMPLIANT' },
    ]);

    expectTypeOf(input).toExtend<SdkPutEvaluationsRequest>();
    expectTypeOf(input.Evaluations).toEqualTypeOf<AWSConfigEvaluation[]>();
    // @ts-expect-error: PutEvaluations refuses INSUFFICIENT_DATA from a rule.
    buildPutEvaluationsInput(event, [{ complianceType: 'INSUFFICIENT_DATA' }]);
  });
});
