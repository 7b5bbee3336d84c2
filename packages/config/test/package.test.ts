import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/config', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/config');
  });

  it('exports exactly its wrappers, builders and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'AWSConfigConfigurationChanged',
        'AWSConfigConfigurationItemChanged',
        'AWSConfigInvokingEvent',
        'AWSConfigOtherNotification',
        'AWSConfigOversizedConfiguration',
        'AWSConfigOversizedConfigurationItemSummary',
        'AWSConfigResourceItem',
        'AWSConfigRuleEvent',
        'AWSConfigScheduledNotification',
        'getInvokeEvent',
        'buildEvaluation',
        'buildPutEvaluationsInput',
        'buildPutEvaluationsInputs',
        'MAX_EVALUATIONS_PER_CALL',
        'isAWSConfigRuleEvent',
      ].sort()
    );
  });
});
