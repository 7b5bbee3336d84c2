import { describeGuards } from '@evt/tooling-config/guards';
import * as api from '../src/index';

describeGuards(api, {
  objectFields: {
    isCloudFrontRequestEvent: [
      ['cloud-front-request-event', 'Records.0.cf.request'],
    ],
    isCloudFrontResponseEvent: [
      ['cloud-front-response-event', 'Records.0.cf.response'],
    ],
  },
});
