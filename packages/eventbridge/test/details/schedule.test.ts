import { describe, expect, it } from 'vitest';
import {
  EventBridgeEvent,
  type ScheduledEventDetail,
  type ScheduledEventDetailType,
} from '../../src/index';
import { loadServiceEvent } from './helpers';

describe('ScheduledEventDetail', () => {
  it('reads the empty detail and the rule of a scheduled event', () => {
    const event = new EventBridgeEvent<
      ScheduledEventDetail,
      ScheduledEventDetailType
    >(
      loadServiceEvent<ScheduledEventDetail, ScheduledEventDetailType>(
        'scheduled'
      )
    );

    expect(event.source).toBe('aws.events');
    expect(event.detailType).toBe('Scheduled Event');
    expect(event.detail).toEqual({});
    expect(event.resources).toEqual([
      'arn:aws:events:us-east-1:123456789012:rule/my-schedule',
    ]);
  });
});
