import { describeRobustness } from '@evt/tooling-config/robustness';
import * as api from '../src/index';

describeRobustness(api, {
  // The SNS envelope an SQS queue receives from a FIFO topic: a notification without a record.
  fixtures: { 'sns-event.fifo-envelope': { Class: api.SNSMessage } },
});
