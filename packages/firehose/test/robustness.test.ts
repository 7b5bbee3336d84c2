import { describeRobustness } from '@evt/tooling-config/robustness';
import * as api from '../src/index';

describeRobustness(api, {
  fixtures: {
    'kinesis-firehose-response': {
      Class: api.KinesisFirehoseDataTransformationRecord,
      select: (response: { records: unknown[] }) => response.records[0],
    },
  },
});
