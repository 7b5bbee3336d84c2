import { describe, expectTypeOf, it } from 'vitest';
import {
  type AWSHealthAffectedEntity,
  type AWSHealthEventDetail,
  type AWSHealthEventDetailType,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import health from '../events/event-bridge-event.health.json';
import type { Undeclared, Widened } from './detail-types';

describe('AWSHealthEventDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(health.detail).toExtend<Widened<AWSHealthEventDetail>>();
    expectTypeOf<
      Undeclared<typeof health.detail, AWSHealthEventDetail>
    >().toEqualTypeOf<never>();
  });

  it('accepts an older event without the fields added since', () => {
    const older: AWSHealthEventDetail = {
      eventArn:
        'arn:aws:health:ap-southeast-2::event/AWS_ELASTICLOADBALANCING_API_ISSUE_90353408594353980',
      service: 'ELASTICLOADBALANCING',
      eventTypeCode: 'AWS_ELASTICLOADBALANCING_API_ISSUE',
      eventTypeCategory: 'issue',
      startTime: 'Sat, 11 Jun 2016 05:01:10 GMT',
      endTime: 'Sat, 11 Jun 2016 05:30:57 GMT',
      eventDescription: [
        {
          language: 'en_US',
          latestDescription: 'A description of the event will be provided here',
        },
      ],
    };

    expectTypeOf(older).toEqualTypeOf<AWSHealthEventDetail>();
  });

  it('types the detail and detail type of the wrapped event', () => {
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<AWSHealthEventDetail, AWSHealthEventDetailType>
    );

    expectTypeOf(event.detailType).toEqualTypeOf<
      'AWS Health Event' | 'AWS Health Abuse Event'
    >();
    expectTypeOf(event.detail.eventTypeCategory).toEqualTypeOf<
      'issue' | 'accountNotification' | 'scheduledChange' | 'investigation'
    >();
    expectTypeOf(event.detail.affectedEntities).toEqualTypeOf<
      AWSHealthAffectedEntity[] | undefined
    >();
  });
});
