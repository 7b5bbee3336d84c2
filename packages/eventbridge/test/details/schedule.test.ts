import { describe, expect, it } from 'vitest';
import type {
  ScheduledEventDetail,
  ScheduledEventDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('ScheduledEventDetail', () => {
  it('reads the empty detail and the rule of a scheduled event', () => {
    const event = serviceEvent<ScheduledEventDetail, ScheduledEventDetailType>(
      'scheduled'
    );

    expect(event.source).toBe('aws.events');
    expect(event.detailType).toBe('Scheduled Event');
    expect(event.detail).toEqual({});
    expect(event.resources).toEqual([
      'arn:aws:events:us-east-1:123456789012:rule/my-schedule',
    ]);
  });
});
