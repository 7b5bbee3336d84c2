import { describeGuards } from '@evt/tooling-config/guards';
import * as api from '../src/index';

describeGuards(api, {
  objectFields: {
    isS3EventBridgeNotificationEvent: [
      ['s3-event-bridge-notification-event', 'detail.bucket'],
    ],
    isS3BatchOperationEvent: [['s3-batch-operation-event', 'job']],
    isS3ObjectLambdaEvent: [['s3-object-lambda-event', 'userRequest']],
  },
});
