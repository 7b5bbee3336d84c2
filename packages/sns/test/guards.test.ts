import { describeGuards } from '@evt/tooling-config/guards';
import * as api from '../src/index';

describeGuards(api, {
  accepts: {
    // The FIFO envelope is the notification an SQS queue receives, not a Lambda event.
    isSNSEvent: (fixture, module) =>
      module === 'sns-event' && fixture !== 'sns-event.fifo-envelope',
  },
});
