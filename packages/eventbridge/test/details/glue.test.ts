import { describe, expect, it } from 'vitest';
import type {
  GlueJobStateChangeDetail,
  GlueJobStateChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('GlueJobStateChangeDetail', () => {
  it('reads a failed job run and its message', () => {
    const event = serviceEvent<
      GlueJobStateChangeDetail,
      GlueJobStateChangeDetailType
    >('glue-job');

    expect(event.source).toBe('aws.glue');
    expect(event.detailType).toBe('Glue Job State Change');
    expect(event.detail).toEqual({
      jobName: 'orders-etl',
      severity: 'ERROR',
      state: 'FAILED',
      jobRunId:
        'jr_ca2144d747b45ad412d3c66a1b6934b6b27aa252be9a21a95c54dfaa224a1925',
      message: 'SystemExit: 1',
    });
  });
});
