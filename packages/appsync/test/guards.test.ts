import { describeGuards } from '@evt/tooling-config/guards';
import * as api from '../src/index';

describeGuards(api, {
  accepts: {
    isAppSyncResolverEvent: (fixture, module) =>
      module === 'app-sync-resolver-event' &&
      fixture !== 'app-sync-resolver-event.batch',
    isAppSyncBatchResolverEvent: (fixture) =>
      fixture === 'app-sync-resolver-event.batch',
  },
  objectFields: {
    isAppSyncResolverEvent: [['app-sync-resolver-event', 'arguments']],
    isAppSyncAuthorizerEvent: [['app-sync-authorizer-event', 'requestContext']],
    isAppSyncResolverEventsEvent: [
      ['app-sync-resolver-events-event', 'info.channel'],
    ],
  },
});
