import { describeRobustness } from '@evt/tooling-config/robustness';
import * as api from '../src/index';

// A batching resolver receives an array of resolver events: each is read on its own.
describeRobustness(api, {
  fixtures: {
    'app-sync-resolver-event.batch': {
      Class: api.AppSyncResolverEvent,
      select: (batch: readonly object[]) => batch[1],
    },
  },
});
