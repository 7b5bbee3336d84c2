// A custom AWS Config rule: every resource in the rule's scope must carry the tags that the
// rule's `requiredTags` parameter lists (comma-separated keys, e.g. "Name, CostCenter"). The
// rule is triggered by configuration changes; a deleted resource, or one that left the scope,
// is NOT_APPLICABLE. The handler returns the PutEvaluations input; a deployed function sends
// it with `PutEvaluationsCommand` of `@aws-sdk/client-config-service`.
import {
  AWSConfigConfigurationChanged,
  type AWSConfigEventEvaluationOptions,
  type AWSConfigPutEvaluationsInput,
  AWSConfigRuleEvent,
  buildPutEvaluationsInput,
  type RawAWSConfigRuleEvent,
} from '@evt/config';

interface RuleParameters {
  requiredTags?: string;
}

/** The statuses of a configuration item whose resource exists and can be evaluated. */
const EVALUATED = new Set(['OK', 'ResourceDiscovered']);

function evaluate(
  event: AWSConfigRuleEvent<RuleParameters>,
  invoking: AWSConfigConfigurationChanged
): AWSConfigEventEvaluationOptions {
  const item = invoking.configurationItem;
  if (event.eventLeftScope || !EVALUATED.has(item.configurationItemStatus)) {
    return { complianceType: 'NOT_APPLICABLE' };
  }
  const required = (event.ruleParameters.requiredTags ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  const missing = required.filter((key) => !Object.hasOwn(item.tags, key));
  return missing.length === 0
    ? { complianceType: 'COMPLIANT' }
    : {
        complianceType: 'NON_COMPLIANT',
        annotation: `Missing tags: ${missing.join(', ')}.`,
        truncateAnnotation: true,
      };
}

export const handler = async (
  raw: RawAWSConfigRuleEvent
): Promise<AWSConfigPutEvaluationsInput | undefined> => {
  const event = new AWSConfigRuleEvent<RuleParameters>(raw);
  const invoking = event.invokingEvent;
  if (!(invoking instanceof AWSConfigConfigurationChanged)) {
    console.log(`${event.configRuleName}: ignoring ${invoking.messageType}`);
    return undefined;
  }
  const input = buildPutEvaluationsInput(event, [evaluate(event, invoking)]);
  console.log(
    `${event.configRuleName}: ${invoking.configurationItem.resourceId} is ${input.Evaluations[0]?.ComplianceType}`
  );
  return input;
};
