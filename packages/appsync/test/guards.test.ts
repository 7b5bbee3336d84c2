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
});
